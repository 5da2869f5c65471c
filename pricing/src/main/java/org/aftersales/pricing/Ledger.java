package org.aftersales.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.aftersales.core.Reason;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.PayType;
import org.aftersales.core.quantity.Percentage;

/**
 * Turns priced lines into payer splits, tax by rate and payer, cash-rounded payer totals and the
 * output values; shared by estimates, settlements and warranty claims. Confined to one call.
 */
final class Ledger {

  static final PayType[] PAYERS = PayType.values();
  private static final int N = PAYERS.length;
  private static final Units.Factor ONE = new Units.Factor(java.math.BigDecimal.ONE);

  private final Units u;
  private final Amounts a;
  private final TaxSetup tax;
  private final RoundingPolicy totalRounding;
  private final List<Reason> warnings;

  // results of close()
  long subtotal;
  long taxTotal;
  long total;
  final List<TaxAmount> taxes = new ArrayList<>(2);
  final List<PayerTotal> payers = new ArrayList<>(2);

  /**
   * A ledger.
   *
   * @param totalRounding the cash rounding of payer totals, or {@code null} for none
   */
  Ledger(Amounts a, TaxSetup tax, RoundingPolicy totalRounding, List<Reason> warnings) {
    this.a = a;
    this.u = a.u;
    this.tax = tax;
    this.totalRounding = totalRounding;
    this.warnings = warnings;
  }

  /** Splits a job's lines between its payers; see {@link EstimateJob} for the rule. */
  void split(List<WorkLine> lines, EstimateJob job) {
    long deductible = job.deductible().map(d -> u.round(Monies.number(d))).orElse(0L);
    List<PayerShare> shares = job.payers();
    if (shares.isEmpty() && deductible == 0) {
      for (WorkLine l : lines) {
        l.soloPayer = job.payType();
      }
      return;
    }
    PayType[] payer;
    Units.Factor[] fraction;
    long[] capLeft;
    if (shares.isEmpty()) {
      payer = new PayType[] {job.payType()};
      fraction = new Units.Factor[] {ONE};
      capLeft = new long[] {Long.MAX_VALUE};
    } else {
      int n = shares.size();
      payer = new PayType[n];
      fraction = new Units.Factor[n];
      capLeft = new long[n];
      for (int i = 0; i < n; i++) {
        PayerShare s = shares.get(i);
        payer[i] = s.payer();
        fraction[i] = new Units.Factor(s.share().fraction());
        capLeft[i] = s.cap().map(c -> u.floor(Monies.number(c))).orElse(Long.MAX_VALUE);
      }
    }
    int rest = remainderPayer(shares);
    int customer = PayType.CUSTOMER.ordinal();
    for (WorkLine l : lines) {
      long[] alloc = new long[N];
      boolean[] sharing = new boolean[N];
      long a = l.amount();
      long d = Math.min(a, deductible);
      deductible -= d;
      alloc[customer] += d;
      long r = a - d;
      long wantedOthers = 0;
      long heldBack = 0;
      for (int i = 0; i < payer.length; i++) {
        sharing[payer[i].ordinal()] = true;
        if (i == rest) {
          continue;
        }
        long wanted = u.timesDown(r, fraction[i]);
        long given = Math.min(wanted, capLeft[i]);
        capLeft[i] -= given;
        wantedOthers += wanted;
        heldBack += wanted - given;
        alloc[payer[i].ordinal()] += given;
      }
      long wantedRest = r - wantedOthers;
      long givenRest = Math.min(wantedRest, capLeft[rest]);
      capLeft[rest] -= givenRest;
      heldBack += wantedRest - givenRest;
      alloc[payer[rest].ordinal()] += givenRest;
      alloc[customer] += heldBack;
      l.alloc = alloc;
      l.sharing = sharing;
    }
  }

  /** The index of the share that takes the rounding remainder. */
  static int remainderPayer(List<PayerShare> shares) {
    if (shares.isEmpty()) {
      return 0;
    }
    int best = 0;
    for (int i = 0; i < shares.size(); i++) {
      if (shares.get(i).payer() == PayType.CUSTOMER) {
        return i;
      }
      if (shares.get(i).share().compareTo(shares.get(best).share()) > 0) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Taxes the lines (China's mixed-rate rule included), totals each payer, appends a rounding
   * line for each payer whose total the cash rounding changes, and fills the results.
   */
  void close(List<WorkLine> lines) {
    int rates = tax.rates.length;
    boolean[] used = new boolean[rates];
    int distinct = 0;
    int top = rates;
    for (int i = 0, n = lines.size(); i < n; i++) {
      WorkLine l = lines.get(i);
      // only actual sales count: a waived fee or a customer-supplied part sells nothing
      if (l.taxClass != null && l.amount() != 0 && !used[l.rateIndex]) {
        used[l.rateIndex] = true;
        distinct++;
        top = Math.min(top, l.rateIndex);
      }
    }
    if (!tax.separate && distinct > 1) {
      for (int i = 0, n = lines.size(); i < n; i++) {
        WorkLine l = lines.get(i);
        if (l.taxClass != null) {
          l.rateIndex = top;
        }
      }
      java.util.Arrays.fill(used, false);
      used[top] = true;
      warnings.add(
          Reason.of(
              PricingReasonCodes.WARN_MIXED_RATE,
              "sales at different rates are not accounted separately: every line is taxed at the"
                  + " highest rate, {rate} (增值税法)",
              "rate", tax.rates[top]));
    }
    long[][] base = new long[rates][N];
    long[][] tx = new long[rates][N];
    long[] sub = new long[N];
    boolean[] involved = new boolean[N];
    for (int i = 0, n = lines.size(); i < n; i++) {
      WorkLine l = lines.get(i);
      int r = l.rateIndex;
      boolean taxed = l.taxClass != null;
      if (l.alloc == null) {
        int p = l.soloPayer.ordinal();
        long a = l.amount();
        involved[p] = true;
        sub[p] += a;
        if (taxed) {
          base[r][p] += a;
          if (tax.perLine) {
            tx[r][p] += tax.taxOf(u, a, r);
          }
        }
      } else {
        for (int p = 0; p < N; p++) {
          long a = l.alloc[p];
          if (a == 0 && !l.sharing[p]) {
            continue;
          }
          involved[p] = true;
          sub[p] += a;
          if (taxed) {
            base[r][p] += a;
            if (tax.perLine) {
              tx[r][p] += tax.taxOf(u, a, r);
            }
          }
        }
      }
    }
    if (!tax.perLine) {
      for (int r = 0; r < rates; r++) {
        for (int p = 0; p < N; p++) {
          tx[r][p] = tax.taxOf(u, base[r][p], r);
        }
      }
    }
    // tax by rate
    String rounding = tax.perLine ? "rounded per line" : "rounded on the total";
    for (int r = 0; r < rates; r++) {
      long b = 0;
      long t = 0;
      for (int p = 0; p < N; p++) {
        b += base[r][p];
        t += tx[r][p];
      }
      if (b == 0 && !used[r]) {
        continue;
      }
      taxTotal += t;
      long net = tax.inclusive ? b - t : b;
      Reason why =
          tax.inclusive
              ? Reason.of(
                  PricingReasonCodes.TAX_INCLUDED,
                  "{rate} VAT included in {gross}: net {net}, tax {tax}, {rounding}",
                  "rate", tax.rates[r],
                  "gross", a.text(b),
                  "net", a.text(net),
                  "tax", a.text(t),
                  "rounding", rounding)
              : Reason.of(
                  PricingReasonCodes.TAX_ADDED,
                  "{rate} on {base} = {tax}, {rounding}",
                  "rate", tax.rates[r],
                  "base", a.text(b),
                  "tax", a.text(t),
                  "rounding", rounding);
      taxes.add(
          TaxAmount.builder()
              .rate(tax.rates[r])
              .taxable(a.money(net))
              .tax(a.money(t))
              .reason(why)
              .build());
    }
    // payers, with cash rounding
    for (int p = 0; p < N; p++) {
      if (!involved[p]) {
        continue;
      }
      long t = 0;
      for (int r = 0; r < rates; r++) {
        t += tx[r][p];
      }
      long before = tax.inclusive ? sub[p] : sub[p] + t;
      long after = before;
      if (totalRounding != null) {
        after = u.round(totalRounding.round(u.value(before)));
      }
      long adjustment = after - before;
      PayType payer = PAYERS[p];
      if (adjustment != 0) {
        WorkLine rl = new WorkLine(LineCategory.ROUNDING, -1, "ROUNDING", "Rounding (" + payer + ")");
        rl.price = adjustment;
        rl.soloPayer = payer;
        rl.reason =
            Reason.of(
                PricingReasonCodes.ROUNDING,
                "{payer} total {before} rounded to {after} (increment {increment})",
                "payer", payer,
                "before", a.text(before),
                "after", a.text(after),
                "increment", totalRounding.increment());
        lines.add(rl);
      }
      total += after;
      payers.add(
          PayerTotal.builder()
              .payer(payer)
              .subtotal(a.money(sub[p]))
              .tax(a.money(t))
              .rounding(a.money(adjustment))
              .total(a.money(after))
              .reason(
                  tax.inclusive
                      ? Reason.of(
                          PricingReasonCodes.PAYER_TOTAL_VAT_INCLUDED,
                          "{payer}: {subtotal} (VAT {tax} included) + rounding {rounding} = {total}",
                          "payer", payer,
                          "subtotal", a.text(sub[p]),
                          "tax", a.text(t),
                          "rounding", a.text(adjustment),
                          "total", a.text(after))
                      : Reason.of(
                          PricingReasonCodes.PAYER_TOTAL,
                          "{payer}: {subtotal} + tax {tax} + rounding {rounding} = {total}",
                          "payer", payer,
                          "subtotal", a.text(sub[p]),
                          "tax", a.text(t),
                          "rounding", a.text(adjustment),
                          "total", a.text(after)))
              .build());
    }
    for (int i = 0, n = lines.size(); i < n; i++) {
      subtotal += lines.get(i).amount();
    }
  }

  /** The output lines, numbered from 1; their amounts become money only when read. */
  List<EstimateLine> output(List<WorkLine> lines, JobId[] jobIds) {
    List<EstimateLine> out = new ArrayList<>(lines.size());
    Percentage zeroRate = Percentage.ZERO;
    for (int i = 0, n = lines.size(); i < n; i++) {
      WorkLine l = lines.get(i);
      PayType[] types;
      long[] shares;
      if (l.alloc == null) {
        types = new PayType[] {l.soloPayer};
        shares = new long[] {l.amount()};
      } else {
        int count = 0;
        for (int p = 0; p < N; p++) {
          if (l.alloc[p] != 0 || l.sharing[p]) {
            count++;
          }
        }
        types = new PayType[count];
        shares = new long[count];
        for (int p = 0, k = 0; p < N; p++) {
          if (l.alloc[p] != 0 || l.sharing[p]) {
            types[k] = PAYERS[p];
            shares[k++] = l.alloc[p];
          }
        }
      }
      out.add(
          new EstimateLine(
              i + 1,
              l.job >= 0 ? jobIds[l.job] : null,
              l.category,
              l.code,
              l.description,
              l.hours == null
                  ? null
                  : l.deducted == null && l.bookHoursValue != null
                      ? l.bookHoursValue
                      : new org.aftersales.core.quantity.Hours(l.hours),
              l.hours == null ? null : l.skill,
              l.quantity,
              l.unitPrice,
              l.source,
              l.origin,
              l.taxClass,
              l.taxClass == null ? zeroRate : tax.rates[l.rateIndex],
              l.reason,
              u,
              l.price,
              l.discount,
              types,
              shares));
    }
    return out;
  }
}

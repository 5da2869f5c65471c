package org.aftersales.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;
import org.aftersales.core.ValidationException;
import org.aftersales.core.order.PayType;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.pricing.catalogue.LabourOperation;
import org.aftersales.pricing.tax.TaxClass;

/** Prices a {@link WarrantyClaim}; see its Javadoc for the rules. */
final class ClaimPricer {

  private ClaimPricer() {}

  static WarrantyClaim claim(Compiled c, WarrantyClaimRequest r) {
    Units u = c.units;
    Amounts a = new Amounts(u);
    List<WorkLine> lines = new ArrayList<>(r.labour().size() + r.parts().size() + 1);
    List<WorkLine> labour = new ArrayList<>(r.labour().size());
    BigDecimal[] claimed = new BigDecimal[r.labour().size()];
    for (int k = 0; k < r.labour().size(); k++) {
      ClaimLabour cl = r.labour().get(k);
      String path = "labour[" + k + "]";
      LabourOperation op = c.op(cl.opCode(), () -> path + ".opCode").op;
      Hours allowed = cl.allowedHours().orElse(null);
      if (allowed == null) {
        allowed = op.hoursFor(r.vehicle()).orElse(null);
        if (allowed == null) {
          throw ValidationException.of(
              path + ".opCode",
              PricingErrorCode.LABOUR_HOURS_NOT_FOR_VEHICLE,
              "op " + op.opCode() + " has no flat-rate hours for " + r.vehicle());
        }
      }
      Compiled.Rate rate = c.rate(op.skill(), PayType.WARRANTY, r.date(), () -> path);
      WorkLine l = new WorkLine(LineCategory.LABOUR, 0, op.opCode(), op.description());
      l.bookHours = allowed.value();
      l.hours = l.bookHours;
      l.available = l.bookHours;
      l.skill = op.skill();
      l.rate = rate.perHour;
      l.rateText = rate.text;
      l.unitPrice = rate.money;
      l.taxClass = TaxClass.REPAIR_SERVICE;
      l.rateIndex = c.tax.index(TaxClass.REPAIR_SERVICE);
      l.soloPayer = PayType.WARRANTY;
      claimed[k] = cl.claimedHours().map(Hours::value).orElse(null);
      labour.add(l);
      lines.add(l);
    }
    Overlaps.apply(c, labour);
    long labourUnits = 0;
    BigDecimal hours = BigDecimal.ZERO;
    for (int k = 0; k < labour.size(); k++) {
      WorkLine l = labour.get(k);
      BigDecimal allowed = l.hours;
      if (claimed[k] != null && claimed[k].compareTo(allowed) < 0) {
        l.hours = claimed[k];
      }
      l.price = u.round(l.hours.multiply(l.rate));
      labourUnits += l.price;
      hours = hours.add(l.hours);
      l.reason =
          claimed[k] != null && claimed[k].compareTo(allowed) > 0
              ? Reason.of(
                  PricingReasonCodes.CLAIM_LABOUR_LIMITED,
                  "{op}: {claimed} h claimed, {allowed} h allowed × warranty rate {rate}/h ="
                      + " {amount}",
                  "op", l.code,
                  "claimed", claimed[k],
                  "allowed", allowed,
                  "rate", l.rateText,
                  "amount", a.text(l.price))
              : Reason.of(
                  PricingReasonCodes.CLAIM_LABOUR,
                  "{op}: {hours} h × warranty rate {rate}/h = {amount}",
                  "op", l.code,
                  "hours", l.hours,
                  "rate", l.rateText,
                  "amount", a.text(l.price));
    }
    long partsUnits = 0;
    for (int k = 0; k < r.parts().size(); k++) {
      ClaimPart cp = r.parts().get(k);
      String path = "parts[" + k + "]";
      Compiled.Part v = c.part(cp.partNumber(), r.date(), () -> path + ".partNumber");
      if (cp.quantity().unit() != v.part.unit()) {
        throw ValidationException.of(
            path + ".quantity",
            CoreErrorCode.UNIT_MISMATCH,
            "part " + cp.partNumber() + " is sold by " + v.part.unit() + ", not " + cp.quantity().unit());
      }
      WorkLine l = new WorkLine(LineCategory.PARTS, 0, cp.partNumber().value(), v.part.description());
      l.quantity = cp.quantity();
      l.origin = v.part.origin();
      l.unitPrice = v.part.dealerCost();
      l.price = u.round(cp.quantity().value().multiply(v.cost));
      l.taxClass = TaxClass.GOODS;
      l.rateIndex = c.tax.index(TaxClass.GOODS);
      l.soloPayer = PayType.WARRANTY;
      l.reason =
          Reason.of(
              PricingReasonCodes.CLAIM_PART,
              "{part}: {quantity} × dealer cost {cost} = {amount}",
              "part", cp.partNumber(),
              "quantity", cp.quantity().value(),
              "cost", v.costText,
              "amount", a.text(l.price));
      partsUnits += l.price;
      lines.add(l);
    }
    Percentage handlingPct = c.profile.warrantyPartsHandling();
    long handlingUnits = 0;
    if (partsUnits > 0 && handlingPct.value().signum() > 0) {
      handlingUnits = u.times(partsUnits, handlingPct.fraction());
      WorkLine h = new WorkLine(LineCategory.HANDLING, 0, "HANDLING", "Parts handling");
      h.price = handlingUnits;
      h.taxClass = TaxClass.GOODS;
      h.rateIndex = c.tax.index(TaxClass.GOODS);
      h.soloPayer = PayType.WARRANTY;
      h.reason =
          Reason.of(
              PricingReasonCodes.CLAIM_HANDLING,
              "handling {percent} of parts cost {base} = {amount}",
              "percent", handlingPct,
              "base", a.text(partsUnits),
              "amount", a.text(handlingUnits));
      lines.add(h);
    }
    List<Reason> warnings = new ArrayList<>(1);
    Ledger ledger = new Ledger(a, c.tax, null, warnings);
    ledger.close(lines);
    Reason why =
        Reason.of(
            c.tax.inclusive ? PricingReasonCodes.TOTAL_VAT_INCLUDED : PricingReasonCodes.TOTAL,
            c.tax.inclusive
                ? "lines {subtotal} (VAT {tax} included) = {total}"
                : "lines {subtotal} + tax {tax} = {total}",
            "subtotal", a.text(ledger.subtotal),
            "tax", a.text(ledger.taxTotal),
            "total", a.text(ledger.total));
    WarrantyClaim.Builder b =
        WarrantyClaim.builder()
            .jobId(r.jobId())
            .date(r.date())
            .addAllLines(ledger.output(lines, new org.aftersales.core.order.JobId[] {r.jobId()}))
            .hours(new Hours(hours))
            .labour(a.money(labourUnits))
            .parts(a.money(partsUnits))
            .handling(a.money(handlingUnits))
            .subtotal(a.money(ledger.subtotal))
            .addAllTaxes(ledger.taxes)
            .tax(a.money(ledger.taxTotal))
            .total(a.money(ledger.total))
            .reason(why);
    r.reference().ifPresent(b::reference);
    return b.build();
  }
}

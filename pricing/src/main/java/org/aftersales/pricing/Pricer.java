package org.aftersales.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;
import org.aftersales.core.ValidationException;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.JobType;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.order.PartOrigin;
import org.aftersales.core.order.PartSource;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.SubletLine;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.pricing.catalogue.LabourOperation;
import org.aftersales.pricing.jurisdiction.ShopSuppliesRule;
import org.aftersales.pricing.tax.TaxClass;

/** Prices one estimate request; confined to one call of {@link Estimator#estimate}. */
final class Pricer {

  private final Compiled c;
  private final EstimateRequest req;
  private final LocalDate date;
  private final Units u;
  private final Amounts a;
  private final List<EstimateJob> jobs;
  private final JobId[] jobIds;
  private final EstimateMethod[] methods;
  private final List<WorkLine>[] jobLines;
  private final List<WorkLine> orderLines = new ArrayList<>(4);
  private final List<Reason> warnings = new ArrayList<>(2);
  private final List<AppliedDiscount> applied = new ArrayList<>(2);
  private final boolean belowCost;

  private final List<WorkLine> labourLines = new ArrayList<>();

  private LocalDate validLimit;
  private String validLimitItem;

  @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array of per-job line lists
  Pricer(Compiled c, EstimateRequest req) {
    this.c = c;
    this.req = req;
    this.date = req.date();
    this.u = c.units;
    this.a = new Amounts(u);
    this.jobs = req.jobs();
    int n = jobs.size();
    this.jobIds = new JobId[n];
    this.methods = new EstimateMethod[n];
    this.jobLines = new List[n];
    this.belowCost = c.profile.discountBelowCostAllowed();
  }

  Estimate estimate() {
    checkCurrencies();
    for (int j = 0; j < jobs.size(); j++) {
      buildJob(j);
    }
    applyOverlaps();
    priceLabour();
    riskAllowances();
    discounts();
    fees();

    int count = orderLines.size() + 2;
    for (List<WorkLine> l : jobLines) {
      count += l.size();
    }
    List<WorkLine> all = new ArrayList<>(count);
    Ledger ledger = new Ledger(a, c.tax, c.totalRounding, warnings);
    for (int j = 0; j < jobs.size(); j++) {
      ledger.split(jobLines[j], jobs.get(j));
      all.addAll(jobLines[j]);
    }
    all.addAll(orderLines);
    ledger.close(all);
    return build(all, ledger);
  }

  // ------------------------------------------------------------------ request checks

  private void checkCurrencies() {
    for (int j = 0; j < jobs.size(); j++) {
      EstimateJob job = jobs.get(j);
      String p = "jobs[" + j + "]";
      if (job.deductible().isPresent()) {
        c.requireCurrency(job.deductible().get(), p + ".deductible");
      }
      for (int k = 0; k < job.payers().size(); k++) {
        if (job.payers().get(k).cap().isPresent()) {
          c.requireCurrency(job.payers().get(k).cap().get(), p + ".payers[" + k + "].cap");
        }
      }
      for (int k = 0; k < job.sublets().size(); k++) {
        c.requireCurrency(job.sublets().get(k).price(), p + ".sublets[" + k + "].price");
      }
    }
    for (int i = 0; i < req.discounts().size(); i++) {
      if (req.discounts().get(i).amount().isPresent()) {
        c.requireCurrency(req.discounts().get(i).amount().get(), "discounts[" + i + "].amount");
      }
    }
  }

  /** Whether a price's last date would end the quote's validity earlier than seen so far. */
  private boolean limits(LocalDate through) {
    return through != null && (validLimit == null || through.isBefore(validLimit));
  }

  private void limitValidity(LocalDate through, String item) {
    if (through != null && (validLimit == null || through.isBefore(validLimit))) {
      validLimit = through;
      validLimitItem = item;
    }
  }

  // ------------------------------------------------------------------ lines

  private void buildJob(int j) {
    EstimateJob job = jobs.get(j);
    jobIds[j] = job.id();
    EstimateMethod method = job.method().orElse(req.method());
    methods[j] = method;
    if (method == EstimateMethod.SYSTEM && job.system().isEmpty()) {
      throw ValidationException.of(
          "jobs[" + j + "].system",
          PricingErrorCode.ESTIMATE_SYSTEM_REQUIRED,
          "job " + job.id() + " is a system estimate (系统估价) but names no vehicle system");
    }
    List<WorkLine> lines =
        new ArrayList<>(job.labour().size() + job.parts().size() + job.sublets().size() + 3);
    for (int k = 0; k < job.labour().size(); k++) {
      labour(j, k, job, method, lines);
    }
    for (int k = 0; k < job.parts().size(); k++) {
      part(j, k, job.parts().get(k), lines);
    }
    for (int k = 0; k < job.sublets().size(); k++) {
      SubletLine s = job.sublets().get(k);
      WorkLine l =
          new WorkLine(LineCategory.SUBLET, j, "SUBLET", s.vendor() + ": " + s.description());
      l.price = u.round(Monies.number(s.price()));
      l.floor = belowCost ? 0 : u.ceil(Monies.number(s.cost()));
      l.unitPrice = null;
      tax(l, TaxClass.REPAIR_SERVICE);
      l.reason =
          Reason.of(
              PricingReasonCodes.SUBLET,
              "{vendor}: sublet work {amount}",
              "vendor", s.vendor(),
              "amount", a.text(l.price));
      lines.add(l);
    }
    jobLines[j] = lines;
    if (method == EstimateMethod.ITEM) {
      warnings.add(
          Reason.of(
              PricingReasonCodes.WARN_ITEM_PRICE,
              "job {job} is priced per item (项目定价): quality cannot always be guaranteed;"
                  + " tell the customer before the work (seed 001)",
              "job", job.id()));
    }
  }

  private void tax(WorkLine l, TaxClass taxClass) {
    l.taxClass = taxClass;
    l.rateIndex = c.tax.index(taxClass);
  }

  private void labour(int j, int k, EstimateJob job, EstimateMethod method, List<WorkLine> lines) {
    LabourRequest lr = job.labour().get(k);
    LabourOperation op = c.op(lr.opCode(), () -> "jobs[" + j + "].labour[" + k + "].opCode").op;
    if (method == EstimateMethod.SYSTEM
        && op.system().isPresent()
        && !op.system().get().equals(job.system().get())) {
      throw ValidationException.of(
          "jobs[" + j + "].labour[" + k + "].opCode",
          PricingErrorCode.OPERATION_OUTSIDE_SYSTEM,
          "op " + op.opCode() + " works on system " + op.system().get() + ", but job " + job.id()
              + " is a system estimate for " + job.system().get());
    }
    Hours hours = lr.hours().orElse(null);
    if (hours == null) {
      hours = op.hoursFor(req.vehicle()).orElse(null);
      if (hours == null) {
        throw ValidationException.of(
            "jobs[" + j + "].labour[" + k + "].opCode",
            PricingErrorCode.LABOUR_HOURS_NOT_FOR_VEHICLE,
            "op " + op.opCode() + " has no flat-rate hours for " + req.vehicle());
      }
    }
    Compiled.Rate rate = c.rate(op.skill(), job.payType(), date, () -> "jobs[" + j + "].labour[" + k + "]");
    if (limits(rate.through)) {
      limitValidity(rate.through, "labour rate " + job.payType() + "/" + op.skill());
    }
    WorkLine l = new WorkLine(LineCategory.LABOUR, j, op.opCode(), op.description());
    l.bookHoursValue = hours;
    l.bookHours = hours.value();
    l.hours = l.bookHours;
    l.available = l.bookHours;
    l.skill = op.skill();
    l.rate = rate.perHour;
    l.rateText = rate.text;
    l.unitPrice = rate.money;
    tax(l, TaxClass.REPAIR_SERVICE);
    lines.add(l);
    labourLines.add(l);
  }

  private void part(int j, int k, PartRequest pr, List<WorkLine> lines) {
    PartNumber pn = pr.partNumber();
    if (pr.source() == PartSource.CUSTOMER_SUPPLIED) {
      Compiled.Part[] known = c.parts.get(pn);
      String description =
          pr.description().orElse(known == null ? pn.value() : known[0].part.description());
      WorkLine l = new WorkLine(LineCategory.PARTS, j, pn.value(), description);
      l.quantity = pr.quantity();
      l.source = PartSource.CUSTOMER_SUPPLIED;
      l.origin = pr.origin().orElse(known == null ? null : known[0].part.origin());
      tax(l, TaxClass.GOODS);
      l.reason =
          Reason.of(
              PricingReasonCodes.PART_CUSTOMER_SUPPLIED,
              "{part}: supplied by the customer, not charged",
              "part", pn);
      lines.add(l);
      warnings.add(
          Reason.of(
              PricingReasonCodes.WARN_CUSTOMER_SUPPLIED,
              "part {part} is supplied by the customer: the dealer gives no quality guarantee"
                  + " for it, and the repair order says so (seed 001)",
              "part", pn));
      return;
    }
    Compiled.Part v = c.part(pn, date, () -> "jobs[" + j + "].parts[" + k + "].partNumber");
    if (limits(v.through)) {
      limitValidity(v.through, "price of part " + pn);
    }
    if (pr.origin().isPresent() && pr.origin().get() != v.part.origin()) {
      throw ValidationException.of(
          "jobs[" + j + "].parts[" + k + "].origin",
          PricingErrorCode.PART_ORIGIN_MISMATCH,
          "part " + pn + " is " + v.part.origin() + " in the price list, not " + pr.origin().get());
    }
    Quantity q = pr.quantity();
    if (q.unit() != v.part.unit()) {
      throw ValidationException.of(
          "jobs[" + j + "].parts[" + k + "].quantity",
          CoreErrorCode.UNIT_MISMATCH,
          "part " + pn + " is sold by " + v.part.unit() + ", not " + q.unit());
    }
    BigDecimal qty = q.value();
    boolean packed = false;
    if (v.pack != null) {
      BigDecimal charged = qty.divide(v.pack, 0, RoundingMode.CEILING).multiply(v.pack);
      if (charged.compareTo(qty) != 0) {
        q = new Quantity(charged, q.unit());
        qty = q.value();
        packed = true;
      }
    }
    WorkLine l = new WorkLine(LineCategory.PARTS, j, pn.value(), v.part.description());
    l.quantity = q;
    l.source = pr.source();
    l.origin = v.part.origin();
    BigDecimal unit;
    Object unitText;
    int band = -1;
    if (c.listFirst && v.list != null) {
      unit = v.list;
      unitText = v.listText;
      l.unitPrice = v.listMoney;
    } else {
      band = c.band(v.cost);
      long unitUnits = u.round(v.cost.multiply(c.bandFactor[band]));
      unit = u.value(unitUnits);
      unitText = a.text(unitUnits);
      l.unitPrice = a.money(unitUnits);
    }
    l.price = u.round(qty.multiply(unit));
    l.floor = belowCost ? 0 : u.ceil(qty.multiply(v.cost));
    tax(l, TaxClass.GOODS);
    if (packed) {
      l.reason =
          Reason.of(
              PricingReasonCodes.PART_PACK,
              "{part}: {requested} rounded up to whole packs of {pack} = {quantity} × {unitPrice}"
                  + " = {amount}",
              "part", pn,
              "requested", pr.quantity().value(),
              "pack", v.pack,
              "quantity", qty,
              "unitPrice", unitText,
              "amount", a.text(l.price));
    } else if (band >= 0) {
      l.reason =
          Reason.of(
              PricingReasonCodes.PART_MATRIX,
              "{part}: cost {cost} + {markup}% = {unitPrice}; {quantity} × {unitPrice} = {amount}",
              "part", pn,
              "cost", v.costText,
              "markup", c.bandMarkup[band],
              "unitPrice", unitText,
              "quantity", qty,
              "amount", a.text(l.price));
    } else {
      l.reason =
          Reason.of(
              PricingReasonCodes.PART,
              "{part}: {quantity} × {unitPrice} = {amount}",
              "part", pn,
              "quantity", qty,
              "unitPrice", unitText,
              "amount", a.text(l.price));
    }
    lines.add(l);
    if (v.part.origin() == PartOrigin.AFTERMARKET
        && v.part.component().isPresent()
        && c.profile.keyComponents().contains(v.part.component().get())) {
      warnings.add(
          Reason.of(
              PricingReasonCodes.WARN_AFTERMARKET_KEY_COMPONENT,
              "part {part} is an aftermarket part on key component {component}: the dealer gives"
                  + " no quality guarantee for it, and the repair order says so (seed 001)",
              "part", pn,
              "component", v.part.component().get()));
    }
    if (v.core != null) {
      WorkLine core =
          new WorkLine(LineCategory.CORE_CHARGE, j, pn.value(), "Core deposit: " + v.part.description());
      core.quantity = q;
      core.unitPrice = v.coreMoney;
      core.price = u.round(qty.multiply(v.core));
      tax(core, TaxClass.GOODS);
      core.reason =
          Reason.of(
              PricingReasonCodes.CORE_CHARGE,
              "{part}: core deposit {quantity} × {unitPrice} = {amount}, refunded when the old part"
                  + " is returned",
              "part", pn,
              "quantity", qty,
              "unitPrice", v.coreText,
              "amount", a.text(core.price));
      lines.add(core);
    }
  }

  private void applyOverlaps() {
    Overlaps.apply(c, labourLines);
  }

  private void priceLabour() {
    for (int i = 0, n = labourLines.size(); i < n; i++) {
      WorkLine l = labourLines.get(i);
      l.price = u.round(l.hours.multiply(l.rate));
      l.reason = labourReason(l, a);
    }
  }

  /** The reason of a priced labour line. */
  static Reason labourReason(WorkLine l, Amounts a) {
    if (l.deducted == null) {
      return Reason.of(
          PricingReasonCodes.LABOUR,
          "{op}: {hours} h × {rate}/h = {amount}",
          "op", l.code,
          "hours", l.hours,
          "rate", l.rateText,
          "amount", a.text(l.price));
    }
    return Reason.of(
        PricingReasonCodes.LABOUR_OVERLAP,
        "{op}: {bookHours} h less {deducted} h shared with {with} = {hours} h × {rate}/h = {amount}",
        "op", l.code,
        "bookHours", l.bookHours,
        "deducted", l.deducted,
        "with", l.sharedWith,
        "hours", l.hours,
        "rate", l.rateText,
        "amount", a.text(l.price));
  }

  private void riskAllowances() {
    RiskAllowance risk = c.profile.riskAllowance();
    for (int j = 0; j < jobs.size(); j++) {
      if (methods[j] != EstimateMethod.SYMPTOM) {
        continue;
      }
      long base = 0;
      for (WorkLine l : jobLines[j]) {
        if (l.category == LineCategory.LABOUR || l.category == LineCategory.PARTS) {
          base += l.price;
        }
      }
      long raw = u.times(base, new Units.Factor(risk.percent().fraction()));
      long cap = risk.cap().map(m -> u.floor(Monies.number(m))).orElse(Long.MAX_VALUE);
      WorkLine l =
          new WorkLine(
              LineCategory.RISK_ALLOWANCE, j, "RISK_ALLOWANCE", "Risk allowance (symptom estimate)");
      l.price = Math.min(raw, cap);
      tax(l, TaxClass.REPAIR_SERVICE);
      l.reason =
          raw > cap
              ? Reason.of(
                  PricingReasonCodes.RISK_ALLOWANCE_CAPPED,
                  "symptom estimate (现象估价): risk allowance {percent} of {base} = {raw},"
                      + " capped at {cap}",
                  "percent", risk.percent(),
                  "base", a.text(base),
                  "raw", a.text(raw),
                  "cap", a.text(cap),
                  "amount", a.text(l.price))
              : Reason.of(
                  PricingReasonCodes.RISK_ALLOWANCE,
                  "symptom estimate (现象估价): risk allowance {percent} of {base} = {amount}",
                  "percent", risk.percent(),
                  "base", a.text(base),
                  "amount", a.text(l.price));
      jobLines[j].add(l);
    }
  }

  // ------------------------------------------------------------------ discounts

  /** One discount to apply. */
  private static final class Pending {
    final DiscountTerms terms;
    final DiscountTrigger trigger;
    final DiscountRule rule;
    final int job;

    Pending(DiscountTerms terms, DiscountTrigger trigger, DiscountRule rule, int job) {
      this.terms = terms;
      this.trigger = trigger;
      this.rule = rule;
      this.job = job;
    }
  }

  private void discounts() {
    List<DiscountRule> rules = c.profile.discounts();
    List<ManualDiscount> manual = req.discounts();
    if (rules.isEmpty() && manual.isEmpty() && req.campaignCodes().isEmpty()) {
      return;
    }
    List<String> codes = req.campaignCodes();
    for (int i = 0; i < codes.size(); i++) {
      boolean known = false;
      boolean effective = false;
      for (DiscountRule r : rules) {
        if (r.campaignCode().isPresent() && r.campaignCode().get().equals(codes.get(i))) {
          known = true;
          effective |= r.isEffectiveOn(date);
        }
      }
      if (!known) {
        throw ValidationException.of(
            "campaignCodes[" + i + "]",
            PricingErrorCode.DISCOUNT_CAMPAIGN_UNKNOWN,
            "campaign code " + codes.get(i) + " matches no discount of profile " + c.profile.id());
      }
      if (!effective) {
        throw ValidationException.of(
            "campaignCodes[" + i + "]",
            PricingErrorCode.DISCOUNT_CAMPAIGN_EXPIRED,
            "campaign " + codes.get(i) + " is not valid on " + date);
      }
    }
    List<Pending> pending = new ArrayList<>(rules.size() + manual.size());
    for (DiscountRule r : rules) {
      boolean triggered =
          switch (r.trigger()) {
            case CAMPAIGN -> codes.contains(r.campaignCode().get());
            case LOYALTY_TIER -> req.loyaltyTier().equals(r.loyaltyTier());
            default -> true;
          };
      if (triggered && r.isEffectiveOn(date)) {
        pending.add(new Pending(r, r.trigger(), r, -1));
        limitValidity(r.validThrough().orElse(null), "discount " + r.code());
      }
    }
    for (int i = 0; i < manual.size(); i++) {
      ManualDiscount m = manual.get(i);
      int job = -1;
      if (m.jobId().isPresent()) {
        for (int j = 0; j < jobs.size(); j++) {
          if (jobs.get(j).id().equals(m.jobId().get())) {
            job = j;
          }
        }
        if (job < 0) {
          throw ValidationException.of(
              "discounts[" + i + "].jobId",
              PricingErrorCode.DISCOUNT_TARGET_UNKNOWN,
              "discount " + m.code() + " names job " + m.jobId().get() + ", which is not on the request");
        }
      }
      if (m.lineCode().isPresent()) {
        String code = m.lineCode().get();
        boolean found = false;
        for (WorkLine l : jobLines[job]) {
          found |= l.code.equals(code)
              && (l.category == LineCategory.LABOUR || l.category == LineCategory.PARTS);
        }
        if (!found) {
          throw ValidationException.of(
              "discounts[" + i + "].lineCode",
              PricingErrorCode.DISCOUNT_TARGET_UNKNOWN,
              "discount " + m.code() + " names line " + code + ", which job " + m.jobId().get()
                  + " does not have");
        }
      }
      pending.add(new Pending(m, DiscountTrigger.MANUAL, null, job));
    }
    if (pending.size() > 1) {
      pending.sort(
          (a, b) -> {
            int s = a.terms.scope().compareTo(b.terms.scope());
            if (s != 0) {
              return s;
            }
            return Boolean.compare(a.terms.percent().isEmpty(), b.terms.percent().isEmpty());
          });
    }
    for (Pending p : pending) {
      apply(p);
    }
  }

  private boolean eligible(WorkLine l, Pending p) {
    DiscountTerms t = p.terms;
    if (!t.categories().contains(l.category) || !t.payTypes().contains(jobs.get(l.job).payType())) {
      return false;
    }
    if (p.rule != null) {
      if (l.category == LineCategory.LABOUR && !p.rule.opCodes().isEmpty()) {
        return p.rule.opCodes().contains(l.code);
      }
      if (l.category == LineCategory.PARTS && !p.rule.partNumbers().isEmpty()) {
        return p.rule.partNumbers().contains(l.code);
      }
      return true;
    }
    ManualDiscount m = (ManualDiscount) t;
    if (p.job >= 0 && l.job != p.job) {
      return false;
    }
    return m.lineCode().isEmpty() || m.lineCode().get().equals(l.code);
  }

  private void apply(Pending p) {
    DiscountTerms t = p.terms;
    long base = 0;
    long wanted = 0;
    long given = 0;
    int lines = 0;
    String terms;
    if (t.percent().isPresent()) {
      Units.Factor fraction = new Units.Factor(t.percent().get().fraction());
      terms = t.percent().get().toString();
      for (List<WorkLine> jl : jobLines) {
        for (WorkLine l : jl) {
          long rem = l.amount();
          if (rem <= 0 || !eligible(l, p)) {
            continue;
          }
          long want = u.times(rem, fraction);
          long give = Math.min(want, l.headroom());
          l.discount += give;
          base += rem;
          wanted += want;
          given += give;
          lines++;
        }
      }
    } else {
      long off = u.round(Monies.number(t.amount().get()));
      terms =
          a.text(off)
              + (t.scope() == DiscountScope.LINE
                  ? " per line"
                  : t.scope() == DiscountScope.JOB ? " per job" : " per order");
      List<WorkLine> group = new ArrayList<>();
      for (int j = 0; j < jobLines.length; j++) {
        for (WorkLine l : jobLines[j]) {
          if (l.amount() <= 0 || !eligible(l, p)) {
            continue;
          }
          base += l.amount();
          lines++;
          if (t.scope() == DiscountScope.LINE) {
            long give = Math.min(off, l.headroom());
            l.discount += give;
            wanted += off;
            given += give;
          } else {
            group.add(l);
          }
        }
        if (t.scope() == DiscountScope.JOB && !group.isEmpty()) {
          wanted += off;
          given += allocate(off, group);
          group.clear();
        }
      }
      if (t.scope() == DiscountScope.ORDER) {
        wanted += off;
        given += allocate(off, group);
      }
    }
    boolean limited = given < wanted;
    Reason why =
        limited
            ? Reason.of(
                PricingReasonCodes.DISCOUNT_LIMITED,
                "{discount} ({terms}) on {base}: limited to {amount} instead of {wanted}, so that"
                    + " no line goes below zero or cost",
                "discount", t.code(),
                "terms", terms,
                "base", a.text(base),
                "wanted", a.text(wanted),
                "amount", a.text(given))
            : Reason.of(
                PricingReasonCodes.DISCOUNT,
                "{discount} ({terms}) on {base} over {lines} lines = {amount}",
                "discount", t.code(),
                "terms", terms,
                "base", a.text(base),
                "lines", lines,
                "amount", a.text(given));
    if (limited) {
      warnings.add(why);
    }
    applied.add(
        AppliedDiscount.builder()
            .code(t.code())
            .description(t.description())
            .trigger(p.trigger)
            .scope(t.scope())
            .amount(a.money(given))
            .limited(limited)
            .reason(why)
            .build());
  }

  /**
   * Shares an amount over lines pro rata to their amounts, never beyond a line's headroom:
   * lines whose share reaches their headroom take it, the rest is shared again; the last units
   * go to the largest remainders (the earlier line on a tie).
   *
   * @return the units given
   */
  private static long allocate(long amount, List<WorkLine> lines) {
    int n = lines.size();
    long[] w = new long[n];
    long[] cap = new long[n];
    long[] give = new long[n];
    boolean[] active = new boolean[n];
    for (int i = 0; i < n; i++) {
      w[i] = lines.get(i).amount();
      cap[i] = lines.get(i).headroom();
      active[i] = cap[i] > 0;
    }
    long left = amount;
    while (left > 0) {
      long total = 0;
      for (int i = 0; i < n; i++) {
        if (active[i]) {
          total += w[i];
        }
      }
      if (total == 0) {
        break;
      }
      BigInteger bl = BigInteger.valueOf(left);
      BigInteger bt = BigInteger.valueOf(total);
      long[] share = new long[n];
      BigInteger[] rem = new BigInteger[n];
      boolean saturated = false;
      for (int i = 0; i < n; i++) {
        if (!active[i]) {
          continue;
        }
        BigInteger[] qr = bl.multiply(BigInteger.valueOf(w[i])).divideAndRemainder(bt);
        share[i] = qr[0].longValueExact();
        rem[i] = qr[1];
        if (share[i] >= cap[i]) {
          saturated = true;
        }
      }
      if (saturated) {
        for (int i = 0; i < n; i++) {
          if (active[i] && share[i] >= cap[i]) {
            give[i] += cap[i];
            left -= cap[i];
            active[i] = false;
          }
        }
        continue;
      }
      long sum = 0;
      for (int i = 0; i < n; i++) {
        if (active[i]) {
          give[i] += share[i];
          sum += share[i];
        }
      }
      long leftover = left - sum;
      while (leftover > 0) {
        int best = -1;
        for (int i = 0; i < n; i++) {
          if (active[i] && (best < 0 || rem[i].compareTo(rem[best]) > 0)) {
            best = i;
          }
        }
        give[best]++;
        active[best] = false;
        leftover--;
      }
      left = 0;
    }
    long given = 0;
    for (int i = 0; i < n; i++) {
      lines.get(i).discount += give[i];
      given += give[i];
    }
    return given;
  }

  // ------------------------------------------------------------------ fees

  private void fees() {
    for (FeeRule f : c.profile.fees()) {
      switch (f.kind()) {
        case SHOP_SUPPLIES -> shopSupplies(f);
        case FLAT -> flat(f);
        case DIAGNOSTIC -> diagnostic(f);
      }
    }
  }

  private long labourOf(int j) {
    long sum = 0;
    for (WorkLine l : jobLines[j]) {
      if (l.category == LineCategory.LABOUR) {
        sum += l.amount();
      }
    }
    return sum;
  }

  private void shopSupplies(FeeRule f) {
    BigDecimal fraction = f.percent().get().fraction();
    long cap = f.cap().map(m -> u.floor(Monies.number(m))).orElse(Long.MAX_VALUE);
    if (f.scope() == FeeScope.ORDER) {
      long base = 0;
      for (int j = 0; j < jobs.size(); j++) {
        if (jobs.get(j).payType() == f.payer()) {
          base += labourOf(j);
        }
      }
      if (base > 0) {
        orderLines.add(shopSuppliesLine(f, -1, base, fraction, cap));
      }
    } else {
      for (int j = 0; j < jobs.size(); j++) {
        long base = jobs.get(j).payType() == f.payer() ? labourOf(j) : 0;
        if (base > 0) {
          jobLines[j].add(shopSuppliesLine(f, j, base, fraction, cap));
        }
      }
    }
  }

  private WorkLine shopSuppliesLine(FeeRule f, int job, long base, BigDecimal fraction, long cap) {
    WorkLine l = new WorkLine(LineCategory.FEE, job, f.code(), f.description());
    long raw = u.times(base, fraction);
    l.price = Math.min(raw, cap);
    l.soloPayer = job < 0 ? f.payer() : null;
    tax(l, f.taxClass());
    l.reason =
        raw > cap
            ? Reason.of(
                PricingReasonCodes.FEE_SHOP_SUPPLIES_CAPPED,
                "{fee}: {percent} of labour {base} = {raw}, capped at {cap}",
                "fee", f.code(),
                "percent", f.percent().get(),
                "base", a.text(base),
                "raw", a.text(raw),
                "cap", a.text(cap),
                "amount", a.text(l.price))
            : Reason.of(
                PricingReasonCodes.FEE_SHOP_SUPPLIES,
                "{fee}: {percent} of labour {base} = {amount}",
                "fee", f.code(),
                "percent", f.percent().get(),
                "base", a.text(base),
                "amount", a.text(l.price));
    if (c.profile.jurisdiction().shopSupplies() == ShopSuppliesRule.DISCLOSURE_REQUIRED) {
      warnings.add(
          Reason.of(
              PricingReasonCodes.WARN_SHOP_SUPPLIES_DISCLOSURE,
              "the shop-supplies charge {fee} of {amount} is disclosed on this estimate, as"
                  + " {jurisdiction} requires",
              "fee", f.code(),
              "amount", a.text(l.price),
              "jurisdiction", c.profile.jurisdiction().name()));
    }
    return l;
  }

  private boolean triggers(FeeRule f, EstimateJob job) {
    if (f.whenOpCodes().isEmpty() && f.whenPartNumbers().isEmpty()) {
      return true;
    }
    for (LabourRequest l : job.labour()) {
      if (f.whenOpCodes().contains(l.opCode())) {
        return true;
      }
    }
    for (PartRequest p : job.parts()) {
      if (f.whenPartNumbers().contains(p.partNumber().value())) {
        return true;
      }
    }
    return false;
  }

  private void flat(FeeRule f) {
    long amount = u.round(Monies.number(f.amount().get()));
    boolean any = false;
    for (int j = 0; j < jobs.size(); j++) {
      EstimateJob job = jobs.get(j);
      if (job.payType() != f.payer() || !triggers(f, job)) {
        continue;
      }
      if (f.scope() == FeeScope.JOB) {
        jobLines[j].add(flatLine(f, j, amount));
      }
      any = true;
    }
    if (any && f.scope() == FeeScope.ORDER) {
      orderLines.add(flatLine(f, -1, amount));
    }
  }

  private WorkLine flatLine(FeeRule f, int job, long amount) {
    WorkLine l = new WorkLine(LineCategory.FEE, job, f.code(), f.description());
    l.price = amount;
    l.soloPayer = job < 0 ? f.payer() : null;
    tax(l, f.taxClass());
    l.reason = Reason.of(PricingReasonCodes.FEE_FLAT, "{fee}: {amount}", "fee", f.code(), "amount", a.text(amount));
    return l;
  }

  private void diagnostic(FeeRule f) {
    boolean diagnosis = false;
    for (EstimateJob job : jobs) {
      diagnosis |= job.type() == JobType.DIAGNOSIS && job.payType() == f.payer();
    }
    if (!diagnosis) {
      return;
    }
    long amount = u.round(Monies.number(f.amount().get()));
    WorkLine l = new WorkLine(LineCategory.FEE, -1, f.code(), f.description());
    l.soloPayer = f.payer();
    tax(l, f.taxClass());
    if (req.repairAuthorized()) {
      l.price = 0;
      l.reason =
          Reason.of(
              PricingReasonCodes.FEE_DIAGNOSTIC_WAIVED,
              "{fee} of {waived} waived: the customer authorized the repair",
              "fee", f.code(),
              "waived", a.text(amount));
    } else {
      l.price = amount;
      l.reason =
          Reason.of(
              PricingReasonCodes.FEE_DIAGNOSTIC,
              "{fee}: diagnosis {amount}, waived if the repair is authorized",
              "fee", f.code(),
              "amount", a.text(amount));
    }
    orderLines.add(l);
  }

  // ------------------------------------------------------------------ result

  private Estimate build(List<WorkLine> all, Ledger ledger) {
    Estimate.Builder b = Estimate.builder();
    b.profileId(c.profile.id())
        .currency(u.currency)
        .taxInclusion(c.tax.policy.inclusion())
        .date(date)
        .vehicle(req.vehicle());

    LocalDate validUntil = date.plusDays(c.profile.quoteValidityDays());
    if (validLimit != null && validLimit.isBefore(validUntil)) {
      validUntil = validLimit;
      warnings.add(
          Reason.of(
              PricingReasonCodes.WARN_VALIDITY_SHORTENED,
              "the quote is valid only until {validUntil}: the {item} ends then",
              "validUntil", validUntil,
              "item", validLimitItem));
    }
    b.validUntil(validUntil);
    b.addAllLines(ledger.output(all, jobIds));

    // job totals and hours
    Map<Skill, BigDecimal> bySkill = new TreeMap<>();
    BigDecimal allHours = BigDecimal.ZERO;
    for (int j = 0; j < jobs.size(); j++) {
      EstimateJob job = jobs.get(j);
      long amount = 0;
      BigDecimal hours = BigDecimal.ZERO;
      for (WorkLine l : jobLines[j]) {
        amount += l.amount();
        if (l.category == LineCategory.LABOUR) {
          hours = hours.add(l.hours);
          bySkill.merge(l.skill, l.hours, BigDecimal::add);
        }
      }
      allHours = allHours.add(hours);
      Hours h = new Hours(hours);
      Reason why =
          switch (methods[j]) {
            case SYSTEM -> Reason.of(
                PricingReasonCodes.JOB_SYSTEM,
                "job {job} priced by vehicle system {system} (系统估价): {hours} h, {amount}",
                "job", job.id(),
                "system", job.system().get(),
                "hours", h.value(),
                "amount", a.text(amount));
            case SYMPTOM -> Reason.of(
                PricingReasonCodes.JOB_SYMPTOM,
                "job {job} priced to remove the symptom (现象估价), risk allowance included:"
                    + " {hours} h, {amount}",
                "job", job.id(),
                "hours", h.value(),
                "amount", a.text(amount));
            case ITEM -> Reason.of(
                PricingReasonCodes.JOB_ITEM,
                "job {job} priced per item (项目定价): {hours} h, {amount}",
                "job", job.id(),
                "hours", h.value(),
                "amount", a.text(amount));
          };
      JobTotal.Builder jt =
          JobTotal.builder()
              .jobId(job.id())
              .method(methods[j])
              .payType(job.payType())
              .hours(h)
              .amount(a.money(amount))
              .reason(why);
      if (methods[j] == EstimateMethod.SYSTEM) {
        jt.system(job.system().get());
      }
      b.addJobs(jt.build());
    }
    bySkill.forEach((skill, hours) -> b.putHoursBySkill(skill, new Hours(hours)));
    b.totalHours(new Hours(allHours));

    // subtotals by category
    LineCategory[] cats = LineCategory.values();
    long[] sums = new long[cats.length];
    boolean[] present = new boolean[cats.length];
    long discount = 0;
    for (int i = 0, n = all.size(); i < n; i++) {
      WorkLine l = all.get(i);
      sums[l.category.ordinal()] += l.price;
      present[l.category.ordinal()] = true;
      discount += l.discount;
    }
    if (discount != 0) {
      sums[LineCategory.DISCOUNT.ordinal()] = -discount;
      present[LineCategory.DISCOUNT.ordinal()] = true;
    }
    for (int i = 0; i < cats.length; i++) {
      if (present[i]) {
        b.putSubtotal(cats[i], a.money(sums[i]));
      }
    }

    b.addAllDiscounts(applied)
        .addAllTaxes(ledger.taxes)
        .addAllPayers(ledger.payers)
        .subtotal(a.money(ledger.subtotal))
        .tax(a.money(ledger.taxTotal))
        .total(a.money(ledger.total))
        .addAllWarnings(warnings);
    b.reason(
        c.tax.inclusive
            ? Reason.of(
                PricingReasonCodes.TOTAL_VAT_INCLUDED,
                "lines {subtotal} (VAT {tax} included) = {total}",
                "subtotal", a.text(ledger.subtotal),
                "tax", a.text(ledger.taxTotal),
                "total", a.text(ledger.total))
            : Reason.of(
                PricingReasonCodes.TOTAL,
                "lines {subtotal} + tax {tax} = {total}",
                "subtotal", a.text(ledger.subtotal),
                "tax", a.text(ledger.taxTotal),
                "total", a.text(ledger.total)));
    return b.build();
  }
}

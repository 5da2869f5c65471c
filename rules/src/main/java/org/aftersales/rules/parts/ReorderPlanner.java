package org.aftersales.rules.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;
import org.aftersales.core.ValidationException;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans parts orders: {@code plan(snapshot, now)} returns an explained {@link ReorderProposal}
 * (DOMAIN §2 parts logistics, §5).
 *
 * <h2>Per part family</h2>
 *
 * A family is a newest part number and the older numbers that chain to it; their demand, stock,
 * reservations, orders on the way and appointment needs roll up to the newest number, old stock
 * is issued first ({@link ReorderLine#supersededStock()}), and orders go to the newest number
 * only. For each family:
 *
 * <ol>
 *   <li><b>Demand.</b> Mean μ and standard deviation σ of daily demand over the statistics
 *       window, as {@code DemandScan} documents: {@code μ = Q / D}, {@code σ² = (Σ q_i²/L_i −
 *       Q²/D) / (n − 1)}.
 *   <li><b>Stocking class and ABC class</b>, by the {@link StockingClassifier}'s rules applied to
 *       the family; the ABC class picks the service level ({@link
 *       ReorderSettings#serviceLevelFor}).
 *   <li><b>Lead time.</b> L = calendar days from today to the stock order's arrival date, {@code
 *       calendar.plusWorkingDays(today, stockWorkingDays)} in the supplier's calendar: 3 working
 *       days ordered on a Friday are 5 days.
 *   <li><b>DOMAIN §5 formulas</b> ({@link InventoryFormulas}): safety stock {@code SS = z × σ ×
 *       √L}; reorder point {@code ROP = μ × L + SS}; {@code EOQ = √(2 × D_year × S / H)} with
 *       {@code D_year = μ × 365}, S the cost per order and {@code H = unit cost × holding rate}.
 *       Rounding: SS and ROP are each rounded up from their exact values to whole units (to
 *       thousandths for litres, metres, kilograms); the EOQ up to the order multiple.
 *   <li><b>Min/max</b> (Odoo {@code stock.warehouse.orderpoint}): for a stocked family min = ROP
 *       and max = min + max(EOQ, one multiple), unless the part master fixes both; 0 and 0 for a
 *       family that is not stocked. Forecast = on hand + incoming − reserved − appointments, with
 *       incoming and appointments up to the end of the stock order's arrival date. When forecast
 *       &lt; min (strictly: a forecast exactly at min orders nothing) the min/max quantity is
 *       {@code max − forecast} rounded to the order multiple as {@link ReorderSettings#rounding()}
 *       says (down never below one multiple); for parts that are not stocked it is always rounded
 *       up.
 *   <li><b>Appointments.</b> Walking appointments and open orders in time order (arrivals first
 *       at equal instants), the need at an appointment is what booked appointments up to then
 *       need beyond stock on hand less reservations plus arrivals up to then, not counting what
 *       repair orders already lack: {@code max(0, A − X) − max(0, −X)} with A the appointments'
 *       and X the stock's cumulative quantity. Needs before a stock order could arrive are
 *       ordered {@link OrderType#URGENT} if an urgent order arrives in time ({@code now +
 *       urgentHours <= neededAt}), else {@link OrderType#EMERGENCY}; when even that is late the
 *       line carries an alert. Needs after the stock arrival are covered by the stock order. A
 *       stocked family looks as far as the forecast horizon; a family that is not stocked
 *       special-orders for every booked appointment. Appointment needs are rounded up to the
 *       multiple.
 *   <li><b>Proposal.</b> total = max(min/max quantity, appointment need); emergency = need before
 *       an urgent order could arrive; urgent = need before a stock order could arrive, less
 *       emergency; stock = the rest. Every quantity is a multiple of the order multiple. A {@link
 *       StockingMode#DO_NOT_ORDER} part is never ordered; its need becomes an alert.
 * </ol>
 *
 * <p>Guarantees (tested as properties): every proposed quantity is at least 0 and a multiple of
 * the order multiple; a higher service level never lowers safety stock; more on order never raises
 * a family's total; the proposal does not depend on the order of any input list. Lines are sorted
 * by newest part number; a line is listed when it orders something or carries an alert (or always,
 * with {@link ReorderSettings#includeIdleParts()}).
 *
 * <h2>Cost</h2>
 *
 * One pass over each family's history and position after the snapshot's one-time index: O(total
 * periods + parts log parts) time (the log for the ABC ranking), no allocation per idle part, exact
 * {@code long} arithmetic for quantities and costs and {@code double} only for the formulas. The
 * planner is immutable and thread-safe; share one per settings.
 */
public final class ReorderPlanner {

  private static final Logger LOG = LoggerFactory.getLogger(ReorderPlanner.class);

  private final ReorderSettings settings;
  private final double[] zByAbc = new double[AbcClass.values().length];
  private final double holdingRate;
  private final double costPerOrder;

  /**
   * A planner for the given settings.
   *
   * @param settings the reorder policy
   */
  public ReorderPlanner(ReorderSettings settings) {
    this.settings = Checks.requireNonNull(settings, "settings");
    for (AbcClass c : AbcClass.values()) {
      zByAbc[c.ordinal()] = InventoryFormulas.z(settings.serviceLevelFor(c));
    }
    this.holdingRate = settings.annualHoldingRate().value().doubleValue() / 100.0;
    this.costPerOrder = Monies.number(settings.costPerOrder()).doubleValue();
  }

  /**
   * A planner for the given settings.
   *
   * @param settings the reorder policy
   * @return the planner
   */
  public static ReorderPlanner of(ReorderSettings settings) {
    return new ReorderPlanner(settings);
  }

  /**
   * The settings.
   *
   * @return the reorder policy
   */
  public ReorderSettings settings() {
    return settings;
  }

  /**
   * Plans the orders for a snapshot at an instant.
   *
   * @param snapshot the parts data
   * @param now the planning instant; the shop's date is taken in {@link
   *     ReorderSettings#shopZone()}
   * @return the proposal
   * @throws ValidationException when the settings' currency differs from the parts' or {@code
   *     now} is outside the years 1900–2999
   */
  public ReorderProposal plan(PartsSnapshot snapshot, Instant now) {
    Checks.requireNonNull(snapshot, "snapshot");
    LocalDate today = DemandScan.today(now, settings.shopZone());
    SnapshotIndex ix = snapshot.index();
    if (ix.currency != null) {
      Monies.requireSameCurrency(
          settings.costPerOrder(), Monies.zero(ix.currency), "settings.costPerOrder");
    }
    Run run = new Run(ix, now, today);
    List<ReorderLine> lines = run.plan();
    LOG.debug(
        "reorder plan for {}: {} families reviewed, {} lines", today, ix.families.length, lines.size());
    return ReorderProposal.builder()
        .plannedAt(now)
        .planDate(today)
        .partsReviewed(ix.families.length)
        .lines(lines)
        .build();
  }

  /** Arrival times of one supplier's orders placed at the planning instant. */
  private static final class SupplierTimes {
    final LocalDate arrivalDate;
    final int leadDays;
    final Instant stockArrival;
    final Instant horizonEnd;
    final Instant urgentArrival;
    final Instant emergencyArrival;
    /** The same, formatted once for reasons. */
    final String arrivalDateText;
    final String stockArrivalText;
    final String urgentArrivalText;
    final String emergencyArrivalText;

    SupplierTimes(LeadTimes lt, LocalDate today, Instant now, ZoneId zone) {
      try {
        arrivalDate = lt.calendar().plusWorkingDays(today, lt.stockWorkingDays());
      } catch (IllegalStateException e) {
        throw ValidationException.of(
            "leadTimes.calendar",
            CoreErrorCode.POLICY_INVALID,
            "the supplier's calendar has no working days after " + today);
      }
      leadDays = (int) ChronoUnit.DAYS.between(today, arrivalDate);
      stockArrival = arrivalDate.atStartOfDay(zone).toInstant();
      horizonEnd = arrivalDate.plusDays(1).atStartOfDay(zone).toInstant();
      urgentArrival = now.plus(lt.urgentHours(), ChronoUnit.HOURS);
      emergencyArrival = now.plus(lt.emergencyMinutes(), ChronoUnit.MINUTES);
      arrivalDateText = arrivalDate.toString();
      stockArrivalText = stockArrival.toString();
      urgentArrivalText = urgentArrival.toString();
      emergencyArrivalText = emergencyArrival.toString();
    }
  }

  /** One planning run: the per-run state, reused from family to family. */
  private final class Run {
    final SnapshotIndex ix;
    final Instant now;
    final LocalDate today;
    final DemandScan scan;
    final Map<SupplierId, SupplierTimes> times = new HashMap<>();
    final StockingSettings stocking = settings.stocking();
    final int families;
    final long[] windowDemand;
    final int[] periods;
    final double[] mean;
    final double[] sigma;
    final int[] hitMonths;
    final int[] monthsWithoutSale;
    final boolean[] fromIntroduction;
    @Nullable AbcRanking abc;
    @Nullable RoundingPolicy moneyRounding;
    final String costPerOrderText = Monies.format(settings.costPerOrder());

    // The current family's results, read by line(); reused to avoid allocation per family.
    int f;
    StockingRules.@Nullable Verdict verdict;
    double z;
    double ssExact;
    double ropExact;
    double eoqExact;
    double annualDemand;
    long ss;
    long rop;
    long eoq;
    long step;
    long min;
    long max;
    boolean fixed;
    long onHand;
    long reserved;
    long incomingH;
    long appointmentsH;
    long forecast;
    long raw;
    long minMax;
    long needH;
    long emergency;
    long urgent;
    long stock;
    long wouldNeed;
    @Nullable List<AppointmentRequirement> emergencyRefs;
    @Nullable List<AppointmentRequirement> urgentRefs;
    @Nullable List<AppointmentRequirement> stockRefs;
    @Nullable List<AppointmentRequirement> lateRefs;
    @Nullable SupplierTimes st;

    Run(SnapshotIndex ix, Instant now, LocalDate today) {
      this.ix = ix;
      this.now = now;
      this.today = today;
      this.scan = new DemandScan(today, settings.historyMonths(), settings.stocking());
      for (Map.Entry<SupplierId, LeadTimes> e : ix.suppliers.entrySet()) {
        times.put(e.getKey(), new SupplierTimes(e.getValue(), today, now, settings.shopZone()));
      }
      families = ix.families.length;
      windowDemand = new long[families];
      periods = new int[families];
      mean = new double[families];
      sigma = new double[families];
      hitMonths = new int[families];
      monthsWithoutSale = new int[families];
      fromIntroduction = new boolean[families];
    }

    List<ReorderLine> plan() {
      long[] annualCost = new long[families];
      for (int i = 0; i < families; i++) {
        SnapshotIndex.Family fam = ix.families[i];
        scan.scan(ix, fam.members);
        windowDemand[i] = scan.windowDemand;
        periods[i] = scan.periods;
        mean[i] = scan.mean;
        sigma[i] = scan.sigma;
        hitMonths[i] = scan.hitMonths;
        monthsWithoutSale[i] = scan.monthsWithoutSale(ix.masters[fam.head].introducedOn());
        fromIntroduction[i] = scan.countedFromIntroduction;
        annualCost[i] = Units.saturatingMultiply(scan.annualSales, ix.costUnits[fam.head]);
      }
      abc = AbcRanking.rank(annualCost, stocking);
      if (ix.currency != null) {
        moneyRounding = RoundingPolicy.standard(ix.currency);
      }
      List<ReorderLine> lines = new ArrayList<>();
      for (int i = 0; i < families; i++) {
        if (planFamily(i) || settings.includeIdleParts()) {
          lines.add(line());
        }
      }
      return lines;
    }

    /** Plans family {@code i}; true when it orders something or has an alert. */
    boolean planFamily(int i) {
      f = i;
      SnapshotIndex.Family fam = ix.families[i];
      PartMaster hm = ix.masters[fam.head];
      onHand = 0;
      reserved = 0;
      boolean stocked = false;
      for (int m : fam.members) {
        onHand += ix.onHand[m];
        reserved += ix.reserved[m];
        stocked |= ix.masters[m].stocked();
      }
      StockingRules.Verdict v =
          StockingRules.classify(
              hm.mode(), false, stocked, hitMonths[i], monthsWithoutSale[i], onHand, stocking);
      verdict = v;
      AbcClass abcClass = abc().classOf(i);
      z = zByAbc[abcClass.ordinal()];
      SupplierTimes t = times.get(hm.supplier());
      st = t;
      double lead = t.leadDays;
      double mu = mean[i];
      long unitStep = hm.unit().isWhole() ? Units.ONE : 1;
      ssExact = InventoryFormulas.safetyStock(z, sigma[i], lead);
      ropExact = InventoryFormulas.reorderPoint(mu, lead, ssExact);
      ss = Units.ceilTo(ssExact, unitStep);
      rop = Units.ceilTo(ropExact, unitStep);
      long multiple = Units.millis(hm.orderMultiple());
      step = multiple > 0 ? multiple : unitStep;
      annualDemand = mu * 365.0;
      eoqExact =
          Units.ONE
              * InventoryFormulas.economicOrderQuantity(
                  annualDemand / Units.ONE, costPerOrder, ix.cost[fam.head] * holdingRate);
      eoq = Units.ceilTo(eoqExact, step);
      boolean stockedFamily = v.stockingClass() == StockingClass.STOCK;
      fixed = false;
      if (stockedFamily && hm.fixedMin().isPresent()) {
        fixed = true;
        min = Units.millis(hm.fixedMin().get());
        max = Units.millis(hm.fixedMax().orElseThrow());
      } else if (stockedFamily) {
        min = rop;
        max = rop + Math.max(eoq, step);
      } else {
        min = 0;
        max = 0;
      }

      // Appointments against stock and arrivals, in time order.
      long c = onHand - reserved;
      emergencyRefs = null;
      urgentRefs = null;
      stockRefs = null;
      lateRefs = null;
      Instant fastLimit = t.urgentArrival.isBefore(t.stockArrival) ? t.urgentArrival : t.stockArrival;
      boolean allAppointments = !stockedFamily;
      long cumIn = 0;
      long cumNeed = 0;
      long maxAll = 0;
      long maxHorizon = 0;
      long maxFast = 0;
      long maxEmergency = 0;
      int next = 0;
      AppointmentRequirement[] appts = fam.appointments;
      for (int a = 0; a < appts.length; a++) {
        Instant at = appts[a].neededAt();
        while (next < fam.incoming.length && !fam.incoming[next].eta().isAfter(at)) {
          cumIn += fam.incomingMillis[next++];
        }
        cumNeed += fam.appointmentMillis[a];
        long x = cumIn + c;
        long need = Math.max(0, cumNeed - x) - Math.max(0, -x);
        boolean inHorizon = at.isBefore(t.horizonEnd);
        if (need > maxAll && (inHorizon || allAppointments)) {
          if (at.isBefore(fastLimit)) {
            emergencyRefs = add(emergencyRefs, appts[a]);
            if (at.isBefore(t.emergencyArrival)) {
              lateRefs = add(lateRefs, appts[a]);
            }
          } else if (at.isBefore(t.stockArrival)) {
            urgentRefs = add(urgentRefs, appts[a]);
          } else {
            stockRefs = add(stockRefs, appts[a]);
          }
        }
        if (need > maxAll) {
          maxAll = need;
        }
        if (inHorizon && need > maxHorizon) {
          maxHorizon = need;
        }
        if (at.isBefore(t.stockArrival) && need > maxFast) {
          maxFast = need;
        }
        if (at.isBefore(fastLimit) && need > maxEmergency) {
          maxEmergency = need;
        }
      }
      incomingH = 0;
      for (int k = 0; k < fam.incoming.length && fam.incoming[k].eta().isBefore(t.horizonEnd); k++) {
        incomingH += fam.incomingMillis[k];
      }
      appointmentsH = 0;
      for (int k = 0; k < appts.length && appts[k].neededAt().isBefore(t.horizonEnd); k++) {
        appointmentsH += fam.appointmentMillis[k];
      }
      forecast = c + incomingH - appointmentsH;

      raw = 0;
      minMax = 0;
      if (forecast < min) {
        raw = max - forecast;
        minMax =
            stockedFamily && settings.rounding() == MultipleRounding.DOWN
                ? Math.max(step, Units.floorTo(raw, step))
                : Units.ceilTo(raw, step);
      }
      needH = Units.ceilTo(allAppointments ? maxAll : maxHorizon, step);
      long fast = Units.ceilTo(maxFast, step);
      long total = Math.max(minMax, needH);
      emergency = Units.ceilTo(maxEmergency, step);
      urgent = fast - emergency;
      stock = total - fast;
      if (urgent == 0 && urgentRefs != null) {
        emergencyRefs = addAll(emergencyRefs, urgentRefs);
        urgentRefs = null;
      }
      if (stock == 0 && stockRefs != null) {
        if (urgent > 0) {
          urgentRefs = addAll(urgentRefs, stockRefs);
        } else {
          emergencyRefs = addAll(emergencyRefs, stockRefs);
        }
        stockRefs = null;
      }
      wouldNeed = 0;
      if (!hm.orderable()) {
        wouldNeed = total;
        emergency = 0;
        urgent = 0;
        stock = 0;
        total = 0;
      }
      return total > 0 || wouldNeed > 0 || lateRefs != null || c < 0;
    }

    private List<AppointmentRequirement> add(
        @Nullable List<AppointmentRequirement> list, AppointmentRequirement a) {
      List<AppointmentRequirement> l = list == null ? new ArrayList<>(2) : list;
      l.add(a);
      return l;
    }

    private List<AppointmentRequirement> addAll(
        @Nullable List<AppointmentRequirement> list, List<AppointmentRequirement> more) {
      List<AppointmentRequirement> l = list == null ? new ArrayList<>(more.size()) : list;
      l.addAll(more);
      return l;
    }

    private AbcRanking abc() {
      return java.util.Objects.requireNonNull(abc);
    }

    /** Builds the line of the family last planned. */
    ReorderLine line() {
      SnapshotIndex.Family fam = ix.families[f];
      PartMaster hm = ix.masters[fam.head];
      PartNumber pn = hm.partNumber();
      UnitOfMeasure unit = hm.unit();
      SupplierTimes t = java.util.Objects.requireNonNull(st);
      StockingRules.Verdict v = java.util.Objects.requireNonNull(verdict);
      AbcClass abcClass = abc().classOf(f);
      ServiceLevel level = settings.serviceLevelFor(abcClass);
      boolean special = v.stockingClass() != StockingClass.STOCK;
      double mu = mean[f];

      ReorderFigures figures =
          ReorderFigures.builder()
              .windowDemand(Units.decimal(windowDemand[f]))
              .windowDays(scan.windowDays)
              .periods(periods[f])
              .meanDailyDemand(Units.figure(mu))
              .sigmaDailyDemand(Units.figure(sigma[f]))
              .annualDemand(Units.figure(annualDemand))
              .serviceLevel(level)
              .z(Units.figure(z * Units.ONE))
              .leadTimeDays(t.leadDays)
              .stockArrivalDate(t.arrivalDate)
              .safetyStockExact(Units.figure(ssExact))
              .safetyStock(Units.decimal(ss))
              .reorderPointExact(Units.figure(ropExact))
              .reorderPoint(Units.decimal(rop))
              .eoqExact(Units.figure(eoqExact))
              .eoq(Units.decimal(eoq))
              .orderMultiple(hm.orderMultiple())
              .min(Units.decimal(min))
              .max(Units.decimal(max))
              .fixedMinMax(fixed)
              .onHand(Units.decimal(onHand))
              .reserved(Units.decimal(reserved))
              .incoming(Units.decimal(incomingH))
              .appointments(Units.decimal(appointmentsH))
              .forecast(Units.decimal(forecast))
              .build();

      List<Reason> reasons = new ArrayList<>(14);
      StockingRules.explain(
          hm, pn, false, v, hitMonths[f], monthsWithoutSale[f], fromIntroduction[f], onHand,
          stocking, reasons);
      List<SupersededStock> oldStock = List.of();
      if (fam.members.length > 1) {
        StringBuilder olds = new StringBuilder();
        List<SupersededStock> old = new ArrayList<>();
        for (int m : fam.members) {
          if (m == fam.head) {
            continue;
          }
          if (olds.length() > 0) {
            olds.append(", ");
          }
          olds.append(ix.masters[m].partNumber());
          if (ix.onHand[m] > 0) {
            old.add(new SupersededStock(ix.masters[m].partNumber(), Units.quantity(ix.onHand[m], unit)));
          }
        }
        reasons.add(
            PartsReasonCode.SUPERSESSION_ROLLUP.reason("oldNumbers", olds, "partNumber", pn));
        for (SupersededStock s : old) {
          reasons.add(
              PartsReasonCode.SUPERSESSION_USE_OLD_STOCK.reason(
                  "quantity", s.onHand(),
                  "oldNumber", s.partNumber(),
                  "partNumber", pn,
                  "days",
                  mu > 0
                      ? BigDecimal.valueOf(Units.millis(s.onHand()) / mu)
                          .setScale(1, java.math.RoundingMode.HALF_EVEN)
                          .stripTrailingZeros()
                          .toPlainString()
                      : "unlimited"));
        }
        oldStock = old;
      }
      reasons.add(
          PartsReasonCode.REORDER_LEVELS.reason(
              "mean", figures.meanDailyDemand(),
              "sigma", figures.sigmaDailyDemand(),
              "demand", figures.windowDemand().toPlainString() + " " + unit,
              "days", scan.windowDays,
              "safetyStock", figures.safetyStock(),
              "z", figures.z(),
              "leadDays", t.leadDays,
              "safetyStockExact", figures.safetyStockExact(),
              "serviceLevel", level,
              "abc", abcClass,
              "reorderPoint", figures.reorderPoint(),
              "reorderPointExact", figures.reorderPointExact()));
      if (fixed) {
        reasons.add(
            PartsReasonCode.REORDER_MIN_MAX_FIXED.reason("min", figures.min(), "max", figures.max()));
      } else if (v.stockingClass() == StockingClass.STOCK) {
        reasons.add(
            PartsReasonCode.REORDER_MIN_MAX_CALCULATED.reason(
                "min", figures.min(),
                "max", figures.max(),
                "step", eoq >= step ? "EOQ " + figures.eoq() : "one multiple " + Units.decimal(step),
                "eoq", figures.eoq(),
                "annualDemand", figures.annualDemand(),
                "costPerOrder", costPerOrderText,
                "holdingCost", holdingCost(fam.head),
                "eoqExact", figures.eoqExact(),
                "multiple", hm.orderMultiple()));
      } else {
        reasons.add(
            PartsReasonCode.REORDER_MIN_MAX_NOT_STOCKED.reason(
                "partNumber", pn, "stockingClass", v.stockingClass()));
      }
      if (forecast < min) {
        reasons.add(
            PartsReasonCode.REORDER_BELOW_MIN.reason(
                "forecast", figures.forecast(),
                "onHand", figures.onHand(),
                "incoming", figures.incoming(),
                "reserved", figures.reserved(),
                "appointments", figures.appointments(),
                "horizon", t.arrivalDateText,
                "min", figures.min(),
                "max", figures.max(),
                "raw", Units.decimal(raw),
                "rounding",
                    v.stockingClass() == StockingClass.STOCK
                        ? settings.rounding().name().toLowerCase(java.util.Locale.ROOT)
                        : "up",
                "multiple", Units.decimal(step),
                "quantity", Units.decimal(minMax)));
      } else {
        reasons.add(
            PartsReasonCode.REORDER_NOT_BELOW_MIN.reason(
                "forecast", figures.forecast(),
                "onHand", figures.onHand(),
                "incoming", figures.incoming(),
                "reserved", figures.reserved(),
                "appointments", figures.appointments(),
                "horizon", t.arrivalDateText,
                "min", figures.min()));
      }

      List<ProposedOrder> orders = new ArrayList<>(3);
      String purpose = purpose();
      if (emergency > 0) {
        List<AppointmentRequirement> refs = refs(emergencyRefs);
        orders.add(
            order(OrderType.EMERGENCY, emergency, t.emergencyArrival, refs, special, fam.head, purpose,
                PartsReasonCode.ORDER_EMERGENCY.reason(
                    "appointments", refList(refs),
                    "quantity", Units.decimal(emergency) + " " + unit,
                    "neededAt", first(refs),
                    "urgentArrival", t.urgentArrivalText,
                    "arrival", t.emergencyArrivalText)));
      }
      if (urgent > 0) {
        List<AppointmentRequirement> refs = refs(urgentRefs);
        orders.add(
            order(OrderType.URGENT, urgent, t.urgentArrival, refs, special, fam.head, purpose,
                PartsReasonCode.ORDER_URGENT.reason(
                    "appointments", refList(refs),
                    "quantity", Units.decimal(urgent) + " " + unit,
                    "neededAt", first(refs),
                    "stockArrival", t.arrivalDateText,
                    "arrival", t.urgentArrivalText)));
      }
      if (stock > 0) {
        List<AppointmentRequirement> refs = refs(stockRefs);
        List<Reason> why = new ArrayList<>(3);
        if (minMax > 0) {
          why.add(
              PartsReasonCode.ORDER_STOCK_MIN_MAX.reason(
                  "arrival", t.stockArrivalText, "quantity", Units.decimal(minMax) + " " + unit));
        }
        if (needH > minMax) {
          why.add(
              PartsReasonCode.ORDER_STOCK_APPOINTMENTS.reason(
                  "appointments", refList(refs),
                  "quantity", Units.decimal(needH) + " " + unit,
                  "neededAt", first(refs),
                  "arrival", t.stockArrivalText));
        }
        long fast = emergency + urgent;
        if (fast > 0) {
          why.add(
              PartsReasonCode.ORDER_STOCK_LESS_FAST_ORDERS.reason(
                  "fast", Units.decimal(fast) + " " + unit,
                  "total", Units.decimal(fast + stock) + " " + unit,
                  "quantity", Units.decimal(stock) + " " + unit));
        }
        orders.add(
            order(OrderType.STOCK, stock, t.stockArrival, refs, special, fam.head, purpose,
                why.toArray(new Reason[0])));
      }

      List<Reason> alerts = new ArrayList<>(2);
      if (lateRefs != null) {
        for (AppointmentRequirement a : lateRefs) {
          alerts.add(
              PartsReasonCode.ALERT_TOO_LATE.reason(
                  "appointment", a.appointmentRef(),
                  "partNumber", pn,
                  "neededAt", a.neededAt(),
                  "arrival", t.emergencyArrival));
        }
      }
      if (wouldNeed > 0) {
        alerts.add(
            PartsReasonCode.ALERT_ORDER_BLOCKED.reason(
                "partNumber", pn, "quantity", Units.decimal(wouldNeed) + " " + unit));
      }
      if (onHand < reserved) {
        alerts.add(
            PartsReasonCode.ALERT_RESERVED_EXCEEDS_ON_HAND.reason(
                "reserved", figures.reserved(),
                "onHand", figures.onHand(),
                "missing", Units.decimal(reserved - onHand)));
      }
      return ReorderLine.builder()
          .partNumber(pn)
          .unit(unit)
          .supplier(hm.supplier())
          .stockingClass(v.stockingClass())
          .stockingChange(v.change())
          .abcClass(abcClass)
          .figures(figures)
          .orders(orders)
          .supersededStock(oldStock)
          .alerts(alerts)
          .reasons(reasons)
          .build();
    }

    /** Unit cost × holding rate, to 4 decimals, with the currency: the EOQ's H. */
    private String holdingCost(int head) {
      BigDecimal h =
          BigDecimal.valueOf(ix.costUnits[head], 4)
              .multiply(settings.annualHoldingRate().value())
              .movePointLeft(2)
              .setScale(4, java.math.RoundingMode.HALF_EVEN)
              .stripTrailingZeros();
      String code = ix.currency == null ? "" : " " + ix.currency.getCurrencyCode();
      return h.toPlainString() + code;
    }

    private String purpose() {
      List<String> parts = new ArrayList<>(2);
      List<AppointmentRequirement> all = new ArrayList<>();
      all.addAll(refs(emergencyRefs));
      all.addAll(refs(urgentRefs));
      all.addAll(refs(stockRefs));
      if (!all.isEmpty()) {
        parts.add("appointments " + refList(all));
      }
      if (onHand < reserved) {
        parts.add("open repair orders");
      }
      if (parts.isEmpty()) {
        parts.add("counter demand");
      }
      return String.join(" and ", parts);
    }

    private ProposedOrder order(
        OrderType type,
        long quantity,
        Instant arrival,
        List<AppointmentRequirement> refs,
        boolean special,
        int head,
        String purpose,
        Reason... why) {
      PartMaster hm = ix.masters[head];
      List<Reason> reasons = new ArrayList<>(why.length + 1);
      for (Reason r : why) {
        reasons.add(r);
      }
      if (special) {
        reasons.add(
            PartsReasonCode.ORDER_SPECIAL.reason(
                "partNumber", hm.partNumber(),
                "stockingClass", java.util.Objects.requireNonNull(verdict).stockingClass(),
                "purpose", purpose));
      }
      List<String> names = new ArrayList<>(refs.size());
      for (AppointmentRequirement a : refs) {
        if (!names.contains(a.appointmentRef())) {
          names.add(a.appointmentRef());
        }
      }
      return ProposedOrder.builder()
          .orderType(type)
          .quantity(Units.quantity(quantity, hm.unit()))
          .expectedArrival(arrival)
          .neededBy(refs.isEmpty() ? Optional.empty() : Optional.of(refs.get(0).neededAt()))
          .specialOrder(special)
          .appointmentRefs(names)
          .value(value(quantity, head))
          .reasons(reasons)
          .build();
    }

    private MonetaryAmount value(long quantity, int head) {
      RoundingPolicy r = java.util.Objects.requireNonNull(moneyRounding);
      BigDecimal v = Units.decimal(quantity).multiply(BigDecimal.valueOf(ix.costUnits[head], 4));
      return Monies.of(r.round(v), r.currency());
    }
  }

  private static List<AppointmentRequirement> refs(@Nullable List<AppointmentRequirement> l) {
    return l == null ? List.of() : l;
  }

  private static String refList(List<AppointmentRequirement> refs) {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    for (AppointmentRequirement a : refs) {
      names.add(a.appointmentRef());
    }
    return String.join(", ", names);
  }

  private static Object first(List<AppointmentRequirement> refs) {
    return refs.isEmpty() ? "-" : refs.get(0).neededAt();
  }

}

package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.aftersales.core.ReasonTemplate;
import org.aftersales.core.calendar.WorkingCalendar;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.rules.warranty.Causation;
import org.aftersales.rules.warranty.ComponentGroup;
import org.aftersales.rules.warranty.CoverageLimits;
import org.aftersales.rules.warranty.ExclusionKind;
import org.aftersales.rules.warranty.Finding;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * China's three guarantees for household cars (三包), SAMR Order 43 (DOMAIN §3.1), as a pure
 * evaluation over a vehicle and its {@link RepairHistory}: {@code
 * ChinaThreeGuarantees.legalMinimum().assess(request)}. The pack's data are the manufacturer's
 * periods (at least the law's) and usage-compensation rates; the law's rules are below, each
 * cited on the {@link RemedyAssessment} it produces.
 *
 * <ul>
 *   <li><b>Scope</b> (Art. 40): household use only ({@code VehicleUsage.PRIVATE}); vehicles
 *       bought before 2013-10-01 or not sold are outside; purchases before 2022-01-01 are judged
 *       by the repealed AQSIQ Order 150 ({@link ThreeGuaranteesRules}).
 *   <li><b>Periods</b> (Art. 18): 三包有效期 (guarantee period) at least 2 years or 50,000 km, 包修期
 *       (repair-warranty period) at least 3 years or 60,000 km, whichever first, from the invoice
 *       date or the delivery date when that differs. Bounds are inclusive as in {@code
 *       CoverageLimits}; "within 7 days" and "within 60 days" end on the start date plus 7 and 60
 *       days, inclusive; "within 3,000 km" includes 3,000 km.
 *   <li><b>Art. 19</b> free repair within 包修期.
 *   <li><b>Art. 20</b> within 60 days or 3,000 km, a quality problem of a main part of the
 *       engine, transmission, traction battery or drive motor gives a free replacement of that
 *       assembly.
 *   <li><b>Art. 21</b> within 包修期, a single repair of over 5 days (Art. 40 days, waiting for
 *       parts included, nothing taken off) gives a substitute vehicle or transport compensation
 *       from day 6: one assessment per such visit, subject = the repair order.
 *   <li><b>Art. 22</b> within 7 days, the need to replace one of those assemblies or a main part
 *       of it gives vehicle replacement or refund, free.
 *   <li><b>Art. 23</b> within 60 days or 3,000 km, a {@link CriticalFailure} gives replacement or
 *       refund, free.
 *   <li><b>Art. 24</b> within 三包有效期, replacement or refund on any ground, each assessed on its
 *       own: (1) two repairs of serious safety faults, then the fault again or a new one; (2) an
 *       assembly replaced twice, then faulty again (same group); (3) the same main part of a listed
 *       system replaced twice, then faulty again (same main-part code); (4) cumulative repair days
 *       over 30 (31+), transport of VIN-specific special parts and of the traction battery and
 *       rescue travel taken off ({@link ExcludedTimeKind}); or the same problem repaired over 4
 *       times (5+). Assembly and main-part replacements are counted separately. "Faulty again" is
 *       a later repair in the history or the {@link ThreeGuaranteesRequest#currentFault()}.
 *   <li><b>Art. 27</b> usage compensation on an Art. 24 replacement or refund: price × km / 1000
 *       × n, km driven since delivery, n the pack's rate (at most 0.5%), rounded to the currency's
 *       minor unit half up; owed by the consumer. Art. 22 and 23 remedies are free.
 *   <li><b>Art. 28</b> once the consumer asks: answer within 10 working days, complete within 20
 *       working days (the request day not counted) on the dealer's {@code WorkingCalendar}; past
 *       that, with a replacement or refund ground available and not completed, the consumer may
 *       take a refund.
 *   <li><b>Art. 32</b> a fault with a causal finding (misuse or maintenance not per the manual,
 *       forbidden modification, improper handling, force majeure, a disclosed defect, accident,
 *       faulty outside work or aftermarket part) is not a quality problem: it is not counted and
 *       gives no remedy. Servicing at another workshop is never a ground to refuse.
 * </ul>
 *
 * <p>Counting: only repairs of quality problems count; a repair counts as of its visit's reception
 * date and odometer; one visit is one repair of a problem (two jobs on the same problem in one
 * visit are one repair, and so for serious safety faults), while every replacement counts. The
 * cumulative days become "over 30" at the first instant after 30 counted days have run, with
 * excluded time assumed to come first; "since" dates are in the history's zone. For the 2013 rules
 * the same grounds apply with that version's numbers and lists. Art. 29 (a replacement vehicle
 * starts new periods) is the host's: assess the new vehicle with its own invoice date; Art. 17
 * (keep repair records 6 years) is the host's storage. Adding a repair to the history never
 * removes an available remedy, and the order of the history does not matter (it is kept sorted).
 *
 * <p>Rules checked on build: the guarantee period at least 24 months and 50,000 km and the
 * repair-warranty period at least 36 months and 60,000 km ({@link
 * ConsumerLawErrorCode#CONSUMER_LAW_BELOW_LEGAL_MINIMUM}); the rate n at most 0.5% and the
 * legacy rate between 0.5% and 0.8% ({@link
 * ConsumerLawErrorCode#CONSUMER_LAW_USAGE_RATE_OUT_OF_RANGE}). Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableChinaThreeGuarantees.class)
@JsonDeserialize(as = ImmutableChinaThreeGuarantees.class)
public abstract class ChinaThreeGuarantees {

  private static final Logger LOG = LoggerFactory.getLogger(ChinaThreeGuarantees.class);
  private static final CoverageLimits MIN_GUARANTEE = CoverageLimits.of(24, Distance.ofKilometres(50_000));
  private static final CoverageLimits MIN_REPAIR = CoverageLimits.of(36, Distance.ofKilometres(60_000));
  private static final Distance EARLY_DISTANCE = Distance.ofKilometres(3_000);
  private static final Duration DAY = Duration.ofDays(1);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private static final ReasonTemplate THREE_GUARANTEES_NOT_SOLD =
      ReasonTemplate.of(
          "THREE_GUARANTEES_NOT_SOLD",
          "the vehicle has no invoice or delivery date: it is not sold");
  private static final ReasonTemplate THREE_GUARANTEES_BEFORE_IN_FORCE =
      ReasonTemplate.of(
          "THREE_GUARANTEES_BEFORE_IN_FORCE",
          "bought on {purchased}, before the three guarantees took effect on "
          + "2013-10-01");
  private static final ReasonTemplate THREE_GUARANTEES_NOT_HOUSEHOLD =
      ReasonTemplate.of(
          "THREE_GUARANTEES_NOT_HOUSEHOLD",
          "the vehicle is in {usage} use: the three guarantees cover household use "
          + "only ({article})");
  private static final ReasonTemplate THREE_GUARANTEES_PERIODS =
      ReasonTemplate.of(
          "THREE_GUARANTEES_PERIODS",
          "judged by {law} (bought on {purchased}): guarantee period {guarantee} until "
          + "{guaranteeLast}, repair-warranty period {repair} until {repairLast}, from "
          + "{start} ({article})");
  private static final ReasonTemplate THREE_GUARANTEES_EXCLUDED_FAULT =
      ReasonTemplate.of(
          "THREE_GUARANTEES_EXCLUDED_FAULT",
          "the current fault of {group} was caused by {causes}: not a quality "
          + "problem, no remedy ({article})");
  private static final ReasonTemplate THREE_GUARANTEES_OUTSIDE_SERVICE_NO_GROUND =
      ReasonTemplate.of(
          "THREE_GUARANTEES_OUTSIDE_SERVICE_NO_GROUND",
          "{kind} is involved but did not cause the fault: servicing elsewhere is "
          + "no ground to refuse ({article})");
  private static final ReasonTemplate CURRENT_FAULT_EXCLUDED =
      ReasonTemplate.of(
          "THREE_GUARANTEES_EXCLUDED_FAULT",
          "the current fault is not a quality problem ({article})");
  private static final ReasonTemplate FREE_REPAIR =
      ReasonTemplate.of(
          "FREE_REPAIR",
          "within the repair-warranty period until {last}: repairs of quality "
          + "problems are free, labour and materials");
  private static final ReasonTemplate REPAIR_WARRANTY_ENDED =
      ReasonTemplate.of(
          "REPAIR_WARRANTY_ENDED",
          "the repair-warranty period {period} ended (last day {last})");
  private static final ReasonTemplate MAIN_PART_FAULT_WITHIN_60_DAYS =
      ReasonTemplate.of(
          "MAIN_PART_FAULT_WITHIN_60_DAYS",
          "a main part of the {group} failed on {date}, within 60 days or 3,000 "
          + "km: free replacement of the {group}");
  private static final ReasonTemplate NEEDS_MAIN_PART_FAULT_WITHIN_60_DAYS =
      ReasonTemplate.of(
          "NEEDS_MAIN_PART_FAULT_WITHIN_60_DAYS",
          "needs a quality problem of a main part of {assemblies} by {last} and "
          + "within 3,000 km");
  private static final ReasonTemplate EARLY_PERIOD_ENDED =
      ReasonTemplate.of(
          "EARLY_PERIOD_ENDED",
          "the 60 days or 3,000 km from {start} have passed");
  private static final ReasonTemplate SINGLE_REPAIR_OVER_5_DAYS =
      ReasonTemplate.of(
          "SINGLE_REPAIR_OVER_5_DAYS",
          "the repair of order {order} {verb} {days} days (Art. 40 counting, "
          + "waiting for parts included): a substitute vehicle or transport "
          + "compensation for {owed} days from day 6, {sixth}");
  private static final ReasonTemplate SUBSTITUTE_VEHICLE_FROM_DAY_6 =
      ReasonTemplate.of(
          "SUBSTITUTE_VEHICLE_FROM_DAY_6",
          "the repair of order {order} goes on ({days} days so far): a substitute "
          + "vehicle is owed from {sixth} if it is not completed by then");
  private static final ReasonTemplate NEEDS_SINGLE_REPAIR_OVER_5_DAYS =
      ReasonTemplate.of(
          "NEEDS_SINGLE_REPAIR_OVER_5_DAYS",
          "needs a single repair of over 5 days within the repair-warranty period "
          + "(until {last})");
  private static final ReasonTemplate REPAIR_WARRANTY_ENDED_SHORT =
      ReasonTemplate.of(
          "REPAIR_WARRANTY_ENDED",
          "the repair-warranty period ended (last day {last})");
  private static final ReasonTemplate REPLACEMENT_NEEDED_WITHIN_7_DAYS =
      ReasonTemplate.of(
          "REPLACEMENT_NEEDED_WITHIN_7_DAYS",
          "the {group} (or a main part of it) needed replacing on {date}, within 7 "
          + "days: free replacement of the vehicle or refund");
  private static final ReasonTemplate NEEDS_REPLACEMENT_WITHIN_7_DAYS =
      ReasonTemplate.of(
          "NEEDS_REPLACEMENT_WITHIN_7_DAYS",
          "needs the replacement of {assemblies} or a main part of them by {last}");
  private static final ReasonTemplate EARLY_7_DAYS_ENDED =
      ReasonTemplate.of(
          "EARLY_PERIOD_ENDED",
          "the 7 days from {start} have passed");
  private static final ReasonTemplate CRITICAL_FAILURE_WITHIN_60_DAYS =
      ReasonTemplate.of(
          "CRITICAL_FAILURE_WITHIN_60_DAYS",
          "{failure} on {date}, within 60 days or 3,000 km: free replacement of "
          + "the vehicle or refund");
  private static final ReasonTemplate NEEDS_CRITICAL_FAILURE_WITHIN_60_DAYS =
      ReasonTemplate.of(
          "NEEDS_CRITICAL_FAILURE_WITHIN_60_DAYS",
          "needs one of {failures} by {last} and within 3,000 km");
  private static final ReasonTemplate REFUND_IF_NO_LIKE_VEHICLE =
      ReasonTemplate.of(
          "REFUND_IF_NO_LIKE_VEHICLE",
          "under AQSIQ Order 150 this ground gives a replacement; a refund only "
          + "when no vehicle of the same brand and model, or of no lower "
          + "configuration, is available");
  private static final ReasonTemplate GUARANTEE_PERIOD_ENDED =
      ReasonTemplate.of(
          "GUARANTEE_PERIOD_ENDED",
          "the guarantee period ended (last day {last}) without this ground being "
          + "met");
  private static final ReasonTemplate SERIOUS_SAFETY_FAULT_AFTER_2_REPAIRS =
      ReasonTemplate.of(
          "SERIOUS_SAFETY_FAULT_AFTER_2_REPAIRS",
          "serious safety faults were repaired twice and a serious safety fault "
          + "occurred again on {since}");
  private static final ReasonTemplate NEEDS_SERIOUS_SAFETY_FAULT_AFTER_2_REPAIRS =
      ReasonTemplate.of(
          "NEEDS_SERIOUS_SAFETY_FAULT_AFTER_2_REPAIRS",
          "{repairs} of 2 repairs of serious safety faults so far; needs 2, then "
          + "the fault again or a new one, by {last}");
  private static final ReasonTemplate REPLACED_TWICE_STILL_FAULTY =
      ReasonTemplate.of(
          "REPLACED_TWICE_STILL_FAULTY",
          "{item} was replaced twice and was faulty again on {since}");
  private static final ReasonTemplate NEEDS_FAULT_AFTER_2_REPLACEMENTS =
      ReasonTemplate.of(
          "NEEDS_FAULT_AFTER_2_REPLACEMENTS",
          "{item} was replaced twice; needs it to be faulty again by {last}");
  private static final ReasonTemplate NEEDS_2_REPLACEMENTS =
      ReasonTemplate.of(
          "NEEDS_2_REPLACEMENTS",
          "{count} of 2 replacements of the same {what} so far (most: {item}); "
          + "needs 2, then the fault again, by {last}");
  private static final ReasonTemplate CUMULATIVE_REPAIR_DAYS_OVER_LIMIT =
      ReasonTemplate.of(
          "CUMULATIVE_REPAIR_DAYS_OVER_LIMIT",
          "{days} cumulative repair days, over {limit} since {since} (transport of "
          + "special parts and of the traction battery and rescue travel not counted)");
  private static final ReasonTemplate NEEDS_MORE_REPAIR_DAYS =
      ReasonTemplate.of(
          "NEEDS_MORE_REPAIR_DAYS",
          "{days} cumulative repair days so far; needs over {limit}, {more} more, "
          + "by {last}");
  private static final ReasonTemplate SAME_PROBLEM_REPAIRED_OVER_LIMIT =
      ReasonTemplate.of(
          "SAME_PROBLEM_REPAIRED_OVER_LIMIT",
          "problem {problem} was repaired {count} times, over {limit}, the last on "
          + "{since}");
  private static final ReasonTemplate NEEDS_MORE_REPAIRS_OF_SAME_PROBLEM =
      ReasonTemplate.of(
          "NEEDS_MORE_REPAIRS_OF_SAME_PROBLEM",
          "problem {problem}: {count} repairs so far; needs over {limit}, {more} "
          + "more, by {last}");
  private static final ReasonTemplate USAGE_COMPENSATION =
      ReasonTemplate.of(
          "USAGE_COMPENSATION",
          "usage compensation = price {price} × {km} km / 1000 × n {n} = {amount} "
          + "({article})");
  private static final ReasonTemplate REMEDY_DEADLINES =
      ReasonTemplate.of(
          "REMEDY_DEADLINES",
          "asked on {asked}: answer by {answer}, complete by {complete} (10 and 20 "
          + "working days)");
  private static final ReasonTemplate REMEDY_NOT_COMPLETED_IN_TIME =
      ReasonTemplate.of(
          "REMEDY_NOT_COMPLETED_IN_TIME",
          "the replacement or refund was not completed by {complete}: the consumer "
          + "may take a refund");
  private static final ReasonTemplate REMEDY_COMPLETED_IN_TIME =
      ReasonTemplate.of(
          "REMEDY_COMPLETED_IN_TIME",
          "completed on {completed}, within the deadline");
  private static final ReasonTemplate REFUND_IF_NOT_COMPLETED =
      ReasonTemplate.of(
          "REFUND_IF_NOT_COMPLETED",
          "a refund becomes available if the replacement is not completed by "
          + "{complete}");
  private static final ReasonTemplate NEEDS_REPLACEMENT_GROUND =
      ReasonTemplate.of(
          "NEEDS_REPLACEMENT_GROUND",
          "no replacement or refund ground is available yet");

  ChinaThreeGuarantees() {}

  /**
   * A new builder; every attribute defaults to the law's minimum.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChinaThreeGuarantees}; {@code build()} validates. */
  public static final class Builder extends ImmutableChinaThreeGuarantees.Builder {
    Builder() {}
  }

  /**
   * The law's minimum terms: 2 years or 50,000 km, 3 years or 60,000 km, n = 0.5%.
   *
   * @return the pack
   */
  public static ChinaThreeGuarantees legalMinimum() {
    return builder().build();
  }

  /**
   * The guarantee period (三包有效期); at least 24 months or 50,000 km.
   *
   * @return the period
   */
  @Value.Default
  public CoverageLimits guaranteePeriod() {
    return MIN_GUARANTEE;
  }

  /**
   * The repair-warranty period (包修期); at least 36 months or 60,000 km.
   *
   * @return the period
   */
  @Value.Default
  public CoverageLimits repairWarrantyPeriod() {
    return MIN_REPAIR;
  }

  /**
   * The usage-compensation rate n set by the manufacturer under SAMR Order 43 Art. 27.
   *
   * @return at most 0.5%
   */
  @Value.Default
  public Percentage usageCompensationRate() {
    return Percentage.of("0.5");
  }

  /**
   * The rate n for vehicles judged by the repealed AQSIQ Order 150.
   *
   * @return 0.5% to 0.8%
   */
  @Value.Default
  public Percentage legacyUsageCompensationRate() {
    return Percentage.of("0.5");
  }

  /**
   * The guarantee period as text, formatted once.
   *
   * @return the text
   */
  @Value.Lazy
  String guaranteeText() {
    return guaranteePeriod().toString();
  }

  /**
   * The repair-warranty period as text, formatted once.
   *
   * @return the text
   */
  @Value.Lazy
  String repairText() {
    return repairWarrantyPeriod().toString();
  }

  /**
   * The rate n of a rule version.
   *
   * @param rules the version
   * @return the rate
   */
  public Percentage rateFor(ThreeGuaranteesRules rules) {
    return rules == ThreeGuaranteesRules.SAMR_ORDER_43 ? usageCompensationRate() : legacyUsageCompensationRate();
  }

  @Value.Check
  final void check() {
    requireAtLeast(guaranteePeriod(), MIN_GUARANTEE, "guaranteePeriod", "三包有效期");
    requireAtLeast(repairWarrantyPeriod(), MIN_REPAIR, "repairWarrantyPeriod", "包修期");
    requireRate(usageCompensationRate(), ThreeGuaranteesRules.SAMR_ORDER_43, "usageCompensationRate");
    requireRate(legacyUsageCompensationRate(), ThreeGuaranteesRules.AQSIQ_ORDER_150, "legacyUsageCompensationRate");
  }

  private static void requireAtLeast(CoverageLimits p, CoverageLimits min, String path, String name) {
    boolean ok =
        p.months() >= min.months()
            && p.distance().map(d -> d.compareTo(min.distance().orElseThrow()) >= 0).orElse(true);
    Checks.require(
        ok,
        path,
        ConsumerLawErrorCode.CONSUMER_LAW_BELOW_LEGAL_MINIMUM,
        "%s %s (%s) is below the legal minimum of %s (SAMR Order 43 Art. 18)",
        path,
        p,
        name,
        min);
  }

  private static void requireRate(Percentage n, ThreeGuaranteesRules rules, String path) {
    Checks.require(
        n.value().compareTo(rules.minRate()) >= 0 && n.value().compareTo(rules.maxRate()) <= 0,
        path,
        ConsumerLawErrorCode.CONSUMER_LAW_USAGE_RATE_OUT_OF_RANGE,
        "%s n = %s is outside %s%% to %s%% (%s)",
        path,
        n,
        rules.minRate().toPlainString(),
        rules.maxRate().toPlainString(),
        rules == ThreeGuaranteesRules.SAMR_ORDER_43 ? "SAMR Order 43 Art. 27" : "AQSIQ Order 150");
  }

  /**
   * Assesses a vehicle and its history by the rules in the class documentation.
   *
   * @param request the request
   * @return the assessment, remedies in article order
   */
  public ConsumerLawAssessment assess(ThreeGuaranteesRequest request) {
    Checks.requireNonNull(request, "request");
    return new Run(this, request).assess();
  }

  /** A fault occurrence: a counted repair of the history, or the current fault. */
  private static final class Occurrence {
    final LocalDate date;
    final Optional<Distance> odometer;
    final FaultFacts facts;
    final boolean repair;
    /** The visit's index in the history, or -1 for the current fault. */
    final int visit;
    /** The group is one of the version's assemblies. */
    final boolean assembly;
    /** The group is one of the version's main-part systems. */
    final boolean mainPartSystem;

    Occurrence(
        LocalDate date,
        Optional<Distance> odometer,
        FaultFacts facts,
        int visit,
        ThreeGuaranteesRules rules) {
      this.date = date;
      this.odometer = odometer;
      this.facts = facts;
      this.repair = visit >= 0;
      this.visit = visit;
      this.assembly = rules.assemblies().contains(facts.componentGroup());
      this.mainPartSystem = rules.mainPartSystems().contains(facts.componentGroup());
    }

    boolean within(LocalDate last, Optional<Distance> limit) {
      return !date.isAfter(last)
          && (odometer.isEmpty() || limit.isEmpty() || odometer.get().compareTo(limit.get()) <= 0);
    }
  }

  /** One assessment run: the request's derived values and the remedies found. */
  private static final class Run {
    final ChinaThreeGuarantees pack;
    final ThreeGuaranteesRequest r;
    final RepairHistory.Index ix;
    final ZoneId zone;
    final LocalDate today;
    final List<Reason> reasons = new ArrayList<>(4);
    final List<RemedyAssessment> remedies = new ArrayList<>(12);
    ThreeGuaranteesRules rules;
    LocalDate start;
    LocalDate guaranteeLast;
    LocalDate repairLast;
    /** Dates formatted once: most reasons name them. */
    String startText;
    String guaranteeText;
    String repairText;
    boolean inGuarantee;
    boolean inRepairWarranty;
    List<Occurrence> occurrences;
    List<Occurrence> inGuaranteePeriod;
    Optional<MoneyOwed> compensation;

    Run(ChinaThreeGuarantees pack, ThreeGuaranteesRequest r) {
      this.pack = pack;
      this.r = r;
      this.ix = r.history().index();
      this.zone = r.history().zone();
      this.today = LocalDate.ofInstant(r.asOf(), zone);
    }

    ConsumerLawAssessment assess() {
      Vehicle v = r.vehicle();
      Optional<LocalDate> purchased = v.invoiceDate().or(v::deliveryDate);
      if (purchased.isEmpty()) {
        return notApplicable(
            "SAMR Order 43",
            THREE_GUARANTEES_NOT_SOLD.with());
      }
      Optional<ThreeGuaranteesRules> version = ThreeGuaranteesRules.inForceOn(purchased.get());
      if (version.isEmpty()) {
        return notApplicable(
            "SAMR Order 43",
            THREE_GUARANTEES_BEFORE_IN_FORCE.with(purchased.get()));
      }
      rules = version.get();
      if (!v.usage().isHousehold()) {
        return notApplicable(
            rules.law(),
            THREE_GUARANTEES_NOT_HOUSEHOLD.with(v.usage(), rules.cite("40")));
      }
      start = rules.startOf(v).orElseThrow();
      CoverageLimits guarantee = pack.guaranteePeriod();
      CoverageLimits repair = pack.repairWarrantyPeriod();
      guaranteeLast = guarantee.lastCoveredDate(start);
      repairLast = repair.lastCoveredDate(start);
      startText = start.toString();
      guaranteeText = guaranteeLast.toString();
      repairText = repairLast.toString();
      inGuarantee = guarantee.covers(start, today, r.odometer());
      inRepairWarranty = repair.covers(start, today, r.odometer());
      reasons.add(
          THREE_GUARANTEES_PERIODS.with(
              rules.law(), purchased.get(), pack.guaranteeText(), guaranteeText, pack.repairText(), repairText,
              startText, rules.cite("18")));
      collectOccurrences();

      freeRepair();
      assemblyReplacement();
      substituteVehicle();
      if (rules.sevenDayRule()) {
        sevenDays();
      }
      criticalFailures();
      safetyFaults();
      assembliesReplacedTwice();
      mainPartsReplacedTwice();
      repairDays();
      repeatedRepairs();
      Optional<RemedyDeadlines> deadlines = deadlines();

      ConsumerLawAssessment a =
          ConsumerLawAssessment.builder()
              .law(rules.law())
              .applicable(true)
              .remedies(remedies)
              .deadlines(deadlines)
              .reasons(reasons)
              .build();
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "three guarantees under {}: available {}",
            rules.law(),
            a.available().stream().map(x -> x.remedy() + " " + x.article()).toList());
      }
      return a;
    }

    ConsumerLawAssessment notApplicable(String law, Reason why) {
      return ConsumerLawAssessment.builder().law(law).applicable(false).addReason(why).build();
    }

    void collectOccurrences() {
      occurrences = new ArrayList<>(ix.size + 1);
      boolean outsideNoted = false;
      for (int i = 0; i < ix.size; i++) {
        RepairVisit v = ix.visits[i];
        for (RepairRecord rec : v.repairs()) {
          outsideNoted |= noteNonCausalOutsideWork(rec.facts(), outsideNoted);
        }
        for (RepairRecord rec : ix.counted[i]) {
          occurrences.add(new Occurrence(ix.received[i], v.odometerIn(), rec.facts(), i, rules));
        }
      }
      if (r.currentFault().isPresent()) {
        ReportedFault f = r.currentFault().get();
        noteNonCausalOutsideWork(f.facts(), outsideNoted);
        if (f.facts().isQualityProblem()) {
          occurrences.add(
              new Occurrence(LocalDate.ofInstant(f.at(), zone), Optional.of(f.odometer()), f.facts(), -1, rules));
        } else {
          reasons.add(
              THREE_GUARANTEES_EXCLUDED_FAULT.with(f.facts().componentGroup(), causes(f.facts()), rules.cite("32")));
        }
      }
      inGuaranteePeriod = new ArrayList<>(occurrences.size());
      for (Occurrence o : occurrences) {
        if (o.within(guaranteeLast, pack.guaranteePeriod().distance())) {
          inGuaranteePeriod.add(o);
        }
      }
    }

    boolean noteNonCausalOutsideWork(FaultFacts f, boolean alreadyNoted) {
      if (alreadyNoted) {
        return true;
      }
      for (Finding x : f.findings()) {
        if (x.kind().isThirdParty() && x.causation() != Causation.CAUSAL) {
          reasons.add(
              THREE_GUARANTEES_OUTSIDE_SERVICE_NO_GROUND.with(x.kind(), rules.cite("32")));
          return true;
        }
      }
      return false;
    }

    static List<ExclusionKind> causes(FaultFacts f) {
      List<ExclusionKind> out = new ArrayList<>(2);
      for (Finding x : f.findings()) {
        if (x.causation() == Causation.CAUSAL) {
          out.add(x.kind());
        }
      }
      return out;
    }

    RemedyAssessment.Builder remedy(Remedy remedy, String article) {
      return RemedyAssessment.builder().remedy(remedy).article(rules.cite(article));
    }

    /** NOT_YET while the window is open, else LAPSED; only the reason needed is built. */
    void notMet(RemedyAssessment.Builder b, boolean windowOpen, Supplier<Reason> missing, Supplier<Reason> lapsed) {
      if (windowOpen) {
        Reason m = missing.get();
        b.status(RemedyStatus.NOT_YET).addMissing(m).addReason(m);
      } else {
        b.status(RemedyStatus.LAPSED).addReason(lapsed.get());
      }
      remedies.add(b.build());
    }

    boolean currentFaultExcluded() {
      return r.currentFault().isPresent() && !r.currentFault().get().facts().isQualityProblem();
    }

    void freeRepair() {
      RemedyAssessment.Builder b = remedy(Remedy.FREE_REPAIR, "19");
      if (currentFaultExcluded()) {
        b.status(RemedyStatus.EXCLUDED)
            .addReason(
                CURRENT_FAULT_EXCLUDED.with(rules.cite("32")));
      } else if (inRepairWarranty) {
        b.status(RemedyStatus.AVAILABLE)
            .since(start)
            .addReason(
                FREE_REPAIR.with(repairText));
      } else {
        b.status(RemedyStatus.LAPSED)
            .addReason(
                REPAIR_WARRANTY_ENDED.with(pack.repairText(), repairText));
      }
      remedies.add(b.build());
    }

    boolean early(Occurrence o, int days) {
      return !o.date.isAfter(start.plusDays(days))
          && (days == 7 || o.odometer.isEmpty() || o.odometer.get().compareTo(EARLY_DISTANCE) <= 0);
    }

    boolean earlyWindowOpen(int days) {
      return !today.isAfter(start.plusDays(days)) && (days == 7 || r.odometer().compareTo(EARLY_DISTANCE) <= 0);
    }

    void assemblyReplacement() {
      RemedyAssessment.Builder b = remedy(Remedy.ASSEMBLY_REPLACEMENT, "20");
      for (Occurrence o : occurrences) {
        FaultFacts f = o.facts;
        if (o.assembly
            && (f.mainPart().isPresent() || f.replacement() != ReplacementKind.NONE)
            && early(o, 60)) {
          remedies.add(
              b.status(RemedyStatus.AVAILABLE)
                  .since(o.date)
                  .subject(f.componentGroup().code())
                  .addReason(
                      MAIN_PART_FAULT_WITHIN_60_DAYS.with(f.componentGroup(), o.date))
                  .build());
          return;
        }
      }
      notMet(
          b,
          earlyWindowOpen(60),
          () -> NEEDS_MAIN_PART_FAULT_WITHIN_60_DAYS.with(rules.assembliesText(), start.plusDays(60)),
          () -> EARLY_PERIOD_ENDED.with(startText));
    }

    void substituteVehicle() {
      int added = 0;
      Optional<Distance> limit = pack.repairWarrantyPeriod().distance();
      for (int i = 0; i < ix.size; i++) {
        RepairVisit v = ix.visits[i];
        if (ix.counted[i].length == 0
            || ix.received[i].isAfter(repairLast)
            || (limit.isPresent() && v.odometerIn().isPresent() && v.odometerIn().get().compareTo(limit.get()) > 0)) {
          continue;
        }
        long days = ix.rawDays(i, r.asOf());
        if (days <= 5 && v.completedAt().isPresent()) {
          continue;
        }
        LocalDate sixth = LocalDate.ofInstant(v.agreedAt().plus(Duration.ofDays(5)), zone);
        RemedyAssessment.Builder b = remedy(Remedy.SUBSTITUTE_VEHICLE, "21").subject(v.orderId().value());
        if (days > 5) {
          remedies.add(
              b.status(RemedyStatus.AVAILABLE)
                  .since(sixth)
                  .addReason(
                      SINGLE_REPAIR_OVER_5_DAYS.with(v.orderId(), v.completedAt().isPresent() ? "took" : "has taken", days, days - 5, sixth))
                  .build());
          added++;
        } else {
          Reason missing =
              SUBSTITUTE_VEHICLE_FROM_DAY_6.with(v.orderId(), days, sixth);
          remedies.add(b.status(RemedyStatus.NOT_YET).addMissing(missing).addReason(missing).build());
          added++;
        }
      }
      if (added == 0) {
        notMet(
            remedy(Remedy.SUBSTITUTE_VEHICLE, "21"),
            inRepairWarranty,
            () -> NEEDS_SINGLE_REPAIR_OVER_5_DAYS.with(repairText),
            () -> REPAIR_WARRANTY_ENDED_SHORT.with(repairText));
      }
    }

    void sevenDays() {
      RemedyAssessment.Builder b = remedy(Remedy.REPLACEMENT_OR_REFUND, "22");
      for (Occurrence o : occurrences) {
        FaultFacts f = o.facts;
        if (o.assembly
            && f.replacement() != ReplacementKind.NONE
            && early(o, 7)) {
          remedies.add(
              b.status(RemedyStatus.AVAILABLE)
                  .since(o.date)
                  .subject(f.componentGroup().code())
                  .addReason(
                      REPLACEMENT_NEEDED_WITHIN_7_DAYS.with(f.componentGroup(), o.date))
                  .build());
          return;
        }
      }
      notMet(
          b,
          earlyWindowOpen(7),
          () -> NEEDS_REPLACEMENT_WITHIN_7_DAYS.with(rules.assembliesText(), start.plusDays(7)),
          () -> EARLY_7_DAYS_ENDED.with(startText));
    }

    void criticalFailures() {
      RemedyAssessment.Builder b = remedy(Remedy.REPLACEMENT_OR_REFUND, "23");
      for (Occurrence o : occurrences) {
        Optional<CriticalFailure> c = o.facts.criticalFailure();
        if (c.isPresent() && rules.criticalFailures().contains(c.get()) && early(o, 60)) {
          remedies.add(
              b.status(RemedyStatus.AVAILABLE)
                  .since(o.date)
                  .subject(c.get().name())
                  .addReason(
                      CRITICAL_FAILURE_WITHIN_60_DAYS.with(c.get(), o.date))
                  .build());
          return;
        }
      }
      notMet(
          b,
          earlyWindowOpen(60),
          () -> NEEDS_CRITICAL_FAILURE_WITHIN_60_DAYS.with(rules.criticalFailuresText(), start.plusDays(60)),
          () -> EARLY_PERIOD_ENDED.with(startText));
    }

    Remedy replacementRemedy(boolean repairDaysOrCounts) {
      return repairDaysOrCounts && rules == ThreeGuaranteesRules.AQSIQ_ORDER_150
          ? Remedy.REPLACEMENT
          : Remedy.REPLACEMENT_OR_REFUND;
    }

    /** Adds an Art. 24 ground: available since a date, else not yet or lapsed. */
    void ground(
        String article,
        boolean daysOrCounts,
        String subject,
        LocalDate since,
        Supplier<Reason> met,
        Supplier<Reason> missing) {
      RemedyAssessment.Builder b = remedy(replacementRemedy(daysOrCounts), article).subject(subject);
      if (since != null) {
        b.status(RemedyStatus.AVAILABLE).since(since).addReason(met.get());
        usageCompensation().ifPresent(b::addMoney);
        if (rules == ThreeGuaranteesRules.AQSIQ_ORDER_150 && daysOrCounts) {
          b.addReason(
              REFUND_IF_NO_LIKE_VEHICLE.with());
        }
        remedies.add(b.build());
      } else {
        notMet(
            b,
            inGuarantee,
            missing,
            () -> GUARANTEE_PERIOD_ENDED.with(guaranteeText));
      }
    }

    void safetyFaults() {
      int repairs = 0;
      LocalDate since = null;
      int lastVisit = -1;
      for (Occurrence o : inGuaranteePeriod) {
        if (!o.facts.seriousSafetyFault() || (o.repair && o.visit == lastVisit)) {
          continue; // one visit is one repair
        }
        if (repairs >= 2) {
          since = o.date;
          break;
        }
        if (o.repair) {
          repairs++;
          lastVisit = o.visit;
        }
      }
      final LocalDate metOn = since;
      final int done = repairs;
      ground(
          "24(1)",
          false,
          "SERIOUS_SAFETY_FAULT",
          metOn,
          () -> SERIOUS_SAFETY_FAULT_AFTER_2_REPAIRS.with(metOn),
          () -> NEEDS_SERIOUS_SAFETY_FAULT_AFTER_2_REPAIRS.with(done, guaranteeText));
    }

    void assembliesReplacedTwice() {
      replacedTwice(
          "24(2)",
          o -> o.assembly && o.facts.replacement() == ReplacementKind.ASSEMBLY,
          o -> o.facts.componentGroup().code(),
          (o, key) -> o.facts.componentGroup().code().equals(key),
          "ASSEMBLY",
          "assemblies");
    }

    void mainPartsReplacedTwice() {
      replacedTwice(
          "24(3)",
          o -> o.mainPartSystem && o.facts.replacement() == ReplacementKind.MAIN_PART,
          o -> o.facts.mainPart().orElseThrow(),
          (o, key) -> o.facts.mainPart().map(key::equals).orElse(false),
          "MAIN_PART",
          "main parts");
    }

    void replacedTwice(
        String article,
        java.util.function.Predicate<Occurrence> isReplacement,
        java.util.function.Function<Occurrence, String> keyOf,
        java.util.function.BiPredicate<Occurrence, String> sameItem,
        String fallbackSubject,
        String what) {
      Map<String, Integer> counts = new HashMap<>();
      String metKey = null;
      LocalDate since = null;
      String best = null;
      int bestCount = 0;
      for (Occurrence o : inGuaranteePeriod) {
        // faulty again after two replacements of the same item?
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
          if (e.getValue() >= 2 && sameItem.test(o, e.getKey())) {
            metKey = e.getKey();
            since = o.date;
            break;
          }
        }
        if (since != null) {
          break;
        }
        if (o.repair && isReplacement.test(o)) {
          String key = keyOf.apply(o);
          int c = counts.merge(key, 1, Integer::sum);
          if (c > bestCount || (c == bestCount && key.compareTo(best) < 0)) {
            best = key;
            bestCount = c;
          }
        }
      }
      final String subject = metKey != null ? metKey : best != null ? best : fallbackSubject;
      final LocalDate metOn = since;
      final String most = best == null ? "none" : best;
      final int mostCount = bestCount;
      ground(
          article,
          false,
          subject,
          metOn,
          () -> REPLACED_TWICE_STILL_FAULTY.with(subject, metOn),
          () -> mostCount >= 2
              ? NEEDS_FAULT_AFTER_2_REPLACEMENTS.with(most, guaranteeText)
              : NEEDS_2_REPLACEMENTS.with(mostCount, what, most, guaranteeText));
    }

    void repairDays() {
      long cumulative = 0;
      LocalDate since = null;
      int threshold = rules.daysOver();
      Optional<Distance> limit = pack.guaranteePeriod().distance();
      for (int i = 0; i < ix.size; i++) {
        RepairVisit v = ix.visits[i];
        if (ix.counted[i].length == 0
            || ix.received[i].isAfter(guaranteeLast)
            || (limit.isPresent() && v.odometerIn().isPresent() && v.odometerIn().get().compareTo(limit.get()) > 0)) {
          continue;
        }
        Duration off = ix.art24Off[i];
        long days = ix.art24Days(i, r.asOf());
        if (since == null && cumulative + days > threshold) {
          long k = threshold + 1 - cumulative;
          // the (threshold + 1)-th day begins once more than (k - 1) full days have run
          Instant crossing = v.agreedAt().plus(off).plus(DAY.multipliedBy(k - 1)).plusNanos(1);
          since = LocalDate.ofInstant(crossing, zone);
        }
        cumulative += days;
      }
      final LocalDate metOn = since;
      final long total = cumulative;
      ground(
          "24(4)",
          true,
          "CUMULATIVE_REPAIR_DAYS",
          metOn,
          () -> CUMULATIVE_REPAIR_DAYS_OVER_LIMIT.with(total, threshold, metOn),
          () -> NEEDS_MORE_REPAIR_DAYS.with(total, threshold, threshold + 1 - total, guaranteeText));
    }

    void repeatedRepairs() {
      int threshold = rules.repairsOver();
      Map<String, Integer> counts = new HashMap<>();
      Map<String, Integer> lastVisit = new HashMap<>();
      String metKey = null;
      LocalDate since = null;
      String best = null;
      int bestCount = 0;
      for (Occurrence o : inGuaranteePeriod) {
        if (!o.repair) {
          continue;
        }
        String key = o.facts.problemKey();
        Integer seenIn = lastVisit.put(key, o.visit);
        if (seenIn != null && seenIn == o.visit) {
          continue; // one visit is one repair of a problem
        }
        int c = counts.merge(key, 1, Integer::sum);
        if (c > bestCount || (c == bestCount && key.compareTo(best) < 0)) {
          best = key;
          bestCount = c;
        }
        if (c > threshold) {
          metKey = key;
          since = o.date;
          break;
        }
      }
      final String subject = metKey != null ? metKey : best != null ? best : "SAME_PROBLEM";
      final LocalDate metOn = since;
      final String most = best == null ? "none" : best;
      final int mostCount = bestCount;
      ground(
          "24(4)",
          true,
          subject,
          metOn,
          () -> SAME_PROBLEM_REPAIRED_OVER_LIMIT.with(subject, threshold + 1, threshold, metOn),
          () -> NEEDS_MORE_REPAIRS_OF_SAME_PROBLEM.with(
              most, mostCount, threshold, threshold + 1 - mostCount, guaranteeText));
    }

    Optional<MoneyOwed> usageCompensation() {
      if (compensation == null) {
        compensation = computeUsageCompensation();
      }
      return compensation;
    }

    Optional<MoneyOwed> computeUsageCompensation() {
      if (r.purchasePrice().isEmpty()) {
        return Optional.empty();
      }
      MonetaryAmount price = r.purchasePrice().get();
      Distance driven =
          r.odometerAtDelivery().map(d -> r.odometer().minus(d)).orElse(r.odometer());
      BigDecimal km = driven.exactKilometres();
      Percentage n = pack.rateFor(rules);
      BigDecimal raw =
          Monies.number(price).multiply(km, MathContext.DECIMAL64)
              .divide(THOUSAND, MathContext.DECIMAL64)
              .multiply(n.fraction(), MathContext.DECIMAL64);
      MonetaryAmount amount =
          Monies.of(RoundingPolicy.standard(price.getCurrency()).round(raw), price.getCurrency());
      return Optional.of(
          MoneyOwed.builder()
              .kind("USAGE_COMPENSATION")
              .amount(amount)
              .owedBy(Party.CONSUMER)
              .explanation(
                  USAGE_COMPENSATION.with(price, km.stripTrailingZeros().toPlainString(), n, amount, rules.cite("27")))
              .build());
    }

    Optional<RemedyDeadlines> deadlines() {
      if (r.remedyRequestedOn().isEmpty()) {
        return Optional.empty();
      }
      LocalDate asked = r.remedyRequestedOn().get();
      WorkingCalendar calendar = r.workingCalendar().orElseThrow();
      RemedyDeadlines d =
          new RemedyDeadlines(asked, calendar.plusWorkingDays(asked, 10), calendar.plusWorkingDays(asked, 20));
      boolean groundAvailable = false;
      for (RemedyAssessment x : remedies) {
        if (x.available() && (x.remedy() == Remedy.REPLACEMENT_OR_REFUND || x.remedy() == Remedy.REPLACEMENT)) {
          groundAvailable = true;
          break;
        }
      }
      RemedyAssessment.Builder b = remedy(Remedy.REFUND, "28").subject("LATE_COMPLETION");
      Reason deadlineReason =
          REMEDY_DEADLINES.with(asked, d.answerBy(), d.completeBy());
      boolean completedInTime = r.remedyCompletedOn().map(c -> !c.isAfter(d.completeBy())).orElse(false);
      if (groundAvailable && !completedInTime && today.isAfter(d.completeBy())) {
        b.status(RemedyStatus.AVAILABLE)
            .since(d.completeBy().plusDays(1))
            .addReason(deadlineReason)
            .addReason(
                REMEDY_NOT_COMPLETED_IN_TIME.with(d.completeBy()));
      } else if (completedInTime) {
        b.status(RemedyStatus.LAPSED)
            .addReason(deadlineReason)
            .addReason(
                REMEDY_COMPLETED_IN_TIME.with(r.remedyCompletedOn().get()));
      } else {
        Reason missing =
            groundAvailable
                ? REFUND_IF_NOT_COMPLETED.with(d.completeBy())
                : NEEDS_REPLACEMENT_GROUND.with();
        b.status(RemedyStatus.NOT_YET).addReason(deadlineReason).addMissing(missing);
      }
      remedies.add(b.build());
      return Optional.of(d);
    }
  }
}

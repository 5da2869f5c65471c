package org.aftersales.rules.warranty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.aftersales.core.ValidationException;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.VehicleUsage;
import org.aftersales.core.ReasonTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a failure is covered under a {@link WarrantyPolicy}, and why (DOMAIN §2 step 3,
 * §3.4): {@code WarrantyEvaluator.of(policy).evaluate(request)}.
 *
 * <h2>Decision procedure</h2>
 *
 * <p>Written to be re-expressed as rules (issue 9 runs the same policy in Drools): every step is a
 * pure function of the policy and the request, and the order of the maintenance records does not
 * matter.
 *
 * <ol>
 *   <li><b>Validate.</b> The failure's component group must be in the policy's catalogue ({@link
 *       WarrantyErrorCode#WARRANTY_UNKNOWN_COMPONENT_GROUP}). The start date is the vehicle's date
 *       under {@link WarrantyPolicy#startDateRule()}; without one (an unsold vehicle) the outcome
 *       is {@link WarrantyOutcome#NOT_COVERED}, reason {@code WARRANTY_NOT_STARTED}. A report
 *       before the start date is refused ({@link WarrantyErrorCode#WARRANTY_REPORT_DATE}).
 *   <li><b>Exclusions</b> (any one that applies excludes):
 *       <ul>
 *         <li>the group is a wear item of the policy: excluded, unless the wear item has a
 *             quality period that still covers the report date and odometer (SAMR Order 43
 *             Art. 19);
 *         <li>a {@link Causation#CAUSAL} finding of {@link ExclusionKind#AFTERMARKET_PART} or
 *             {@link ExclusionKind#OUTSIDE_SERVICE}: excluded, whatever the policy says; a {@link
 *             Causation#NOT_CAUSAL} one never excludes (15 USC 2302(c), 16 CFR 700.10, SAMR Order
 *             43 Art. 32, EU block-exemption guidelines);
 *         <li>a {@link Causation#CAUSAL} finding of another kind for which the policy has an
 *             exclusion naming the group (or every group). For {@link
 *             ExclusionKind#LACK_OF_MAINTENANCE} with a {@link MaintenanceSchedule}, the records
 *             must also show a gap; records that show none clear the finding.
 *       </ul>
 *       An {@link Causation#UNDETERMINED} finding that would exclude if causal marks the request
 *       "undetermined". A finding of a kind the policy does not exclude is noted and ignored.
 *   <li><b>Candidate coverages:</b> those including the group and for the vehicle's powertrain
 *       (an EV battery coverage needs a traction battery). A {@link
 *       CoverageKind#REPLACED_PARTS} coverage is a candidate only with a {@link
 *       WarrantyRequest#causalPartInstalled()}. Then, per candidate: a {@link UsageEffect#VOID}
 *       restriction for the vehicle's usage drops it; a {@link UsageEffect#SHORTEN} one takes
 *       the shorter limits; after a change of owner a non-transferable coverage drops and
 *       subsequent-owner limits shorten it likewise.
 *   <li><b>In force</b> means: report date not after the last covered date (start plus months,
 *       inclusive) and distance travelled not above the limit (inclusive). Travelled is the
 *       odometer, or for replaced parts the odometer less the installation odometer, and the
 *       start is the installation date.
 *   <li><b>Winner among candidates in force:</b> the smallest deductible (none counts as zero),
 *       then the latest last covered date, then the first in the policy's declared order.
 *   <li><b>Goodwill:</b> for each candidate not in force (expired, not void or dropped), the first
 *       goodwill tier, in policy order, that still reaches the report date and distance. Among
 *       such candidates the highest manufacturer share wins, then the highest dealer share, then
 *       the first in declared order.
 *   <li><b>Outcome:</b> excluded → {@link WarrantyOutcome#NOT_COVERED}; else a winner in force →
 *       {@link WarrantyOutcome#NEEDS_INSPECTION} when undetermined, else {@link
 *       WarrantyOutcome#COVERED}; else a goodwill candidate → {@link
 *       WarrantyOutcome#NEEDS_INSPECTION} when undetermined, else {@link
 *       WarrantyOutcome#GOODWILL}; else {@link WarrantyOutcome#NOT_COVERED}.
 * </ol>
 *
 * <p>Consequences, tested as properties: with the rest fixed, a later report date or a higher
 * odometer never turns "not covered" (or goodwill) into "covered"; every "not covered" carries a
 * reason; reordering the maintenance records changes nothing.
 *
 * <p>The evaluator precomputes, per policy, the coverages of each component group, the wear rule
 * of each group, the excluded groups of each finding kind, the effective limits of each coverage
 * for each usage and owner change, and every reason that depends on the policy alone, so that a
 * decision is a handful of lookups and builds only its date- and distance-dependent reasons.
 * Immutable and thread-safe; logs the outcome at DEBUG (no personal data).
 */
public final class WarrantyEvaluator {

  private static final Logger LOG = LoggerFactory.getLogger(WarrantyEvaluator.class);
  private static final VehicleUsage[] USAGES = VehicleUsage.values();
  private static final ExclusionKind[] KINDS = ExclusionKind.values();
  private static final Reason MAINTENANCE_COMPLETE =
      Reason.of(
          "MAINTENANCE_RECORDS_COMPLETE",
          "the maintenance records show no gap against the schedule, so lack of maintenance cannot"
              + " exclude (service at any workshop counts)");

  private static final ReasonTemplate WEAR_ITEM_WITHIN_QUALITY_PERIOD =
      ReasonTemplate.of(
          "WEAR_ITEM_WITHIN_QUALITY_PERIOD",
          "{group} is a wear item, covered within its own quality period of "
          + "{period} until {last} (SAMR Order 43 Art. 19)");
  private static final ReasonTemplate WEAR_ITEM_EXCLUDED =
      ReasonTemplate.of(
          "WEAR_ITEM_EXCLUDED",
          "{group} is a wear item and its own quality period of {period} (until "
          + "{last}) has ended");
  private static final ReasonTemplate COVERAGE_EXPIRED_BY_TIME =
      ReasonTemplate.of(
          "COVERAGE_EXPIRED_BY_TIME",
          "coverage {coverage} ended on {last}; the failure was reported on "
          + "{reported}");
  private static final ReasonTemplate COVERAGE_EXPIRED_BY_DISTANCE =
      ReasonTemplate.of(
          "COVERAGE_EXPIRED_BY_DISTANCE",
          "coverage {coverage} ends at {limit}; the vehicle has travelled "
          + "{travelled}");
  private static final ReasonTemplate NO_COVERAGE_FOR_GROUP =
      ReasonTemplate.of(
          "NO_COVERAGE_FOR_GROUP",
          "no coverage of policy {policy} includes {group} for a {powertrain} "
          + "vehicle");
  private static final ReasonTemplate COVERAGE_PENDING_INSPECTION =
      ReasonTemplate.of(
          "COVERAGE_PENDING_INSPECTION",
          "coverage {coverage} is in force until {last} but a finding needs "
          + "inspection first");
  private static final ReasonTemplate COVERED =
      ReasonTemplate.of(
          "COVERED",
          "covered by {coverage} ({kind}) until {last}");
  private static final ReasonTemplate GOODWILL_PENDING_INSPECTION =
      ReasonTemplate.of(
          "GOODWILL_PENDING_INSPECTION",
          "goodwill after coverage {coverage} may apply but a finding needs "
          + "inspection first");
  private static final ReasonTemplate GOODWILL =
      ReasonTemplate.of(
          "GOODWILL",
          "coverage {coverage} expired less than {months} months past its limit: "
          + "goodwill, manufacturer {manufacturer}, dealer {dealer}, customer "
          + "{customer}");
  private static final ReasonTemplate NO_COVERAGE_IN_FORCE =
      ReasonTemplate.of(
          "NO_COVERAGE_IN_FORCE",
          "no coverage of policy {policy} for {group} is in force");
  private static final ReasonTemplate MAINTENANCE_GAP =
      ReasonTemplate.of(
          "MAINTENANCE_GAP",
          "no maintenance between {from} ({fromOdometer}) and {to} ({toOdometer}), "
          + "longer than the interval of {interval}");

  private final WarrantyPolicy policy;
  private final CoverageInfo[] coverages;
  private final Map<ComponentGroup, GroupInfo> groups;
  /** Per finding kind: the groups the policy excludes it for; null when it does not exclude it. */
  private final ExclusionScope[] excluded;
  private final Reason[] excludedBy;
  private final Reason[] notCausal;
  private final Reason[] undetermined;
  private final Reason[] notAnExclusion;
  private final Reason notStarted;

  private WarrantyEvaluator(WarrantyPolicy policy) {
    this.policy = policy;
    List<Coverage> cs = policy.coverages();
    this.coverages = new CoverageInfo[cs.size()];
    for (int i = 0; i < coverages.length; i++) {
      coverages[i] = new CoverageInfo(cs.get(i), policy.usageRestrictions());
    }
    Map<ComponentGroup, Exclusion> wear = new HashMap<>();
    this.excluded = new ExclusionScope[KINDS.length];
    for (Exclusion e : policy.exclusions()) {
      if (e.kind() == ExclusionKind.WEAR_ITEM) {
        e.componentGroups().forEach(g -> wear.put(g, e));
      } else {
        ExclusionScope s = ExclusionScope.of(e);
        int k = e.kind().ordinal();
        excluded[k] = excluded[k] == null ? s : excluded[k].union(s);
      }
    }
    Map<ComponentGroup, GroupInfo> byGroup = new HashMap<>();
    for (ComponentGroup g : policy.componentGroups()) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < coverages.length; i++) {
        if (coverages[i].coverage.componentGroups().contains(g)) {
          idx.add(i);
        }
      }
      byGroup.put(g, new GroupInfo(idx.stream().mapToInt(Integer::intValue).toArray(), wear.get(g), g));
    }
    this.groups = Map.copyOf(byGroup);
    this.excludedBy = new Reason[KINDS.length];
    this.notCausal = new Reason[KINDS.length];
    this.undetermined = new Reason[KINDS.length];
    this.notAnExclusion = new Reason[KINDS.length];
    for (ExclusionKind k : KINDS) {
      int i = k.ordinal();
      if (k.isThirdParty()) {
        excludedBy[i] =
            Reason.of(
                "THIRD_PARTY_DAMAGE",
                "the {kind} caused the failure: the affected component is excluded, the rest of the"
                    + " vehicle stays covered (15 USC 2302(c), 16 CFR 700.10, SAMR Order 43 Art. 32, EU"
                    + " block-exemption guidelines)",
                "kind", k);
        notCausal[i] =
            Reason.of(
                "THIRD_PARTY_NOT_CAUSAL",
                "the {kind} did not cause the failure: it does not void coverage (15 USC 2302(c), 16 CFR"
                    + " 700.10, SAMR Order 43 Art. 32, EU block-exemption guidelines)",
                "kind", k);
      } else {
        excludedBy[i] = Reason.of("EXCLUDED_BY_FINDING", "{kind} caused the failure: excluded", "kind", k);
        notCausal[i] =
            Reason.of("FINDING_NOT_CAUSAL", "{kind} did not cause the failure: it does not exclude", "kind", k);
      }
      undetermined[i] =
          Reason.of(
              "FINDING_UNDETERMINED",
              "whether {kind} caused the failure is not yet established: inspect before deciding",
              "kind", k);
      notAnExclusion[i] =
          Reason.of(
              "FINDING_NOT_AN_EXCLUSION",
              "{kind} is not an exclusion of policy {policy} for this component group",
              "kind", k, "policy", policy.id());
    }
    this.notStarted =
        Reason.of(
            "WARRANTY_NOT_STARTED",
            "the vehicle has no {rule} date: its warranty has not started",
            "rule", policy.startDateRule());
  }

  /**
   * An evaluator for a policy.
   *
   * @param policy the policy
   * @return the evaluator
   */
  public static WarrantyEvaluator of(WarrantyPolicy policy) {
    Checks.requireNonNull(policy, "policy");
    return new WarrantyEvaluator(policy);
  }

  /**
   * The policy decided under.
   *
   * @return the policy
   */
  public WarrantyPolicy policy() {
    return policy;
  }

  /**
   * Decides a request by the procedure in the class documentation.
   *
   * @param request the request
   * @return the decision, with at least one reason
   * @throws ValidationException for a component group outside the policy's catalogue or a report
   *     before the warranty start
   */
  public WarrantyDecision evaluate(WarrantyRequest request) {
    Checks.requireNonNull(request, "request");
    Failure failure = request.failure();
    ComponentGroup group = failure.componentGroup();
    GroupInfo info = groups.get(group);
    if (info == null) {
      throw ValidationException.of(
          "failure.componentGroup",
          WarrantyErrorCode.WARRANTY_UNKNOWN_COMPONENT_GROUP,
          "failure.componentGroup " + group + " is not in the componentGroups of policy " + policy.id());
    }
    Vehicle vehicle = request.vehicle();
    Optional<LocalDate> startDate = policy.startDateRule().startOf(vehicle);
    if (startDate.isEmpty()) {
      return log(
          request,
          WarrantyDecision.builder()
              .outcome(WarrantyOutcome.NOT_COVERED)
              .shares(CostShares.CUSTOMER_PAYS)
              .addReason(notStarted)
              .build());
    }
    LocalDate start = startDate.get();
    LocalDate reported = request.reportedOn();
    Distance odometer = request.odometer();
    if (reported.isBefore(start)) {
      throw ValidationException.of(
          "reportedOn",
          WarrantyErrorCode.WARRANTY_REPORT_DATE,
          "reportedOn " + reported + " is before the warranty start date " + start);
    }

    List<Reason> reasons = new ArrayList<>(4);
    boolean isExcluded = false;
    boolean undeterminedFinding = false;

    // 2. Exclusions
    Exclusion wear = info.wear;
    if (wear != null) {
      if (wear.qualityPeriod().isPresent()) {
        CoverageLimits period = wear.qualityPeriod().get();
        LocalDate last = period.lastCoveredDate(start);
        if (period.covers(start, reported, odometer)) {
          reasons.add(
              WEAR_ITEM_WITHIN_QUALITY_PERIOD.with(info.code, info.wearPeriod, last));
        } else {
          isExcluded = true;
          reasons.add(
              WEAR_ITEM_EXCLUDED.with(info.code, info.wearPeriod, last));
        }
      } else {
        isExcluded = true;
        reasons.add(info.wearExcluded);
      }
    }
    for (Finding f : failure.findings()) {
      ExclusionKind kind = f.kind();
      int k = kind.ordinal();
      if (!kind.isThirdParty()) {
        ExclusionScope scope = excluded[k];
        if (scope == null || !scope.includes(group)) {
          reasons.add(notAnExclusion[k]);
          continue;
        }
        if (kind == ExclusionKind.LACK_OF_MAINTENANCE && policy.maintenanceSchedule().isPresent()) {
          Reason gap = maintenanceGap(request, start, policy.maintenanceSchedule().get());
          if (gap == null) {
            reasons.add(MAINTENANCE_COMPLETE);
            continue;
          }
          reasons.add(gap);
        }
      }
      switch (f.causation()) {
        case CAUSAL:
          isExcluded = true;
          reasons.add(excludedBy[k]);
          break;
        case UNDETERMINED:
          undeterminedFinding = true;
          reasons.add(undetermined[k]);
          break;
        default:
          reasons.add(notCausal[k]);
          break;
      }
    }

    // 3.-6. Coverages
    int bestInForce = -1;
    CoverageLimits bestLimits = null;
    LocalDate bestLast = null;
    Distance bestTravelled = null;
    int bestGoodwill = -1;
    GoodwillTier bestTier = null;
    boolean anyCandidate = false;
    int usage = vehicle.usage().ordinal();
    boolean ownerChanged = request.ownerChanged();
    for (int index : info.coverages) {
      CoverageInfo c = coverages[index];
      if (!c.coverage.isFor(vehicle.powertrain())) {
        continue;
      }
      LocalDate from = start;
      Distance travelled = odometer;
      if (c.fromInstallation) {
        if (request.causalPartInstalled().isEmpty()) {
          continue;
        }
        PartInstallation p = request.causalPartInstalled().get();
        from = p.date();
        travelled = odometer.minus(p.odometer());
      }
      anyCandidate = true;
      if (c.usageReason[usage] != null) {
        reasons.add(c.usageReason[usage]);
      }
      CoverageLimits limits = c.limits[usage];
      if (limits == null) {
        continue; // void for the usage
      }
      if (ownerChanged) {
        if (c.ownerReason[usage] != null) {
          reasons.add(c.ownerReason[usage]);
        }
        limits = c.ownerLimits[usage];
        if (limits == null) {
          continue; // not transferred
        }
      }
      LocalDate last = limits.lastCoveredDate(from);
      boolean timeOk = !reported.isAfter(last);
      boolean distanceOk = limits.distance().isEmpty() || travelled.compareTo(limits.distance().get()) <= 0;
      if (timeOk && distanceOk) {
        if (bestInForce < 0 || better(c.coverage, last, coverages[bestInForce].coverage, bestLast)) {
          bestInForce = index;
          bestLimits = limits;
          bestLast = last;
          bestTravelled = travelled;
        }
        continue;
      }
      if (!timeOk) {
        reasons.add(
            COVERAGE_EXPIRED_BY_TIME.with(c.id, last, reported));
      }
      if (!distanceOk) {
        reasons.add(
            COVERAGE_EXPIRED_BY_DISTANCE.with(c.id, limits.distance().get(), travelled));
      }
      GoodwillTier tier = goodwill(limits, last, reported, travelled);
      if (tier != null && (bestGoodwill < 0 || betterGoodwill(tier, bestTier))) {
        bestGoodwill = index;
        bestTier = tier;
      }
    }
    if (!anyCandidate) {
      reasons.add(
          NO_COVERAGE_FOR_GROUP.with(policy.id(), info.code, vehicle.powertrain()));
    }

    WarrantyDecision.Builder d = WarrantyDecision.builder();
    if (isExcluded) {
      d.outcome(WarrantyOutcome.NOT_COVERED).shares(CostShares.CUSTOMER_PAYS);
    } else if (bestInForce >= 0) {
      CoverageInfo c = coverages[bestInForce];
      d.coverageId(c.id)
          .coverageKind(c.coverage.kind())
          .remaining(remaining(bestLimits, bestLast, reported, bestTravelled));
      if (undeterminedFinding) {
        d.outcome(WarrantyOutcome.NEEDS_INSPECTION);
        reasons.add(
            COVERAGE_PENDING_INSPECTION.with(c.id, bestLast));
      } else {
        d.outcome(WarrantyOutcome.COVERED).shares(CostShares.MANUFACTURER_PAYS).deductible(c.coverage.deductible());
        reasons.add(
            COVERED.with(c.id, c.kind, bestLast));
        if (c.deductibleReason != null) {
          reasons.add(c.deductibleReason);
        }
      }
    } else if (bestGoodwill >= 0) {
      CoverageInfo c = coverages[bestGoodwill];
      d.coverageId(c.id).coverageKind(c.coverage.kind());
      if (undeterminedFinding) {
        d.outcome(WarrantyOutcome.NEEDS_INSPECTION);
        reasons.add(
            GOODWILL_PENDING_INSPECTION.with(c.id));
      } else {
        CostShares shares = bestTier.shares();
        d.outcome(WarrantyOutcome.GOODWILL).shares(shares).goodwillTier(bestTier);
        reasons.add(
            GOODWILL.with(c.id, bestTier.monthsPastLimit(), shares.manufacturer(), shares.dealer(), shares.customer()));
      }
    } else {
      d.outcome(WarrantyOutcome.NOT_COVERED).shares(CostShares.CUSTOMER_PAYS);
      if (reasons.isEmpty()) {
        reasons.add(
            NO_COVERAGE_IN_FORCE.with(policy.id(), info.code));
      }
    }
    return log(request, d.reasons(reasons).build());
  }

  private static boolean better(Coverage c, LocalDate last, Coverage best, LocalDate bestLast) {
    MonetaryAmount a = c.deductible().orElse(null);
    MonetaryAmount b = best.deductible().orElse(null);
    int cmp;
    if (a == null || b == null) {
      cmp = (a == null ? 0 : a.signum()) - (b == null ? 0 : b.signum());
    } else {
      cmp = a.compareTo(b);
    }
    if (cmp != 0) {
      return cmp < 0;
    }
    return last.isAfter(bestLast);
  }

  private static boolean betterGoodwill(GoodwillTier t, GoodwillTier best) {
    int cmp = t.manufacturerShare().compareTo(best.manufacturerShare());
    if (cmp != 0) {
      return cmp > 0;
    }
    return t.dealerShare().compareTo(best.dealerShare()) > 0;
  }

  private GoodwillTier goodwill(
      CoverageLimits limits, LocalDate last, LocalDate reported, Distance travelled) {
    for (GoodwillTier t : policy.goodwillTiers()) {
      if (reported.isAfter(last.plusMonths(t.monthsPastLimit()))) {
        continue;
      }
      if (limits.distance().isPresent() && t.distancePastLimit().isPresent()) {
        Distance reach = limits.distance().get().plus(t.distancePastLimit().get());
        if (travelled.compareTo(reach) > 0) {
          continue;
        }
      }
      return t;
    }
    return null;
  }

  private static RemainingCoverage remaining(
      CoverageLimits limits, LocalDate last, LocalDate reported, Distance travelled) {
    RemainingCoverage.Builder b =
        RemainingCoverage.builder().lastCoveredDate(last).days(ChronoUnit.DAYS.between(reported, last));
    if (limits.distance().isPresent()) {
      b.distance(limits.distance().get().minus(travelled));
    }
    return b.build();
  }

  /**
   * The first gap in the maintenance records against the schedule, from the warranty start
   * (odometer 0) to the report; records before the start or after the report are not read.
   *
   * @return the gap's reason, or null for none
   */
  private static Reason maintenanceGap(WarrantyRequest request, LocalDate start, MaintenanceSchedule schedule) {
    LocalDate fromDate = start;
    Distance fromOdometer = Distance.zero(request.odometer().unit());
    for (MaintenanceRecord r : request.maintenanceRecords()) {
      if (r.date().isBefore(start)) {
        continue;
      }
      if (r.date().isAfter(request.reportedOn())) {
        break;
      }
      if (schedule.isGap(fromDate, fromOdometer, r.date(), r.odometer())) {
        return gap(fromDate, fromOdometer, r.date(), r.odometer(), schedule);
      }
      fromDate = r.date();
      fromOdometer = r.odometer();
    }
    if (schedule.isGap(fromDate, fromOdometer, request.reportedOn(), request.odometer())) {
      return gap(fromDate, fromOdometer, request.reportedOn(), request.odometer(), schedule);
    }
    return null;
  }

  private static Reason gap(
      LocalDate from, Distance fromOdometer, LocalDate to, Distance toOdometer, MaintenanceSchedule s) {
    return MAINTENANCE_GAP.with(from, fromOdometer, to, toOdometer, s.interval());
  }

  private static WarrantyDecision log(WarrantyRequest request, WarrantyDecision decision) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "warranty {} for {} reported {}: {} {}",
          decision.outcome(),
          request.failure().componentGroup(),
          request.reportedOn(),
          decision.coverageId().orElse("-"),
          decision.reasons().stream().map(Reason::code).toList());
    }
    return decision;
  }

  /** A coverage with its effective limits and reasons per usage and owner change, precomputed. */
  private static final class CoverageInfo {
    final Coverage coverage;
    final String id;
    final String kind;
    final boolean fromInstallation;
    /** Per usage: the limits after the usage restriction; null when void. */
    final CoverageLimits[] limits = new CoverageLimits[USAGES.length];
    final Reason[] usageReason = new Reason[USAGES.length];
    /** Per usage: the limits for a subsequent owner; null when not transferred or void. */
    final CoverageLimits[] ownerLimits = new CoverageLimits[USAGES.length];
    final Reason[] ownerReason = new Reason[USAGES.length];
    final Reason deductibleReason;

    CoverageInfo(Coverage c, List<UsageRestriction> restrictions) {
      this.coverage = c;
      this.id = c.id();
      this.kind = c.kind().name();
      this.fromInstallation = c.kind().startsAtPartInstallation();
      for (VehicleUsage u : USAGES) {
        int i = u.ordinal();
        UsageRestriction r = null;
        for (UsageRestriction x : restrictions) {
          if (x.usages().contains(u) && x.concerns(c.kind())) {
            r = x;
          }
        }
        CoverageLimits l = c.limits();
        if (r != null && r.effect() == UsageEffect.VOID) {
          usageReason[i] =
              Reason.of(
                  "COVERAGE_VOID_FOR_USAGE",
                  "coverage {coverage} does not apply to vehicles in {usage} use",
                  "coverage", id, "usage", u);
          continue;
        }
        if (r != null) {
          l = l.shortest(r.shortenedTo().orElseThrow());
          usageReason[i] =
              Reason.of(
                  "COVERAGE_SHORTENED_FOR_USAGE",
                  "coverage {coverage} is limited to {limits} for vehicles in {usage} use",
                  "coverage", id, "limits", l, "usage", u);
        }
        limits[i] = l;
        if (!c.transferable()) {
          ownerReason[i] =
              Reason.of(
                  "COVERAGE_NOT_TRANSFERRED",
                  "coverage {coverage} is for the first owner only and the vehicle changed owner",
                  "coverage", id);
        } else if (c.subsequentOwnerLimits().isPresent()) {
          CoverageLimits o = l.shortest(c.subsequentOwnerLimits().get());
          ownerLimits[i] = o;
          ownerReason[i] =
              Reason.of(
                  "COVERAGE_SHORTENED_FOR_OWNER",
                  "coverage {coverage} is limited to {limits} for a subsequent owner",
                  "coverage", id, "limits", o);
        } else {
          ownerLimits[i] = l;
        }
      }
      this.deductibleReason =
          c.deductible()
              .map(
                  amount ->
                      Reason.of(
                          "DEDUCTIBLE",
                          "the customer pays a deductible of {amount} per visit under {coverage}",
                          "amount", amount, "coverage", id))
              .orElse(null);
    }
  }

  /** A component group with its coverages (indices in policy order) and wear rule. */
  private static final class GroupInfo {
    final int[] coverages;
    final Exclusion wear;
    final String code;
    final String wearPeriod;
    final Reason wearExcluded;

    GroupInfo(int[] coverages, Exclusion wear, ComponentGroup group) {
      this.coverages = coverages;
      this.wear = wear;
      this.code = group.code();
      this.wearPeriod = wear == null ? null : wear.qualityPeriod().map(Object::toString).orElse(null);
      this.wearExcluded =
          wear == null || wear.qualityPeriod().isPresent()
              ? null
              : Reason.of("WEAR_ITEM_EXCLUDED", "{group} is a wear item, not covered", "group", code);
    }
  }

  /** The groups an exclusion kind covers: every group, or a set. */
  private static final class ExclusionScope {
    private final boolean all;
    private final java.util.Set<ComponentGroup> groups;

    private ExclusionScope(boolean all, java.util.Set<ComponentGroup> groups) {
      this.all = all;
      this.groups = groups;
    }

    static ExclusionScope of(Exclusion e) {
      return new ExclusionScope(e.componentGroups().isEmpty(), java.util.Set.copyOf(e.componentGroups()));
    }

    ExclusionScope union(ExclusionScope o) {
      java.util.Set<ComponentGroup> s = new java.util.HashSet<>(groups);
      s.addAll(o.groups);
      return new ExclusionScope(all || o.all, java.util.Set.copyOf(s));
    }

    boolean includes(ComponentGroup g) {
      return all || groups.contains(g);
    }
  }
}

package org.aftersales.rules.warranty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * of each group, the excluded groups of each finding kind and the restriction of each coverage
 * for each usage, so that a decision is a handful of lookups. Immutable and thread-safe; logs the
 * outcome at DEBUG (no personal data).
 */
public final class WarrantyEvaluator {

  private static final Logger LOG = LoggerFactory.getLogger(WarrantyEvaluator.class);

  private final WarrantyPolicy policy;
  private final Coverage[] coverages;
  private final Map<ComponentGroup, int[]> coveragesByGroup;
  private final Map<ComponentGroup, Exclusion> wearByGroup;
  /** Per finding kind: the excluded groups; absent key: the policy does not exclude the kind. */
  private final EnumMap<ExclusionKind, ExclusionScope> excluded;
  /** Per coverage index and usage ordinal: the restriction, or null. */
  private final UsageRestriction[][] restrictions;

  private WarrantyEvaluator(WarrantyPolicy policy) {
    this.policy = policy;
    this.coverages = policy.coverages().toArray(new Coverage[0]);
    Map<ComponentGroup, List<Integer>> byGroup = new HashMap<>();
    for (int i = 0; i < coverages.length; i++) {
      for (ComponentGroup g : coverages[i].componentGroups()) {
        byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
      }
    }
    Map<ComponentGroup, int[]> groups = new HashMap<>();
    for (ComponentGroup g : policy.componentGroups()) {
      List<Integer> l = byGroup.getOrDefault(g, List.of());
      groups.put(g, l.stream().mapToInt(Integer::intValue).toArray());
    }
    this.coveragesByGroup = Map.copyOf(groups);
    Map<ComponentGroup, Exclusion> wear = new HashMap<>();
    EnumMap<ExclusionKind, ExclusionScope> kinds = new EnumMap<>(ExclusionKind.class);
    for (Exclusion e : policy.exclusions()) {
      if (e.kind() == ExclusionKind.WEAR_ITEM) {
        e.componentGroups().forEach(g -> wear.put(g, e));
      } else {
        kinds.merge(e.kind(), ExclusionScope.of(e), ExclusionScope::union);
      }
    }
    this.wearByGroup = Map.copyOf(wear);
    this.excluded = kinds;
    VehicleUsage[] usages = VehicleUsage.values();
    this.restrictions = new UsageRestriction[coverages.length][usages.length];
    for (UsageRestriction r : policy.usageRestrictions()) {
      for (int i = 0; i < coverages.length; i++) {
        if (r.concerns(coverages[i].kind())) {
          for (VehicleUsage u : r.usages()) {
            restrictions[i][u.ordinal()] = r;
          }
        }
      }
    }
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
    int[] candidates = coveragesByGroup.get(group);
    if (candidates == null) {
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
              .addReason(
                  Reason.of(
                      "WARRANTY_NOT_STARTED",
                      "the vehicle has no {rule} date: its warranty has not started",
                      "rule",
                      policy.startDateRule()))
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
    boolean undetermined = false;

    // 2. Exclusions
    Exclusion wear = wearByGroup.get(group);
    if (wear != null) {
      if (wear.qualityPeriod().isPresent()) {
        CoverageLimits period = wear.qualityPeriod().get();
        LocalDate last = period.lastCoveredDate(start);
        if (period.covers(start, reported, odometer)) {
          reasons.add(
              Reason.of(
                  "WEAR_ITEM_WITHIN_QUALITY_PERIOD",
                  "{group} is a wear item, covered within its own quality period of {period}"
                      + " (until {last}) (SAMR Order 43 Art. 19)",
                  "group", group, "period", period, "last", last));
        } else {
          isExcluded = true;
          reasons.add(
              Reason.of(
                  "WEAR_ITEM_EXCLUDED",
                  "{group} is a wear item and its own quality period of {period} (until {last})"
                      + " has ended",
                  "group", group, "period", period, "last", last));
        }
      } else {
        isExcluded = true;
        reasons.add(
            Reason.of("WEAR_ITEM_EXCLUDED", "{group} is a wear item, not covered", "group", group));
      }
    }
    for (Finding f : failure.findings()) {
      ExclusionKind kind = f.kind();
      boolean applies;
      if (kind.isThirdParty()) {
        applies = true;
      } else {
        ExclusionScope scope = excluded.get(kind);
        applies = scope != null && scope.includes(group);
        if (!applies) {
          reasons.add(
              Reason.of(
                  "FINDING_NOT_AN_EXCLUSION",
                  "{kind} is not an exclusion of policy {policy} for {group}",
                  "kind", kind, "policy", policy.id(), "group", group));
          continue;
        }
        if (kind == ExclusionKind.LACK_OF_MAINTENANCE && policy.maintenanceSchedule().isPresent()) {
          Optional<Reason> gap = maintenanceGap(request, start, policy.maintenanceSchedule().get());
          if (gap.isEmpty()) {
            reasons.add(
                Reason.of(
                    "MAINTENANCE_RECORDS_COMPLETE",
                    "the maintenance records show no gap against the schedule, so lack of"
                        + " maintenance cannot exclude (service at any workshop counts)"));
            continue;
          }
          reasons.add(gap.get());
        }
      }
      switch (f.causation()) {
        case CAUSAL:
          isExcluded = true;
          reasons.add(excludedBy(kind, group));
          break;
        case UNDETERMINED:
          undetermined = true;
          reasons.add(
              Reason.of(
                  "FINDING_UNDETERMINED",
                  "whether {kind} caused the failure of {group} is not yet established: inspect"
                      + " before deciding",
                  "kind", kind, "group", group));
          break;
        default:
          reasons.add(notCausal(kind, group));
          break;
      }
    }

    // 3.-6. Coverages
    int bestInForce = -1;
    CoverageLimits bestLimits = null;
    LocalDate bestStart = null;
    LocalDate bestLast = null;
    Distance bestTravelled = null;
    int bestGoodwill = -1;
    GoodwillTier bestTier = null;
    boolean anyCandidate = false;
    VehicleUsage usage = vehicle.usage();
    for (int index : candidates) {
      Coverage c = coverages[index];
      if (!c.isFor(vehicle.powertrain())) {
        continue;
      }
      LocalDate from = start;
      Distance travelled = odometer;
      if (c.kind().startsAtPartInstallation()) {
        if (request.causalPartInstalled().isEmpty()) {
          continue;
        }
        PartInstallation p = request.causalPartInstalled().get();
        from = p.date();
        travelled = odometer.minus(p.odometer());
      }
      anyCandidate = true;
      CoverageLimits limits = c.limits();
      UsageRestriction r = restrictions[index][usage.ordinal()];
      if (r != null) {
        if (r.effect() == UsageEffect.VOID) {
          reasons.add(
              Reason.of(
                  "COVERAGE_VOID_FOR_USAGE",
                  "coverage {coverage} does not apply to vehicles in {usage} use",
                  "coverage", c.id(), "usage", usage));
          continue;
        }
        limits = limits.shortest(r.shortenedTo().get());
        reasons.add(
            Reason.of(
                "COVERAGE_SHORTENED_FOR_USAGE",
                "coverage {coverage} is limited to {limits} for vehicles in {usage} use",
                "coverage", c.id(), "limits", limits, "usage", usage));
      }
      if (request.ownerChanged()) {
        if (!c.transferable()) {
          reasons.add(
              Reason.of(
                  "COVERAGE_NOT_TRANSFERRED",
                  "coverage {coverage} is for the first owner only and the vehicle changed owner",
                  "coverage", c.id()));
          continue;
        }
        if (c.subsequentOwnerLimits().isPresent()) {
          limits = limits.shortest(c.subsequentOwnerLimits().get());
          reasons.add(
              Reason.of(
                  "COVERAGE_SHORTENED_FOR_OWNER",
                  "coverage {coverage} is limited to {limits} for a subsequent owner",
                  "coverage", c.id(), "limits", limits));
        }
      }
      LocalDate last = limits.lastCoveredDate(from);
      boolean timeOk = !reported.isAfter(last);
      boolean distanceOk = limits.distance().isEmpty() || travelled.compareTo(limits.distance().get()) <= 0;
      if (timeOk && distanceOk) {
        if (bestInForce < 0 || better(c, last, coverages[bestInForce], bestLast)) {
          bestInForce = index;
          bestLimits = limits;
          bestStart = from;
          bestLast = last;
          bestTravelled = travelled;
        }
        continue;
      }
      if (!timeOk) {
        reasons.add(
            Reason.of(
                "COVERAGE_EXPIRED_BY_TIME",
                "coverage {coverage} ({limits}) ended on {last}; the failure was reported on {reported}",
                "coverage", c.id(), "limits", limits, "last", last, "reported", reported));
      }
      if (!distanceOk) {
        reasons.add(
            Reason.of(
                "COVERAGE_EXPIRED_BY_DISTANCE",
                "coverage {coverage} ({limits}) ends at {limit}; the vehicle has travelled {travelled}",
                "coverage", c.id(), "limits", limits, "limit", limits.distance().get(),
                "travelled", travelled));
      }
      GoodwillTier tier = goodwill(limits, last, reported, travelled);
      if (tier != null
          && (bestGoodwill < 0 || betterGoodwill(tier, bestTier))) {
        bestGoodwill = index;
        bestTier = tier;
      }
    }
    if (!anyCandidate) {
      reasons.add(
          Reason.of(
              "NO_COVERAGE_FOR_GROUP",
              "no coverage of policy {policy} includes {group} for a {powertrain} vehicle",
              "policy", policy.id(), "group", group, "powertrain", vehicle.powertrain()));
    }

    WarrantyDecision.Builder d = WarrantyDecision.builder();
    if (isExcluded) {
      d.outcome(WarrantyOutcome.NOT_COVERED).shares(CostShares.CUSTOMER_PAYS);
    } else if (bestInForce >= 0) {
      Coverage c = coverages[bestInForce];
      d.coverageId(c.id())
          .coverageKind(c.kind())
          .remaining(remaining(bestLimits, bestLast, reported, bestTravelled));
      if (undetermined) {
        d.outcome(WarrantyOutcome.NEEDS_INSPECTION);
        reasons.add(
            Reason.of(
                "COVERAGE_PENDING_INSPECTION",
                "coverage {coverage} ({kind}) is in force until {last} but a finding needs"
                    + " inspection first",
                "coverage", c.id(), "kind", c.kind(), "last", bestLast));
      } else {
        d.outcome(WarrantyOutcome.COVERED).shares(CostShares.MANUFACTURER_PAYS).deductible(c.deductible());
        reasons.add(covered(c, bestLimits, bestStart, bestLast));
        c.deductible()
            .ifPresent(
                amount ->
                    reasons.add(
                        Reason.of(
                            "DEDUCTIBLE",
                            "the customer pays a deductible of {amount} per visit under {coverage}",
                            "amount", amount, "coverage", c.id())));
      }
    } else if (bestGoodwill >= 0) {
      Coverage c = coverages[bestGoodwill];
      d.coverageId(c.id()).coverageKind(c.kind());
      if (undetermined) {
        d.outcome(WarrantyOutcome.NEEDS_INSPECTION);
        reasons.add(
            Reason.of(
                "GOODWILL_PENDING_INSPECTION",
                "goodwill after coverage {coverage} may apply but a finding needs inspection first",
                "coverage", c.id()));
      } else {
        CostShares shares = bestTier.shares();
        d.outcome(WarrantyOutcome.GOODWILL).shares(shares).goodwillTier(bestTier);
        reasons.add(
            Reason.of(
                "GOODWILL",
                "coverage {coverage} expired less than {months} months past its limit: goodwill,"
                    + " manufacturer {manufacturer}, dealer {dealer}, customer {customer}",
                "coverage", c.id(), "months", bestTier.monthsPastLimit(),
                "manufacturer", shares.manufacturer(), "dealer", shares.dealer(),
                "customer", shares.customer()));
      }
    } else {
      d.outcome(WarrantyOutcome.NOT_COVERED).shares(CostShares.CUSTOMER_PAYS);
      if (reasons.isEmpty()) {
        reasons.add(
            Reason.of(
                "NO_COVERAGE_IN_FORCE",
                "no coverage of policy {policy} for {group} is in force",
                "policy", policy.id(), "group", group));
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
    limits.distance().ifPresent(limit -> b.distance(limit.minus(travelled)));
    return b.build();
  }

  /**
   * The first gap in the maintenance records against the schedule, from the warranty start
   * (odometer 0) to the report; records before the start or after the report are not read.
   */
  private static Optional<Reason> maintenanceGap(
      WarrantyRequest request, LocalDate start, MaintenanceSchedule schedule) {
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
        return Optional.of(gap(fromDate, fromOdometer, r.date(), r.odometer(), schedule));
      }
      fromDate = r.date();
      fromOdometer = r.odometer();
    }
    if (schedule.isGap(fromDate, fromOdometer, request.reportedOn(), request.odometer())) {
      return Optional.of(gap(fromDate, fromOdometer, request.reportedOn(), request.odometer(), schedule));
    }
    return Optional.empty();
  }

  private static Reason gap(
      LocalDate from, Distance fromOdometer, LocalDate to, Distance toOdometer, MaintenanceSchedule s) {
    return Reason.of(
        "MAINTENANCE_GAP",
        "no maintenance between {from} ({fromOdometer}) and {to} ({toOdometer}), longer than the"
            + " interval of {interval}",
        "from", from, "fromOdometer", fromOdometer, "to", to, "toOdometer", toOdometer,
        "interval", s.interval());
  }

  private static Reason excludedBy(ExclusionKind kind, ComponentGroup group) {
    if (kind.isThirdParty()) {
      return Reason.of(
          "THIRD_PARTY_DAMAGE",
          "the {kind} caused the failure of {group}: that component is excluded, the rest of the"
              + " vehicle stays covered (15 USC 2302(c), 16 CFR 700.10, SAMR Order 43 Art. 32, EU"
              + " block-exemption guidelines)",
          "kind", kind, "group", group);
    }
    return Reason.of(
        "EXCLUDED_BY_FINDING",
        "{kind} caused the failure of {group}: excluded",
        "kind", kind, "group", group);
  }

  private static Reason notCausal(ExclusionKind kind, ComponentGroup group) {
    if (kind.isThirdParty()) {
      return Reason.of(
          "THIRD_PARTY_NOT_CAUSAL",
          "the {kind} did not cause the failure of {group}: it does not void coverage (15 USC"
              + " 2302(c), 16 CFR 700.10, SAMR Order 43 Art. 32, EU block-exemption guidelines)",
          "kind", kind, "group", group);
    }
    return Reason.of(
        "FINDING_NOT_CAUSAL",
        "{kind} did not cause the failure of {group}: it does not exclude",
        "kind", kind, "group", group);
  }

  private static Reason covered(Coverage c, CoverageLimits limits, LocalDate from, LocalDate last) {
    return Reason.of(
        "COVERED",
        "covered by {coverage} ({kind}, {limits} from {from}, last covered day {last})",
        "coverage", c.id(), "kind", c.kind(), "limits", limits, "from", from, "last", last);
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

package org.aftersales.rules.warranty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import javax.money.CurrencyUnit;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.PolicyException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.VehicleUsage;
import org.immutables.value.Value;

/**
 * A manufacturer's warranty policy as data (DOMAIN §3.4, DESIGN §2.5): the coverages with their
 * limits and component groups, the start-date rule, exclusions, usage restrictions, the expected
 * maintenance interval and goodwill tiers after expiry. A host loads it from its own storage as
 * JSON; {@link #chinaPassengerCar()} and {@link #usPassengerCar()} are ready-made presets.
 * {@link WarrantyEvaluator} decides requests under it.
 *
 * <p><b>Consistency rules</b>, checked on build (a {@link PolicyException} or {@link
 * ValidationException} naming the path):
 *
 * <ul>
 *   <li>every limit in months or distance is above zero ({@link
 *       WarrantyErrorCode#WARRANTY_LIMIT_NOT_POSITIVE});
 *   <li>coverage ids are unique; every component group a coverage or exclusion names is in the
 *       catalogue {@link #componentGroups()} ({@link
 *       WarrantyErrorCode#WARRANTY_UNKNOWN_COMPONENT_GROUP});
 *   <li>no two coverages of the same kind include the same group for a common powertrain:
 *       they would contradict each other on the limits ({@link
 *       WarrantyErrorCode#WARRANTY_CONTRADICTORY_COVERAGES}); coverages of different kinds may
 *       overlap and {@link WarrantyEvaluator} says which wins;
 *   <li>no group has two wear-item rules; no usage and coverage kind has two usage restrictions;
 *       goodwill tiers reach strictly further in months, never less far in distance, and never
 *       pay more than the tier before; deductibles share one currency ({@link
 *       WarrantyErrorCode#WARRANTY_CONTRADICTORY_TERMS}).
 * </ul>
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}. JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableWarrantyPolicy.class)
@JsonDeserialize(as = ImmutableWarrantyPolicy.class)
public abstract class WarrantyPolicy {

  WarrantyPolicy() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WarrantyPolicy}; {@code build()} checks every consistency rule. */
  public static final class Builder extends ImmutableWarrantyPolicy.Builder {
    Builder() {}
  }

  /**
   * A typical Chinese passenger-car policy: the 三包 minimums (SAMR Order 43 Art. 18: 包修期 3
   * years or 60,000 km) exceeded by a manufacturer warranty of 3 years or 100,000 km, powertrain 5
   * years or 100,000 km, traction battery 8 years or 150,000 km, corrosion 6 years, replaced parts
   * 12 months or 20,000 km; wear items with their own quality periods as a 三包凭证 lists them
   * (Art. 19); taxis and rentals shortened to 12 months or 100,000 km; maintenance every 12
   * months or 10,000 km; two goodwill tiers. Start: invoice or delivery date (Art. 18).
   *
   * @return the preset
   */
  public static WarrantyPolicy chinaPassengerCar() {
    return Presets.CHINA;
  }

  /**
   * A typical US passenger-car policy (DOMAIN §3.2): basic 3 years or 36,000 mi, powertrain 5
   * years or 60,000 mi, EV battery 8 years or 100,000 mi, corrosion 5 years with no mileage
   * limit, federal emissions 2 years or 24,000 mi and 8 years or 80,000 mi for the specified major
   * emission components, replacement parts 12 months or 12,000 mi; wear items excluded; livery
   * and rental use end the powertrain coverage with the basic one; maintenance every 12 months or
   * 7,500 mi; one goodwill tier. Start: delivery (in-service) date.
   *
   * @return the preset
   */
  public static WarrantyPolicy usPassengerCar() {
    return Presets.US;
  }

  /**
   * The policy's identifier, for example {@code CN-PASSENGER-2026}.
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * Which vehicle date the coverages run from; {@link StartDateRule#DELIVERY_OR_INVOICE} by
   * default.
   *
   * @return the rule
   */
  @Value.Default
  public StartDateRule startDateRule() {
    return StartDateRule.DELIVERY_OR_INVOICE;
  }

  /**
   * The catalogue of component groups this policy knows, sorted. A failure in a group outside it
   * is refused as unknown.
   *
   * @return at least one group
   */
  @Value.NaturalOrder
  public abstract SortedSet<ComponentGroup> componentGroups();

  /**
   * The coverages, in declared order (the last tie-break in {@link WarrantyEvaluator}).
   *
   * @return at least one coverage
   */
  public abstract List<Coverage> coverages();

  /**
   * The exclusions.
   *
   * @return the exclusions
   */
  public abstract List<Exclusion> exclusions();

  /**
   * Usage restrictions.
   *
   * @return the restrictions
   */
  public abstract List<UsageRestriction> usageRestrictions();

  /**
   * The expected maintenance interval, to find gaps in the maintenance records.
   *
   * @return the schedule; empty when the policy states none
   */
  public abstract Optional<MaintenanceSchedule> maintenanceSchedule();

  /**
   * Goodwill tiers after a coverage expired, innermost first.
   *
   * @return the tiers
   */
  public abstract List<GoodwillTier> goodwillTiers();

  @Value.Check
  final void check() {
    Checks.requireIdentifier(id(), "id");
    Checks.require(
        !componentGroups().isEmpty(),
        "componentGroups",
        CoreErrorCode.REQUIRED_FIELD,
        "policy %s needs a catalogue of component groups",
        id());
    Checks.require(
        !coverages().isEmpty(), "coverages", CoreErrorCode.REQUIRED_FIELD, "policy %s has no coverage", id());
    Checks.requireUnique(coverages(), Coverage::id, "coverages");
    CurrencyUnit currency = null;
    for (int i = 0; i < coverages().size(); i++) {
      Coverage c = coverages().get(i);
      requireKnown(c.componentGroups(), "coverages[" + i + "].componentGroups");
      if (c.deductible().isPresent()) {
        CurrencyUnit cu = c.deductible().get().getCurrency();
        if (currency == null) {
          currency = cu;
        }
        Checks.require(
            currency.equals(cu),
            "coverages[" + i + "].deductible",
            WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS,
            "deductibles must share one currency: %s and %s",
            currency.getCurrencyCode(),
            cu.getCurrencyCode());
      }
      for (int j = 0; j < i; j++) {
        Coverage o = coverages().get(j);
        if (o.kind() == c.kind() && powertrainsOverlap(o, c)) {
          for (ComponentGroup g : c.componentGroups()) {
            if (o.componentGroups().contains(g)) {
              throw PolicyException.of(
                  "coverages[" + i + "]",
                  WarrantyErrorCode.WARRANTY_CONTRADICTORY_COVERAGES,
                  String.format(
                      java.util.Locale.ROOT,
                      "coverages %s and %s are both %s and both include %s: their limits contradict",
                      o.id(),
                      c.id(),
                      c.kind(),
                      g));
            }
          }
        }
      }
    }
    java.util.Set<ComponentGroup> wear = new java.util.HashSet<>();
    for (int i = 0; i < exclusions().size(); i++) {
      Exclusion e = exclusions().get(i);
      requireKnown(e.componentGroups(), "exclusions[" + i + "].componentGroups");
      if (e.kind() == ExclusionKind.WEAR_ITEM) {
        for (ComponentGroup g : e.componentGroups()) {
          if (!wear.add(g)) {
            throw PolicyException.of(
                "exclusions[" + i + "]",
                WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS,
                "component group " + g + " has two wear-item rules");
          }
        }
      }
    }
    for (int i = 0; i < usageRestrictions().size(); i++) {
      UsageRestriction r = usageRestrictions().get(i);
      for (int j = 0; j < i; j++) {
        UsageRestriction o = usageRestrictions().get(j);
        if (overlaps(o.usages(), r.usages()) && kindsOverlap(o.coverageKinds(), r.coverageKinds())) {
          throw PolicyException.of(
              "usageRestrictions[" + i + "]",
              WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS,
              "usage restrictions " + j + " and " + i + " both restrict the same usage and coverage kind");
        }
      }
    }
    for (int i = 1; i < goodwillTiers().size(); i++) {
      GoodwillTier prev = goodwillTiers().get(i - 1);
      GoodwillTier t = goodwillTiers().get(i);
      String path = "goodwillTiers[" + i + "]";
      boolean furtherInMonths = t.monthsPastLimit() > prev.monthsPastLimit();
      boolean notShorterInDistance =
          prev.distancePastLimit().isEmpty()
              ? t.distancePastLimit().isEmpty()
              : t.distancePastLimit().isEmpty()
                  || t.distancePastLimit().get().compareTo(prev.distancePastLimit().get()) >= 0;
      boolean paysNoMore =
          t.manufacturerShare().compareTo(prev.manufacturerShare()) <= 0
              && t.manufacturerShare().value().add(t.dealerShare().value())
                      .compareTo(prev.manufacturerShare().value().add(prev.dealerShare().value()))
                  <= 0;
      Checks.require(
          furtherInMonths && notShorterInDistance && paysNoMore,
          path,
          WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS,
          "goodwill tier %s must reach further than tier %s (more months, no less distance) and pay"
              + " no more",
          i,
          i - 1);
    }
  }

  private void requireKnown(Set<ComponentGroup> groups, String path) {
    for (ComponentGroup g : groups) {
      if (!componentGroups().contains(g)) {
        throw PolicyException.of(
            path,
            WarrantyErrorCode.WARRANTY_UNKNOWN_COMPONENT_GROUP,
            path + " names " + g + ", which is not in the policy's componentGroups");
      }
    }
  }

  private static boolean powertrainsOverlap(Coverage a, Coverage b) {
    for (Powertrain p : Powertrain.values()) {
      if (a.isFor(p) && b.isFor(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(Set<VehicleUsage> a, Set<VehicleUsage> b) {
    for (VehicleUsage u : a) {
      if (b.contains(u)) {
        return true;
      }
    }
    return false;
  }

  private static boolean kindsOverlap(Set<CoverageKind> a, Set<CoverageKind> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (CoverageKind k : a) {
      if (b.contains(k)) {
        return true;
      }
    }
    return false;
  }
}

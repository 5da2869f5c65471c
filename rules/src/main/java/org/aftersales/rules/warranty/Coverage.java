package org.aftersales.rules.warranty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.money.Monies;
import org.aftersales.core.vehicle.Powertrain;
import org.immutables.value.Value;

/**
 * One coverage of a manufacturer warranty (DOMAIN §3.4): its kind, its limits ("whichever comes
 * first", bounds inclusive as {@link CoverageLimits} states), the component groups it includes,
 * the powertrains it is for, a deductible, and what happens when the vehicle changes owner.
 *
 * <p>A coverage of kind {@link CoverageKind#REPLACED_PARTS} runs from the installation date and
 * odometer of the failed part; every other kind runs from the vehicle's start date under the
 * policy's {@link StartDateRule}. An {@link CoverageKind#EV_TRACTION_BATTERY} coverage applies
 * only to vehicles with a traction battery ({@link Powertrain#hasTractionBattery()}).
 *
 * <p>Rules checked on build: the id is an upper-snake-case code; at least one component group;
 * the deductible, when present, is at least zero; a coverage that does not transfer has no
 * subsequent-owner limits; an EV battery coverage names no {@link Powertrain#ICE} powertrain.
 * Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableCoverage.class)
@JsonDeserialize(as = ImmutableCoverage.class)
public abstract class Coverage {

  Coverage() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Coverage}; {@code build()} validates. */
  public static final class Builder extends ImmutableCoverage.Builder {
    Builder() {}
  }

  /**
   * The coverage's identifier within its policy, for example {@code BASIC} or {@code
   * FEDERAL_EMISSIONS_MAJOR}.
   *
   * @return an upper-snake-case code
   */
  public abstract String id();

  /**
   * The kind of coverage.
   *
   * @return the kind
   */
  public abstract CoverageKind kind();

  /**
   * The time and distance limits, whichever comes first.
   *
   * @return the limits
   */
  public abstract CoverageLimits limits();

  /**
   * The component groups the coverage includes, sorted by code.
   *
   * @return at least one group
   */
  @Value.NaturalOrder
  public abstract SortedSet<ComponentGroup> componentGroups();

  /**
   * The powertrains the coverage is for; empty for every powertrain.
   *
   * @return the powertrains
   */
  public abstract Set<Powertrain> powertrains();

  /**
   * What the customer pays per repair visit under this coverage, if anything.
   *
   * @return the deductible
   */
  public abstract Optional<MonetaryAmount> deductible();

  /**
   * Whether the coverage passes to a subsequent owner; it does by default.
   *
   * @return {@code true} when it transfers
   */
  @Value.Default
  public boolean transferable() {
    return true;
  }

  /**
   * Shorter limits that apply once the vehicle has changed owner, for a transferable coverage
   * (a 10-year powertrain coverage that becomes 5 years for the second owner).
   *
   * @return the subsequent owner's limits, counted from the original start date
   */
  public abstract Optional<CoverageLimits> subsequentOwnerLimits();

  /**
   * Whether the coverage is for a vehicle with this powertrain.
   *
   * @param powertrain the vehicle's powertrain
   * @return {@code true} when it is
   */
  public boolean isFor(Powertrain powertrain) {
    if (kind() == CoverageKind.EV_TRACTION_BATTERY && !powertrain.hasTractionBattery()) {
      return false;
    }
    return powertrains().isEmpty() || powertrains().contains(powertrain);
  }

  @Value.Check
  final void check() {
    Checks.requireCode(id(), "id");
    Checks.require(
        !componentGroups().isEmpty(),
        "componentGroups",
        CoreErrorCode.REQUIRED_FIELD,
        "coverage %s must include at least one component group",
        id());
    deductible().ifPresent(d -> Monies.requireNonNegative(d, "deductible"));
    Checks.require(
        transferable() || subsequentOwnerLimits().isEmpty(),
        "subsequentOwnerLimits",
        WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS,
        "coverage %s does not transfer and so cannot have subsequent-owner limits",
        id());
    Checks.require(
        kind() != CoverageKind.EV_TRACTION_BATTERY || !powertrains().contains(Powertrain.ICE),
        "powertrains",
        WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS,
        "traction-battery coverage %s cannot be for ICE vehicles",
        id());
  }
}

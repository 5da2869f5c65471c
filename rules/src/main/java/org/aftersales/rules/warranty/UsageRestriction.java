package org.aftersales.rules.warranty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.vehicle.VehicleUsage;
import org.immutables.value.Value;

/**
 * A usage restriction of a warranty policy (DOMAIN §3.4): for vehicles in some usages (taxi,
 * rental, commercial), some coverages are void or shortened. "Taxis: basic coverage 12 months or
 * 100,000 km".
 *
 * <p>A shortening never lengthens: the effective limits are the shorter of the coverage's and
 * the restriction's, limit by limit ({@link CoverageLimits#shortest}). Rules checked on build: at
 * least one usage; {@link UsageEffect#SHORTEN} has {@link #shortenedTo()} limits, {@link
 * UsageEffect#VOID} has none. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableUsageRestriction.class)
@JsonDeserialize(as = ImmutableUsageRestriction.class)
public abstract class UsageRestriction {

  UsageRestriction() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UsageRestriction}; {@code build()} validates. */
  public static final class Builder extends ImmutableUsageRestriction.Builder {
    Builder() {}
  }

  /**
   * The usages restricted.
   *
   * @return at least one usage
   */
  public abstract Set<VehicleUsage> usages();

  /**
   * The coverage kinds restricted; empty for every kind.
   *
   * @return the kinds
   */
  public abstract Set<CoverageKind> coverageKinds();

  /**
   * What happens to the coverages.
   *
   * @return void or shorten
   */
  public abstract UsageEffect effect();

  /**
   * The limits for {@link UsageEffect#SHORTEN}.
   *
   * @return the shortened limits; empty for {@link UsageEffect#VOID}
   */
  public abstract Optional<CoverageLimits> shortenedTo();

  /**
   * Whether the restriction concerns a coverage kind.
   *
   * @param kind the kind
   * @return {@code true} when it names the kind or names none
   */
  public boolean concerns(CoverageKind kind) {
    return coverageKinds().isEmpty() || coverageKinds().contains(kind);
  }

  @Value.Check
  final void check() {
    Checks.require(
        !usages().isEmpty(), "usages", CoreErrorCode.REQUIRED_FIELD, "a usage restriction needs at least one usage");
    Checks.require(
        (effect() == UsageEffect.SHORTEN) == shortenedTo().isPresent(),
        "shortenedTo",
        WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS,
        "a %s restriction %s limits",
        effect(),
        effect() == UsageEffect.SHORTEN ? "needs shortenedTo" : "cannot have shortenedTo");
  }
}

package org.aftersales.rules.warranty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.SortedSet;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.immutables.value.Value;

/**
 * An exclusion of a warranty policy (DOMAIN §3.4): what kind, and for which component groups.
 *
 * <ul>
 *   <li>{@link ExclusionKind#WEAR_ITEM} names the wear groups (brake linings, wiper blades...).
 *       A failure in such a group is not covered, except within the wear item's own {@link
 *       #qualityPeriod()} when the policy states one (SAMR Order 43 Art. 19: wear parts are
 *       covered within their own stated quality period).
 *   <li>Every other kind excludes a failure of one of its groups (or of any group, when {@link
 *       #componentGroups()} is empty) only when the failure carries a {@link Causation#CAUSAL}
 *       {@link Finding} of that kind. {@link ExclusionKind#LACK_OF_MAINTENANCE} further needs a
 *       gap in the maintenance records when the policy has a {@link MaintenanceSchedule}.
 *   <li>Aftermarket parts and outside service ({@link ExclusionKind#isThirdParty()}) are not
 *       policy exclusions: the law lets a causal one exclude the affected component and forbids
 *       anything more (15 USC 2302(c), 16 CFR 700.10, SAMR Order 43 Art. 32, EU block-exemption
 *       guidelines), so a policy may not list them.
 * </ul>
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableExclusion.class)
@JsonDeserialize(as = ImmutableExclusion.class)
public abstract class Exclusion {

  Exclusion() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Exclusion}; {@code build()} validates. */
  public static final class Builder extends ImmutableExclusion.Builder {
    Builder() {}
  }

  /**
   * An exclusion of a kind for every component group.
   *
   * @param kind the kind, not a wear item
   * @return the exclusion
   */
  public static Exclusion of(ExclusionKind kind) {
    return builder().kind(kind).build();
  }

  /**
   * A wear-item exclusion for one group, without a quality period.
   *
   * @param group the wear group
   * @return the exclusion
   */
  public static Exclusion wearItem(ComponentGroup group) {
    return builder().kind(ExclusionKind.WEAR_ITEM).addComponentGroup(group).build();
  }

  /**
   * A wear-item exclusion for one group, covered within its own quality period.
   *
   * @param group the wear group
   * @param qualityPeriod the wear item's own quality period from the warranty start
   * @return the exclusion
   */
  public static Exclusion wearItem(ComponentGroup group, CoverageLimits qualityPeriod) {
    return builder()
        .kind(ExclusionKind.WEAR_ITEM)
        .addComponentGroup(group)
        .qualityPeriod(qualityPeriod)
        .build();
  }

  /**
   * The kind of exclusion.
   *
   * @return the kind
   */
  public abstract ExclusionKind kind();

  /**
   * The groups it applies to, sorted; empty for every group (not allowed for wear items).
   *
   * @return the groups
   */
  @Value.NaturalOrder
  public abstract SortedSet<ComponentGroup> componentGroups();

  /**
   * For a wear item: its own quality period from the warranty start, within which it is covered.
   *
   * @return the quality period
   */
  public abstract Optional<CoverageLimits> qualityPeriod();

  /**
   * Whether the exclusion is about a group.
   *
   * @param group a component group
   * @return {@code true} when it names the group or names none
   */
  public boolean appliesTo(ComponentGroup group) {
    return componentGroups().isEmpty() || componentGroups().contains(group);
  }

  @Value.Check
  final void check() {
    Checks.require(
        !kind().isThirdParty(),
        "kind",
        WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS,
        "%s cannot be a policy exclusion: only damage it caused is excluded, always"
            + " (15 USC 2302(c), SAMR Order 43 Art. 32)",
        kind());
    boolean wear = kind() == ExclusionKind.WEAR_ITEM;
    Checks.require(
        !wear || !componentGroups().isEmpty(),
        "componentGroups",
        CoreErrorCode.REQUIRED_FIELD,
        "a WEAR_ITEM exclusion must name its component groups");
    Checks.require(
        wear || qualityPeriod().isEmpty(),
        "qualityPeriod",
        WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS,
        "only a WEAR_ITEM exclusion has a quality period, not %s",
        kind());
  }
}

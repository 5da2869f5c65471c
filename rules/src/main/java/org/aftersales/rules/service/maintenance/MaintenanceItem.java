package org.aftersales.rules.service.maintenance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.rules.service.ServiceErrorCode;
import org.immutables.value.Value;

/**
 * One item of a maintenance plan (保养项目): an oil change, the first service (首保), brake fluid, a
 * traction-battery check.
 *
 * <p><b>When it is due.</b> Until the item has been performed, it is due {@link #first()} after
 * the vehicle's delivery (or, without a first interval, {@link #every()} after delivery). Once
 * performed, it is due {@link #every()} after the last time. An item without a repeat interval
 * is <em>one-time</em>: the first service is the typical one, due for instance 5,000 km or 6 months
 * after delivery and never again.
 *
 * <p><b>Severe service.</b> {@link #severe()} gives, per {@link SevereCondition}, an interval that
 * applies when the vehicle is under that condition. A variant can only tighten: each of its
 * limits replaces the normal one when it comes first; a limit it lacks leaves the normal one as
 * it is. Under several conditions the earliest limit of all of them wins.
 *
 * <p>Rules: the code is upper snake case, for example {@code OIL_SERVICE}; the description is
 * non-blank (at most 200 characters); at least one of {@link #first()} and {@link #every()}
 * ({@link ServiceErrorCode#MAINTENANCE_INTERVAL_MISSING}). {@link #powertrains()} restricts the
 * item to some powertrains (spark plugs for ICE only); empty means all. Immutable and
 * thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableMaintenanceItem.class)
@JsonDeserialize(as = ImmutableMaintenanceItem.class)
public abstract class MaintenanceItem {

  MaintenanceItem() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaintenanceItem}; {@code build()} validates. */
  public static final class Builder extends ImmutableMaintenanceItem.Builder {
    Builder() {}
  }

  /**
   * The item's code, unique within its plan, upper snake case.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * What the item is, as told to the customer.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The interval from delivery to the first time the item is due, if it differs from {@link
   * #every()}.
   *
   * @return the first interval
   */
  public abstract Optional<ServiceInterval> first();

  /**
   * The interval from one performance to the next; empty for a one-time item.
   *
   * @return the repeat interval
   */
  public abstract Optional<ServiceInterval> every();

  /**
   * Tighter intervals under severe conditions.
   *
   * @return the variants by condition
   */
  @Value.NaturalOrder
  public abstract SortedMap<SevereCondition, ServiceInterval> severe();

  /**
   * The powertrains the item applies to; empty for all.
   *
   * @return the powertrains
   */
  @Value.NaturalOrder
  public abstract SortedSet<Powertrain> powertrains();

  /**
   * Whether the item is done once only (no repeat interval), like the first service.
   *
   * @return {@code true} for a one-time item
   */
  @JsonIgnore
  public boolean isOneTime() {
    return every().isEmpty();
  }

  /**
   * Whether the item applies to a powertrain.
   *
   * @param powertrain the vehicle's powertrain
   * @return {@code true} when {@link #powertrains()} is empty or contains it
   */
  public boolean appliesTo(Powertrain powertrain) {
    return powertrains().isEmpty() || powertrains().contains(powertrain);
  }

  @Value.Check
  final MaintenanceItem normalise() {
    Checks.requireCode(code(), "code");
    String description = Checks.requireText(description(), "description", 200);
    Checks.require(
        first().isPresent() || every().isPresent(),
        "every",
        ServiceErrorCode.MAINTENANCE_INTERVAL_MISSING,
        "maintenance item %s needs a first interval, a repeat interval or both",
        code());
    if (description.equals(description())) {
      return this;
    }
    return builder().from(this).description(description).build();
  }
}

package org.aftersales.rules.service.maintenance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.vehicle.OdometerHistory;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.VehicleUsage;
import org.immutables.value.Value;

/**
 * What the dealer knows about one vehicle for maintenance planning (客户档案, seed 001: "the
 * customer file holds the maintenance cycle and the next maintenance date"): the vehicle, its
 * customer, its odometer readings, the maintenance items performed and the severe conditions it
 * is used under.
 *
 * <p>The odometer history is core's {@link OdometerHistory}: chronological, no rollback except a
 * flagged cluster replacement. Performed services may come in any order. {@link
 * #effectiveConditions()} adds {@link SevereCondition#TAXI} for a vehicle used as a taxi.
 * Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableVehicleServiceRecord.class)
@JsonDeserialize(as = ImmutableVehicleServiceRecord.class)
public abstract class VehicleServiceRecord {

  VehicleServiceRecord() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VehicleServiceRecord}. */
  public static final class Builder extends ImmutableVehicleServiceRecord.Builder {
    Builder() {}
  }

  /**
   * The vehicle.
   *
   * @return the vehicle
   */
  public abstract Vehicle vehicle();

  /**
   * The customer to contact, if known. A customer whose preferred channel is {@code NONE} is left
   * out of proactive appointment lists.
   *
   * @return the customer
   */
  public abstract Optional<CustomerRef> customer();

  /**
   * The odometer readings; empty by default.
   *
   * @return the history
   */
  @Value.Default
  public OdometerHistory odometer() {
    return OdometerHistory.empty();
  }

  /**
   * The maintenance items performed, in any order.
   *
   * @return the records
   */
  public abstract List<PerformedService> performed();

  /**
   * Severe conditions declared for this vehicle.
   *
   * @return the conditions
   */
  @Value.NaturalOrder
  public abstract SortedSet<SevereCondition> severeConditions();

  /**
   * The declared conditions plus {@link SevereCondition#TAXI} when the vehicle's usage is {@link
   * VehicleUsage#TAXI}.
   *
   * @return the conditions that apply, in enum order
   */
  public Set<SevereCondition> effectiveConditions() {
    if (vehicle().usage() != VehicleUsage.TAXI || severeConditions().contains(SevereCondition.TAXI)) {
      return severeConditions();
    }
    EnumSet<SevereCondition> all = EnumSet.of(SevereCondition.TAXI);
    all.addAll(severeConditions());
    return java.util.Collections.unmodifiableSet(all);
  }
}

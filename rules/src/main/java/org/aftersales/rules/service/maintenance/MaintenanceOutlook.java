package org.aftersales.rules.service.maintenance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.vehicle.Vin;
import org.immutables.value.Value;

/**
 * Every maintenance item of a plan for one vehicle on one day: when each is due and how urgent it
 * is, what the advisor tells the customer at delivery ("state the next service date and
 * mileage", DOMAIN §2 step 8) and what the proactive list is built from.
 *
 * <p>{@link #services()} are sorted by due date, then item code. Items that cannot be scheduled
 * (a one-time item already done, a vehicle not yet delivered, a distance-only item without any
 * odometer information) are left out and explained in {@link #notes()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableMaintenanceOutlook.class)
@JsonDeserialize(as = ImmutableMaintenanceOutlook.class)
public abstract class MaintenanceOutlook {

  MaintenanceOutlook() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaintenanceOutlook}. */
  public static final class Builder extends ImmutableMaintenanceOutlook.Builder {
    Builder() {}
  }

  /**
   * The vehicle.
   *
   * @return the VIN
   */
  public abstract Vin vin();

  /**
   * The plan.
   *
   * @return the plan's id
   */
  public abstract String planId();

  /**
   * The day the outlook is for.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The mileage forecast used.
   *
   * @return the forecast
   */
  public abstract MileageForecast forecast();

  /**
   * The scheduled items, by due date then code.
   *
   * @return the items
   */
  public abstract List<DueService> services();

  /**
   * Items left out, and why.
   *
   * @return the notes
   */
  public abstract List<Reason> notes();

  /**
   * The item due first.
   *
   * @return the item, or empty when none is scheduled
   */
  public Optional<DueService> next() {
    return services().isEmpty() ? Optional.empty() : Optional.of(services().get(0));
  }
}

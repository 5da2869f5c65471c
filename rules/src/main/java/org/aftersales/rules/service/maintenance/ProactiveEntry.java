package org.aftersales.rules.service.maintenance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.vehicle.Vin;
import org.immutables.value.Value;

/**
 * One vehicle to call on a proactive appointment list: the services due in the window (sorted by
 * due date, then code), the earliest due date, the day to call and why. One entry per vehicle, so
 * that the customer gets one call for everything due. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableProactiveEntry.class)
@JsonDeserialize(as = ImmutableProactiveEntry.class)
public abstract class ProactiveEntry {

  ProactiveEntry() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProactiveEntry}. */
  public static final class Builder extends ImmutableProactiveEntry.Builder {
    Builder() {}
  }

  /**
   * The vehicle.
   *
   * @return the VIN
   */
  public abstract Vin vin();

  /**
   * The customer to call, if known.
   *
   * @return the customer
   */
  public abstract Optional<CustomerRef> customer();

  /**
   * The plan the services come from.
   *
   * @return the plan's id
   */
  public abstract String planId();

  /**
   * The earliest due date of {@link #services()}.
   *
   * @return the date
   */
  public abstract LocalDate dueDate();

  /**
   * The day to call the customer.
   *
   * @return the date
   */
  public abstract LocalDate contactDate();

  /**
   * The services due in the window, by due date then code.
   *
   * @return the services, at least one
   */
  public abstract List<DueService> services();

  /**
   * Why this contact date.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();
}

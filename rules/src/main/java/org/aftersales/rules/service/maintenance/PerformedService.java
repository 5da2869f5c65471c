package org.aftersales.rules.service.maintenance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.vehicle.Distance;
import org.immutables.value.Value;

/**
 * A maintenance item performed on a vehicle, here or elsewhere (the dealer may not refuse
 * warranty because the customer serviced elsewhere, DOMAIN §3.1 Art. 32): which item, on which
 * date, at what odometer value.
 *
 * <p>The odometer is the value the instrument cluster showed that day. Without it, the distance
 * part of the next interval is counted from the forecast's estimate for that date. The item code
 * is upper snake case; codes that are not in a plan are ignored by it. Immutable and thread-safe;
 * build with {@link #builder()} or {@link #of}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePerformedService.class)
@JsonDeserialize(as = ImmutablePerformedService.class)
public abstract class PerformedService {

  PerformedService() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PerformedService}; {@code build()} validates. */
  public static final class Builder extends ImmutablePerformedService.Builder {
    Builder() {}
  }

  /**
   * An item performed on a date at an odometer value.
   *
   * @param itemCode the plan item's code
   * @param date the date
   * @param odometer the odometer that day
   * @return the record
   */
  public static PerformedService of(String itemCode, LocalDate date, Distance odometer) {
    return builder().itemCode(itemCode).date(date).odometer(odometer).build();
  }

  /**
   * The code of the plan item performed.
   *
   * @return the code
   */
  public abstract String itemCode();

  /**
   * The shop's local date it was performed.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The odometer that day, if recorded.
   *
   * @return the odometer
   */
  public abstract Optional<Distance> odometer();

  @Value.Check
  final void check() {
    Checks.requireCode(itemCode(), "itemCode");
  }
}

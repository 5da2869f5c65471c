package org.aftersales.rules.service.maintenance;

import java.time.LocalDate;
import org.aftersales.core.Checks;
import org.aftersales.core.vehicle.Distance;

/**
 * An odometer value on a date, read or estimated. Immutable and thread-safe.
 *
 * @param date the shop's local date
 * @param distance the odometer value
 */
public record DatedDistance(LocalDate date, Distance distance) {

  /** Validates that both components are present. */
  public DatedDistance {
    Checks.requireNonNull(date, "date");
    Checks.requireNonNull(distance, "distance");
  }
}

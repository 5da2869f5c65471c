package org.aftersales.rules.warranty;

import java.time.LocalDate;
import org.aftersales.core.Checks;
import org.aftersales.core.vehicle.Distance;

/**
 * When and at what odometer the failed part was installed by an earlier repair; a {@link
 * CoverageKind#REPLACED_PARTS} coverage runs from here. Immutable and thread-safe.
 *
 * @param date the installation date
 * @param odometer the odometer at installation
 */
public record PartInstallation(LocalDate date, Distance odometer) {

  /** Validates that both components are present. */
  public PartInstallation {
    Checks.requireNonNull(date, "date");
    Checks.requireNonNull(odometer, "odometer");
  }
}

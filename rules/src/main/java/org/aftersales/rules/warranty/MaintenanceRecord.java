package org.aftersales.rules.warranty;

import java.time.LocalDate;
import java.util.Comparator;
import org.aftersales.core.Checks;
import org.aftersales.core.vehicle.Distance;

/**
 * A scheduled maintenance the vehicle received: when, at what odometer, and whether in the
 * authorised network. Maintenance outside the network counts exactly like maintenance inside it
 * (16 CFR 700.10; SAMR Order 43 Art. 32; EU block-exemption guidelines); {@link #inNetwork()} is
 * kept for the record and for reasons, never to refuse. Immutable and thread-safe.
 *
 * @param date the date of the maintenance
 * @param odometer the odometer at the maintenance
 * @param inNetwork whether an authorised dealer did it
 */
public record MaintenanceRecord(LocalDate date, Distance odometer, boolean inNetwork) {

  /** Chronological order: by date, then odometer, then network before outside. */
  public static final Comparator<MaintenanceRecord> CHRONOLOGICAL =
      Comparator.comparing(MaintenanceRecord::date)
          .thenComparing(MaintenanceRecord::odometer)
          .thenComparing(r -> !r.inNetwork());

  /** Validates that date and odometer are present. */
  public MaintenanceRecord {
    Checks.requireNonNull(date, "date");
    Checks.requireNonNull(odometer, "odometer");
  }
}

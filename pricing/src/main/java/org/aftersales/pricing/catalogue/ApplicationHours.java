package org.aftersales.pricing.catalogue;

import org.aftersales.core.Checks;
import org.aftersales.core.quantity.Hours;

/**
 * The flat-rate hours of a labour operation for the vehicles of one application, for example
 * 1.8 h for "BYD Seal, BEV" where the generic time is 1.5 h. Immutable and thread-safe.
 *
 * @param application the vehicles
 * @param hours the flat-rate (book) hours for them
 */
public record ApplicationHours(VehicleApplication application, Hours hours) {

  /** Validates that both components are present. */
  public ApplicationHours {
    Checks.requireNonNull(application, "application");
    Checks.requireNonNull(hours, "hours");
  }
}

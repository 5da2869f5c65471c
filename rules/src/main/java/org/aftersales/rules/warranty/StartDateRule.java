package org.aftersales.rules.warranty;

import java.time.LocalDate;
import java.util.Optional;
import org.aftersales.core.vehicle.Vehicle;

/** Which date of the vehicle a policy's coverages run from. */
public enum StartDateRule {
  /**
   * The invoice date, or the delivery date when that differs (SAMR Order 43 Art. 18, DOMAIN §3.1):
   * {@link Vehicle#warrantyStartDate()}, the delivery date when known, else the invoice date.
   */
  DELIVERY_OR_INVOICE,
  /** The purchase invoice date only (the repealed AQSIQ Order 150 counted from the invoice). */
  INVOICE_DATE,
  /** The delivery (in-service) date only, as most US manufacturers write it. */
  DELIVERY_DATE;

  /**
   * The start date of a vehicle under this rule.
   *
   * @param vehicle the vehicle
   * @return the start date, or empty when the vehicle has no such date (not sold yet)
   */
  public Optional<LocalDate> startOf(Vehicle vehicle) {
    switch (this) {
      case INVOICE_DATE:
        return vehicle.invoiceDate();
      case DELIVERY_DATE:
        return vehicle.deliveryDate();
      default:
        return vehicle.warrantyStartDate();
    }
  }
}

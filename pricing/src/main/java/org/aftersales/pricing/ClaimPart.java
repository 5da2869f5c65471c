package org.aftersales.pricing;

import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.Quantity;

/**
 * A part on a warranty claim, reimbursed at dealer cost plus handling. Immutable and thread-safe.
 *
 * @param partNumber the part number
 * @param quantity the quantity used, above zero, in the price list's unit
 */
public record ClaimPart(PartNumber partNumber, Quantity quantity) {

  /** Validates the components. */
  public ClaimPart {
    Checks.requireNonNull(partNumber, "partNumber");
    Checks.requireNonNull(quantity, "quantity");
    Checks.require(
        !quantity.isZero(),
        "quantity",
        CoreErrorCode.NON_POSITIVE_QUANTITY,
        "quantity of part %s must be > 0",
        partNumber);
  }
}

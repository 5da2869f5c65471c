package org.aftersales.rules.parts;

import org.aftersales.core.Checks;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.Quantity;

/**
 * Stock of an old (superseded) number, to be issued before the newest number's own stock.
 *
 * <p>Immutable and thread-safe.
 *
 * @param partNumber the old number
 * @param onHand its stock on hand
 */
public record SupersededStock(PartNumber partNumber, Quantity onHand) {

  /** Validates that both components are present. */
  public SupersededStock {
    Checks.requireNonNull(partNumber, "partNumber");
    Checks.requireNonNull(onHand, "onHand");
  }
}

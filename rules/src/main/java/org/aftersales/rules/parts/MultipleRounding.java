package org.aftersales.rules.parts;

/**
 * How a min/max order quantity ({@code max - forecast}) is rounded to the order multiple (DOMAIN
 * §5; Odoo {@code stock.warehouse.orderpoint}).
 *
 * <p>Quantities needed for a booked appointment are always rounded {@link #UP}: rounding them down
 * would leave the customer's car without its part.
 */
public enum MultipleRounding {
  /** Up to the next multiple, as Odoo does: the stock may end above max by less than a multiple. */
  UP,
  /**
   * Down to the multiple below, so the stock does not exceed max; but never below one multiple,
   * because the forecast is below min and ordering nothing would leave it there.
   */
  DOWN
}

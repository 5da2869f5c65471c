package org.aftersales.rules.parts;

/**
 * Where a part number stands in the stocking program (DOMAIN §5), as the {@link
 * StockingClassifier} decides it.
 */
public enum StockingClass {
  /** Carried in stock and replenished by min/max. */
  STOCK,
  /** Not stocked: ordered only as a special order for a repair order or an appointment. */
  NON_STOCK,
  /** Has stock on hand that has not sold for the obsolescence period: dead stock. */
  OBSOLETE,
  /** Replaced by a newer number; its remaining stock is issued first, it is never ordered. */
  SUPERSEDED
}

package org.aftersales.rules.parts;

/**
 * The parts manager's stocking instruction for a part number, kept in the part master. {@link
 * #AUTOMATIC} lets the {@link StockingClassifier} decide from demand; the others override it.
 */
public enum StockingMode {
  /** Stock or not as demand says: phase-in, phase-out and obsolescence rules apply. */
  AUTOMATIC,
  /** Always carried in stock (a manufacturer's mandatory stock list, a campaign part). */
  ALWAYS_STOCK,
  /** Never stocked: ordered only as a special order for a repair order or an appointment. */
  NON_STOCK,
  /** Never ordered again (discontinued without successor, recalled); stock is sold down. */
  DO_NOT_ORDER
}

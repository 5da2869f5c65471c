package org.aftersales.core.quantity;

/** The unit a part is counted in. Pieces, sets and kits are whole numbers. */
public enum UnitOfMeasure {
  /** Single parts: filters, bulbs, pads (whole numbers only). */
  PIECE(true),
  /** Matched sets, such as a pair of wiper blades (whole numbers only). */
  SET(true),
  /** Kits, such as a timing-belt kit (whole numbers only). */
  KIT(true),
  /** Fluids: oil, coolant, brake fluid. */
  LITRE(false),
  /** Hoses, cable and tape sold by length. */
  METRE(false),
  /** Greases, refrigerant and other goods sold by weight. */
  KILOGRAM(false);

  private final boolean whole;

  UnitOfMeasure(boolean whole) {
    this.whole = whole;
  }

  /**
   * Whether quantities in this unit must be whole numbers.
   *
   * @return {@code true} for pieces, sets and kits
   */
  public boolean isWhole() {
    return whole;
  }
}

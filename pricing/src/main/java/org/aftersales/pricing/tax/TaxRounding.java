package org.aftersales.pricing.tax;

/**
 * Where tax is rounded to the currency's increment. Line amounts themselves are always rounded to
 * the increment when they are priced.
 */
public enum TaxRounding {
  /**
   * Each line's tax (each payer's share of each line) is rounded, and the tax of a rate is the sum
   * of those (as on a Chinese VAT invoice, where every item shows its own tax).
   */
  PER_LINE,
  /** The tax of each rate is computed on the sum of the lines at that rate and rounded once. */
  PER_TOTAL
}

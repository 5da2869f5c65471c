package org.aftersales.pricing.catalogue;

/** Where a part's selling price comes from. */
public enum PartPricingBasis {
  /**
   * The list price of the price list; parts without a list price are priced from dealer cost
   * with the markup matrix.
   */
  LIST_PRICE,
  /** Always dealer cost plus the markup matrix's percentage for the cost band. */
  COST_PLUS_MATRIX
}

package org.aftersales.pricing.tax;

/** Whether the prices of a profile (rates, list prices, fees) include the tax. */
public enum TaxInclusion {
  /** Prices are net; tax is added on top (US sales tax, most B2B price lists). */
  EXCLUSIVE,
  /**
   * Prices include VAT (Chinese retail prices, 含税价); the tax is the part of the price above
   * {@code price / (1 + rate)}.
   */
  INCLUSIVE
}

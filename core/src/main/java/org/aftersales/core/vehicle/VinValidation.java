package org.aftersales.core.vehicle;

/** How strictly {@link Vin#parse(String, VinValidation)} checks a VIN. */
public enum VinValidation {
  /**
   * The check digit at position 9 must match (49 CFR 565.15 for North America, GB 16735 for
   * China) and position 10 must be a model-year code. The default.
   */
  STRICT,
  /**
   * Length and alphabet only, for markets whose VINs carry no check digit (most of Europe under
   * ISO 3779 alone); position 9 and 10 may hold any allowed character.
   */
  LENIENT
}

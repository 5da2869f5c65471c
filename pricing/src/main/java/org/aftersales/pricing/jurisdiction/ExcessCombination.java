package org.aftersales.pricing.jurisdiction;

/** How a consent rule with both a percentage and an amount combines them. */
public enum ExcessCombination {
  /** The smaller of the two is allowed (Colorado: the lesser of 10% or $25). */
  LESSER,
  /** The larger of the two is allowed (Florida: the greater of $10 or 10%). */
  GREATER
}

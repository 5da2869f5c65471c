package org.aftersales.pricing;

/** Why a discount applied to an estimate. */
public enum DiscountTrigger {
  /** A standing profile discount without a tier or campaign. */
  AUTOMATIC,
  /** The customer's loyalty tier. */
  LOYALTY_TIER,
  /** A campaign code presented with the request. */
  CAMPAIGN,
  /** An advisor's discount entered on the request. */
  MANUAL
}

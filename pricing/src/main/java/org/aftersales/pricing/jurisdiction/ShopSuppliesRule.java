package org.aftersales.pricing.jurisdiction;

/** What a jurisdiction says about a generic "shop supplies" charge (DOMAIN §4). */
public enum ShopSuppliesRule {
  /** A shop-supplies fee may be charged. */
  ALLOWED,
  /**
   * A shop-supplies fee may be charged only if it is disclosed on the estimate (Florida); the
   * estimate then carries a disclosure warning.
   */
  DISCLOSURE_REQUIRED,
  /**
   * No generic shop-supplies line (California, 16 CCR 3353): a profile with a shop-supplies fee
   * is refused.
   */
  FORBIDDEN
}

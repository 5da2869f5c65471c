package org.aftersales.core.order;

/** Where a part on a repair order comes from. */
public enum PartSource {
  /** The dealer's stock. */
  STOCK,
  /** Ordered for this vehicle (special order). */
  SPECIAL_ORDER,
  /**
   * Brought by the customer: carries no price from the dealer and no quality guarantee, and the
   * repair order says so (DOMAIN §2 step 4).
   */
  CUSTOMER_SUPPLIED
}

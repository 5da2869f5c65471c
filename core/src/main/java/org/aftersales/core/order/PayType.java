package org.aftersales.core.order;

/** Who pays for a job or a share of it (DOMAIN §4 "Pay types"). */
public enum PayType {
  /** The customer. */
  CUSTOMER,
  /** The manufacturer, through a warranty claim (索赔). */
  WARRANTY,
  /** The dealership itself. */
  INTERNAL,
  /** The manufacturer or dealer as a goodwill gesture beyond the warranty. */
  GOODWILL,
  /** An insurer, for accident repairs. */
  INSURANCE
}

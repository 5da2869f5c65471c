package org.aftersales.pricing;

/** The kinds of fee a pricing profile can charge (DOMAIN §4). */
public enum FeeKind {
  /** Shop supplies: a percentage of labour, with an optional cap. */
  SHOP_SUPPLIES,
  /** A flat fee, such as an environmental or hazardous-waste fee. */
  FLAT,
  /** A diagnostic fee, waived when the customer authorizes the repair. */
  DIAGNOSTIC
}

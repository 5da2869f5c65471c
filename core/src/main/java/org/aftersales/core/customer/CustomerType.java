package org.aftersales.core.customer;

/** Who the customer is, which decides pay types and follow-up duties. */
public enum CustomerType {
  /** A private person. */
  INDIVIDUAL,
  /** A fleet or business customer. */
  FLEET,
  /** The dealership itself (used-car reconditioning, demonstrators): internal pay. */
  INTERNAL
}

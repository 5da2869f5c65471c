package org.aftersales.pricing;

import org.aftersales.core.ErrorCode;

/**
 * Error codes raised by the pricing module for requests and profiles that cannot be priced.
 * Generic rules (negative quantities, currency mismatches, splits not adding up to 100%, a
 * percentage outside 0–100) keep their {@link org.aftersales.core.CoreErrorCode}.
 */
public enum PricingErrorCode implements ErrorCode {
  /** A labour op code of a request is not in the profile's labour catalogue. */
  LABOUR_OP_NOT_IN_CATALOGUE("a labour op code is not in the labour catalogue"),
  /** A labour operation has no flat-rate hours for the request's vehicle. */
  LABOUR_HOURS_NOT_FOR_VEHICLE("a labour operation has no hours for this vehicle"),
  /** No labour rate is defined for a skill and pay type. */
  LABOUR_RATE_MISSING("no labour rate for a skill and pay type"),
  /** Every labour rate for a skill and pay type ended before the estimate's date. */
  LABOUR_RATE_EXPIRED("the labour rate expired before the estimate's date"),
  /** Every labour rate for a skill and pay type starts after the estimate's date. */
  LABOUR_RATE_NOT_YET_VALID("the labour rate is not yet valid on the estimate's date"),
  /** A part number of a request is not in the profile's price list. */
  PART_NOT_IN_PRICE_LIST("a part number is not in the price list"),
  /** Every price of a part ended before the estimate's date. */
  PART_PRICE_EXPIRED("the part's price expired before the estimate's date"),
  /** Every price of a part starts after the estimate's date. */
  PART_PRICE_NOT_YET_VALID("the part's price is not yet valid on the estimate's date"),
  /** A request names an origin for a dealer part that differs from the price list's. */
  PART_ORIGIN_MISMATCH("the requested origin differs from the price list's"),
  /** A system estimate names no vehicle system. */
  ESTIMATE_SYSTEM_REQUIRED("a system estimate needs the vehicle system"),
  /** A system estimate has an operation of another vehicle system. */
  OPERATION_OUTSIDE_SYSTEM("a labour operation belongs to another vehicle system"),
  /** A campaign code of a request matches no discount rule of the profile. */
  DISCOUNT_CAMPAIGN_UNKNOWN("a campaign code matches no discount rule"),
  /** A campaign code's discount rules are not effective on the estimate's date. */
  DISCOUNT_CAMPAIGN_EXPIRED("a campaign is not effective on the estimate's date"),
  /** A discount names a job or line the request does not have. */
  DISCOUNT_TARGET_UNKNOWN("a discount names a job or line that does not exist"),
  /** A discount or fee has neither or both of a percentage and an amount, or lacks a target. */
  TERMS_INVALID("a discount's or fee's terms are incomplete or contradictory"),
  /** A payer share of the customer carries a cap (the customer pays whatever others do not). */
  CUSTOMER_SHARE_CAPPED("the customer's payer share cannot be capped"),
  /** The jurisdiction forbids a generic shop-supplies fee but the profile has one. */
  SHOP_SUPPLIES_FORBIDDEN("the jurisdiction forbids a generic shop-supplies line"),
  /** The profile's total rounding does not fit its line rounding. */
  ROUNDING_INCONSISTENT("the total rounding increment is not a multiple of the line increment"),
  /** A settlement's authorized estimate was made with another profile or currency. */
  ESTIMATE_PROFILE_MISMATCH("the authorized estimate was made with another profile");

  private final String description;

  PricingErrorCode(String description) {
    this.description = description;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String description() {
    return description;
  }
}

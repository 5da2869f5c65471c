package org.aftersales.pricing.catalogue;

import org.aftersales.core.ErrorCode;

/**
 * Error codes for inconsistent price data: the catalogue, rate card and price list of a pricing
 * profile. Raised as {@link org.aftersales.core.PolicyException}s when the data is built or read.
 */
public enum CatalogueErrorCode implements ErrorCode {
  /** Two versions of the same price or rate are effective on a common date. */
  PRICE_VALIDITY_OVERLAP("two versions of one price or rate are effective on the same date"),
  /** A markup matrix does not start at a cost of zero or its bands are not in ascending order. */
  MARKUP_BANDS_INVALID("markup bands must start at cost 0 and ascend strictly"),
  /** A part has no list price and the price list has no markup matrix to price it from cost. */
  PART_PRICE_UNDEFINED("a part can be priced neither from a list price nor from a markup matrix"),
  /** A labour operation has neither generic hours nor any hours for a vehicle application. */
  LABOUR_HOURS_UNDEFINED("a labour operation has no flat-rate hours at all");

  private final String description;

  CatalogueErrorCode(String description) {
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

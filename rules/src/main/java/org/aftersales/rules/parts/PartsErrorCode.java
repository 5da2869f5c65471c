package org.aftersales.rules.parts;

import org.aftersales.core.ErrorCode;

/**
 * The error codes of parts planning: part masters, demand histories, positions, supplier lead
 * times, reorder and stocking settings (DOMAIN §2 parts logistics, §5). Every code is unique
 * across the library and never changes meaning; hosts may switch on {@link #code()}.
 *
 * <p>Parts inputs also raise core codes where those fit: {@code NEGATIVE_QUANTITY} for negative
 * stock or demand, {@code UNIT_MISMATCH} for mixed units, {@code CURRENCY_MISMATCH}, {@code
 * DUPLICATE_ID}, {@code UNKNOWN_REFERENCE}, {@code FRACTIONAL_QUANTITY} and {@code DATE_ORDER}.
 */
public enum PartsErrorCode implements ErrorCode {
  /** A supplier lead time (stock days, urgent hours, emergency minutes) is zero or less. */
  PARTS_LEAD_TIME_NOT_POSITIVE("a supplier lead time is zero or less"),
  /** Lead times contradict each other: an emergency order slower than an urgent one. */
  PARTS_LEAD_TIMES_INCONSISTENT("an emergency lead time is longer than the urgent one"),
  /** A lead time is longer than the documented maximum. */
  PARTS_LEAD_TIME_TOO_LONG("a supplier lead time is longer than allowed"),
  /** A service level is not strictly between 0 and 1. */
  PARTS_SERVICE_LEVEL_OUT_OF_RANGE("a service level is not strictly between 0 and 1"),
  /** Following supersessions from a part number leads back to it. */
  PARTS_SUPERSESSION_CYCLE("part-number supersessions form a cycle"),
  /** An orderable part has an order multiple of 0. */
  PARTS_ORDER_MULTIPLE_REQUIRED("an orderable part needs an order multiple above 0"),
  /** Lost sales plus emergency purchases exceed the demand of a period, or hits do not fit. */
  PARTS_DEMAND_BREAKDOWN("a demand period's lost sales, emergency purchases or hits do not fit its demand"),
  /** A monthly demand period does not start on the first day of a month. */
  PARTS_PERIOD_START("a monthly demand period does not start on the first of a month"),
  /** A fixed minimum is above the fixed maximum, or only one of them is given. */
  PARTS_MIN_MAX("a fixed min/max pair is incomplete or its minimum exceeds its maximum"),
  /** Reorder settings are inconsistent: history window, cost per order, service levels. */
  PARTS_REORDER_SETTINGS("reorder settings are inconsistent"),
  /** Stocking settings are inconsistent: phase-in window, obsolescence, ABC shares, aging. */
  PARTS_STOCKING_SETTINGS("stocking settings are inconsistent");

  private final String description;

  PartsErrorCode(String description) {
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

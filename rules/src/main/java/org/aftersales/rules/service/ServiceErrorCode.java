package org.aftersales.rules.service;

import org.aftersales.core.ErrorCode;

/**
 * The error codes of maintenance plans, mileage forecasts, proactive appointment lists,
 * follow-up plans and service KPIs. Every code is unique across the library; hosts may switch on
 * {@link #code()}.
 *
 * <p>Some bad inputs are reported with core codes because core types already refuse them: a KPI
 * period whose end is before its start ({@code DATE_ORDER}, from {@code DateRange}), odometer
 * readings out of time order ({@code OUT_OF_ORDER}), amounts in different currencies ({@code
 * CURRENCY_MISMATCH}), two orders or items with one id ({@code DUPLICATE_ID}).
 */
public enum ServiceErrorCode implements ErrorCode {
  /** A maintenance interval of zero months/days or zero distance: the service would always be due. */
  MAINTENANCE_INTERVAL_ZERO("a maintenance interval is zero"),
  /** A maintenance interval is negative, mixes signs or is longer than the allowed maximum. */
  MAINTENANCE_INTERVAL_OUT_OF_RANGE("a maintenance interval is negative or too long"),
  /** An interval has neither a time nor a distance, or an item has neither a first nor a repeat interval. */
  MAINTENANCE_INTERVAL_MISSING("a maintenance interval or item has no limit at all"),
  /** A plan's applicability is contradictory, for example a first model year after the last. */
  MAINTENANCE_APPLICABILITY_INVALID("a maintenance plan's applicability is contradictory"),
  /** A plan was asked about a vehicle it does not apply to. */
  MAINTENANCE_PLAN_NOT_APPLICABLE("the maintenance plan does not apply to the vehicle"),
  /** A forecast, due-threshold or proactive-list setting is outside its documented range. */
  SERVICE_SETTING_OUT_OF_RANGE("a setting is outside its documented range"),
  /** A repair order's delivery is before the order was opened. */
  FOLLOW_UP_DELIVERY_BEFORE_OPENING("a delivery is before the opening of its order"),
  /** Follow-up planning was asked for an order that has not been delivered. */
  FOLLOW_UP_ORDER_NOT_DELIVERED("the repair order has not been delivered"),
  /**
   * Dates of a follow-up input are in an impossible order: a call before the delivery, an
   * escalation or answer before the request was raised.
   */
  FOLLOW_UP_DATE_ORDER("follow-up dates are in an impossible order"),
  /** A follow-up policy is inconsistent, for example a call window that ends before it starts. */
  FOLLOW_UP_POLICY_INVALID("a follow-up policy is inconsistent"),
  /** An invoice names a repair order that is not among the KPI input's orders. */
  KPI_UNKNOWN_ORDER("an invoice names an order that is not in the KPI input");

  private final String description;

  ServiceErrorCode(String description) {
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

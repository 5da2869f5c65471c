package org.aftersales.rules.warranty;

import org.aftersales.core.ErrorCode;

/**
 * The error codes of warranty policies and warranty requests (DOMAIN §3.4). Every code is unique
 * across the library; hosts may switch on {@link #code()}.
 */
public enum WarrantyErrorCode implements ErrorCode {
  /** A coverage, goodwill, usage or maintenance limit in months or distance is zero or negative. */
  WARRANTY_LIMIT_NOT_POSITIVE("a warranty limit in months or distance is zero or negative"),
  /** Two coverages of the same kind cover the same component group for the same vehicles. */
  WARRANTY_CONTRADICTORY_COVERAGES("two coverages of one kind cover the same component group"),
  /**
   * Policy terms contradict each other: two wear-item rules for one group, two usage restrictions
   * for one usage and coverage kind, goodwill tiers out of order, mixed deductible currencies.
   */
  WARRANTY_CONTRADICTORY_TERMS("warranty policy terms contradict each other"),
  /** A component group is not in the policy's catalogue. */
  WARRANTY_UNKNOWN_COMPONENT_GROUP("a component group is not in the policy's catalogue"),
  /** A failure is reported before the warranty started, or a part installed after the report. */
  WARRANTY_REPORT_DATE("a warranty request's dates are in an impossible order"),
  /** Odometer readings of a warranty request go backwards in time. */
  WARRANTY_ODOMETER_BACKWARDS("odometer readings of a warranty request go backwards");

  private final String description;

  WarrantyErrorCode(String description) {
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

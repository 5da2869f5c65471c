package org.aftersales.rules.claims;

import org.aftersales.core.ErrorCode;

/**
 * The error codes of warranty-claim input (bad input, not findings: findings are {@link
 * ClaimFindingCode}s). Every code is unique across the library.
 */
public enum ClaimErrorCode implements ErrorCode {
  /** A claim names a job that is not on its repair order. */
  CLAIM_JOB_NOT_ON_ORDER("a warranty claim names a job that is not on its repair order"),
  /** Claim rules are inconsistent: an operation code listed twice, a window of zero days. */
  CLAIM_RULES_INVALID("warranty-claim rules are inconsistent");

  private final String description;

  ClaimErrorCode(String description) {
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

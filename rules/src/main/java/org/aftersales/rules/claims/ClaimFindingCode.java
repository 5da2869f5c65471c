package org.aftersales.rules.claims;

/**
 * What a warranty-claim pre-check can find before the claim goes to the manufacturer (DOMAIN
 * §3.4: the 3C, causal part, labour operation codes, claimed vs allowed hours, odometer in/out,
 * replaced parts retained, submission window). Each finding has a {@link FindingSeverity}.
 */
public enum ClaimFindingCode {
  /** The job is not paid by warranty: neither a warranty job nor a warranty pay type or split. */
  NOT_A_WARRANTY_JOB,
  /** The job is not done. */
  JOB_NOT_DONE,
  /** The cause of the 3C is missing. */
  CAUSE_MISSING,
  /** The correction of the 3C is missing. */
  CORRECTION_MISSING,
  /** No causal part is named. */
  CAUSAL_PART_MISSING,
  /** Parts were replaced but the causal part is not among them. */
  CAUSAL_PART_NOT_ON_JOB,
  /** The job has no labour operation. */
  LABOUR_MISSING,
  /** A labour operation code is not in the manufacturer's catalogue. */
  UNKNOWN_OP_CODE,
  /** Claimed hours exceed the allowed hours and no justification is given. */
  HOURS_OVER_ALLOWED,
  /** Claimed hours exceed the allowed hours with a justification: the manufacturer will review. */
  HOURS_OVER_ALLOWED_JUSTIFIED,
  /** An aftermarket part is on the claim; warranty repairs use the manufacturer's parts. */
  AFTERMARKET_PART,
  /** A customer-supplied part is on the claim. */
  CUSTOMER_SUPPLIED_PART,
  /** Replaced parts are not retained for the manufacturer. */
  PARTS_NOT_RETAINED,
  /** The odometer at check-in is missing. */
  ODOMETER_IN_MISSING,
  /** The odometer at delivery is missing. */
  ODOMETER_OUT_MISSING,
  /** The odometer at delivery is below the odometer at check-in. */
  ODOMETER_OUT_BELOW_IN,
  /** More distance between check-in and delivery than a road test explains. */
  ODOMETER_IMPLAUSIBLE_DISTANCE,
  /** The repair is not completed (neither ready nor delivered). */
  REPAIR_NOT_COMPLETED,
  /** The claim is dated before the repair was completed. */
  SUBMITTED_BEFORE_COMPLETION,
  /** The claim is submitted after the manufacturer's submission window. */
  SUBMISSION_WINDOW_CLOSED
}

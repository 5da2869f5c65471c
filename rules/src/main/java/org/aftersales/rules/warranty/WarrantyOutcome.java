package org.aftersales.rules.warranty;

/** The outcome of a warranty decision (DOMAIN §2 step 3). */
public enum WarrantyOutcome {
  /** A coverage in force covers the failure: the manufacturer pays (less any deductible). */
  COVERED,
  /** No coverage pays: expired, void, excluded, or not a covered component. */
  NOT_COVERED,
  /** A coverage expired recently: the manufacturer (and dealer) pay a share as goodwill. */
  GOODWILL,
  /**
   * A coverage would pay, but a finding's role in the failure is undetermined: decide after
   * diagnosis, escalating to the manufacturer if still unclear (DOMAIN §2 step 3).
   */
  NEEDS_INSPECTION
}

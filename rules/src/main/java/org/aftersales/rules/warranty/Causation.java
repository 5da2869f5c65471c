package org.aftersales.rules.warranty;

/** Whether a finding caused the failure, as diagnosis established it. */
public enum Causation {
  /** Diagnosis shows the finding caused the failure: it excludes the affected component. */
  CAUSAL,
  /** Present, but diagnosis shows it did not cause the failure: it excludes nothing. */
  NOT_CAUSAL,
  /** Not yet established: the decision waits for inspection. */
  UNDETERMINED
}

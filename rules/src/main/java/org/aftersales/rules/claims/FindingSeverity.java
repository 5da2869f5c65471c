package org.aftersales.rules.claims;

/** How serious a pre-check finding is. */
public enum FindingSeverity {
  /** The manufacturer will reject the claim: fix before submitting. */
  ERROR,
  /** The claim may be submitted, but the manufacturer will review this point. */
  WARNING
}

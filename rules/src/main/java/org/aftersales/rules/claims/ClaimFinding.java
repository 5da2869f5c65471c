package org.aftersales.rules.claims;

import org.aftersales.core.Checks;
import org.aftersales.core.Reason;

/**
 * One finding of a warranty-claim pre-check: its code, its severity, and a reason with the
 * parameters (operation code, hours, dates, distances) and an English message. Immutable and
 * thread-safe.
 *
 * @param code what was found
 * @param severity error or warning
 * @param reason the explanation
 */
public record ClaimFinding(ClaimFindingCode code, FindingSeverity severity, Reason reason) {

  /** Validates that every component is present. */
  public ClaimFinding {
    Checks.requireNonNull(code, "code");
    Checks.requireNonNull(severity, "severity");
    Checks.requireNonNull(reason, "reason");
  }
}

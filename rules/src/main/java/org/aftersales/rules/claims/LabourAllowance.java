package org.aftersales.rules.claims;

import org.aftersales.core.Checks;
import org.aftersales.core.quantity.Hours;

/**
 * A labour operation of the manufacturer's warranty labour catalogue and the hours it allows.
 * Immutable and thread-safe.
 *
 * @param opCode the operation code, as on labour lines
 * @param allowedHours the hours the manufacturer pays
 */
public record LabourAllowance(String opCode, Hours allowedHours) {

  /** Validates the components. */
  public LabourAllowance {
    Checks.requireIdentifier(opCode, "opCode");
    Checks.requireNonNull(allowedHours, "allowedHours");
  }
}

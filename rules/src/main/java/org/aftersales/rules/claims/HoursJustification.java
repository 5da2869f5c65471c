package org.aftersales.rules.claims;

import org.aftersales.core.Checks;

/**
 * Why an operation took more than the allowed hours: "seized bolts, extra 0.5 h". Immutable and
 * thread-safe.
 *
 * @param opCode the labour operation
 * @param text the justification, non-blank, at most 500 characters
 */
public record HoursJustification(String opCode, String text) {

  /** Validates and trims the text. */
  public HoursJustification {
    Checks.requireIdentifier(opCode, "opCode");
    text = Checks.requireText(text, "text", 500);
  }
}

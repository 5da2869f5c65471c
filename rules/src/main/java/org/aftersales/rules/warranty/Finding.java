package org.aftersales.rules.warranty;

import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;

/**
 * A diagnostic finding about a failure that may exclude it, with whether it caused the failure:
 * "aftermarket air filter fitted, not causal", "accident damage to the front subframe, causal".
 *
 * <p>Only a {@link Causation#CAUSAL} finding excludes, and only the failure it is recorded on
 * (the affected component); {@link Causation#UNDETERMINED} sends the decision to inspection
 * (Magnuson-Moss 15 USC 2302(c), 16 CFR 700.10; SAMR Order 43 Art. 32; EU block-exemption
 * guidelines). {@link ExclusionKind#WEAR_ITEM} is not a finding: it follows from the component
 * group and the policy. Immutable and thread-safe.
 *
 * @param kind what was found, not {@link ExclusionKind#WEAR_ITEM}
 * @param causation whether it caused the failure
 */
public record Finding(ExclusionKind kind, Causation causation) {

  /** Validates the components. */
  public Finding {
    Checks.requireNonNull(kind, "kind");
    Checks.requireNonNull(causation, "causation");
    Checks.require(
        kind != ExclusionKind.WEAR_ITEM,
        "kind",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "WEAR_ITEM is not a finding: it follows from the component group and the policy");
  }

  /**
   * A finding that caused the failure.
   *
   * @param kind what was found
   * @return the finding
   */
  public static Finding causal(ExclusionKind kind) {
    return new Finding(kind, Causation.CAUSAL);
  }

  /**
   * A finding that is present but did not cause the failure.
   *
   * @param kind what was found
   * @return the finding
   */
  public static Finding notCausal(ExclusionKind kind) {
    return new Finding(kind, Causation.NOT_CAUSAL);
  }

  /**
   * A finding whose role in the failure is not yet established.
   *
   * @param kind what was found
   * @return the finding
   */
  public static Finding undetermined(ExclusionKind kind) {
    return new Finding(kind, Causation.UNDETERMINED);
  }
}

package org.aftersales.pricing.catalogue;

import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.quantity.Hours;

/**
 * Time two labour operations share (included, overlapping time): when both are on the same
 * repair order, {@code includedHours} of the {@code includedOpCode} are already done by {@code
 * opCode} and are deducted once (DOMAIN §4), for example removing the front bumper, which both
 * "replace headlamp" and "replace radiator" start with.
 *
 * <p>The deduction is taken from the included operation's line and is limited so that the order
 * never loses hours by gaining an operation: see {@link LabourCatalogue}. Immutable and
 * thread-safe.
 *
 * @param opCode the operation that includes the shared steps
 * @param includedOpCode the operation whose time is reduced
 * @param includedHours the shared time, above zero
 */
public record LabourOverlap(String opCode, String includedOpCode, Hours includedHours) {

  /** Validates the codes and the hours. */
  public LabourOverlap {
    Checks.requireIdentifier(opCode, "opCode");
    Checks.requireIdentifier(includedOpCode, "includedOpCode");
    Checks.requireNonNull(includedHours, "includedHours");
    Checks.require(
        !opCode.equals(includedOpCode),
        "includedOpCode",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "an operation cannot overlap itself: %s",
        opCode);
    Checks.require(
        !includedHours.isZero(),
        "includedHours",
        CoreErrorCode.NON_POSITIVE_QUANTITY,
        "includedHours of %s/%s must be > 0",
        opCode,
        includedOpCode);
  }
}

package org.aftersales.rules.consumerlaw;

import java.time.Instant;
import org.aftersales.core.Checks;
import org.aftersales.core.vehicle.Distance;

/**
 * The fault the customer reports now, not yet repaired: "still faulty after two replacements", "a
 * new serious safety fault". SAMR Order 43 Art. 24(1)–(3) need it (or a later repair) to show the
 * fault persists. Immutable and thread-safe.
 *
 * @param facts the fault
 * @param at when it was reported
 * @param odometer the odometer at the report
 */
public record ReportedFault(FaultFacts facts, Instant at, Distance odometer) {

  /** Validates that every component is present. */
  public ReportedFault {
    Checks.requireNonNull(facts, "facts");
    Checks.requireNonNull(at, "at");
    Checks.requireNonNull(odometer, "odometer");
  }
}

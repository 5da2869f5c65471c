package org.aftersales.core.order;

import java.time.Instant;
import org.aftersales.core.Checks;

/**
 * A follow-up call after delivery (回访, DOMAIN §2 step 9): when, whether the customer was
 * reached, and whether they raised a complaint. Immutable and thread-safe.
 *
 * @param at when the call was made
 * @param reached whether the customer answered
 * @param complaint whether the customer complained (only possible when reached)
 */
public record FollowUpCall(Instant at, boolean reached, boolean complaint) {

  /** Validates the instant and that only a reached customer can complain. */
  public FollowUpCall {
    Checks.requireNonNull(at, "at");
    Checks.require(
        reached || !complaint,
        "complaint",
        org.aftersales.core.CoreErrorCode.VALUE_OUT_OF_RANGE,
        "a customer who was not reached cannot have complained");
  }
}

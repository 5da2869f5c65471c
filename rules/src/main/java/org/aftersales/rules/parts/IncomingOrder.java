package org.aftersales.rules.parts;

import java.time.Instant;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.quantity.Quantity;

/**
 * A quantity on order from the supplier with its expected arrival (ETA).
 *
 * <p>The planner counts it as available from its ETA on (an overdue order, ETA before the planning
 * instant, as available at once) and in the min/max forecast when it arrives before the end of
 * the stock order's arrival date.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"quantity":{"value":5,"unit":"PIECE"},
 * "eta":"2026-09-09T00:00:00Z"}}.
 *
 * @param quantity what is on order, above 0
 * @param eta when it is expected; a host that knows only the date gives the start of that day in
 *     the shop's zone
 */
public record IncomingOrder(Quantity quantity, Instant eta) {

  /** Validates the quantity. */
  public IncomingOrder {
    Checks.requireNonNull(quantity, "quantity");
    Checks.requireNonNull(eta, "eta");
    Checks.require(
        !quantity.isZero(),
        "quantity",
        CoreErrorCode.NON_POSITIVE_QUANTITY,
        "incoming quantity must be > 0: %s",
        quantity);
  }
}

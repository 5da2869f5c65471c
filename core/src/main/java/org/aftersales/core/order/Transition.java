package org.aftersales.core.order;

import java.util.List;
import org.aftersales.core.Checks;

/**
 * The result of applying a command to a repair order: the next order and what happened.
 * Immutable and thread-safe.
 *
 * @param order the order after the command
 * @param events the events, job-level first, then the status change if any
 */
public record Transition(RepairOrder order, List<RepairOrderEvent> events) {

  /** Validates and copies the components. */
  public Transition {
    Checks.requireNonNull(order, "order");
    events = List.copyOf(Checks.requireNonNull(events, "events"));
  }
}

package org.aftersales.core.order;

import java.time.Instant;
import org.aftersales.core.Checks;

/**
 * A repair order entered a status at an instant. The history of these gives the times the KPIs
 * need (checked in, delivered...). Immutable and thread-safe.
 *
 * @param status the status entered
 * @param at when
 */
public record StatusChange(RepairOrderStatus status, Instant at) {

  /** Validates that both components are present. */
  public StatusChange {
    Checks.requireNonNull(status, "status");
    Checks.requireNonNull(at, "at");
  }
}

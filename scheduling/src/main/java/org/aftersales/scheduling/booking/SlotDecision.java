package org.aftersales.scheduling.booking;

import java.time.Instant;
import java.util.List;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;

/**
 * Whether one start time is bookable for a request, and if not every reason why ("9:45 is a
 * buffer slot", "all 4 advisors are busy", "skill capacity exhausted: ALIGNMENT").
 *
 * <p>{@code available} holds exactly when {@code reasons} is empty. Immutable and thread-safe.
 * JSON: {@code {"start":"...","available":false,"reasons":[...]}}.
 *
 * @param start the start asked about
 * @param available whether it can be held or booked now
 * @param reasons why not, most fundamental first; empty when available
 */
public record SlotDecision(Instant start, boolean available, List<Reason> reasons) {

  /** Validates that availability and reasons agree. */
  public SlotDecision {
    Checks.requireNonNull(start, "start");
    Checks.requireNonNull(reasons, "reasons");
    Checks.require(
        available == reasons.isEmpty(),
        "reasons",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "a slot is available exactly when there is no reason against it: %s",
        reasons);
    reasons = List.copyOf(reasons);
  }

  /**
   * Whether one of the reasons has a code.
   *
   * @param code a reason code
   * @return {@code true} when some reason has it
   */
  public boolean hasReason(String code) {
    return reasons.stream().anyMatch(r -> r.code().equals(code));
  }
}

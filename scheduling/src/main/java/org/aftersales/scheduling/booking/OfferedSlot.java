package org.aftersales.scheduling.booking;

import java.time.Instant;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;

/**
 * A bookable start time: when the reception starts and ends, and how many advisors could take it.
 *
 * <p>Immutable and thread-safe. JSON: {@code
 * {"start":"2026-03-02T01:00:00Z","receptionEnd":"2026-03-02T01:15:00Z","freeAdvisors":2}}.
 *
 * @param start the start of the reception, inclusive
 * @param receptionEnd the end of the reception, exclusive
 * @param freeAdvisors the advisors free for the whole reception, at least 1
 */
public record OfferedSlot(Instant start, Instant receptionEnd, int freeAdvisors) {

  /** Validates the parts. */
  public OfferedSlot {
    Checks.requireNonNull(start, "start");
    Checks.requireNonNull(receptionEnd, "receptionEnd");
    Checks.require(
        receptionEnd.isAfter(start),
        "receptionEnd",
        CoreErrorCode.DATE_ORDER,
        "receptionEnd %s must be after start %s",
        receptionEnd,
        start);
    Checks.require(
        freeAdvisors >= 1,
        "freeAdvisors",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "freeAdvisors must be at least 1: %s",
        freeAdvisors);
  }
}

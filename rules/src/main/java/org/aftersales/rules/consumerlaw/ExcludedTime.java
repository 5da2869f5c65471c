package org.aftersales.rules.consumerlaw;

import java.time.Duration;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;

/**
 * Time within a repair visit that a law does not count, with why: "3 days of battery transport".
 * Immutable and thread-safe. JSON: {@code {"kind":"POWER_BATTERY_TRANSPORT","duration":"PT72H"}}.
 *
 * @param kind why it does not count
 * @param duration how long, above zero and at most 366 days
 */
public record ExcludedTime(ExcludedTimeKind kind, Duration duration) {

  private static final Duration MAX = Duration.ofDays(366);

  /** Validates the duration. */
  public ExcludedTime {
    Checks.requireNonNull(kind, "kind");
    Checks.requireNonNull(duration, "duration");
    Checks.require(
        !duration.isNegative() && !duration.isZero() && duration.compareTo(MAX) <= 0,
        "duration",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "excluded time must be above zero and at most 366 days: %s",
        duration);
  }
}

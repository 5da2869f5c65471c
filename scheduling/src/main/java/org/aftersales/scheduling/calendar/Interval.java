package org.aftersales.scheduling.calendar;

import java.time.Duration;
import java.time.Instant;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;

/**
 * A span of real time between two instants, start inclusive and end exclusive, in the style of
 * threeten-extra's {@code Interval}: an opening window on a given date, a technician's work on a
 * job, the window in which a reminder is due.
 *
 * <p>The end is not before the start ({@link CoreErrorCode#DATE_ORDER}); an empty interval has
 * {@code start == end}. Immutable and thread-safe. JSON: {@code
 * {"start":"2026-03-02T08:00:00Z","end":"2026-03-02T12:00:00Z"}}.
 *
 * @param start the first instant, inclusive
 * @param end the instant after the last, exclusive
 */
public record Interval(Instant start, Instant end) {

  /** Validates the order of the bounds. */
  public Interval {
    Checks.requireNonNull(start, "start");
    Checks.requireNonNull(end, "end");
    Checks.require(
        !end.isBefore(start), "end", CoreErrorCode.DATE_ORDER, "end %s is before start %s", end, start);
  }

  /**
   * The interval from {@code start} up to but excluding {@code endExclusive}.
   *
   * @param start the first instant
   * @param endExclusive the instant after the last
   * @return the interval
   */
  public static Interval of(Instant start, Instant endExclusive) {
    return new Interval(start, endExclusive);
  }

  /**
   * The length in real time.
   *
   * @return {@code end - start}
   */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /**
   * Whether an instant lies in the interval.
   *
   * @param instant an instant
   * @return {@code start <= instant < end}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /**
   * Whether both intervals share some time; intervals that only touch do not overlap, and an empty
   * interval overlaps nothing.
   *
   * @param other another interval
   * @return {@code true} when they overlap
   */
  public boolean overlaps(Interval other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /**
   * Whether the other interval lies completely within this one.
   *
   * @param other another interval
   * @return {@code true} when this interval encloses it
   */
  public boolean encloses(Interval other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}

package org.aftersales.core.calendar;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;

/**
 * A range of calendar dates, start inclusive and end exclusive, in the style of threeten-extra's
 * {@code LocalDateRange}: {@code DateRange.of(start, endExclusive)} or {@code
 * DateRange.ofClosed(first, last)}. A KPI period, a booking horizon, a demand-history window.
 *
 * <p>The end is not before the start ({@link CoreErrorCode#DATE_ORDER}); an empty range has
 * {@code start == end}. Dates carry no zone: callers count them in the shop's zone. Immutable and
 * thread-safe. JSON: {@code {"start":"2026-11-01","end":"2026-12-01"}}.
 *
 * @param start the first date, inclusive
 * @param end the date after the last one, exclusive
 */
public record DateRange(LocalDate start, LocalDate end) {

  /** Validates that the end is not before the start. */
  public DateRange {
    Checks.requireNonNull(start, "start");
    Checks.requireNonNull(end, "end");
    Checks.require(
        !end.isBefore(start),
        "end",
        CoreErrorCode.DATE_ORDER,
        "end %s is before start %s",
        end,
        start);
  }

  /**
   * The dates from {@code start} up to but excluding {@code endExclusive}.
   *
   * @param start the first date
   * @param endExclusive the date after the last
   * @return the range
   */
  public static DateRange of(LocalDate start, LocalDate endExclusive) {
    return new DateRange(start, endExclusive);
  }

  /**
   * The dates from {@code first} to {@code last}, both included.
   *
   * @param first the first date
   * @param last the last date, not before {@code first}
   * @return the range
   */
  public static DateRange ofClosed(LocalDate first, LocalDate last) {
    Checks.requireNonNull(last, "last");
    Checks.require(
        first == null || !last.isBefore(first),
        "end",
        CoreErrorCode.DATE_ORDER,
        "last %s is before first %s",
        last,
        first);
    return new DateRange(first, last.plusDays(1));
  }

  /**
   * Whether the range contains the date.
   *
   * @param date a date
   * @return {@code start <= date < end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(end);
  }

  /**
   * The number of dates in the range.
   *
   * @return {@code end - start} in days
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end);
  }

  /**
   * Whether the range holds no date.
   *
   * @return {@code true} when start equals end
   */
  @JsonIgnore
  public boolean isEmpty() {
    return start.equals(end);
  }

  /**
   * The dates in order.
   *
   * @return the dates, start first
   */
  public Stream<LocalDate> dates() {
    return start.datesUntil(end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}

package org.aftersales.scheduling.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;

/**
 * A window of wall-clock time within one day, start inclusive and end exclusive: a break
 * (12:00–13:00), a technician's shift (08:00–17:00).
 *
 * <p>Both bounds are whole minutes and the end is after the start ({@link CoreErrorCode#DATE_ORDER}
 * otherwise); a window never crosses midnight, so the latest end is 23:59. The window carries no
 * zone: {@link ShopCalendar} places it on a date in the shop's zone. Immutable and thread-safe.
 * JSON: {@code {"start":"12:00","end":"13:00"}}.
 *
 * @param start the first minute, inclusive
 * @param end the minute after the last, exclusive
 */
public record TimeWindow(LocalTime start, LocalTime end) {

  /** Validates whole minutes and the order of the bounds. */
  public TimeWindow {
    requireWholeMinutes(start, "start");
    requireWholeMinutes(end, "end");
    Checks.require(
        end.isAfter(start),
        "end",
        CoreErrorCode.DATE_ORDER,
        "end %s must be after start %s",
        end,
        start);
  }

  /**
   * The window from {@code start} up to but excluding {@code end}.
   *
   * @param start the first minute
   * @param end the minute after the last
   * @return the window
   */
  public static TimeWindow of(LocalTime start, LocalTime end) {
    return new TimeWindow(start, end);
  }

  /**
   * The window from two ISO times such as {@code "12:00"} and {@code "13:00"}.
   *
   * @param start the first minute
   * @param end the minute after the last
   * @return the window
   */
  public static TimeWindow parse(String start, String end) {
    return new TimeWindow(parseTime(start, "start"), parseTime(end, "end"));
  }

  static LocalTime parseTime(String text, String path) {
    Checks.requireNonNull(text, path);
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ValidationException.of(
          path,
          CoreErrorCode.VALUE_OUT_OF_RANGE,
          path + " is not a time of day such as 09:30: '" + Checks.abbreviate(text) + "'");
    }
  }

  static LocalTime requireWholeMinutes(LocalTime time, String path) {
    Checks.requireNonNull(time, path);
    Checks.require(
        time.getSecond() == 0 && time.getNano() == 0,
        path,
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "%s must be a whole minute: %s",
        path,
        time);
    return time;
  }

  /**
   * The wall-clock length in minutes (a window on a day the clocks change may last longer or
   * shorter in real time).
   *
   * @return the minutes, at least 1
   */
  public long minutes() {
    return (end.toSecondOfDay() - start.toSecondOfDay()) / 60;
  }

  /**
   * Whether a time of day lies in the window.
   *
   * @param time a time of day
   * @return {@code start <= time < end}
   */
  public boolean contains(LocalTime time) {
    return !time.isBefore(start) && time.isBefore(end);
  }

  /**
   * Whether both windows share at least one minute; windows that only touch do not overlap.
   *
   * @param other another window
   * @return {@code true} when they overlap
   */
  public boolean overlaps(TimeWindow other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /**
   * Whether the other window lies completely within this one.
   *
   * @param other another window
   * @return {@code true} when this window encloses it
   */
  public boolean encloses(TimeWindow other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  @Override
  public String toString() {
    return start + "–" + end;
  }
}

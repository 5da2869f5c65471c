package org.aftersales.scheduling.capacity;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.aftersales.core.Checks;
import org.aftersales.scheduling.calendar.TimeWindow;

/**
 * A technician's weekly shift: a weekday and the wall-clock hours worked that day. A split shift
 * is two shifts on the same weekday; shifts of one technician must not overlap. A technician works
 * only within the shop's opening hours and never in its breaks, whatever the shift says.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"day":"MONDAY","hours":{"start":"08:00","end":"17:00"}}}.
 *
 * @param day the weekday
 * @param hours the hours, start inclusive and end exclusive
 */
public record Shift(DayOfWeek day, TimeWindow hours) {

  /** Validates that both parts are present. */
  public Shift {
    Checks.requireNonNull(day, "day");
    Checks.requireNonNull(hours, "hours");
  }

  /**
   * A shift.
   *
   * @param day the weekday
   * @param start the first minute
   * @param end the minute after the last
   * @return the shift
   */
  public static Shift of(DayOfWeek day, LocalTime start, LocalTime end) {
    return new Shift(day, TimeWindow.of(start, end));
  }
}

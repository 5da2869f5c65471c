package org.aftersales.rules.service.followup;

import java.time.LocalDate;
import org.aftersales.core.Checks;
import org.aftersales.core.calendar.WorkingCalendar;
import org.aftersales.rules.service.ServiceErrorCode;

/**
 * A number of days, counted as calendar days or as the shop's working days: "within 2 days",
 * "3 days after delivery", "2 weeks ahead".
 *
 * <p><b>Counting.</b> {@code N} calendar days after date D is {@code D + N}. {@code N} working days
 * after D is the N-th working day strictly after D ({@link WorkingCalendar#plusWorkingDays}),
 * whether or not D is itself a working day; 0 working days after D is D. Before a date
 * likewise, backwards. Days are 0 to 366 ({@link ServiceErrorCode#SERVICE_SETTING_OUT_OF_RANGE}).
 * Immutable and thread-safe. JSON: {@code {"days":2,"count":"WORKING_DAYS"}}.
 *
 * @param days how many days
 * @param count what counts as a day
 */
public record TimeLimit(int days, DayCount count) {

  /** Validates the range. */
  public TimeLimit {
    Checks.requireNonNull(count, "count");
    Checks.require(
        days >= 0 && days <= 366,
        "days",
        ServiceErrorCode.SERVICE_SETTING_OUT_OF_RANGE,
        "days must be between 0 and 366: %s",
        days);
  }

  /**
   * Calendar days.
   *
   * @param days 0 to 366
   * @return the limit
   */
  public static TimeLimit calendarDays(int days) {
    return new TimeLimit(days, DayCount.CALENDAR_DAYS);
  }

  /**
   * Working days.
   *
   * @param days 0 to 366
   * @return the limit
   */
  public static TimeLimit workingDays(int days) {
    return new TimeLimit(days, DayCount.WORKING_DAYS);
  }

  /**
   * The date this many days after a date.
   *
   * @param date the date counted from (not itself counted)
   * @param calendar the shop's calendar
   * @return the date
   */
  public LocalDate after(LocalDate date, WorkingCalendar calendar) {
    return count == DayCount.CALENDAR_DAYS
        ? date.plusDays(days)
        : calendar.plusWorkingDays(date, days);
  }

  /**
   * The date this many days before a date.
   *
   * @param date the date counted back from (not itself counted)
   * @param calendar the shop's calendar
   * @return the date
   */
  public LocalDate before(LocalDate date, WorkingCalendar calendar) {
    return count == DayCount.CALENDAR_DAYS
        ? date.minusDays(days)
        : calendar.minusWorkingDays(date, days);
  }

  @Override
  public String toString() {
    return days + (count == DayCount.CALENDAR_DAYS ? " calendar days" : " working days");
  }
}

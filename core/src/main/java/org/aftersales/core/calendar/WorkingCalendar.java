package org.aftersales.core.calendar;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.immutables.value.Value;

/**
 * Which dates are working days: weekly rest days, public holidays, and extra working days that
 * override a rest day (China's 调休 makes some Saturdays and Sundays working days around the
 * Spring Festival and National Day holidays).
 *
 * <p>Deadlines counted in working days use it: the 三包 answer within 10 working days (SAMR Order
 * 43 Art. 28), stock replenishment within 3 working days (DOMAIN §2 parts logistics), follow-up
 * calls. A calendar is data: hosts load the official holiday list for their market each year.
 *
 * <p>Counting rule of {@link #plusWorkingDays}: "within N working days after date D" ends on the
 * N-th working day strictly after D, whether or not D itself is a working day. A date that is both
 * a holiday and an extra working day is refused as contradictory. Immutable and thread-safe;
 * build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableWorkingCalendar.class)
@JsonDeserialize(as = ImmutableWorkingCalendar.class)
public abstract class WorkingCalendar {

  private static final int MAX_SEARCH_DAYS = 366 * 5;

  WorkingCalendar() {}

  /**
   * A new builder; rest days default to Saturday and Sunday.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkingCalendar}. */
  public static final class Builder extends ImmutableWorkingCalendar.Builder {
    Builder() {}
  }

  /**
   * Monday to Friday, no holidays.
   *
   * @return the calendar
   */
  public static WorkingCalendar mondayToFriday() {
    return builder().build();
  }

  /**
   * The weekly rest days; Saturday and Sunday by default.
   *
   * @return the rest days
   */
  @Value.Default
  public Set<DayOfWeek> restDays() {
    return Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  /**
   * Public holidays: never working days.
   *
   * @return the holidays
   */
  @Value.NaturalOrder
  public abstract java.util.SortedSet<LocalDate> holidays();

  /**
   * Rest days that are working days this time (调休).
   *
   * @return the extra working days
   */
  @Value.NaturalOrder
  public abstract java.util.SortedSet<LocalDate> extraWorkingDays();

  /**
   * Whether a date is a working day.
   *
   * @param date the date
   * @return {@code true} for a working day
   */
  public boolean isWorkingDay(LocalDate date) {
    if (extraWorkingDays().contains(date)) {
      return true;
    }
    return !restDays().contains(date.getDayOfWeek()) && !holidays().contains(date);
  }

  /**
   * The N-th working day after a date: {@code plusWorkingDays(friday, 1)} is the next Monday in a
   * Monday-to-Friday week; {@code plusWorkingDays(d, 0)} is {@code d} itself.
   *
   * @param date the date counted from (not itself counted)
   * @param workingDays how many working days, at least 0
   * @return the date
   */
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    Checks.requireNonNull(date, "date");
    Checks.require(
        workingDays >= 0, "workingDays", CoreErrorCode.NEGATIVE_QUANTITY, "workingDays must be >= 0: %s", workingDays);
    LocalDate d = date;
    int left = workingDays;
    int searched = 0;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
      if (++searched > MAX_SEARCH_DAYS + workingDays * 7L) {
        throw noWorkingDay("after " + date);
      }
    }
    return d;
  }

  /**
   * The N-th working day before a date, the mirror of {@link #plusWorkingDays}: a notice "3
   * working days ahead" of an event.
   *
   * @param date the date counted back from (not itself counted)
   * @param workingDays how many working days, at least 0
   * @return the date
   */
  public LocalDate minusWorkingDays(LocalDate date, int workingDays) {
    Checks.requireNonNull(date, "date");
    Checks.require(
        workingDays >= 0, "workingDays", CoreErrorCode.NEGATIVE_QUANTITY, "workingDays must be >= 0: %s", workingDays);
    LocalDate d = date;
    int left = workingDays;
    int searched = 0;
    while (left > 0) {
      d = d.minusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
      if (++searched > MAX_SEARCH_DAYS + workingDays * 7L) {
        throw noWorkingDay("before " + date);
      }
    }
    return d;
  }

  /**
   * The last working day on or before a date: where a notice due on a holiday moves to.
   *
   * @param date the date
   * @return the date itself when it is a working day, else the previous one
   */
  public LocalDate onOrPreviousWorkingDay(LocalDate date) {
    Checks.requireNonNull(date, "date");
    LocalDate d = date;
    for (int i = 0; i <= MAX_SEARCH_DAYS; i++) {
      if (isWorkingDay(d)) {
        return d;
      }
      d = d.minusDays(1);
    }
    throw noWorkingDay("within five years before " + date);
  }

  /**
   * The first working day on or after a date.
   *
   * @param date the date
   * @return the date itself when it is a working day, else the next one
   */
  public LocalDate onOrNextWorkingDay(LocalDate date) {
    Checks.requireNonNull(date, "date");
    LocalDate d = date;
    for (int i = 0; i <= MAX_SEARCH_DAYS; i++) {
      if (isWorkingDay(d)) {
        return d;
      }
      d = d.plusDays(1);
    }
    throw noWorkingDay("within five years after " + date);
  }

  /**
   * The number of working days in a range.
   *
   * @param range the dates, end exclusive
   * @return how many of them are working days
   */
  public long countWorkingDays(DateRange range) {
    return range.dates().filter(this::isWorkingDay).count();
  }

  private static org.aftersales.core.PolicyException noWorkingDay(String where) {
    return org.aftersales.core.PolicyException.of(
        "holidays",
        CoreErrorCode.POLICY_INVALID,
        "the working calendar has no working day " + where + ": check its holidays");
  }

  @Value.Check
  final void check() {
    Checks.require(
        restDays().size() < 7,
        "restDays",
        CoreErrorCode.POLICY_INVALID,
        "a working calendar needs at least one working weekday: %s",
        restDays());
    for (LocalDate d : extraWorkingDays()) {
      Checks.require(
          !holidays().contains(d),
          "extraWorkingDays",
          CoreErrorCode.POLICY_INVALID,
          "%s is both a holiday and an extra working day",
          d);
    }
  }
}

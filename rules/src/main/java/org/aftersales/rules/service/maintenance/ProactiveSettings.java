package org.aftersales.rules.service.maintenance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.calendar.DateRange;
import org.aftersales.core.calendar.WorkingCalendar;
import org.aftersales.rules.service.ServiceErrorCode;
import org.immutables.value.Value;

/**
 * What a proactive appointment list (主动预约) is for: the day it is made, the window of due dates
 * to list, when to call, and how to forecast mileage.
 *
 * <ul>
 *   <li>{@link #asOf()}: the day the list is made; readings and services after it are ignored and
 *       no contact is suggested before it;
 *   <li>{@link #window()}: due dates in {@code [start, end)} are listed; with {@link
 *       #overdueLookbackDays()} N (default 0, at most 3,650) due dates from {@code start - N} on
 *       are listed too, so that overdue vehicles are not forgotten;
 *   <li>{@link #contactLeadDays()} (default 7, at most 365): the suggested contact date is this
 *       many days before the due date, moved back to the previous working day of {@link
 *       #calendar()} (default Monday to Friday), and never before {@code asOf} (then the first
 *       working day on or after it: call now);
 *   <li>{@link #forecast()}: the mileage forecast settings, including the shop's zone.
 * </ul>
 *
 * <p>Out-of-range values are {@link ServiceErrorCode#SERVICE_SETTING_OUT_OF_RANGE}. Immutable and
 * thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableProactiveSettings.class)
@JsonDeserialize(as = ImmutableProactiveSettings.class)
public abstract class ProactiveSettings {

  ProactiveSettings() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProactiveSettings}; {@code build()} validates. */
  public static final class Builder extends ImmutableProactiveSettings.Builder {
    Builder() {}
  }

  /**
   * The day the list is made.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The due dates to list, end exclusive.
   *
   * @return the window
   */
  public abstract DateRange window();

  /**
   * Days before the window's start whose due dates are listed too.
   *
   * @return days, default 0
   */
  @Value.Default
  public int overdueLookbackDays() {
    return 0;
  }

  /**
   * Days before the due date to call.
   *
   * @return days, default 7
   */
  @Value.Default
  public int contactLeadDays() {
    return 7;
  }

  /**
   * The days on which calls are made.
   *
   * @return the calendar, Monday to Friday by default
   */
  @Value.Default
  public WorkingCalendar calendar() {
    return WorkingCalendar.mondayToFriday();
  }

  /**
   * How mileage is forecast.
   *
   * @return the forecast settings
   */
  public abstract ForecastSettings forecast();

  @Value.Check
  final void check() {
    Checks.require(
        overdueLookbackDays() >= 0 && overdueLookbackDays() <= 3650,
        "overdueLookbackDays",
        ServiceErrorCode.SERVICE_SETTING_OUT_OF_RANGE,
        "overdueLookbackDays must be between 0 and 3650: %s",
        overdueLookbackDays());
    Checks.require(
        contactLeadDays() >= 0 && contactLeadDays() <= 365,
        "contactLeadDays",
        ServiceErrorCode.SERVICE_SETTING_OUT_OF_RANGE,
        "contactLeadDays must be between 0 and 365: %s",
        contactLeadDays());
  }
}

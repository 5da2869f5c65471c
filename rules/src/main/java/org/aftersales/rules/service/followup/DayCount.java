package org.aftersales.rules.service.followup;

/** Whether a {@link TimeLimit} counts every day or only the shop's working days. */
public enum DayCount {
  /** Every day counts. */
  CALENDAR_DAYS,
  /** Only working days of the shop's {@code WorkingCalendar} count. */
  WORKING_DAYS
}

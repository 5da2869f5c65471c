package org.aftersales.scheduling.calendar;

/**
 * Whether the shop opens on a date and, if not, why; see {@link ShopCalendar#statusOn}.
 */
public enum DayStatus {
  /** The shop opens (its hours may come from the weekly hours or from an override). */
  OPEN,
  /** The weekday has no opening hours (a weekly rest day). */
  CLOSED_DAY,
  /** The date is a holiday and no override opens it. */
  HOLIDAY,
  /** A zero-length override closes the date. */
  CLOSED_BY_OVERRIDE
}

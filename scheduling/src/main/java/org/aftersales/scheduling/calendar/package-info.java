/**
 * The shop's calendar: its {@link java.time.ZoneId}, weekly opening hours with breaks, holidays and
 * date overrides ({@link org.aftersales.scheduling.calendar.ShopCalendar}), built from wall-clock
 * {@link org.aftersales.scheduling.calendar.TimeWindow}s and {@link
 * org.aftersales.scheduling.calendar.DayHours}, and answered as {@link
 * org.aftersales.scheduling.calendar.Interval}s of instants.
 *
 * <p>Rules are written in local dates and times of the shop; the calendar turns them into
 * instants in the shop's zone, so a day is 23 or 25 hours long when the clocks change, and zones
 * with half-hour or 45-minute offsets (Asia/Kolkata, Asia/Kathmandu) need nothing special. Days,
 * "today" and "tomorrow" are always counted in the shop's zone, never in UTC or the customer's.
 */
@NullMarked
package org.aftersales.scheduling.calendar;

import org.jspecify.annotations.NullMarked;

package org.aftersales.scheduling.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.aftersales.scheduling.SchedulingReason;
import org.aftersales.scheduling.calendar.Interval;
import org.aftersales.scheduling.calendar.ShopCalendar;

/**
 * Plans the calls before an appointment (DOMAIN §2 step 1; seed 001 "预约确认（预约前一天）").
 *
 * <ul>
 *   <li><b>Confirmation call</b>: on the date {@code confirmationDaysBefore} days before the
 *       appointment's date, in the shop's zone, from its opening to its closing; when the shop is
 *       closed that date, on the last open date before it (at most 14 days earlier), so a Monday
 *       appointment is confirmed on Saturday if the shop is closed on Sundays.
 *   <li><b>Reminder</b>: from {@code reminderEarliest} to {@code reminderLatest} before the start,
 *       counted in the shop's local time (on a day the clocks change, "one day before 09:00" is
 *       09:00 the day before, 23 or 25 real hours earlier).
 * </ul>
 *
 * <p>A window that starts before the booking was made starts at the booking instead; a window that
 * ended before the booking is skipped with a reason. The customer's own zone plays no part.
 * Immutable and thread-safe.
 */
public final class ReminderPlanner {

  private static final int MAX_LOOKBACK_DAYS = 14;

  private final ShopCalendar calendar;
  private final ReminderPolicy policy;

  private ReminderPlanner(ShopCalendar calendar, ReminderPolicy policy) {
    this.calendar = calendar;
    this.policy = policy;
  }

  /**
   * A planner for a shop.
   *
   * @param calendar the shop's calendar
   * @param policy when the calls are due
   * @return the planner
   */
  public static ReminderPlanner of(ShopCalendar calendar, ReminderPolicy policy) {
    return new ReminderPlanner(
        Checks.requireNonNull(calendar, "calendar"), Checks.requireNonNull(policy, "policy"));
  }

  /**
   * The calls due before an appointment.
   *
   * @param appointmentStart when the appointment starts
   * @param bookedAt when it was booked
   * @return the calls due and those skipped
   */
  public ReminderPlan plan(Instant appointmentStart, Instant bookedAt) {
    ShopCalendar.requireSupported(appointmentStart, "appointmentStart");
    ShopCalendar.requireSupported(bookedAt, "bookedAt");
    List<Reminder> due = new ArrayList<>();
    List<Reason> skipped = new ArrayList<>();
    LocalDate day = calendar.dateOf(appointmentStart);

    Optional<Interval> confirm = confirmationWindow(day);
    if (confirm.isEmpty()) {
      skipped.add(skip(ReminderKind.CONFIRMATION_CALL, bookedAt,
          "no confirmation call: the shop is not open in the 14 days before {appointment}", day));
    } else {
      clip(confirm.get(), bookedAt)
          .ifPresentOrElse(
              w -> due.add(new Reminder(ReminderKind.CONFIRMATION_CALL, w, dueReason(ReminderKind.CONFIRMATION_CALL, w,
                  "confirmation call on {date} from {from} to {until}, before the appointment on {appointment}", day))),
              () -> skipped.add(skip(ReminderKind.CONFIRMATION_CALL, bookedAt,
                  "no confirmation call: booked at {bookedAt}, after the day to confirm, for {appointment}", day)));
    }

    ZonedDateTime start = appointmentStart.atZone(calendar.zone());
    Instant from = local(start, policy.reminderEarliest());
    Instant until = local(start, policy.reminderLatest());
    clip(Interval.of(from, until), bookedAt)
        .ifPresentOrElse(
            w -> due.add(new Reminder(ReminderKind.REMINDER, w, dueReason(ReminderKind.REMINDER, w,
                "reminder from {from} to {until} before the appointment on {appointment}", day))),
            () -> skipped.add(skip(ReminderKind.REMINDER, bookedAt,
                "no reminder: booked at {bookedAt}, less than {latest} before the appointment on {appointment}", day)));
    return new ReminderPlan(due, skipped);
  }

  private Instant local(ZonedDateTime start, java.time.Duration before) {
    return ZonedDateTime.of(start.toLocalDateTime().minus(before), calendar.zone()).toInstant();
  }

  private Optional<Interval> confirmationWindow(LocalDate appointmentDay) {
    LocalDate d = appointmentDay.minusDays(policy.confirmationDaysBefore());
    for (int i = 0; i < MAX_LOOKBACK_DAYS; i++, d = d.minusDays(1)) {
      List<Interval> open = calendar.openIntervals(d);
      if (!open.isEmpty()) {
        return Optional.of(Interval.of(open.get(0).start(), open.get(open.size() - 1).end()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Interval> clip(Interval w, Instant bookedAt) {
    if (!w.end().isAfter(bookedAt)) {
      return Optional.empty();
    }
    return Optional.of(w.start().isBefore(bookedAt) ? Interval.of(bookedAt, w.end()) : w);
  }

  private Reason dueReason(ReminderKind kind, Interval w, String template, LocalDate day) {
    return SchedulingReason.REMINDER_DUE.reason(
        template,
        "kind", kind,
        "date", calendar.dateOf(w.start()),
        "from", calendar.localDateTime(w.start()),
        "until", calendar.localDateTime(w.end()),
        "appointment", day);
  }

  private Reason skip(ReminderKind kind, Instant bookedAt, String template, LocalDate day) {
    return SchedulingReason.REMINDER_SKIPPED.reason(
        template,
        "kind", kind,
        "bookedAt", calendar.localDateTime(bookedAt),
        "appointment", day,
        "latest", policy.reminderLatest());
  }

  @Override
  public String toString() {
    return "ReminderPlanner[" + calendar.zone() + ", " + policy + "]";
  }
}

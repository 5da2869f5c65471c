package org.aftersales.scheduling.reminder;

import java.time.Duration;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.scheduling.SchedulingErrorCode;

/**
 * When the calls before an appointment are due (DOMAIN §2 step 1: "confirm the day before; remind
 * half a day to one day before").
 *
 * <p>{@code confirmationDaysBefore}: the confirmation call is due this many days before the
 * appointment's date, 1 to 14 (1 by default); {@code reminderEarliest} and {@code reminderLatest}:
 * the reminder is due from this long before the start until this long before it, in local time of
 * the shop (1 day and 12 hours by default; both positive, at most 14 days, the earliest not after
 * the latest). Immutable and thread-safe. JSON: {@code
 * {"confirmationDaysBefore":1,"reminderEarliest":"PT24H","reminderLatest":"PT12H"}}.
 *
 * @param confirmationDaysBefore days before the appointment's date
 * @param reminderEarliest how long before the start the reminder window opens
 * @param reminderLatest how long before the start the reminder window closes
 */
public record ReminderPolicy(int confirmationDaysBefore, Duration reminderEarliest, Duration reminderLatest) {

  /** Validates the bounds. */
  public ReminderPolicy {
    Checks.require(
        confirmationDaysBefore >= 1 && confirmationDaysBefore <= 14,
        "confirmationDaysBefore",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "confirmationDaysBefore must be between 1 and 14: %s",
        confirmationDaysBefore);
    Checks.requireNonNull(reminderEarliest, "reminderEarliest");
    Checks.requireNonNull(reminderLatest, "reminderLatest");
    for (Duration d : new Duration[] {reminderEarliest, reminderLatest}) {
      Checks.require(
          d.compareTo(Duration.ZERO) > 0 && d.compareTo(Duration.ofDays(14)) <= 0,
          d == reminderEarliest ? "reminderEarliest" : "reminderLatest",
          SchedulingErrorCode.DURATION_OUT_OF_RANGE,
          "reminder offsets must be above 0 and at most 14 days: %s",
          d);
    }
    Checks.require(
        reminderEarliest.compareTo(reminderLatest) >= 0,
        "reminderLatest",
        CoreErrorCode.DATE_ORDER,
        "reminderEarliest %s must not be shorter than reminderLatest %s",
        reminderEarliest,
        reminderLatest);
  }

  /**
   * The seed's rule: confirm the day before, remind from one day to half a day before.
   *
   * @return the policy
   */
  public static ReminderPolicy seed() {
    return new ReminderPolicy(1, Duration.ofDays(1), Duration.ofHours(12));
  }
}

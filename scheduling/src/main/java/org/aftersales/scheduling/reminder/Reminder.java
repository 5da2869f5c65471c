package org.aftersales.scheduling.reminder;

import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.aftersales.scheduling.calendar.Interval;

/**
 * A call due before an appointment: what, within which window (start inclusive, end exclusive),
 * and why then.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"kind":"REMINDER","due":{...},"reason":{...}}}.
 *
 * @param kind the call
 * @param due when it is due
 * @param reason how the window was computed (code {@code REMINDER_DUE})
 */
public record Reminder(ReminderKind kind, Interval due, Reason reason) {

  /** Validates the parts. */
  public Reminder {
    Checks.requireNonNull(kind, "kind");
    Checks.requireNonNull(due, "due");
    Checks.requireNonNull(reason, "reason");
  }
}

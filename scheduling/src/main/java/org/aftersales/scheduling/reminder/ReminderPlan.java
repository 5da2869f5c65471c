package org.aftersales.scheduling.reminder;

import java.util.List;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;

/**
 * The calls due before one appointment, and those not needed because their window passed before
 * the appointment was booked (code {@code REMINDER_SKIPPED}).
 *
 * <p>Immutable and thread-safe. JSON: {@code {"due":[...],"skipped":[...]}}.
 *
 * @param due the calls due, confirmation first
 * @param skipped why a call is not needed
 */
public record ReminderPlan(List<Reminder> due, List<Reason> skipped) {

  /** Copies the lists. */
  public ReminderPlan {
    Checks.requireNonNull(due, "due");
    Checks.requireNonNull(skipped, "skipped");
    due = List.copyOf(due);
    skipped = List.copyOf(skipped);
  }
}

package org.aftersales.scheduling.reminder;

/** The calls made before an appointment. */
public enum ReminderKind {
  /** The advisor calls to confirm the appointment, the day before, during opening hours. */
  CONFIRMATION_CALL,
  /** A reminder (call or message) half a day to one day before the appointment. */
  REMINDER
}

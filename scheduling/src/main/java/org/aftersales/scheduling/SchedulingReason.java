package org.aftersales.scheduling;

import org.aftersales.core.Reason;

/**
 * The stable reason codes of the scheduling module: why a time is not offered or a booking was
 * refused ("Why can't I book 9:45?", DESIGN §2.4), how a job was dispatched or why it stayed
 * unassigned, how a promise and a reminder were computed.
 *
 * <p>Each constant makes {@link Reason}s with its {@link #name()} as the code; the parameters are
 * documented per constant. Times in parameters are local date-times in the shop's zone ({@code
 * 2026-03-02T09:45}), instants are ISO-8601 UTC, hours are plain decimals. Hosts switch on the code
 * and may render their own language from the parameters with a {@link
 * org.aftersales.core.ReasonFormatter}.
 */
public enum SchedulingReason {
  // ---- slot refusals (AppointmentBook) ----
  /**
   * Outside opening hours: {@code detail} is BEFORE_OPENING (with {@code opens}), AFTER_CLOSING
   * (with {@code closes}), BREAK (with {@code from}, {@code until}), CLOSED_DAY (with {@code
   * weekday}), HOLIDAY or CLOSED_BY_OVERRIDE; with {@code time} or {@code date}.
   */
  OUTSIDE_OPENING_HOURS,
  /** The time lies in a buffer kept free after N reception slots (seed 001): {@code time},
   * {@code from}, {@code until}, {@code n}. */
  BUFFER_SLOT,
  /** The time is inside opening hours but not a reception slot start: {@code time}, {@code
   * previous}, {@code next} (the nearest slot starts; {@code next} may be {@code none}). */
  NOT_A_SLOT_START,
  /** The reception does not fit: the appointment type needs more consecutive slots than remain
   * before the next buffer, break or closing ({@code time}, {@code type}, {@code slots}, {@code
   * left}, {@code until}), a time after the last slot would end after the window ({@code time},
   * {@code minutes}, {@code until}), or no slot fits into the day at all ({@code date}, {@code
   * minutes}). */
  RECEPTION_DOES_NOT_FIT,
  /** The time is before the current instant ({@code time}, {@code now}), or the whole date is
   * before today in the shop's zone ({@code date}, {@code today}, {@code now}). */
  IN_THE_PAST,
  /** The time is inside the minimum notice ({@code time}, {@code notice}, {@code earliest}), or
   * same-day bookings are not taken ({@code date}, {@code earliest}). */
  INSIDE_MINIMUM_NOTICE,
  /** The date is beyond the booking horizon: {@code date}, {@code days}, {@code lastDate}. */
  BEYOND_BOOKING_HORIZON,
  /** The parts the job needs arrive after the time: {@code time}, {@code partsEta}. */
  BEFORE_PARTS_ETA,
  /** No advisor can receive the customer: every advisor on duty is busy ({@code time}, {@code
   * advisors}, {@code detail} BUSY), or the requested one is busy ({@code time}, {@code advisor},
   * {@code detail} BUSY) or not on duty that date ({@code advisor}, {@code date}, {@code detail}
   * OFF_DUTY). */
  ADVISOR_BUSY,
  /** The share of reception slots kept for walk-ins would be used: {@code date}, {@code reserve}. */
  WALK_IN_RESERVE,
  /** The day's appointment limit is reached: {@code date}, {@code limit}. */
  DAILY_APPOINTMENT_LIMIT,
  /** The day's limit on booked labour hours would be exceeded: {@code date}, {@code limit},
   * {@code booked}, {@code requested}. */
  DAILY_HOURS_LIMIT,
  /** The technicians able to do a skill have no loadable hours left that day: {@code date},
   * {@code skill} (comma-separated when several skills share their technicians), {@code
   * needed}, {@code available}. */
  SKILL_CAPACITY_EXHAUSTED,
  /** The bays of a type are fully booked that day: {@code date}, {@code bayType}, {@code needed},
   * {@code available}. */
  BAY_CAPACITY_EXHAUSTED,
  /** The day's quota of a transport option (waiting, shuttle) is used up: {@code date}, {@code
   * transport}, {@code limit}. */
  TRANSPORT_QUOTA_FULL,
  /** No loaner car is free: the day's loaner quota is used up or the fleet is out on one of the
   * days the loaner is needed: {@code date}, {@code limit}. */
  LOANER_QUOTA_FULL,

  // ---- dispatch (Dispatcher) ----
  /** Why a job came where it did in the dispatch order: {@code rank}, {@code waiting}, {@code
   * promisedAt}. */
  DISPATCH_PRIORITY,
  /** Why the technician was chosen: {@code technician}, {@code end}, {@code candidates}. */
  TECHNICIAN_CHOSEN,
  /** The job needs a bay; which one: {@code bay}, {@code bayType}. */
  BAY_CHOSEN,
  /** The job is expected to finish after its promised time: {@code promisedAt}, {@code end},
   * {@code minutesLate}. */
  EXPECTED_LATE,
  /** No technician with the skill works that day: {@code skill}, {@code date}. */
  NO_QUALIFIED_TECHNICIAN,
  /** The pinned technician cannot take the job: {@code technician}, {@code detail}. */
  PINNED_TECHNICIAN_UNAVAILABLE,
  /** Every qualified technician (or every bay of the type) is busy until the end of the day:
   * {@code skill}, {@code date}. */
  NO_TIME_LEFT,
  /** The vehicle or its parts are not ready before the technicians' day ends: {@code readyAt}. */
  NOT_READY_TODAY,

  // ---- promise (PromiseCalculator) ----
  /** How the promised time was computed: {@code work}, {@code margin}, {@code workStart}, {@code
   * workEnd}. */
  PROMISE_COMPUTED,
  /** Work could not start at the requested time: {@code requested}, {@code workStart}, {@code
   * cause} (CLOSED, PARTS_ETA, WORKSHOP_LOAD). */
  WORK_START_DELAYED,

  // ---- reminders (ReminderPlanner) ----
  /** When a reminder or confirmation call is due: {@code kind}, {@code from}, {@code until}. */
  REMINDER_DUE,
  /** A reminder or confirmation is not needed because its window passed before booking: {@code
   * kind}, {@code bookedAt}. */
  REMINDER_SKIPPED;

  /**
   * A reason with this code.
   *
   * @param template English message with {@code {name}} placeholders
   * @param keyValues alternating parameter names and values
   * @return the reason
   */
  public Reason reason(String template, Object... keyValues) {
    return Reason.of(name(), template, keyValues);
  }

  /**
   * Whether a reason has this code.
   *
   * @param reason a reason
   * @return {@code true} when its code is this constant's name
   */
  public boolean matches(Reason reason) {
    return reason.code().equals(name());
  }
}

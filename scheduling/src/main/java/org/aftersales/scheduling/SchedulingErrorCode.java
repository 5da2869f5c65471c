package org.aftersales.scheduling;

import org.aftersales.core.ErrorCode;

/**
 * The catalogue of error codes raised by the scheduling module for bad input: inconsistent
 * calendars, patterns and capacities, and requests that name something the shop does not have.
 *
 * <p>A refused booking of a well-formed request is not an error of this catalogue: it is a {@link
 * org.aftersales.core.SchedulingConflictException} whose {@link org.aftersales.core.Reason}s use
 * the codes of {@link SchedulingReason}.
 */
public enum SchedulingErrorCode implements ErrorCode {
  /** A day's closing time is before its opening time. */
  OPENING_HOURS_ORDER("a day's closing time is before its opening time"),
  /** A break starts before opening or ends after closing. */
  BREAK_OUTSIDE_OPENING_HOURS("a break lies outside the opening hours"),
  /** Two breaks of one day overlap. */
  BREAKS_OVERLAP("two breaks of one day overlap"),
  /** Two shifts of one technician overlap on the same weekday. */
  SHIFT_OVERLAP("two shifts of one technician overlap"),
  /** The reception slot length does not divide an opening window, and the pattern requires it. */
  SLOT_LENGTH_MISALIGNED("the slot length does not divide an opening window"),
  /** A buffer after reception slots is negative. */
  NEGATIVE_BUFFER("a buffer time is negative"),
  /** A duration is zero, negative, too long or not in whole minutes where that is required. */
  DURATION_OUT_OF_RANGE("a duration is outside its allowed range"),
  /** An appointment type needs more consecutive reception slots than a run between buffers has. */
  RECEPTION_LONGER_THAN_RUN("a reception needs more slots than fit between two buffers"),
  /** A booking was asked for at a start that is already in the past. */
  BOOKING_IN_PAST("a booking starts in the past"),
  /** A hold's expiry is not after the current instant. */
  HOLD_EXPIRY_INVALID("a hold's expiry is not after now"),
  /** A request or job needs a skill that no technician of the workshop has. */
  SKILL_NOT_IN_WORKSHOP("no technician of the workshop has the skill"),
  /** A technician is named who is not part of the workshop. */
  TECHNICIAN_NOT_IN_WORKSHOP("the technician is not part of the workshop"),
  /** An advisor is named who is not on duty in the reception pattern. */
  ADVISOR_NOT_ON_DUTY("the advisor is not on duty"),
  /** A request or job needs a bay type the workshop has no bay of. */
  BAY_TYPE_NOT_IN_WORKSHOP("the workshop has no bay of the type"),
  /** A request names an appointment type the reception pattern does not offer. */
  APPOINTMENT_TYPE_NOT_OFFERED("the appointment type is not offered"),
  /** A booking id names no booking of the appointment book. */
  BOOKING_NOT_FOUND("no booking has the id"),
  /** A booking's status does not allow the operation (confirming an expired hold, ...). */
  BOOKING_STATUS("the booking's status does not allow the operation"),
  /** A query or policy exceeds a documented size limit (dates in a query, skills in a shop). */
  SIZE_LIMIT_EXCEEDED("a query or policy exceeds a size limit");

  private final String description;

  SchedulingErrorCode(String description) {
    this.description = description;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String description() {
    return description;
  }
}

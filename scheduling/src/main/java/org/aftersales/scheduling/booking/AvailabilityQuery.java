package org.aftersales.scheduling.booking;

import org.aftersales.core.Checks;
import org.aftersales.core.calendar.DateRange;
import org.aftersales.scheduling.SchedulingErrorCode;

/**
 * Which start times are bookable for a request over some dates ({@link
 * AppointmentBook#availability}).
 *
 * <p>The dates are the shop's local dates, start inclusive and end exclusive; at most {@value
 * #MAX_DAYS} of them ({@link SchedulingErrorCode#SIZE_LIMIT_EXCEEDED}). Immutable and
 * thread-safe. JSON: {@code {"request":{...},"dates":{"start":"2026-03-02","end":"2026-03-16"}}}.
 *
 * @param request what the customer asks for
 * @param dates the dates to look at
 */
public record AvailabilityQuery(AppointmentRequest request, DateRange dates) {

  /** Most dates one query may span. */
  public static final int MAX_DAYS = 366;

  /** Validates the parts and the length of the range. */
  public AvailabilityQuery {
    Checks.requireNonNull(request, "request");
    Checks.requireNonNull(dates, "dates");
    Checks.require(
        dates.lengthInDays() <= MAX_DAYS,
        "dates",
        SchedulingErrorCode.SIZE_LIMIT_EXCEEDED,
        "an availability query spans at most %s days: %s",
        MAX_DAYS,
        dates);
  }

  /**
   * A query.
   *
   * @param request the request
   * @param dates the dates, end exclusive
   * @return the query
   */
  public static AvailabilityQuery of(AppointmentRequest request, DateRange dates) {
    return new AvailabilityQuery(request, dates);
  }
}

package org.aftersales.scheduling.booking;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;

/**
 * A date of an availability query on which nothing is offered, and why: the shop is closed, the
 * date is beyond the horizon, a capacity is exhausted, or every slot is refused (then one reason
 * per distinct cause, for example {@code ADVISOR_BUSY} and {@code INSIDE_MINIMUM_NOTICE}).
 *
 * <p>Immutable and thread-safe. JSON: {@code {"date":"2026-03-08","reasons":[...]}}.
 *
 * @param date the date
 * @param reasons why nothing is offered; never empty
 */
public record DayRefusal(LocalDate date, List<Reason> reasons) {

  /** Validates the parts. */
  public DayRefusal {
    Checks.requireNonNull(date, "date");
    Checks.requireNonNull(reasons, "reasons");
    Checks.require(!reasons.isEmpty(), "reasons", CoreErrorCode.VALUE_OUT_OF_RANGE,
        "a day refusal needs at least one reason");
    reasons = List.copyOf(reasons);
  }
}

package org.aftersales.scheduling.booking;

import java.time.LocalDate;
import org.aftersales.core.Checks;
import org.aftersales.core.order.AdvisorId;

/**
 * A date on which an advisor of the {@link ReceptionPattern} is not on duty (leave, training): no
 * reception is given to them that day, and the walk-in reserve is counted over the advisors who
 * are.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"advisor":"A1","date":"2026-03-02"}}.
 *
 * @param advisor the advisor, one of the pattern's
 * @param date the date, in the shop's zone
 */
public record AdvisorAbsence(AdvisorId advisor, LocalDate date) {

  /** Validates that both parts are present. */
  public AdvisorAbsence {
    Checks.requireNonNull(advisor, "advisor");
    Checks.requireNonNull(date, "date");
  }

  /**
   * An absence.
   *
   * @param advisor the advisor
   * @param date the date
   * @return the absence
   */
  public static AdvisorAbsence of(AdvisorId advisor, LocalDate date) {
    return new AdvisorAbsence(advisor, date);
  }
}

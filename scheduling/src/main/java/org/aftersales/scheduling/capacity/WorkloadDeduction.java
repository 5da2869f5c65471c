package org.aftersales.scheduling.capacity;

import java.time.LocalDate;
import org.aftersales.core.Checks;
import org.aftersales.core.order.Skill;
import org.aftersales.core.quantity.Hours;

/**
 * Hours of a skill already spoken for on a date, and so not loadable by appointments: carry-over
 * work (jobs from earlier days still in the workshop) or internal work (used-car reconditioning,
 * demonstrators).
 *
 * <p>Immutable and thread-safe. JSON: {@code {"date":"2026-03-02","skill":"MECHANICAL","hours":6.5}}.
 *
 * @param date the date in the shop's zone
 * @param skill the skill
 * @param hours the flat-rate hours
 */
public record WorkloadDeduction(LocalDate date, Skill skill, Hours hours) {

  /** Validates that every part is present. */
  public WorkloadDeduction {
    Checks.requireNonNull(date, "date");
    Checks.requireNonNull(skill, "skill");
    Checks.requireNonNull(hours, "hours");
  }

  /**
   * A deduction.
   *
   * @param date the date
   * @param skill the skill
   * @param hours the hours
   * @return the deduction
   */
  public static WorkloadDeduction of(LocalDate date, Skill skill, Hours hours) {
    return new WorkloadDeduction(date, skill, hours);
  }
}

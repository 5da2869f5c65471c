package org.aftersales.rules.service.kpi;

import org.aftersales.core.Checks;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.quantity.Hours;

/**
 * The hours a technician was present and available for work in the KPI period (出勤工时), from the
 * host's time recording. Immutable and thread-safe.
 *
 * @param technician the technician
 * @param hours the attended hours
 */
public record Attendance(TechnicianId technician, Hours hours) {

  /** Validates that both components are present. */
  public Attendance {
    Checks.requireNonNull(technician, "technician");
    Checks.requireNonNull(hours, "hours");
  }
}

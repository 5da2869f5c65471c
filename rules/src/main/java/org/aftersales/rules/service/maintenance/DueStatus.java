package org.aftersales.rules.service.maintenance;

/**
 * How urgent a maintenance item is on a given day, by the plan's {@link DueThresholds}. The
 * constants are in order of urgency, so {@code compareTo} ranks them.
 */
public enum DueStatus {
  /** Neither the date nor the distance is within the due-soon thresholds. */
  NOT_DUE,
  /** Within the due-soon thresholds of the due date or the due distance. */
  DUE_SOON,
  /** The due date or due distance is reached, within the grace thresholds. */
  DUE,
  /** Past the due date or due distance by more than the grace thresholds. */
  OVERDUE
}

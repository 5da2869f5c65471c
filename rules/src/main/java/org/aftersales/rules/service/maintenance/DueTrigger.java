package org.aftersales.rules.service.maintenance;

/**
 * Which limit of a "whichever comes first" interval makes a maintenance item due. When both give
 * the same date, the item is due {@link #TIME}.
 */
public enum DueTrigger {
  /** The time limit comes first. */
  TIME,
  /** The distance limit is reached first (forecast or observed). */
  DISTANCE
}

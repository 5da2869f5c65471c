package org.aftersales.rules.service.followup;

/** Where a follow-up task stands. */
public enum TaskStatus {
  /** Not done yet. */
  OPEN,
  /** Done before its window opened (for example a first call the day after delivery). */
  DONE_EARLY,
  /** Done within its window, on or before the due date. */
  DONE_ON_TIME,
  /** Done after the due date. */
  DONE_LATE;

  /**
   * Whether the task is done, early, on time or late.
   *
   * @return {@code true} unless open
   */
  public boolean isDone() {
    return this != OPEN;
  }
}

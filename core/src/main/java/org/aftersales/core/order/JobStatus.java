package org.aftersales.core.order;

/**
 * Where a job stands. A job starts {@link #PROPOSED}; the customer's answer makes it {@link
 * #AUTHORIZED}, {@link #DECLINED} or {@link #DEFERRED}; work makes it {@link #IN_PROGRESS} then
 * {@link #DONE}. A failed quality check sends a done job back to {@link #IN_PROGRESS}.
 */
public enum JobStatus {
  /** Priced and offered; the customer has not answered. */
  PROPOSED,
  /** The customer consented; work may start. */
  AUTHORIZED,
  /** The customer refused. */
  DECLINED,
  /** Postponed to a later visit, at the customer's wish or for lack of parts. */
  DEFERRED,
  /** A technician is working on it. */
  IN_PROGRESS,
  /** Finished; the correction is recorded. */
  DONE;

  /**
   * Whether the job has been answered and finished as far as this visit goes: done, declined or
   * deferred.
   *
   * @return {@code true} when nothing more happens to the job on this visit
   */
  public boolean isSettled() {
    return this == DONE || this == DECLINED || this == DEFERRED;
  }

  /**
   * Whether the customer's consent is on record: authorized, in progress or done.
   *
   * @return {@code true} when consent was given
   */
  public boolean isConsented() {
    return this == AUTHORIZED || this == IN_PROGRESS || this == DONE;
  }
}

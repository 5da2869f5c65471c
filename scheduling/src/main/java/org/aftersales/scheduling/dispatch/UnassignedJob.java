package org.aftersales.scheduling.dispatch;

import java.util.List;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;
import org.aftersales.core.order.JobId;

/**
 * A job the dispatcher could not give to anyone today, and why: no qualified technician works,
 * everyone qualified is busy until the end of the day, the bays are taken, the car is not ready,
 * or the pinned technician cannot take it.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"job":"J7","reasons":[...]}}.
 *
 * @param job the job's id
 * @param reasons why it stayed unassigned; never empty
 */
public record UnassignedJob(JobId job, List<Reason> reasons) {

  /** Validates the parts. */
  public UnassignedJob {
    Checks.requireNonNull(job, "job");
    Checks.requireNonNull(reasons, "reasons");
    Checks.require(!reasons.isEmpty(), "reasons", CoreErrorCode.VALUE_OUT_OF_RANGE,
        "an unassigned job needs at least one reason");
    reasons = List.copyOf(reasons);
  }
}

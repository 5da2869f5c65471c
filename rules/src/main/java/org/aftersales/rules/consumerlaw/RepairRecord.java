package org.aftersales.rules.consumerlaw;

import org.aftersales.core.Checks;
import org.aftersales.core.order.JobId;

/**
 * One repair of a fault on a visit: the job of the repair order and the facts the law needs
 * about it. Immutable and thread-safe.
 *
 * @param jobId the job on the repair order
 * @param facts the facts of the fault it repaired
 */
public record RepairRecord(JobId jobId, FaultFacts facts) {

  /** Validates that both components are present. */
  public RepairRecord {
    Checks.requireNonNull(jobId, "jobId");
    Checks.requireNonNull(facts, "facts");
  }
}

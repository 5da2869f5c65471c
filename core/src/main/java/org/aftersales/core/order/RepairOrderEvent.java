package org.aftersales.core.order;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import org.aftersales.core.Checks;

/**
 * Something that happened to a repair order, returned by every transition so a host can update
 * its progress board (看板), notify the customer or write an audit trail.
 *
 * <p>A transition emits the job-level events first, in job order, then at most one {@link
 * StatusChanged}. Events are immutable records. JSON: an object with an {@code "event"} field
 * naming the record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "event")
@JsonSubTypes({
  @JsonSubTypes.Type(value = RepairOrderEvent.StatusChanged.class, name = "StatusChanged"),
  @JsonSubTypes.Type(value = RepairOrderEvent.JobAdded.class, name = "JobAdded"),
  @JsonSubTypes.Type(value = RepairOrderEvent.JobStatusChanged.class, name = "JobStatusChanged"),
  @JsonSubTypes.Type(value = RepairOrderEvent.JobUpdated.class, name = "JobUpdated"),
  @JsonSubTypes.Type(value = RepairOrderEvent.TechnicianAssigned.class, name = "TechnicianAssigned"),
  @JsonSubTypes.Type(value = RepairOrderEvent.PromiseSet.class, name = "PromiseSet"),
  @JsonSubTypes.Type(value = RepairOrderEvent.TermsAgreed.class, name = "TermsAgreed"),
  @JsonSubTypes.Type(value = RepairOrderEvent.QualityChecked.class, name = "QualityChecked"),
  @JsonSubTypes.Type(value = RepairOrderEvent.FollowUpRecorded.class, name = "FollowUpRecorded")
})
public sealed interface RepairOrderEvent {

  /**
   * The order the event happened to.
   *
   * @return the order id
   */
  RepairOrderId orderId();

  /**
   * When it happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * The order moved from one status to another.
   *
   * @param orderId the order
   * @param at when
   * @param from the previous status
   * @param to the new status
   */
  record StatusChanged(RepairOrderId orderId, Instant at, RepairOrderStatus from, RepairOrderStatus to)
      implements RepairOrderEvent {
    /** Validates the components. */
    public StatusChanged {
      Checks.requireNonNull(orderId, "orderId");
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(from, "from");
      Checks.requireNonNull(to, "to");
    }
  }

  /**
   * A job was added.
   *
   * @param orderId the order
   * @param at when
   * @param job the job
   * @param supplement whether it is a supplement found during the work
   */
  record JobAdded(RepairOrderId orderId, Instant at, JobId job, boolean supplement)
      implements RepairOrderEvent {
    /** Validates the components. */
    public JobAdded {
      Checks.requireNonNull(orderId, "orderId");
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(job, "job");
    }
  }

  /**
   * A job moved from one status to another.
   *
   * @param orderId the order
   * @param at when
   * @param job the job
   * @param from the previous status
   * @param to the new status
   */
  record JobStatusChanged(
      RepairOrderId orderId, Instant at, JobId job, JobStatus from, JobStatus to)
      implements RepairOrderEvent {
    /** Validates the components. */
    public JobStatusChanged {
      Checks.requireNonNull(orderId, "orderId");
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(job, "job");
      Checks.requireNonNull(from, "from");
      Checks.requireNonNull(to, "to");
    }
  }

  /**
   * A job's record changed without a status change, for example its cause was recorded.
   *
   * @param orderId the order
   * @param at when
   * @param job the job
   * @param field the changed field, for example {@code cause}
   */
  record JobUpdated(RepairOrderId orderId, Instant at, JobId job, String field)
      implements RepairOrderEvent {
    /** Validates the components. */
    public JobUpdated {
      Checks.requireNonNull(orderId, "orderId");
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(job, "job");
      Checks.requireNonNull(field, "field");
    }
  }

  /**
   * A job was assigned to a technician.
   *
   * @param orderId the order
   * @param at when
   * @param job the job
   * @param technician the technician
   */
  record TechnicianAssigned(RepairOrderId orderId, Instant at, JobId job, TechnicianId technician)
      implements RepairOrderEvent {
    /** Validates the components. */
    public TechnicianAssigned {
      Checks.requireNonNull(orderId, "orderId");
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(job, "job");
      Checks.requireNonNull(technician, "technician");
    }
  }

  /**
   * The promised completion time was set or moved.
   *
   * @param orderId the order
   * @param at when
   * @param promisedAt the promised time
   */
  record PromiseSet(RepairOrderId orderId, Instant at, Instant promisedAt)
      implements RepairOrderEvent {
    /** Validates the components. */
    public PromiseSet {
      Checks.requireNonNull(orderId, "orderId");
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(promisedAt, "promisedAt");
    }
  }

  /**
   * Payment method, old-parts disposition and wash were agreed.
   *
   * @param orderId the order
   * @param at when
   */
  record TermsAgreed(RepairOrderId orderId, Instant at) implements RepairOrderEvent {
    /** Validates the components. */
    public TermsAgreed {
      Checks.requireNonNull(orderId, "orderId");
      Checks.requireNonNull(at, "at");
    }
  }

  /**
   * A final inspection was recorded.
   *
   * @param orderId the order
   * @param at when
   * @param passed whether it passed
   */
  record QualityChecked(RepairOrderId orderId, Instant at, boolean passed)
      implements RepairOrderEvent {
    /** Validates the components. */
    public QualityChecked {
      Checks.requireNonNull(orderId, "orderId");
      Checks.requireNonNull(at, "at");
    }
  }

  /**
   * A follow-up call was recorded.
   *
   * @param orderId the order
   * @param at when
   * @param reached whether the customer answered
   * @param complaint whether they complained
   */
  record FollowUpRecorded(RepairOrderId orderId, Instant at, boolean reached, boolean complaint)
      implements RepairOrderEvent {
    /** Validates the components. */
    public FollowUpRecorded {
      Checks.requireNonNull(orderId, "orderId");
      Checks.requireNonNull(at, "at");
    }
  }
}

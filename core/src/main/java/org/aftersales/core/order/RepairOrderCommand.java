package org.aftersales.core.order;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.vehicle.OdometerReading;

/**
 * A command to a {@link RepairOrder}, applied with {@link RepairOrder#apply}. Each command
 * carries the instant it happened, which must not be earlier than the order's {@link
 * RepairOrder#lastUpdatedAt()}.
 *
 * <p>The transition table (status → command → status), after the seed process (DOMAIN §2):
 *
 * <table>
 *   <caption>Commands and the statuses they are allowed in</caption>
 *   <tr><th>command</th><th>allowed in</th><th>leads to</th></tr>
 *   <tr><td>{@link AddJob}</td><td>APPOINTMENT … AUTHORIZED</td><td>unchanged</td></tr>
 *   <tr><td>{@link AgreeTerms}</td><td>APPOINTMENT … AUTHORIZED</td><td>unchanged</td></tr>
 *   <tr><td>{@link Promise}</td><td>APPOINTMENT … READY</td><td>unchanged</td></tr>
 *   <tr><td>{@link CheckIn}</td><td>APPOINTMENT</td><td>CHECKED_IN</td></tr>
 *   <tr><td>{@link MarkNoShow}</td><td>APPOINTMENT</td><td>NO_SHOW</td></tr>
 *   <tr><td>{@link StartDiagnosis}</td><td>CHECKED_IN</td><td>DIAGNOSING</td></tr>
 *   <tr><td>{@link RecordCause}</td><td>CHECKED_IN … REWORK</td><td>unchanged</td></tr>
 *   <tr><td>{@link PresentEstimate}</td><td>CHECKED_IN, DIAGNOSING</td><td>ESTIMATED</td></tr>
 *   <tr><td>{@link Authorize}</td><td>ESTIMATED, AUTHORIZED</td><td>AUTHORIZED</td></tr>
 *   <tr><td>{@link Decline}, {@link Defer}</td><td>ESTIMATED … SUPPLEMENT_PENDING</td>
 *       <td>unchanged</td></tr>
 *   <tr><td>{@link Dispatch}</td><td>AUTHORIZED</td><td>DISPATCHED</td></tr>
 *   <tr><td>{@link Dispatch}</td><td>DISPATCHED, IN_PROGRESS, SUPPLEMENT_PENDING</td>
 *       <td>unchanged (assigns more work)</td></tr>
 *   <tr><td>{@link StartJob}</td><td>DISPATCHED, IN_PROGRESS, SUPPLEMENT_PENDING</td>
 *       <td>IN_PROGRESS (or unchanged)</td></tr>
 *   <tr><td>{@link CompleteJob}</td><td>IN_PROGRESS, SUPPLEMENT_PENDING</td><td>unchanged</td></tr>
 *   <tr><td>{@link ProposeSupplement}</td><td>IN_PROGRESS, SUPPLEMENT_PENDING</td>
 *       <td>SUPPLEMENT_PENDING</td></tr>
 *   <tr><td>{@link RecordConsent}, {@link RecordRefusal}</td><td>SUPPLEMENT_PENDING</td>
 *       <td>IN_PROGRESS once no supplement waits</td></tr>
 *   <tr><td>{@link RequestQualityCheck}</td><td>IN_PROGRESS</td><td>QUALITY_CHECK</td></tr>
 *   <tr><td>{@link PassQualityCheck}</td><td>QUALITY_CHECK</td><td>READY</td></tr>
 *   <tr><td>{@link FailQualityCheck}</td><td>QUALITY_CHECK</td><td>REWORK</td></tr>
 *   <tr><td>{@link StartRework}</td><td>REWORK</td><td>IN_PROGRESS</td></tr>
 *   <tr><td>{@link Deliver}</td><td>READY</td><td>DELIVERED</td></tr>
 *   <tr><td>{@link RecordFollowUp}</td><td>DELIVERED, FOLLOWED_UP</td>
 *       <td>FOLLOWED_UP when reached</td></tr>
 *   <tr><td>{@link Close}</td><td>DELIVERED, FOLLOWED_UP</td><td>CLOSED</td></tr>
 *   <tr><td>{@link Cancel}</td><td>APPOINTMENT … DISPATCHED</td><td>CANCELLED</td></tr>
 * </table>
 *
 * <p>Commands are immutable records. JSON: an object with a {@code "command"} field naming the
 * record, for example {@code {"command":"StartJob","at":"...","job":"J1"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "command")
@JsonSubTypes({
  @JsonSubTypes.Type(value = RepairOrderCommand.AddJob.class, name = "AddJob"),
  @JsonSubTypes.Type(value = RepairOrderCommand.AgreeTerms.class, name = "AgreeTerms"),
  @JsonSubTypes.Type(value = RepairOrderCommand.Promise.class, name = "Promise"),
  @JsonSubTypes.Type(value = RepairOrderCommand.CheckIn.class, name = "CheckIn"),
  @JsonSubTypes.Type(value = RepairOrderCommand.MarkNoShow.class, name = "MarkNoShow"),
  @JsonSubTypes.Type(value = RepairOrderCommand.StartDiagnosis.class, name = "StartDiagnosis"),
  @JsonSubTypes.Type(value = RepairOrderCommand.RecordCause.class, name = "RecordCause"),
  @JsonSubTypes.Type(value = RepairOrderCommand.PresentEstimate.class, name = "PresentEstimate"),
  @JsonSubTypes.Type(value = RepairOrderCommand.Authorize.class, name = "Authorize"),
  @JsonSubTypes.Type(value = RepairOrderCommand.Decline.class, name = "Decline"),
  @JsonSubTypes.Type(value = RepairOrderCommand.Defer.class, name = "Defer"),
  @JsonSubTypes.Type(value = RepairOrderCommand.Dispatch.class, name = "Dispatch"),
  @JsonSubTypes.Type(value = RepairOrderCommand.StartJob.class, name = "StartJob"),
  @JsonSubTypes.Type(value = RepairOrderCommand.CompleteJob.class, name = "CompleteJob"),
  @JsonSubTypes.Type(value = RepairOrderCommand.ProposeSupplement.class, name = "ProposeSupplement"),
  @JsonSubTypes.Type(value = RepairOrderCommand.RecordConsent.class, name = "RecordConsent"),
  @JsonSubTypes.Type(value = RepairOrderCommand.RecordRefusal.class, name = "RecordRefusal"),
  @JsonSubTypes.Type(value = RepairOrderCommand.RequestQualityCheck.class, name = "RequestQualityCheck"),
  @JsonSubTypes.Type(value = RepairOrderCommand.PassQualityCheck.class, name = "PassQualityCheck"),
  @JsonSubTypes.Type(value = RepairOrderCommand.FailQualityCheck.class, name = "FailQualityCheck"),
  @JsonSubTypes.Type(value = RepairOrderCommand.StartRework.class, name = "StartRework"),
  @JsonSubTypes.Type(value = RepairOrderCommand.Deliver.class, name = "Deliver"),
  @JsonSubTypes.Type(value = RepairOrderCommand.RecordFollowUp.class, name = "RecordFollowUp"),
  @JsonSubTypes.Type(value = RepairOrderCommand.Close.class, name = "Close"),
  @JsonSubTypes.Type(value = RepairOrderCommand.Cancel.class, name = "Cancel")
})
public sealed interface RepairOrderCommand {

  /**
   * When the command happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * The command's name, as in the transition table and in JSON.
   *
   * @return the simple name, for example {@code StartJob}
   */
  default String name() {
    return getClass().getSimpleName();
  }

  private static List<JobId> jobList(List<JobId> jobs, String path) {
    Checks.requireNonNull(jobs, path);
    Checks.require(!jobs.isEmpty(), path, CoreErrorCode.REQUIRED_FIELD, "%s must name at least one job", path);
    for (int i = 0; i < jobs.size(); i++) {
      Checks.requireNonNull(jobs.get(i), path + "[" + i + "]");
    }
    Checks.requireUnique(jobs, j -> j, path);
    return List.copyOf(jobs);
  }

  /**
   * Adds a proposed job: requested work at booking, or found at check-in or diagnosis.
   *
   * @param at when
   * @param job the job; must be {@link JobStatus#PROPOSED} and not a supplement
   */
  record AddJob(Instant at, Job job) implements RepairOrderCommand {
    /** Validates the components. */
    public AddJob {
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(job, "job");
    }
  }

  /**
   * Records the terms agreed on the repair order (DOMAIN §2 step 5).
   *
   * @param at when
   * @param paymentMethod how the customer pays
   * @param oldPartsDisposition what happens to replaced parts
   * @param wash whether the customer wants the free wash
   */
  record AgreeTerms(
      Instant at, PaymentMethod paymentMethod, OldPartsDisposition oldPartsDisposition, boolean wash)
      implements RepairOrderCommand {
    /** Validates the components. */
    public AgreeTerms {
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(paymentMethod, "paymentMethod");
      Checks.requireNonNull(oldPartsDisposition, "oldPartsDisposition");
    }
  }

  /**
   * Sets or moves the promised completion time; the customer must be told of a change.
   *
   * @param at when
   * @param promisedAt the new promised time, not before {@code at}
   */
  record Promise(Instant at, Instant promisedAt) implements RepairOrderCommand {
    /** Validates the components. */
    public Promise {
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(promisedAt, "promisedAt");
      Checks.require(
          !promisedAt.isBefore(at),
          "promisedAt",
          CoreErrorCode.DATE_ORDER,
          "promisedAt %s is before the promise was made at %s",
          promisedAt,
          at);
    }
  }

  /**
   * Receives the vehicle: walk-around with the customer, covers fitted, key tagged.
   *
   * @param at when
   * @param walkAround the walk-around record
   */
  record CheckIn(Instant at, WalkAround walkAround) implements RepairOrderCommand {
    /** Validates the components. */
    public CheckIn {
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(walkAround, "walkAround");
    }
  }

  /**
   * Records that the customer did not come to the appointment.
   *
   * @param at when
   */
  record MarkNoShow(Instant at) implements RepairOrderCommand {
    /** Validates the component. */
    public MarkNoShow {
      Checks.requireNonNull(at, "at");
    }
  }

  /**
   * Starts diagnosis of the concerns.
   *
   * @param at when
   */
  record StartDiagnosis(Instant at) implements RepairOrderCommand {
    /** Validates the component. */
    public StartDiagnosis {
      Checks.requireNonNull(at, "at");
    }
  }

  /**
   * Records the cause found for a job's concern.
   *
   * @param at when
   * @param job the job
   * @param cause the cause, at most 500 characters
   */
  record RecordCause(Instant at, JobId job, String cause) implements RepairOrderCommand {
    /** Validates the components. */
    public RecordCause {
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(job, "job");
      cause = Checks.requireText(cause, "cause", 500);
    }
  }

  /**
   * Presents the priced jobs to the customer; at least one job must be proposed.
   *
   * @param at when
   */
  record PresentEstimate(Instant at) implements RepairOrderCommand {
    /** Validates the component. */
    public PresentEstimate {
      Checks.requireNonNull(at, "at");
    }
  }

  /**
   * Records the customer's consent to proposed jobs.
   *
   * @param at when
   * @param jobs proposed, non-supplement jobs; at least one
   * @param authorization who consented, how, to what amount and when
   */
  record Authorize(Instant at, List<JobId> jobs, Authorization authorization)
      implements RepairOrderCommand {
    /** Validates the components. */
    public Authorize {
      Checks.requireNonNull(at, "at");
      jobs = jobList(jobs, "jobs");
      Checks.requireNonNull(authorization, "authorization");
    }
  }

  /**
   * Records that the customer refused proposed jobs.
   *
   * @param at when
   * @param jobs proposed, non-supplement jobs; at least one
   * @param refusal who was told, how and when
   */
  record Decline(Instant at, List<JobId> jobs, Refusal refusal) implements RepairOrderCommand {
    /** Validates the components. */
    public Decline {
      Checks.requireNonNull(at, "at");
      jobs = jobList(jobs, "jobs");
      Checks.requireNonNull(refusal, "refusal");
    }
  }

  /**
   * Postpones jobs to a later visit: proposed jobs, or authorized jobs not yet started.
   *
   * @param at when
   * @param jobs the jobs; at least one
   * @param refusal who was told, how and when
   */
  record Defer(Instant at, List<JobId> jobs, Refusal refusal) implements RepairOrderCommand {
    /** Validates the components. */
    public Defer {
      Checks.requireNonNull(at, "at");
      jobs = jobList(jobs, "jobs");
      Checks.requireNonNull(refusal, "refusal");
    }
  }

  /**
   * Assigns consented jobs to technicians (派工); every labour line of an assigned job gets the
   * technician.
   *
   * @param at when
   * @param assignments job to technician; at least one
   */
  record Dispatch(Instant at, Map<JobId, TechnicianId> assignments) implements RepairOrderCommand {
    /** Validates the components and sorts the assignments by job. */
    public Dispatch {
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(assignments, "assignments");
      Checks.require(
          !assignments.isEmpty(),
          "assignments",
          CoreErrorCode.REQUIRED_FIELD,
          "assignments must name at least one job");
      SortedMap<JobId, TechnicianId> sorted = new TreeMap<>();
      assignments.forEach(
          (job, tech) ->
              sorted.put(
                  Checks.requireNonNull(job, "assignments.key"),
                  Checks.requireNonNull(tech, "assignments[" + job + "]")));
      assignments = java.util.Collections.unmodifiableSortedMap(sorted);
    }
  }

  /**
   * A technician starts an authorized job. A supplement without consent cannot start.
   *
   * @param at when
   * @param job the job
   */
  record StartJob(Instant at, JobId job) implements RepairOrderCommand {
    /** Validates the components. */
    public StartJob {
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(job, "job");
    }
  }

  /**
   * A technician finishes a job: the correction and the hours clocked per operation.
   *
   * @param at when
   * @param job the job, in progress
   * @param correction what was done, at most 500 characters
   * @param clockedHours hours clocked by operation code; codes must be on the job
   */
  record CompleteJob(Instant at, JobId job, String correction, Map<String, Hours> clockedHours)
      implements RepairOrderCommand {
    /** Validates the components and sorts the clocked hours by operation code. */
    public CompleteJob {
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(job, "job");
      correction = Checks.requireText(correction, "correction", 500);
      Checks.requireNonNull(clockedHours, "clockedHours");
      SortedMap<String, Hours> sorted = new TreeMap<>();
      clockedHours.forEach(
          (op, h) ->
              sorted.put(
                  Checks.requireNonNull(op, "clockedHours.key"),
                  Checks.requireNonNull(h, "clockedHours[" + op + "]")));
      clockedHours = java.util.Collections.unmodifiableSortedMap(sorted);
    }
  }

  /**
   * Proposes supplementary work found during the repair (追加维修项目); it waits for consent.
   *
   * @param at when
   * @param job the job; must be {@link JobStatus#PROPOSED}
   */
  record ProposeSupplement(Instant at, Job job) implements RepairOrderCommand {
    /** Validates the components. */
    public ProposeSupplement {
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(job, "job");
    }
  }

  /**
   * Records the customer's consent to a supplement: price and new completion time were told.
   *
   * @param at when
   * @param job the supplement
   * @param authorization who consented, how, to what amount and when
   */
  record RecordConsent(Instant at, JobId job, Authorization authorization)
      implements RepairOrderCommand {
    /** Validates the components. */
    public RecordConsent {
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(job, "job");
      Checks.requireNonNull(authorization, "authorization");
    }
  }

  /**
   * Records the customer's refusal of a supplement: who was told and when.
   *
   * @param at when
   * @param job the supplement
   * @param refusal who was told, how and when
   */
  record RecordRefusal(Instant at, JobId job, Refusal refusal) implements RepairOrderCommand {
    /** Validates the components. */
    public RecordRefusal {
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(job, "job");
      Checks.requireNonNull(refusal, "refusal");
    }
  }

  /**
   * Hands the vehicle to the final inspection; every job must be done, declined or deferred.
   *
   * @param at when
   */
  record RequestQualityCheck(Instant at) implements RepairOrderCommand {
    /** Validates the component. */
    public RequestQualityCheck {
      Checks.requireNonNull(at, "at");
    }
  }

  /**
   * Records a passed final inspection.
   *
   * @param at when
   * @param inspector who inspected
   * @param findings remarks, possibly empty
   */
  record PassQualityCheck(Instant at, TechnicianId inspector, List<String> findings)
      implements RepairOrderCommand {
    /** Validates the components. */
    public PassQualityCheck {
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(inspector, "inspector");
      findings = List.copyOf(Checks.requireNonNull(findings, "findings"));
    }
  }

  /**
   * Records a failed final inspection; the named done jobs go back to the workshop.
   *
   * @param at when
   * @param inspector who inspected
   * @param reworkJobs done jobs to redo; at least one
   * @param findings what failed
   */
  record FailQualityCheck(
      Instant at, TechnicianId inspector, List<JobId> reworkJobs, List<String> findings)
      implements RepairOrderCommand {
    /** Validates the components. */
    public FailQualityCheck {
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(inspector, "inspector");
      reworkJobs = jobList(reworkJobs, "reworkJobs");
      findings = List.copyOf(Checks.requireNonNull(findings, "findings"));
    }
  }

  /**
   * The workshop takes up the rework.
   *
   * @param at when
   */
  record StartRework(Instant at) implements RepairOrderCommand {
    /** Validates the component. */
    public StartRework {
      Checks.requireNonNull(at, "at");
    }
  }

  /**
   * Hands the vehicle back and settles the invoice (交车 / 结算).
   *
   * @param at when
   * @param odometerOut the odometer at delivery, not below the odometer in
   * @param paymentMethod how the customer paid
   */
  record Deliver(Instant at, OdometerReading odometerOut, PaymentMethod paymentMethod)
      implements RepairOrderCommand {
    /** Validates the components. */
    public Deliver {
      Checks.requireNonNull(at, "at");
      Checks.requireNonNull(odometerOut, "odometerOut");
      Checks.requireNonNull(paymentMethod, "paymentMethod");
    }
  }

  /**
   * Records a follow-up call (回访).
   *
   * @param at when
   * @param reached whether the customer answered
   * @param complaint whether they complained
   */
  record RecordFollowUp(Instant at, boolean reached, boolean complaint)
      implements RepairOrderCommand {
    /** Validates the components. */
    public RecordFollowUp {
      new FollowUpCall(at, reached, complaint);
    }
  }

  /**
   * Closes a delivered order.
   *
   * @param at when
   */
  record Close(Instant at) implements RepairOrderCommand {
    /** Validates the component. */
    public Close {
      Checks.requireNonNull(at, "at");
    }
  }

  /**
   * Cancels an order before work has started.
   *
   * @param at when
   * @param reason why, at most 500 characters
   */
  record Cancel(Instant at, String reason) implements RepairOrderCommand {
    /** Validates the components. */
    public Cancel {
      Checks.requireNonNull(at, "at");
      reason = Checks.requireText(reason, "reason", 500);
    }
  }
}

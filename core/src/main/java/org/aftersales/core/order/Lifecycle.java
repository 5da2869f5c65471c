package org.aftersales.core.order;

import static org.aftersales.core.order.RepairOrderStatus.APPOINTMENT;
import static org.aftersales.core.order.RepairOrderStatus.AUTHORIZED;
import static org.aftersales.core.order.RepairOrderStatus.CANCELLED;
import static org.aftersales.core.order.RepairOrderStatus.CHECKED_IN;
import static org.aftersales.core.order.RepairOrderStatus.CLOSED;
import static org.aftersales.core.order.RepairOrderStatus.DELIVERED;
import static org.aftersales.core.order.RepairOrderStatus.DIAGNOSING;
import static org.aftersales.core.order.RepairOrderStatus.DISPATCHED;
import static org.aftersales.core.order.RepairOrderStatus.ESTIMATED;
import static org.aftersales.core.order.RepairOrderStatus.FOLLOWED_UP;
import static org.aftersales.core.order.RepairOrderStatus.IN_PROGRESS;
import static org.aftersales.core.order.RepairOrderStatus.NO_SHOW;
import static org.aftersales.core.order.RepairOrderStatus.QUALITY_CHECK;
import static org.aftersales.core.order.RepairOrderStatus.READY;
import static org.aftersales.core.order.RepairOrderStatus.REWORK;
import static org.aftersales.core.order.RepairOrderStatus.SUPPLEMENT_PENDING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ErrorCode;
import org.aftersales.core.IllegalTransitionException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.order.RepairOrderCommand.AddJob;
import org.aftersales.core.order.RepairOrderCommand.AgreeTerms;
import org.aftersales.core.order.RepairOrderCommand.Authorize;
import org.aftersales.core.order.RepairOrderCommand.Cancel;
import org.aftersales.core.order.RepairOrderCommand.CheckIn;
import org.aftersales.core.order.RepairOrderCommand.Close;
import org.aftersales.core.order.RepairOrderCommand.CompleteJob;
import org.aftersales.core.order.RepairOrderCommand.Decline;
import org.aftersales.core.order.RepairOrderCommand.Defer;
import org.aftersales.core.order.RepairOrderCommand.Deliver;
import org.aftersales.core.order.RepairOrderCommand.Dispatch;
import org.aftersales.core.order.RepairOrderCommand.FailQualityCheck;
import org.aftersales.core.order.RepairOrderCommand.MarkNoShow;
import org.aftersales.core.order.RepairOrderCommand.PassQualityCheck;
import org.aftersales.core.order.RepairOrderCommand.PresentEstimate;
import org.aftersales.core.order.RepairOrderCommand.Promise;
import org.aftersales.core.order.RepairOrderCommand.ProposeSupplement;
import org.aftersales.core.order.RepairOrderCommand.RecordCause;
import org.aftersales.core.order.RepairOrderCommand.RecordConsent;
import org.aftersales.core.order.RepairOrderCommand.RecordFollowUp;
import org.aftersales.core.order.RepairOrderCommand.RecordRefusal;
import org.aftersales.core.order.RepairOrderCommand.RequestQualityCheck;
import org.aftersales.core.order.RepairOrderCommand.StartDiagnosis;
import org.aftersales.core.order.RepairOrderCommand.StartJob;
import org.aftersales.core.order.RepairOrderCommand.StartRework;
import org.aftersales.core.order.RepairOrderEvent.FollowUpRecorded;
import org.aftersales.core.order.RepairOrderEvent.JobAdded;
import org.aftersales.core.order.RepairOrderEvent.JobStatusChanged;
import org.aftersales.core.order.RepairOrderEvent.JobUpdated;
import org.aftersales.core.order.RepairOrderEvent.PromiseSet;
import org.aftersales.core.order.RepairOrderEvent.QualityChecked;
import org.aftersales.core.order.RepairOrderEvent.StatusChanged;
import org.aftersales.core.order.RepairOrderEvent.TechnicianAssigned;
import org.aftersales.core.order.RepairOrderEvent.TermsAgreed;
import org.aftersales.core.vehicle.OdometerReading;

/**
 * The repair-order state machine: the transition table of {@link RepairOrderCommand} and the
 * preconditions of each command. Pure: it reads an order and a command and builds a new order.
 */
final class Lifecycle {

  /** Command name to the statuses it is allowed in, in lifecycle order. */
  private static final Map<String, EnumSet<RepairOrderStatus>> ALLOWED = new LinkedHashMap<>();

  static {
    EnumSet<RepairOrderStatus> beforeWork = EnumSet.range(APPOINTMENT, AUTHORIZED);
    allow(AddJob.class, beforeWork);
    allow(AgreeTerms.class, beforeWork);
    allow(Promise.class, EnumSet.range(APPOINTMENT, READY));
    allow(CheckIn.class, EnumSet.of(APPOINTMENT));
    allow(MarkNoShow.class, EnumSet.of(APPOINTMENT));
    allow(StartDiagnosis.class, EnumSet.of(CHECKED_IN));
    allow(
        RecordCause.class,
        EnumSet.of(
            CHECKED_IN, DIAGNOSING, ESTIMATED, AUTHORIZED, DISPATCHED, IN_PROGRESS,
            SUPPLEMENT_PENDING, REWORK));
    allow(PresentEstimate.class, EnumSet.of(CHECKED_IN, DIAGNOSING));
    EnumSet<RepairOrderStatus> answering = EnumSet.range(ESTIMATED, SUPPLEMENT_PENDING);
    allow(Authorize.class, answering);
    allow(Decline.class, answering);
    allow(Defer.class, answering);
    allow(Dispatch.class, EnumSet.range(AUTHORIZED, SUPPLEMENT_PENDING));
    allow(StartJob.class, EnumSet.range(DISPATCHED, SUPPLEMENT_PENDING));
    allow(CompleteJob.class, EnumSet.of(IN_PROGRESS, SUPPLEMENT_PENDING));
    allow(ProposeSupplement.class, EnumSet.of(IN_PROGRESS, SUPPLEMENT_PENDING));
    allow(RecordConsent.class, EnumSet.of(SUPPLEMENT_PENDING));
    allow(RecordRefusal.class, EnumSet.of(SUPPLEMENT_PENDING));
    allow(RequestQualityCheck.class, EnumSet.of(IN_PROGRESS));
    allow(PassQualityCheck.class, EnumSet.of(QUALITY_CHECK));
    allow(FailQualityCheck.class, EnumSet.of(QUALITY_CHECK));
    allow(StartRework.class, EnumSet.of(REWORK));
    allow(Deliver.class, EnumSet.of(READY));
    allow(RecordFollowUp.class, EnumSet.of(DELIVERED, FOLLOWED_UP));
    allow(Close.class, EnumSet.of(DELIVERED, FOLLOWED_UP));
    allow(Cancel.class, EnumSet.range(APPOINTMENT, DISPATCHED));
  }

  private static void allow(Class<? extends RepairOrderCommand> c, EnumSet<RepairOrderStatus> s) {
    ALLOWED.put(c.getSimpleName(), s);
  }

  private Lifecycle() {}

  static List<String> allowedCommands(RepairOrderStatus status) {
    return ALLOWED.entrySet().stream()
        .filter(e -> e.getValue().contains(status))
        .map(Map.Entry::getKey)
        .toList();
  }

  static Transition apply(RepairOrder order, RepairOrderCommand command) {
    Checks.requireNonNull(command, "command");
    EnumSet<RepairOrderStatus> allowed = ALLOWED.get(command.name());
    if (!allowed.contains(order.status())) {
      throw new IllegalTransitionException(
          order.status().name(),
          command.name(),
          CoreErrorCode.ILLEGAL_TRANSITION,
          command.name()
              + " is not allowed on repair order "
              + order.id()
              + " in status "
              + order.status()
              + "; it is allowed in "
              + allowed
              + "; allowed now: "
              + allowedCommands(order.status()));
    }
    if (command.at().isBefore(order.lastUpdatedAt())) {
      throw ValidationException.of(
          "at",
          CoreErrorCode.OUT_OF_ORDER,
          command.name()
              + " at "
              + command.at()
              + " is earlier than the last change of repair order "
              + order.id()
              + " at "
              + order.lastUpdatedAt());
    }
    Step step = new Step(order, command);
    dispatch(step, command);
    return step.finish();
  }

  private static void dispatch(Step s, RepairOrderCommand command) {
    if (command instanceof AddJob c) {
      s.addJob(c.job(), false);
    } else if (command instanceof AgreeTerms c) {
      s.builder
          .paymentMethod(c.paymentMethod())
          .oldPartsDisposition(c.oldPartsDisposition())
          .wash(c.wash());
      s.events.add(new TermsAgreed(s.order.id(), c.at()));
    } else if (command instanceof Promise c) {
      s.builder.promisedAt(c.promisedAt());
      s.events.add(new PromiseSet(s.order.id(), c.at(), c.promisedAt()));
    } else if (command instanceof CheckIn c) {
      s.builder.walkAround(c.walkAround());
      s.moveTo(CHECKED_IN);
    } else if (command instanceof MarkNoShow) {
      s.moveTo(NO_SHOW);
    } else if (command instanceof StartDiagnosis) {
      s.moveTo(DIAGNOSING);
    } else if (command instanceof RecordCause c) {
      int i = s.index(c.job(), "job");
      s.jobs.set(i, Job.builder().from(s.jobs.get(i)).cause(c.cause()).build());
      s.events.add(new JobUpdated(s.order.id(), c.at(), c.job(), "cause"));
    } else if (command instanceof PresentEstimate) {
      if (s.jobs.stream().noneMatch(j -> j.status() == JobStatus.PROPOSED)) {
        throw s.refuse(CoreErrorCode.JOB_STATUS, "there is no proposed job to present");
      }
      s.moveTo(ESTIMATED);
    } else if (command instanceof Authorize c) {
      for (JobId id : c.jobs()) {
        Job j = s.requireAnswerable(id);
        s.setJob(Job.builder().from(j).status(JobStatus.AUTHORIZED).authorization(c.authorization()).build());
      }
      if (s.order.status() == ESTIMATED) {
        s.moveTo(AUTHORIZED);
      }
    } else if (command instanceof Decline c) {
      for (JobId id : c.jobs()) {
        Job j = s.requireAnswerable(id);
        s.setJob(Job.builder().from(j).status(JobStatus.DECLINED).refusal(c.refusal()).build());
      }
    } else if (command instanceof Defer c) {
      for (JobId id : c.jobs()) {
        Job j = s.jobs.get(s.index(id, "jobs"));
        if (j.status() != JobStatus.AUTHORIZED) {
          s.requireAnswerable(id);
        }
        s.setJob(Job.builder().from(j).status(JobStatus.DEFERRED).refusal(c.refusal()).build());
      }
    } else if (command instanceof Dispatch c) {
      dispatchJobs(s, c);
    } else if (command instanceof StartJob c) {
      Job j = s.jobs.get(s.index(c.job(), "job"));
      if (j.supplement() && j.status() == JobStatus.PROPOSED) {
        throw s.refuse(
            CoreErrorCode.SUPPLEMENT_NOT_CONSENTED,
            "supplement " + j.id() + " has no recorded consent; record it with RecordConsent first");
      }
      s.requireJobStatus(j, JobStatus.AUTHORIZED);
      s.setJob(Job.builder().from(j).status(JobStatus.IN_PROGRESS).build());
      if (s.order.status() == DISPATCHED) {
        s.moveTo(IN_PROGRESS);
      }
    } else if (command instanceof CompleteJob c) {
      completeJob(s, c);
    } else if (command instanceof ProposeSupplement c) {
      s.addJob(c.job(), true);
      s.moveTo(SUPPLEMENT_PENDING);
    } else if (command instanceof RecordConsent c) {
      Job j = s.requirePendingSupplement(c.job());
      s.setJob(Job.builder().from(j).status(JobStatus.AUTHORIZED).authorization(c.authorization()).build());
      s.leaveSupplementPendingIfAnswered();
    } else if (command instanceof RecordRefusal c) {
      Job j = s.requirePendingSupplement(c.job());
      s.setJob(Job.builder().from(j).status(JobStatus.DECLINED).refusal(c.refusal()).build());
      s.leaveSupplementPendingIfAnswered();
    } else if (command instanceof RequestQualityCheck) {
      s.requireWorkFinished();
      s.moveTo(QUALITY_CHECK);
    } else if (command instanceof PassQualityCheck c) {
      s.builder.addQualityCheck(
          QualityCheck.builder().inspector(c.inspector()).at(c.at()).passed(true).findings(c.findings()).build());
      s.events.add(new QualityChecked(s.order.id(), c.at(), true));
      s.moveTo(READY);
    } else if (command instanceof FailQualityCheck c) {
      for (JobId id : c.reworkJobs()) {
        Job j = s.jobs.get(s.index(id, "reworkJobs"));
        s.requireJobStatus(j, JobStatus.DONE);
        s.setJob(Job.builder().from(j).status(JobStatus.AUTHORIZED).build());
      }
      s.builder.addQualityCheck(
          QualityCheck.builder()
              .inspector(c.inspector())
              .at(c.at())
              .passed(false)
              .findings(c.findings())
              .reworkJobs(c.reworkJobs())
              .build());
      s.events.add(new QualityChecked(s.order.id(), c.at(), false));
      s.moveTo(REWORK);
    } else if (command instanceof StartRework) {
      s.moveTo(IN_PROGRESS);
    } else if (command instanceof Deliver c) {
      deliver(s, c);
    } else if (command instanceof RecordFollowUp c) {
      s.builder.addFollowUp(new FollowUpCall(c.at(), c.reached(), c.complaint()));
      s.events.add(new FollowUpRecorded(s.order.id(), c.at(), c.reached(), c.complaint()));
      if (c.reached()) {
        s.moveTo(FOLLOWED_UP);
      }
    } else if (command instanceof Close) {
      s.moveTo(CLOSED);
    } else if (command instanceof Cancel c) {
      s.builder.cancellationReason(c.reason());
      s.moveTo(CANCELLED);
    } else {
      throw new IllegalStateException("unhandled command " + command.name());
    }
  }

  private static void dispatchJobs(Step s, Dispatch c) {
    for (Map.Entry<JobId, TechnicianId> e : c.assignments().entrySet()) {
      Job j = s.jobs.get(s.index(e.getKey(), "assignments"));
      if (j.status() != JobStatus.AUTHORIZED && j.status() != JobStatus.IN_PROGRESS) {
        throw s.refuse(
            CoreErrorCode.JOB_STATUS,
            "job " + j.id() + " is " + j.status() + "; only AUTHORIZED or IN_PROGRESS jobs can be dispatched");
      }
      List<LabourLine> labour = new ArrayList<>(j.labour().size());
      for (LabourLine l : j.labour()) {
        labour.add(LabourLine.builder().from(l).technician(e.getValue()).build());
      }
      s.setJob(Job.builder().from(j).labour(labour).build());
      s.events.add(new TechnicianAssigned(s.order.id(), c.at(), j.id(), e.getValue()));
    }
    if (s.order.status() == AUTHORIZED) {
      s.moveTo(DISPATCHED);
    }
  }

  private static void completeJob(Step s, CompleteJob c) {
    Job j = s.jobs.get(s.index(c.job(), "job"));
    s.requireJobStatus(j, JobStatus.IN_PROGRESS);
    for (String op : c.clockedHours().keySet()) {
      if (j.labour().stream().noneMatch(l -> l.opCode().equals(op))) {
        throw ValidationException.of(
            "clockedHours[" + op + "]",
            CoreErrorCode.UNKNOWN_REFERENCE,
            "operation " + op + " is not on job " + j.id());
      }
    }
    List<LabourLine> labour = new ArrayList<>(j.labour().size());
    for (LabourLine l : j.labour()) {
      var clocked = c.clockedHours().get(l.opCode());
      labour.add(clocked == null ? l : LabourLine.builder().from(l).clockedHours(clocked).build());
    }
    s.setJob(
        Job.builder().from(j).labour(labour).correction(c.correction()).status(JobStatus.DONE).build());
  }

  private static void deliver(Step s, Deliver c) {
    RepairOrder o = s.order;
    if (!o.lastQualityCheck().map(QualityCheck::passed).orElse(false)) {
      throw s.refuse(CoreErrorCode.QUALITY_CHECK_NOT_PASSED, "the last quality check has not passed");
    }
    s.requireWorkFinished();
    OdometerReading in = o.odometerIn().orElseThrow();
    OdometerReading out = c.odometerOut();
    if (!out.isClusterReplacement() && out.distance().compareTo(in.distance()) < 0) {
      throw ValidationException.of(
          "odometerOut.distance",
          CoreErrorCode.ODOMETER_ROLLBACK,
          "odometer out " + out.distance() + " is below odometer in " + in.distance()
              + "; only a CLUSTER_REPLACEMENT reading may go backwards");
    }
    s.builder.odometerOut(out).paymentMethod(c.paymentMethod());
    s.moveTo(DELIVERED);
  }

  /** The working state of one transition. */
  private static final class Step {
    final RepairOrder order;
    final RepairOrderCommand command;
    final RepairOrder.Builder builder;
    final List<Job> jobs;
    final List<RepairOrderEvent> events = new ArrayList<>();
    RepairOrderStatus target;

    Step(RepairOrder order, RepairOrderCommand command) {
      this.order = order;
      this.command = command;
      this.builder = RepairOrder.builder().from(order);
      this.jobs = new ArrayList<>(order.jobs());
      this.target = order.status();
    }

    IllegalTransitionException refuse(ErrorCode code, String why) {
      return new IllegalTransitionException(
          order.status().name(),
          command.name(),
          code,
          command.name() + " refused on repair order " + order.id() + " in status " + order.status() + ": " + why);
    }

    int index(JobId id, String path) {
      for (int i = 0; i < jobs.size(); i++) {
        if (jobs.get(i).id().equals(id)) {
          return i;
        }
      }
      throw ValidationException.of(
          path, CoreErrorCode.UNKNOWN_REFERENCE, "repair order " + order.id() + " has no job " + id);
    }

    void setJob(Job next) {
      int i = index(next.id(), "job");
      Job previous = jobs.get(i);
      jobs.set(i, next);
      if (previous.status() != next.status()) {
        events.add(new JobStatusChanged(order.id(), command.at(), next.id(), previous.status(), next.status()));
      }
    }

    void addJob(Job job, boolean supplement) {
      if (job.status() != JobStatus.PROPOSED
          || job.supplement()
          || job.authorization().isPresent()
          || job.refusal().isPresent()) {
        throw ValidationException.of(
            "job",
            CoreErrorCode.JOB_STATUS,
            "a new job must be PROPOSED, without authorization, refusal or supplement flag: " + job.id());
      }
      if (jobs.stream().anyMatch(j -> j.id().equals(job.id()))) {
        throw ValidationException.of(
            "job.id", CoreErrorCode.DUPLICATE_ID, "repair order " + order.id() + " already has job " + job.id());
      }
      jobs.add(supplement ? Job.builder().from(job).supplement(true).build() : job);
      events.add(new JobAdded(order.id(), command.at(), job.id(), supplement));
    }

    void requireJobStatus(Job j, JobStatus wanted) {
      if (j.status() != wanted) {
        throw refuse(CoreErrorCode.JOB_STATUS, "job " + j.id() + " is " + j.status() + ", not " + wanted);
      }
    }

    Job requireAnswerable(JobId id) {
      Job j = jobs.get(index(id, "jobs"));
      if (j.supplement()) {
        throw refuse(
            CoreErrorCode.JOB_STATUS,
            "job " + id + " is a supplement: record the answer with RecordConsent or RecordRefusal");
      }
      requireJobStatus(j, JobStatus.PROPOSED);
      return j;
    }

    Job requirePendingSupplement(JobId id) {
      Job j = jobs.get(index(id, "job"));
      if (!j.supplement()) {
        throw refuse(CoreErrorCode.JOB_STATUS, "job " + id + " is not a supplement");
      }
      requireJobStatus(j, JobStatus.PROPOSED);
      return j;
    }

    void leaveSupplementPendingIfAnswered() {
      if (jobs.stream().noneMatch(j -> j.supplement() && j.status() == JobStatus.PROPOSED)) {
        moveTo(IN_PROGRESS);
      }
    }

    void requireWorkFinished() {
      String open =
          jobs.stream()
              .filter(j -> !j.status().isSettled())
              .map(j -> j.id() + " " + j.status())
              .collect(Collectors.joining(", "));
      if (!open.isEmpty()) {
        throw refuse(
            CoreErrorCode.WORK_NOT_FINISHED,
            "every job must be done, declined or deferred; still open: " + open);
      }
      if (jobs.stream().noneMatch(j -> j.status() == JobStatus.DONE)) {
        throw refuse(CoreErrorCode.WORK_NOT_FINISHED, "no job is done");
      }
    }

    void moveTo(RepairOrderStatus next) {
      target = next;
    }

    Transition finish() {
      Instant at = command.at();
      builder.jobs(jobs).lastUpdatedAt(at);
      if (target != order.status()) {
        builder.status(target).addStatusHistory(new StatusChange(target, at));
        events.add(new StatusChanged(order.id(), at, order.status(), target));
      }
      return new Transition(builder.build(), events);
    }
  }
}

package org.aftersales.rules.service.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.aftersales.core.calendar.WorkingCalendar;
import org.aftersales.core.customer.ContactChannel;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.customer.CustomerType;
import org.aftersales.core.order.FollowUpCall;
import org.jspecify.annotations.Nullable;

/**
 * Plans follow-up work (DOMAIN §2 step 9; seed 001 "售后服务工作规定") by a {@link FollowUpPolicy}, in
 * the shop's zone and working-day calendar.
 *
 * <p><b>Tasks.</b> For each delivered visit: {@link FollowUpTaskType#CUSTOMER_FILE} counted from
 * the day the visit began; {@link FollowUpTaskType#FIRST_CALL} in the window from {@code
 * firstCallFrom} to {@code firstCallWithin} after the delivery day; {@link
 * FollowUpTaskType#SECOND_CALL} in the window from {@code secondCallFrom} after the first call (the
 * day the customer was first reached, or the first call's due date while not yet reached) to
 * {@code secondCallWithin} after that. For each request or complaint not answered on the call:
 * {@link FollowUpTaskType#ESCALATION} within {@code escalateWithin} of the day it was raised, and,
 * once a solution is found, {@link FollowUpTaskType#ANSWER} within {@code answerWithin} of that
 * day. For each promotion and customer: {@link FollowUpTaskType#PROMOTION_CALL} {@code
 * promotionNoticeAhead} before the start, and {@link FollowUpTaskType#PROMOTION_LETTER} within
 * {@code letterWithin} after the call (made, or due).
 *
 * <p><b>Fitting dates to the calendar.</b> A window keeps its first and last working day ({@link
 * FollowUpTask#notBefore()} and {@link FollowUpTask#dueDate()}); a window without any working day
 * (inside a long holiday) becomes the first working day after it. A deadline counted in calendar
 * days that falls on a rest day or holiday moves to the next working day (the usual rule for
 * deadlines); one counted in working days always is a working day. A date "ahead" of an event that
 * falls on a rest day moves back to the previous working day, so the notice is never shorter.
 * Every move is stated in the task's reasons.
 *
 * <p><b>Done.</b> The customer must be reached: the first reached call completes the first call,
 * the next reached call the second; unanswered attempts are counted in the reasons. A request
 * answered on the call needs nothing more; an answer without an escalation completes the
 * escalation. Customers whose preferred channel is {@code NONE}, and internal customers, get no
 * calls or letters (noted). Stateless and thread-safe.
 */
public final class FollowUpPlanner {

  private final FollowUpPolicy policy;
  private final WorkingCalendar calendar;

  private FollowUpPlanner(FollowUpPolicy policy) {
    this.policy = policy;
    this.calendar = policy.calendar();
  }

  /**
   * A planner for a policy.
   *
   * @param policy the policy
   * @return the planner
   */
  public static FollowUpPlanner of(FollowUpPolicy policy) {
    return new FollowUpPlanner(Checks.requireNonNull(policy, "policy"));
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public FollowUpPolicy policy() {
    return policy;
  }

  /**
   * The follow-up of one delivered visit.
   *
   * @param visit the visit
   * @return the plan
   */
  public FollowUpPlan plan(DeliveredVisit visit) {
    Checks.requireNonNull(visit, "visit");
    return plan(FollowUpWork.builder().addVisit(visit).build());
  }

  /**
   * The follow-up of visits, requests and promotions.
   *
   * @param work what to plan
   * @return the plan, tasks sorted by due date, type, reference and customer
   */
  public FollowUpPlan plan(FollowUpWork work) {
    Checks.requireNonNull(work, "work");
    List<FollowUpTask> tasks = new ArrayList<>();
    List<Reason> notes = new ArrayList<>();
    for (DeliveredVisit v : work.visits()) {
      visit(v, tasks, notes);
    }
    for (CustomerRequest r : work.requests()) {
      request(r, tasks, notes);
    }
    for (Promotion p : work.promotions()) {
      promotion(p, tasks, notes);
    }
    tasks.sort(
        Comparator.comparing(FollowUpTask::dueDate)
            .thenComparing(FollowUpTask::type)
            .thenComparing(FollowUpTask::reference)
            .thenComparing(t -> t.customer().map(CustomerRef::id).orElse("")));
    return FollowUpPlan.builder().zone(policy.zone()).tasks(tasks).notes(notes).build();
  }

  private void visit(DeliveredVisit v, List<FollowUpTask> tasks, List<Reason> notes) {
    String ref = v.orderId().value();
    LocalDate opened = date(v.openedAt());
    LocalDate delivered = date(v.deliveredAt());

    List<Reason> fileReasons = new ArrayList<>();
    LocalDate fileDue = deadline(policy.customerFileWithin().after(opened, calendar), fileReasons);
    fileReasons.add(
        0,
        Reason.of(
            "FOLLOW_UP_CUSTOMER_FILE",
            "open the customer file within {limit} after the visit began on {opened}: by {due}",
            "limit", policy.customerFileWithin(), "opened", opened, "due", fileDue));
    tasks.add(task(FollowUpTaskType.CUSTOMER_FILE, ref, v.customer(), null, fileDue,
        v.customerFileCreatedAt(), fileReasons));

    if (!contactable(v.customer())) {
      notes.add(
          Reason.of(
              "FOLLOW_UP_NOT_CONTACTED",
              "order {order}: no follow-up calls, the customer is {type} with preferred channel"
                  + " {channel}",
              "order", ref, "type", v.customer().type(), "channel", v.customer().preferredChannel()));
      return;
    }
    FollowUpCall first = null;
    FollowUpCall second = null;
    int unanswered = 0;
    for (FollowUpCall c : v.calls()) {
      if (!c.reached()) {
        unanswered++;
      } else if (first == null) {
        first = c;
      } else if (second == null) {
        second = c;
      }
      if (c.complaint()) {
        notes.add(
            Reason.of(
                "FOLLOW_UP_COMPLAINT_RAISED",
                "order {order}: complaint on the call at {at}; track it as a customer request",
                "order", ref, "at", c.at()));
      }
    }

    List<Reason> firstReasons = new ArrayList<>();
    LocalDate[] w1 =
        window(
            policy.firstCallFrom().after(delivered, calendar),
            policy.firstCallWithin().after(delivered, calendar),
            firstReasons);
    firstReasons.add(
        0,
        Reason.of(
            "FOLLOW_UP_FIRST_CALL",
            "first call {from} to {to} after delivery on {delivered}: {start} to {due}",
            "from", policy.firstCallFrom(), "to", policy.firstCallWithin(),
            "delivered", delivered, "start", w1[0], "due", w1[1]));
    if (unanswered > 0) {
      firstReasons.add(
          Reason.of(
              "FOLLOW_UP_UNANSWERED_CALLS",
              "{count} call attempts did not reach the customer",
              "count", unanswered));
    }
    Optional<Instant> firstAt = first == null ? Optional.empty() : Optional.of(first.at());
    tasks.add(task(FollowUpTaskType.FIRST_CALL, ref, v.customer(), w1[0], w1[1], firstAt, firstReasons));

    LocalDate base = first == null ? w1[1] : date(first.at());
    List<Reason> secondReasons = new ArrayList<>();
    LocalDate start2 = policy.secondCallFrom().after(base, calendar);
    LocalDate[] w2 = window(start2, policy.secondCallWithin().after(start2, calendar), secondReasons);
    secondReasons.add(
        0,
        Reason.of(
            "FOLLOW_UP_SECOND_CALL",
            "second call from {from} after the first call ({base}, {basis}) and within {within}"
                + " of that: {start} to {due}",
            "from", policy.secondCallFrom(), "base", base,
            "basis", first == null ? "its due date, not yet reached" : "reached",
            "within", policy.secondCallWithin(), "start", w2[0], "due", w2[1]));
    Optional<Instant> secondAt = second == null ? Optional.empty() : Optional.of(second.at());
    tasks.add(task(FollowUpTaskType.SECOND_CALL, ref, v.customer(), w2[0], w2[1], secondAt, secondReasons));
  }

  private void request(CustomerRequest r, List<FollowUpTask> tasks, List<Reason> notes) {
    if (r.answeredOnCall()) {
      notes.add(
          Reason.of(
              "FOLLOW_UP_ANSWERED_ON_CALL",
              "{kind} {id} was answered on the call: nothing to escalate",
              "kind", r.kind(), "id", r.id()));
      return;
    }
    LocalDate raised = date(r.raisedAt());
    List<Reason> reasons = new ArrayList<>();
    LocalDate due = deadline(policy.escalateWithin().after(raised, calendar), reasons);
    reasons.add(
        0,
        Reason.of(
            "FOLLOW_UP_ESCALATION",
            "{kind} raised on {raised} and not answered on the call: report it to the service"
                + " manager within {limit}, by {due}",
            "kind", r.kind(), "raised", raised, "limit", policy.escalateWithin(), "due", due));
    Optional<Instant> done = r.escalatedAt();
    if (done.isEmpty() && r.answeredAt().isPresent()) {
      done = r.answeredAt();
      reasons.add(
          Reason.of(
              "FOLLOW_UP_ANSWERED_WITHOUT_ESCALATION",
              "answered on {at} without escalation",
              "at", r.answeredAt().get()));
    }
    tasks.add(task(FollowUpTaskType.ESCALATION, r.id(), r.customer().orElse(null), null, due, done, reasons));
    if (r.solutionFoundAt().isPresent()) {
      LocalDate found = date(r.solutionFoundAt().get());
      List<Reason> answer = new ArrayList<>();
      LocalDate answerDue = deadline(policy.answerWithin().after(found, calendar), answer);
      answer.add(
          0,
          Reason.of(
              "FOLLOW_UP_ANSWER",
              "solution found on {found}: tell the customer within {limit}, by {due}",
              "found", found, "limit", policy.answerWithin(), "due", answerDue));
      tasks.add(task(FollowUpTaskType.ANSWER, r.id(), r.customer().orElse(null), null, answerDue,
          r.answeredAt(), answer));
    }
  }

  private void promotion(Promotion p, List<FollowUpTask> tasks, List<Reason> notes) {
    for (PromotionContact c : p.contacts()) {
      if (!contactable(c.customer())) {
        notes.add(
            Reason.of(
                "FOLLOW_UP_NOT_CONTACTED",
                "promotion {promotion}: customer {customer} is not contacted ({type}, preferred"
                    + " channel {channel})",
                "promotion", p.id(), "customer", c.customer().id(),
                "type", c.customer().type(), "channel", c.customer().preferredChannel()));
        continue;
      }
      List<Reason> callReasons = new ArrayList<>();
      LocalDate callDue = ahead(policy.promotionNoticeAhead().before(p.startDate(), calendar), callReasons);
      callReasons.add(
          0,
          Reason.of(
              "FOLLOW_UP_PROMOTION_CALL",
              "announce {promotion} starting {start} by phone {limit} ahead: by {due}",
              "promotion", p.id(), "start", p.startDate(), "limit", policy.promotionNoticeAhead(),
              "due", callDue));
      tasks.add(task(FollowUpTaskType.PROMOTION_CALL, p.id(), c.customer(), null, callDue,
          c.calledAt(), callReasons));
      if (c.letter()) {
        LocalDate base = c.calledAt().map(this::date).orElse(callDue);
        List<Reason> letterReasons = new ArrayList<>();
        LocalDate letterDue = deadline(policy.letterWithin().after(base, calendar), letterReasons);
        letterReasons.add(
            0,
            Reason.of(
                "FOLLOW_UP_PROMOTION_LETTER",
                "send the letter within {limit} after the call ({base}, {basis}): by {due}",
                "limit", policy.letterWithin(), "base", base,
                "basis", c.calledAt().isPresent() ? "made" : "due", "due", letterDue));
        tasks.add(task(FollowUpTaskType.PROMOTION_LETTER, p.id(), c.customer(), base, letterDue,
            c.letterSentAt(), letterReasons));
      }
    }
  }

  private static boolean contactable(CustomerRef c) {
    return c.preferredChannel() != ContactChannel.NONE && c.type() != CustomerType.INTERNAL;
  }

  private FollowUpTask task(
      FollowUpTaskType type,
      String reference,
      @Nullable CustomerRef customer,
      @Nullable LocalDate notBefore,
      LocalDate due,
      Optional<Instant> doneAt,
      List<Reason> reasons) {
    TaskStatus status = TaskStatus.OPEN;
    if (doneAt.isPresent()) {
      LocalDate d = date(doneAt.get());
      if (notBefore != null && d.isBefore(notBefore)) {
        status = TaskStatus.DONE_EARLY;
      } else if (d.isAfter(due)) {
        status = TaskStatus.DONE_LATE;
      } else {
        status = TaskStatus.DONE_ON_TIME;
      }
    }
    return FollowUpTask.builder()
        .type(type)
        .reference(reference)
        .customer(Optional.ofNullable(customer))
        .notBefore(Optional.ofNullable(notBefore))
        .dueDate(due)
        .doneAt(doneAt)
        .status(status)
        .reasons(reasons)
        .build();
  }

  private LocalDate date(Instant at) {
    return LocalDate.ofInstant(at, policy.zone());
  }

  /** The first and last working day of {@code [from, to]}, or the next working day after it. */
  private LocalDate[] window(LocalDate from, LocalDate to, List<Reason> reasons) {
    LocalDate start = calendar.onOrNextWorkingDay(from);
    if (start.isAfter(to)) {
      LocalDate next = start;
      reasons.add(
          Reason.of(
              "FOLLOW_UP_WINDOW_WITHOUT_WORKING_DAY",
              "{from} to {to} has no working day: the first working day after it is {next}",
              "from", from, "to", to, "next", next));
      return new LocalDate[] {next, next};
    }
    LocalDate end = calendar.onOrPreviousWorkingDay(to);
    if (!start.equals(from) || !end.equals(to)) {
      reasons.add(
          Reason.of(
              "FOLLOW_UP_WINDOW_FITTED",
              "{from} to {to} fitted to working days: {start} to {end}",
              "from", from, "to", to, "start", start, "end", end));
    }
    return new LocalDate[] {start, end};
  }

  /** A deadline on a rest day or holiday moves to the next working day. */
  private LocalDate deadline(LocalDate date, List<Reason> reasons) {
    LocalDate d = calendar.onOrNextWorkingDay(date);
    if (!d.equals(date)) {
      reasons.add(
          Reason.of(
              "FOLLOW_UP_DEADLINE_MOVED",
              "{date} is not a working day: the deadline moves to {moved}",
              "date", date, "moved", d));
    }
    return d;
  }

  /** A date ahead of an event on a rest day or holiday moves back to the previous working day. */
  private LocalDate ahead(LocalDate date, List<Reason> reasons) {
    LocalDate d = calendar.onOrPreviousWorkingDay(date);
    if (!d.equals(date)) {
      reasons.add(
          Reason.of(
              "FOLLOW_UP_NOTICE_MOVED_EARLIER",
              "{date} is not a working day: the notice moves back to {moved}",
              "date", date, "moved", d));
    }
    return d;
  }
}

package org.aftersales.rules.service.followup;

import static org.aftersales.rules.service.ServiceFixtures.SHANGHAI;
import static org.aftersales.rules.service.ServiceFixtures.at;
import static org.aftersales.rules.service.ServiceFixtures.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.PolicyException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.calendar.WorkingCalendar;
import org.aftersales.core.customer.ContactChannel;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.customer.CustomerType;
import org.aftersales.core.order.FollowUpCall;
import org.aftersales.core.order.JobType;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.order.RepairOrderStatus;
import org.aftersales.rules.service.ServiceErrorCode;
import org.aftersales.rules.service.ServiceFixtures;
import org.junit.jupiter.api.Test;

class FollowUpPlannerTest {

  /** Monday to Friday, with China's 2025 National Day: 1–8 October off, 28 Sep and 11 Oct worked. */
  static final WorkingCalendar CALENDAR =
      WorkingCalendar.builder()
          .addHolidays(
              LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 3),
              LocalDate.of(2025, 10, 4), LocalDate.of(2025, 10, 5), LocalDate.of(2025, 10, 6),
              LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 8))
          .addExtraWorkingDays(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11))
          .build();
  static final FollowUpPlanner PLANNER = FollowUpPlanner.of(FollowUpPolicy.seedDefaults(SHANGHAI, CALENDAR));

  static DeliveredVisit.Builder visit(String opened, String delivered) {
    return DeliveredVisit.builder()
        .orderId(RepairOrderId.of("RO-1"))
        .customer(customer("C-1"))
        .openedAt(at(opened))
        .deliveredAt(at(delivered));
  }

  static FollowUpTask task(FollowUpPlan plan, FollowUpTaskType type) {
    return plan.tasks().stream().filter(t -> t.type() == type).findFirst().orElseThrow();
  }

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void followUpsAcrossAWeekend() {
    // delivered on Thursday 2025-09-11
    FollowUpPlan plan = PLANNER.plan(visit("2025-09-11T09:00", "2025-09-11T15:00").build());

    FollowUpTask file = task(plan, FollowUpTaskType.CUSTOMER_FILE);
    assertThat(file.dueDate()).isEqualTo(d("2025-09-15")); // Friday, then Monday: 2 working days
    assertThat(file.notBefore()).isEmpty();

    FollowUpTask first = task(plan, FollowUpTaskType.FIRST_CALL);
    // 3 to 7 days: Sunday 14th to Thursday 18th; the window opens on Monday
    assertThat(first.notBefore()).contains(d("2025-09-15"));
    assertThat(first.dueDate()).isEqualTo(d("2025-09-18"));
    assertThat(first.reasons()).extracting(r -> r.code())
        .containsExactly("FOLLOW_UP_FIRST_CALL", "FOLLOW_UP_WINDOW_FITTED");

    FollowUpTask second = task(plan, FollowUpTaskType.SECOND_CALL);
    // a week after the first call's due date (not yet reached), for 7 days: 25 Sep to 2 Oct;
    // 1 Oct onwards is the holiday, and Sunday 28 Sep is a make-up working day
    assertThat(second.notBefore()).contains(d("2025-09-25"));
    assertThat(second.dueDate()).isEqualTo(d("2025-09-30"));

    assertThat(plan.tasks()).extracting(FollowUpTask::type)
        .containsExactly(FollowUpTaskType.CUSTOMER_FILE, FollowUpTaskType.FIRST_CALL, FollowUpTaskType.SECOND_CALL);
    assertThat(plan.tasks()).allMatch(t -> t.status() == TaskStatus.OPEN);
  }

  @Test
  void followUpsAcrossTheNationalDayHoliday() {
    // delivered on Monday 2025-09-29, two days before the holiday
    FollowUpPlan plan = PLANNER.plan(visit("2025-09-29T09:00", "2025-09-29T16:00").build());

    // 30 Sep is the first working day, 9 Oct the second
    assertThat(task(plan, FollowUpTaskType.CUSTOMER_FILE).dueDate()).isEqualTo(d("2025-10-09"));

    FollowUpTask first = task(plan, FollowUpTaskType.FIRST_CALL);
    // 2 to 6 October are all holidays: the first working day after the window
    assertThat(first.notBefore()).contains(d("2025-10-09"));
    assertThat(first.dueDate()).isEqualTo(d("2025-10-09"));
    assertThat(first.reasons()).extracting(r -> r.code())
        .containsExactly("FOLLOW_UP_FIRST_CALL", "FOLLOW_UP_WINDOW_WITHOUT_WORKING_DAY");

    FollowUpTask second = task(plan, FollowUpTaskType.SECOND_CALL);
    assertThat(second.notBefore()).contains(d("2025-10-16"));
    assertThat(second.dueDate()).isEqualTo(d("2025-10-23"));
  }

  @Test
  void whatIsOverdueAtAnInstantDependsOnTheShopsDate() {
    FollowUpPlan plan = PLANNER.plan(visit("2025-09-11T09:00", "2025-09-11T15:00").build());
    // 23:59 on the first call's due date in Shanghai: only the customer file is overdue
    Instant lastMinute = Instant.parse("2025-09-18T15:59:00Z");
    assertThat(plan.overdueAt(lastMinute)).extracting(FollowUpTask::type)
        .containsExactly(FollowUpTaskType.CUSTOMER_FILE);
    // midnight: the first call too
    Instant midnight = Instant.parse("2025-09-18T16:00:00Z");
    assertThat(plan.overdueAt(midnight)).extracting(FollowUpTask::type)
        .containsExactly(FollowUpTaskType.CUSTOMER_FILE, FollowUpTaskType.FIRST_CALL);
    assertThat(plan.overdueOn(d("2025-09-15"))).isEmpty(); // the file's due date itself
    assertThat(plan.dueOn(d("2025-09-18"))).extracting(FollowUpTask::type)
        .containsExactly(FollowUpTaskType.FIRST_CALL);
  }

  @Test
  void doneTasksAreOnTimeEarlyOrLate() {
    DeliveredVisit v =
        visit("2025-09-11T09:00", "2025-09-11T15:00")
            .customerFileCreatedAt(at("2025-09-12T10:00"))
            .addCall(new FollowUpCall(at("2025-09-12T10:00"), false, false))
            .addCall(new FollowUpCall(at("2025-09-16T10:00"), true, false))
            .addCall(new FollowUpCall(at("2025-10-09T10:00"), true, true))
            .build();
    FollowUpPlan plan = PLANNER.plan(v);
    assertThat(task(plan, FollowUpTaskType.CUSTOMER_FILE).status()).isEqualTo(TaskStatus.DONE_ON_TIME);
    FollowUpTask first = task(plan, FollowUpTaskType.FIRST_CALL);
    assertThat(first.status()).isEqualTo(TaskStatus.DONE_ON_TIME);
    assertThat(first.doneAt()).contains(at("2025-09-16T10:00"));
    assertThat(first.reasons()).extracting(r -> r.code()).contains("FOLLOW_UP_UNANSWERED_CALLS");
    FollowUpTask second = task(plan, FollowUpTaskType.SECOND_CALL);
    // a week after the call of 16 Sep: 23 to 30 Sep; done on 9 Oct
    assertThat(second.notBefore()).contains(d("2025-09-23"));
    assertThat(second.dueDate()).isEqualTo(d("2025-09-30"));
    assertThat(second.status()).isEqualTo(TaskStatus.DONE_LATE);
    assertThat(plan.open()).isEmpty();
    assertThat(plan.notes()).extracting(r -> r.code()).containsExactly("FOLLOW_UP_COMPLAINT_RAISED");

    DeliveredVisit early =
        visit("2025-09-11T09:00", "2025-09-11T15:00")
            .addCall(new FollowUpCall(at("2025-09-12T10:00"), true, false))
            .build();
    assertThat(task(PLANNER.plan(early), FollowUpTaskType.FIRST_CALL).status()).isEqualTo(TaskStatus.DONE_EARLY);
  }

  @Test
  void theOtherSeedCallsFromTheSecondDay() {
    FollowUpPolicy twoDays =
        FollowUpPolicy.builder().zone(SHANGHAI).calendar(CALENDAR).firstCallFrom(TimeLimit.calendarDays(2)).build();
    DeliveredVisit tuesday = visit("2025-09-09T09:00", "2025-09-09T15:00").build();
    assertThat(task(PLANNER.plan(tuesday), FollowUpTaskType.FIRST_CALL).notBefore()).contains(d("2025-09-12"));
    assertThat(task(FollowUpPlanner.of(twoDays).plan(tuesday), FollowUpTaskType.FIRST_CALL).notBefore())
        .contains(d("2025-09-11"));
    assertThat(task(FollowUpPlanner.of(twoDays).plan(tuesday), FollowUpTaskType.FIRST_CALL).dueDate())
        .isEqualTo(d("2025-09-16"));
  }

  @Test
  void requestsAreEscalatedWithinTwoWorkingDaysAndAnsweredTheDayASolutionIsFound() {
    CustomerRequest complaint =
        CustomerRequest.builder()
            .id("REQ-1")
            .kind(RequestKind.COMPLAINT)
            .customer(customer("C-1"))
            .raisedAt(at("2025-09-26T10:00")) // a Friday
            .solutionFoundAt(at("2025-10-04T11:00")) // a holiday
            .build();
    CustomerRequest answered =
        CustomerRequest.builder().id("REQ-2").kind(RequestKind.REQUEST).raisedAt(at("2025-09-26T10:00"))
            .answeredOnCall(true).build();
    FollowUpPlan plan =
        PLANNER.plan(FollowUpWork.builder().addRequest(complaint).addRequest(answered).build());
    FollowUpTask escalation = task(plan, FollowUpTaskType.ESCALATION);
    // Sunday 28 Sep is a make-up working day, Monday 29 Sep the second
    assertThat(escalation.dueDate()).isEqualTo(d("2025-09-29"));
    assertThat(escalation.reference()).isEqualTo("REQ-1");
    FollowUpTask answer = task(plan, FollowUpTaskType.ANSWER);
    assertThat(answer.dueDate()).isEqualTo(d("2025-10-09"));
    assertThat(answer.reasons()).extracting(r -> r.code())
        .containsExactly("FOLLOW_UP_ANSWER", "FOLLOW_UP_DEADLINE_MOVED");
    assertThat(plan.tasks()).hasSize(2);
    assertThat(plan.notes()).extracting(r -> r.code()).containsExactly("FOLLOW_UP_ANSWERED_ON_CALL");

    CustomerRequest answeredLater =
        CustomerRequest.builder().from(complaint).answeredAt(at("2025-09-30T09:00")).build();
    FollowUpPlan done = PLANNER.plan(FollowUpWork.builder().addRequest(answeredLater).build());
    assertThat(task(done, FollowUpTaskType.ESCALATION).status()).isEqualTo(TaskStatus.DONE_LATE);
  }

  @Test
  void promotionsAreCalledTwoWeeksAheadAndLettersFollowWithinTwoWorkingDays() {
    CustomerRef optedOut = new CustomerRef("C-9", CustomerType.INDIVIDUAL, ContactChannel.NONE);
    Promotion week =
        Promotion.builder()
            .id("FREE-CHECK-WEEK")
            .title("Free check week")
            .startDate(d("2025-10-19")) // 14 days before is Sunday 5 Oct, a holiday
            .addContact(PromotionContact.of(customer("C-1")))
            .addContact(PromotionContact.builder().customer(customer("C-2")).calledAt(at("2025-09-29T10:00")).build())
            .addContact(PromotionContact.of(optedOut))
            .build();
    FollowUpPlan plan = PLANNER.plan(FollowUpWork.builder().addPromotion(week).build());
    List<FollowUpTask> calls =
        plan.tasks().stream().filter(t -> t.type() == FollowUpTaskType.PROMOTION_CALL).toList();
    assertThat(calls).hasSize(2).allMatch(t -> t.dueDate().equals(d("2025-09-30")));
    assertThat(calls.get(0).reasons()).extracting(r -> r.code())
        .containsExactly("FOLLOW_UP_PROMOTION_CALL", "FOLLOW_UP_NOTICE_MOVED_EARLIER");
    List<FollowUpTask> letters =
        plan.tasks().stream().filter(t -> t.type() == FollowUpTaskType.PROMOTION_LETTER).toList();
    // C-2 was called on 29 Sep: 30 Sep and 9 Oct; C-1 not yet: counted from the call's due date
    assertThat(letters).extracting(t -> t.customer().orElseThrow().id(), FollowUpTask::dueDate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C-2", d("2025-10-09")),
            org.assertj.core.groups.Tuple.tuple("C-1", d("2025-10-10")));
    assertThat(plan.notes()).extracting(r -> r.code()).containsExactly("FOLLOW_UP_NOT_CONTACTED");

    Promotion sunday = Promotion.builder().from(week).startDate(d("2025-10-12")).build();
    // 28 Sep is a Sunday but a make-up working day
    assertThat(PLANNER.plan(FollowUpWork.builder().addPromotion(sunday).build()).tasks().get(0).dueDate())
        .isEqualTo(d("2025-09-28"));
  }

  @Test
  void aDeliveredRepairOrderGivesItsVisit() {
    RepairOrder ro =
        ServiceFixtures.order("RO-7", 7)
            .appointment(at("2025-09-11T08:30"))
            .checkIn(at("2025-09-11T09:00"))
            .delivered(at("2025-09-11T15:00"))
            .job(ServiceFixtures.job("J1", JobType.REPAIR, PayType.CUSTOMER, "noise", "OP-1"))
            .call(at("2025-09-16T10:00"), true, false)
            .build();
    DeliveredVisit v = DeliveredVisit.from(ro);
    assertThat(v.openedAt()).isEqualTo(at("2025-09-11T09:00"));
    assertThat(v.deliveredAt()).isEqualTo(at("2025-09-11T15:00"));
    assertThat(v.calls()).hasSize(1);
    assertThat(task(PLANNER.plan(v), FollowUpTaskType.FIRST_CALL).status()).isEqualTo(TaskStatus.DONE_ON_TIME);

    RepairOrder notYet =
        ServiceFixtures.order("RO-8", 8).checkIn(at("2025-09-11T09:00"))
            .job(ServiceFixtures.job("J1", JobType.REPAIR, PayType.CUSTOMER, "noise", "OP-1")).build();
    assertThat(notYet.status()).isEqualTo(RepairOrderStatus.CHECKED_IN);
    assertThatThrownBy(() -> DeliveredVisit.from(notYet))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ServiceErrorCode.FOLLOW_UP_ORDER_NOT_DELIVERED);
  }

  @Test
  void badInputIsRefusedWithAClearError() {
    assertThatThrownBy(() -> visit("2025-09-11T15:00", "2025-09-11T09:00").build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> {
          ValidationException v = (ValidationException) e;
          assertThat(v.code()).isEqualTo(ServiceErrorCode.FOLLOW_UP_DELIVERY_BEFORE_OPENING);
          assertThat(v.violations().get(0).path()).isEqualTo("deliveredAt");
          assertThat(v.getMessage()).contains("deliveredAt 2025-09-11T01:00:00Z is before openedAt 2025-09-11T07:00:00Z");
        });
    assertThatThrownBy(
            () -> visit("2025-09-11T09:00", "2025-09-11T15:00")
                .addCall(new FollowUpCall(at("2025-09-11T14:00"), true, false)).build())
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ServiceErrorCode.FOLLOW_UP_DATE_ORDER);
    assertThatThrownBy(
            () -> CustomerRequest.builder().id("R").kind(RequestKind.REQUEST).raisedAt(at("2025-09-11T09:00"))
                .escalatedAt(at("2025-09-10T09:00")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("escalatedAt");
    assertThatThrownBy(
            () -> FollowUpPolicy.builder().zone(SHANGHAI).calendar(CALENDAR)
                .firstCallFrom(TimeLimit.calendarDays(8)).build())
        .isInstanceOf(PolicyException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ServiceErrorCode.FOLLOW_UP_POLICY_INVALID);
    assertThatThrownBy(() -> TimeLimit.workingDays(-1))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ServiceErrorCode.SERVICE_SETTING_OUT_OF_RANGE);
  }

  @Test
  void timeLimitsCountCalendarOrWorkingDays() {
    assertThat(TimeLimit.calendarDays(2).after(d("2025-09-26"), CALENDAR)).isEqualTo(d("2025-09-28"));
    assertThat(TimeLimit.workingDays(2).after(d("2025-09-26"), CALENDAR)).isEqualTo(d("2025-09-29"));
    assertThat(TimeLimit.workingDays(0).after(d("2025-10-04"), CALENDAR)).isEqualTo(d("2025-10-04"));
    assertThat(TimeLimit.workingDays(2).before(d("2025-10-09"), CALENDAR)).isEqualTo(d("2025-09-29"));
    assertThat(TimeLimit.calendarDays(14).before(d("2025-10-19"), CALENDAR)).isEqualTo(d("2025-10-05"));
  }
}

package org.aftersales.scheduling.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftersales.core.ValidationException;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.quantity.Hours;
import org.aftersales.scheduling.SchedulingErrorCode;
import org.aftersales.scheduling.calendar.DayHours;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.aftersales.scheduling.calendar.TimeWindow;
import org.aftersales.scheduling.capacity.Bay;
import org.aftersales.scheduling.capacity.BayType;
import org.aftersales.scheduling.capacity.Shift;
import org.aftersales.scheduling.capacity.Technician;
import org.aftersales.scheduling.capacity.WorkshopCapacity;
import org.junit.jupiter.api.Test;

class DispatcherTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  static final DayOfWeek[] WEEKDAYS = {
    DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY
  };
  static final ShopCalendar SHOP =
      ShopCalendar.of(SHANGHAI, DayHours.of(LocalTime.of(9, 0), LocalTime.of(17, 0), TimeWindow.parse("12:00", "13:00")), WEEKDAYS);

  static Instant at(LocalDate d, int h, int m) {
    return ZonedDateTime.of(d, LocalTime.of(h, m), SHANGHAI).toInstant();
  }

  static Technician tech(String id, Skill... skills) {
    Technician.Builder b = Technician.builder().id(TechnicianId.of(id)).addSkills(skills);
    for (DayOfWeek d : WEEKDAYS) {
      b.addShifts(Shift.of(d, LocalTime.of(8, 0), LocalTime.of(18, 0)));
    }
    return b.build();
  }

  static final WorkshopCapacity WORKSHOP =
      WorkshopCapacity.builder()
          .addTechnicians(
              tech("T1", Skill.MECHANICAL),
              tech("T2", Skill.MECHANICAL, Skill.ALIGNMENT),
              Technician.builder().from(tech("T3", Skill.ELECTRICAL)).addAbsences(MONDAY).build())
          .addBays(Bay.of("L1", BayType.LIFT), Bay.of("L2", BayType.LIFT), Bay.of("AL1", BayType.ALIGNMENT))
          .build();
  static final Dispatcher DISPATCHER = Dispatcher.of(SHOP, WORKSHOP);

  static DispatchJob job(String id, Skill skill, String hours) {
    return DispatchJob.builder().id(JobId.of(id)).skill(skill).hours(Hours.of(hours)).build();
  }

  static List<DispatchJob> day() {
    return List.of(
        DispatchJob.builder().from(job("J1", Skill.MECHANICAL, "2")).promisedAt(at(MONDAY, 15, 0)).build(),
        DispatchJob.builder().from(job("J2", Skill.MECHANICAL, "1")).waitingCustomer(true)
            .promisedAt(at(MONDAY, 11, 0)).bayType(BayType.LIFT).build(),
        DispatchJob.builder().from(job("J3", Skill.ALIGNMENT, "1")).bayType(BayType.ALIGNMENT)
            .promisedAt(at(MONDAY, 9, 30)).build(),
        job("J4", Skill.ELECTRICAL, "1"),
        job("J5", Skill.MECHANICAL, "8"));
  }

  static Map<String, Assignment> byJob(DispatchPlan plan) {
    return plan.assignments().stream().collect(Collectors.toMap(a -> a.job().value(), Function.identity()));
  }

  @Test
  void waitingCustomersFirstThenEarliestPromiseToTheTechnicianWhoFinishesFirst() {
    DispatchPlan plan = DISPATCHER.dispatch(MONDAY, day(), at(MONDAY, 9, 0));
    assertThat(plan.assignments()).extracting(a -> a.job().value()).containsExactly("J2", "J3", "J1", "J5");
    Map<String, Assignment> a = byJob(plan);
    assertThat(a.get("J2").technician()).isEqualTo(TechnicianId.of("T1"));
    assertThat(a.get("J2").bay()).contains("L1");
    assertThat(a.get("J2").start()).isEqualTo(at(MONDAY, 9, 0));
    assertThat(a.get("J2").end()).isEqualTo(at(MONDAY, 10, 0));
    assertThat(a.get("J2").reasons().get(0).message()).isEqualTo("rank 1: the customer is waiting");
    assertThat(a.get("J3").technician()).isEqualTo(TechnicianId.of("T2"));
    assertThat(a.get("J3").bay()).contains("AL1");
    // T1 and T2 both finish J1 at 12:00 with one hour each so far: the lower id wins
    assertThat(a.get("J1").technician()).isEqualTo(TechnicianId.of("T1"));
    assertThat(a.get("J1").end()).isEqualTo(at(MONDAY, 12, 0));
    // 8 h: T2 (free at 10:00) finishes Tuesday 11:00, T1 (free at 12:00) only Tuesday 14:00
    assertThat(a.get("J5").technician()).isEqualTo(TechnicianId.of("T2"));
    assertThat(a.get("J5").end()).isEqualTo(at(MONDAY.plusDays(1), 11, 0));
    assertThat(a.get("J5").work()).hasSize(3);
    assertThat(a.get("J5").reasons().get(1).message())
        .isEqualTo("T2 finishes earliest, at 2026-03-03T11:00, of 2 qualified technicians");
    assertThat(plan.unassigned()).extracting(u -> u.job().value()).containsExactly("J4");
    assertThat(plan.unassigned().get(0).reasons().get(0).code()).isEqualTo("NO_QUALIFIED_TECHNICIAN");
    assertThat(plan.technicianLoad())
        .containsEntry(TechnicianId.of("T1"), Duration.ofHours(3))
        .containsEntry(TechnicianId.of("T2"), Duration.ofHours(9))
        .containsEntry(TechnicianId.of("T3"), Duration.ZERO);
  }

  @Test
  void expectedLatenessIsReported() {
    DispatchPlan plan = DISPATCHER.dispatch(MONDAY, day(), at(MONDAY, 9, 0));
    Assignment j3 = byJob(plan).get("J3");
    assertThat(j3.expectedLateness()).isEqualTo(Duration.ofMinutes(30));
    assertThat(j3.reasons()).anySatisfy(r -> assertThat(r.message())
        .isEqualTo("expected to finish at 2026-03-02T10:00, 30 min after the promised 2026-03-02T09:30"));
    assertThat(byJob(plan).get("J1").expectedLateness()).isZero();
    assertThat(plan.lateJobs()).isEqualTo(1);
    assertThat(plan.totalLateness()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void theSameInputInAnyOrderGivesTheSamePlan() {
    DispatchPlan plan = DISPATCHER.dispatch(MONDAY, day(), at(MONDAY, 9, 0));
    List<DispatchJob> shuffled = new ArrayList<>(day());
    Collections.reverse(shuffled);
    assertThat(DISPATCHER.dispatch(MONDAY, shuffled, at(MONDAY, 9, 0))).isEqualTo(plan);
  }

  @Test
  void balancesLoadAcrossEqualTechnicians() {
    List<DispatchJob> jobs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      jobs.add(job("M" + i, Skill.MECHANICAL, "1"));
    }
    DispatchPlan plan = DISPATCHER.dispatch(MONDAY, jobs, at(MONDAY, 9, 0));
    assertThat(plan.technicianLoad())
        .containsEntry(TechnicianId.of("T1"), Duration.ofHours(3))
        .containsEntry(TechnicianId.of("T2"), Duration.ofHours(3));
  }

  @Test
  void pinnedJobsBaysAndFullDaysExplainWhyAJobStaysUnassigned() {
    DispatchJob pinnedToAbsent =
        DispatchJob.builder().from(job("P1", Skill.ELECTRICAL, "1")).technician(TechnicianId.of("T3")).build();
    DispatchJob pinnedWithoutSkill =
        DispatchJob.builder().from(job("P2", Skill.ALIGNMENT, "1")).technician(TechnicianId.of("T1")).build();
    DispatchJob notReady =
        DispatchJob.builder().from(job("R1", Skill.MECHANICAL, "1")).readyAt(at(MONDAY, 17, 30)).build();
    List<DispatchJob> rig = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      rig.add(DispatchJob.builder().from(job("A" + i, Skill.ALIGNMENT, "1")).bayType(BayType.ALIGNMENT).build());
    }
    List<DispatchJob> all = new ArrayList<>(rig);
    all.add(pinnedToAbsent);
    all.add(pinnedWithoutSkill);
    all.add(notReady);
    DispatchPlan plan = DISPATCHER.dispatch(MONDAY, all, at(MONDAY, 9, 0));
    Map<String, UnassignedJob> un =
        plan.unassigned().stream().collect(Collectors.toMap(u -> u.job().value(), Function.identity()));
    assertThat(un.get("P1").reasons().get(0).parameters()).containsEntry("detail", "NOT_WORKING");
    assertThat(un.get("P2").reasons().get(0).parameters()).containsEntry("detail", "LACKS_SKILL");
    assertThat(un.get("R1").reasons().get(0).code()).isEqualTo("NOT_READY_TODAY");
    // one alignment technician, 7 working hours: A0..A6 fit, A7 and A8 cannot start today
    assertThat(plan.assignments()).extracting(a -> a.job().value()).contains("A0", "A6").doesNotContain("A7");
    assertThat(un.get("A7").reasons().get(0).code()).isEqualTo("NO_TIME_LEFT");
  }

  @Test
  void aSecondRigTechnicianWaitsForTheBay() {
    WorkshopCapacity two =
        WorkshopCapacity.builder().from(WORKSHOP).addTechnicians(tech("T4", Skill.ALIGNMENT)).build();
    List<DispatchJob> jobs = List.of(
        DispatchJob.builder().from(job("A1", Skill.ALIGNMENT, "2")).bayType(BayType.ALIGNMENT).build(),
        DispatchJob.builder().from(job("A2", Skill.ALIGNMENT, "2")).bayType(BayType.ALIGNMENT).build());
    DispatchPlan plan = Dispatcher.of(SHOP, two).dispatch(MONDAY, jobs, at(MONDAY, 9, 0));
    assertThat(plan.assignments()).extracting(Assignment::technician)
        .containsExactly(TechnicianId.of("T2"), TechnicianId.of("T4"));
    assertThat(plan.assignments().get(1).start()).isEqualTo(at(MONDAY, 11, 0));
  }

  @Test
  void unknownTechniciansSkillsAndBayTypesAreBadInput() {
    assertThatThrownBy(() -> DISPATCHER.dispatch(MONDAY,
            List.of(DispatchJob.builder().from(job("X", Skill.MECHANICAL, "1")).technician(TechnicianId.of("NOBODY")).build()),
            at(MONDAY, 9, 0)))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.TECHNICIAN_NOT_IN_WORKSHOP);
    assertThatThrownBy(() -> DISPATCHER.dispatch(MONDAY, List.of(job("X", Skill.PAINT, "1")), at(MONDAY, 9, 0)))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.SKILL_NOT_IN_WORKSHOP);
    assertThatThrownBy(() -> DISPATCHER.dispatch(MONDAY,
            List.of(DispatchJob.builder().from(job("X", Skill.MECHANICAL, "1")).bayType(BayType.PAINT_BOOTH).build()),
            at(MONDAY, 9, 0)))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.BAY_TYPE_NOT_IN_WORKSHOP);
    assertThatThrownBy(() -> DISPATCHER.dispatch(MONDAY, List.of(job("X", Skill.MECHANICAL, "1"), job("X", Skill.MECHANICAL, "2")),
            at(MONDAY, 9, 0)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> job("Z", Skill.MECHANICAL, "0")).isInstanceOf(ValidationException.class);
  }
}

package org.aftersales.scheduling.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.aftersales.core.ValidationException;
import org.aftersales.scheduling.calendar.DayHours;
import org.aftersales.scheduling.calendar.Interval;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.junit.jupiter.api.Test;

class ReminderPlannerTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ShopCalendar MON_TO_SAT =
      ShopCalendar.of(SHANGHAI, DayHours.parse("09:00", "18:00"), DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
  static final ReminderPlanner PLANNER = ReminderPlanner.of(MON_TO_SAT, ReminderPolicy.seed());
  static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  static Instant at(LocalDate d, int h, int m) {
    return ZonedDateTime.of(d, LocalTime.of(h, m), SHANGHAI).toInstant();
  }

  @Test
  void confirmTheDayBeforeAndRemindHalfADayToADayBefore() {
    ReminderPlan plan = PLANNER.plan(at(TUESDAY, 10, 0), at(LocalDate.of(2026, 2, 25), 15, 0));
    assertThat(plan.skipped()).isEmpty();
    assertThat(plan.due()).extracting(Reminder::kind).containsExactly(ReminderKind.CONFIRMATION_CALL, ReminderKind.REMINDER);
    assertThat(plan.due().get(0).due()).isEqualTo(Interval.of(at(MONDAY, 9, 0), at(MONDAY, 18, 0)));
    assertThat(plan.due().get(1).due()).isEqualTo(Interval.of(at(MONDAY, 10, 0), at(MONDAY, 22, 0)));
    assertThat(plan.due().get(0).reason().message())
        .isEqualTo("confirmation call on 2026-03-02 from 2026-03-02T09:00 to 2026-03-02T18:00, before the appointment on 2026-03-03");
  }

  @Test
  void aMondayAppointmentIsConfirmedOnSaturdayWhenTheShopIsClosedOnSunday() {
    ReminderPlan plan = PLANNER.plan(at(MONDAY, 10, 0), at(LocalDate.of(2026, 2, 25), 15, 0));
    assertThat(plan.due().get(0).due()).isEqualTo(Interval.of(at(MONDAY.minusDays(2), 9, 0), at(MONDAY.minusDays(2), 18, 0)));
    assertThat(plan.due().get(1).due()).isEqualTo(Interval.of(at(MONDAY.minusDays(1), 10, 0), at(MONDAY.minusDays(1), 22, 0)));
  }

  @Test
  void lateBookingsClipOrSkipTheCalls() {
    ReminderPlan evening = PLANNER.plan(at(TUESDAY, 10, 0), at(MONDAY, 20, 0));
    assertThat(evening.due()).extracting(Reminder::kind).containsExactly(ReminderKind.REMINDER);
    assertThat(evening.due().get(0).due()).isEqualTo(Interval.of(at(MONDAY, 20, 0), at(MONDAY, 22, 0)));
    assertThat(evening.skipped()).extracting(r -> r.parameters().get("kind")).containsExactly("CONFIRMATION_CALL");

    ReminderPlan night = PLANNER.plan(at(TUESDAY, 10, 0), at(MONDAY, 22, 0));
    assertThat(night.due()).isEmpty();
    assertThat(night.skipped()).hasSize(2).allSatisfy(r -> assertThat(r.code()).isEqualTo("REMINDER_SKIPPED"));
  }

  @Test
  void theDayBeforeIsTheShopsDayNotUtcs() {
    // 08:30 on Tuesday in Shanghai is still Monday in UTC; the confirmation is on Monday in Shanghai
    Instant start = at(TUESDAY, 8, 30);
    assertThat(start.toString()).startsWith("2026-03-03T00:30");
    ReminderPlan plan = PLANNER.plan(start, at(LocalDate.of(2026, 2, 20), 9, 0));
    assertThat(plan.due().get(0).due().start()).isEqualTo(at(MONDAY, 9, 0));
  }

  @Test
  void aReminderAcrossTheClockChangeIsCountedInLocalTime() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    ReminderPlanner p = ReminderPlanner.of(ShopCalendar.of(berlin, DayHours.parse("08:00", "18:00"), DayOfWeek.values()), ReminderPolicy.seed());
    // Sunday 29 March 2026 09:00 CEST = 07:00Z; one day before is Saturday 09:00 CET = 08:00Z (23 real hours)
    ReminderPlan plan = p.plan(Instant.parse("2026-03-29T07:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(plan.due().get(1).due())
        .isEqualTo(Interval.of(Instant.parse("2026-03-28T08:00:00Z"), Instant.parse("2026-03-28T20:00:00Z")));
  }

  @Test
  void badPoliciesAreRefused() {
    assertThatThrownBy(() -> new ReminderPolicy(0, Duration.ofDays(1), Duration.ofHours(12))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new ReminderPolicy(1, Duration.ofHours(12), Duration.ofDays(1))).isInstanceOf(ValidationException.class);
  }
}

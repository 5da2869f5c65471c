package org.aftersales.scheduling.booking;

import static org.aftersales.scheduling.booking.Shops.A1;
import static org.aftersales.scheduling.booking.Shops.A2;
import static org.aftersales.scheduling.booking.Shops.FRIDAY_BEFORE;
import static org.aftersales.scheduling.booking.Shops.MONDAY;
import static org.aftersales.scheduling.booking.Shops.at;
import static org.aftersales.scheduling.booking.Shops.express;
import static org.aftersales.scheduling.booking.Shops.localStarts;
import static org.aftersales.scheduling.booking.Shops.request;
import static org.aftersales.scheduling.booking.Shops.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.IllegalTransitionException;
import org.aftersales.core.PolicyException;
import org.aftersales.core.Reason;
import org.aftersales.core.SchedulingConflictException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.calendar.DateRange;
import org.aftersales.core.order.AdvisorId;
import org.aftersales.core.order.Skill;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.scheduling.SchedulingErrorCode;
import org.aftersales.scheduling.SchedulingReason;
import org.aftersales.scheduling.calendar.DayHours;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.aftersales.scheduling.capacity.Bay;
import org.aftersales.scheduling.capacity.BayType;
import org.aftersales.scheduling.capacity.TransportOption;
import org.aftersales.scheduling.capacity.WorkloadDeduction;
import org.aftersales.scheduling.capacity.WorkshopCapacity;
import org.junit.jupiter.api.Test;

class AppointmentBookTest {

  static final DateRange MONDAY_ONLY = DateRange.ofClosed(MONDAY, MONDAY);

  static AppointmentBook seedBook(AdvisorId... advisors) {
    return AppointmentBook.create(Shops.seedMorning(), Shops.seed(advisors), Shops.small());
  }

  static Availability monday(AppointmentBook book, AppointmentRequest request) {
    return book.availability(AvailabilityQuery.of(request, MONDAY_ONLY), FRIDAY_BEFORE);
  }

  static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  static List<String> codes(Throwable e) {
    return codes(((SchedulingConflictException) e).reasons());
  }

  // ------------------------------------------------------------ the seed's pattern

  @Test
  void theSeedPatternOffersNineNineFifteenNineThirtyThenTen() {
    Availability a = monday(seedBook(A1), express());
    assertThat(localStarts(a))
        .containsExactlyElementsOf(
            times("09:00", "09:15", "09:30", "10:00", "10:15", "10:30", "11:00", "11:15", "11:30"));
    assertThat(a.slots().get(0).receptionEnd()).isEqualTo(at(MONDAY, 9, 15));
    assertThat(a.slots().get(0).freeAdvisors()).isEqualTo(1);
    assertThat(a.unavailableDays()).isEmpty();
    assertThat(ReceptionPattern.seedPreset(A1).receptionStarts(DayHours.parse("09:00", "12:00")))
        .containsExactlyElementsOf(
            times("09:00", "09:15", "09:30", "10:00", "10:15", "10:30", "11:00", "11:15", "11:30"));
  }

  @Test
  void nineFortyFiveIsRefusedAsABufferSlot() {
    AppointmentBook book = seedBook(A1);
    SlotDecision d = book.explain(express(), at(MONDAY, 9, 45), FRIDAY_BEFORE);
    assertThat(d.available()).isFalse();
    assertThat(codes(d.reasons())).containsExactly("BUFFER_SLOT");
    assertThat(d.reasons().get(0).message())
        .isEqualTo("2026-03-02T09:45 is a buffer slot: 09:45–10:00 is kept free after every 3 receptions");
    assertThat(d.reasons().get(0).parameters()).containsEntry("from", "09:45").containsEntry("until", "10:00");
    assertThatThrownBy(() -> book.hold(express(), at(MONDAY, 9, 45), at(MONDAY, 9, 0), FRIDAY_BEFORE))
        .isInstanceOf(SchedulingConflictException.class)
        .satisfies(e -> assertThat(codes(e)).containsExactly("BUFFER_SLOT"))
        .extracting(e -> ((SchedulingConflictException) e).code())
        .isEqualTo(CoreErrorCode.SCHEDULING_CONFLICT);
    assertThat(book.explain(express(), at(MONDAY, 10, 0), FRIDAY_BEFORE).available()).isTrue();
  }

  @Test
  void theLastSlotMayEndExactlyAtClosing() {
    ShopCalendar closesAt1145 = ShopCalendar.of(Shops.SHANGHAI, DayHours.parse("09:00", "11:45"), Shops.WEEKDAYS);
    AppointmentBook book = AppointmentBook.create(closesAt1145, Shops.seed(A1), Shops.small());
    Availability a = monday(book, express());
    OfferedSlot last = a.slots().get(a.slots().size() - 1);
    assertThat(Shops.local(last.start())).isEqualTo(LocalTime.of(11, 30));
    assertThat(last.receptionEnd()).isEqualTo(at(MONDAY, 11, 45));
    SlotDecision closing = book.explain(express(), at(MONDAY, 11, 45), FRIDAY_BEFORE);
    assertThat(codes(closing.reasons())).containsExactly("OUTSIDE_OPENING_HOURS");
    assertThat(closing.reasons().get(0).parameters()).containsEntry("detail", "AFTER_CLOSING");

    // closing at 11:40: a reception at 11:30 would end 5 minutes late, so 11:15 is the last
    ShopCalendar closesAt1140 = ShopCalendar.of(Shops.SHANGHAI, DayHours.parse("09:00", "11:40"), Shops.WEEKDAYS);
    AppointmentBook early = AppointmentBook.create(closesAt1140, Shops.seed(A1), Shops.small());
    assertThat(localStarts(monday(early, express()))).endsWith(LocalTime.of(11, 15));
    SlotDecision late = early.explain(express(), at(MONDAY, 11, 30), FRIDAY_BEFORE);
    assertThat(codes(late.reasons())).containsExactly("RECEPTION_DOES_NOT_FIT");
    assertThat(late.reasons().get(0).message())
        .isEqualTo("a reception of 15 min starting at 2026-03-02T11:30 would end after 11:40");
  }

  @Test
  void timesOffTheGridOrOutsideHoursSayWhy() {
    ShopCalendar lunch = Shops.fullDay();
    AppointmentBook book = AppointmentBook.create(lunch, Shops.seed(A1), Shops.small());
    assertThat(book.explain(express(), at(MONDAY, 9, 10), FRIDAY_BEFORE).reasons().get(0).message())
        .isEqualTo("2026-03-02T09:10 is not a reception slot start; the nearest starts are 09:00 and 09:15");
    assertThat(book.explain(express(), at(MONDAY, 8, 30), FRIDAY_BEFORE).reasons().get(0).message())
        .isEqualTo("2026-03-02T08:30 is before opening at 09:00");
    assertThat(book.explain(express(), at(MONDAY, 12, 30), FRIDAY_BEFORE).reasons().get(0).message())
        .isEqualTo("2026-03-02T12:30 is in the break 12:00–13:00");
    assertThat(book.explain(express(), at(MONDAY.plusDays(5), 10, 0), FRIDAY_BEFORE).reasons().get(0).message())
        .isEqualTo("the shop is closed on SATURDAYs (2026-03-07)");
    assertThat(book.explain(express(), at(MONDAY, 9, 0).plusMillis(1), FRIDAY_BEFORE).available()).isFalse();
    // the cycle restarts after the break: 13:00, 13:15, 13:30, then 14:00
    Availability a = monday(book, express());
    assertThat(localStarts(a)).contains(LocalTime.of(13, 0), LocalTime.of(13, 30), LocalTime.of(14, 0))
        .doesNotContain(LocalTime.of(12, 0), LocalTime.of(13, 45));
  }

  @Test
  void aHolidayAndAZeroLengthOverrideOfferNothingAndSayWhy() {
    LocalDate tuesday = MONDAY.plusDays(1);
    ShopCalendar cal = Shops.seedMorning().withHoliday(MONDAY).withOverride(tuesday, DayHours.closed());
    AppointmentBook book = AppointmentBook.create(cal, Shops.seed(A1), Shops.small());
    Availability a =
        book.availability(AvailabilityQuery.of(express(), DateRange.ofClosed(MONDAY, tuesday.plusDays(1))), FRIDAY_BEFORE);
    assertThat(a.unavailableDays()).extracting(DayRefusal::date).containsExactly(MONDAY, tuesday);
    assertThat(a.unavailableDays().get(0).reasons().get(0).parameters()).containsEntry("detail", "HOLIDAY");
    assertThat(a.unavailableDays().get(1).reasons().get(0).parameters()).containsEntry("detail", "CLOSED_BY_OVERRIDE");
    assertThat(a.starts()).hasSize(9).allSatisfy(s -> assertThat(Shops.local(s)).isBefore(LocalTime.NOON));
    // a holiday override with shorter hours
    ShopCalendar shortDay = Shops.seedMorning().withOverride(MONDAY, DayHours.parse("10:00", "11:00"));
    assertThat(localStarts(monday(AppointmentBook.create(shortDay, Shops.seed(A1), Shops.small()), express())))
        .containsExactlyElementsOf(times("10:00", "10:15", "10:30"));
  }

  // ------------------------------------------------------------ advisors and reception lengths

  @Test
  void advisorsReceiveOneCustomerAtATime() {
    AppointmentBook book = seedBook(A1, A2);
    BookingResult first = book.book(express(), at(MONDAY, 9, 0), FRIDAY_BEFORE);
    assertThat(first.booking().advisor()).isEqualTo(A1);
    assertThat(first.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(first.booking().id()).isEqualTo(BookingId.of("BK-00000001"));
    Availability a = monday(first.book(), express());
    assertThat(a.slots().get(0).freeAdvisors()).isEqualTo(1);
    BookingResult second = first.book().book(express(), at(MONDAY, 9, 0), FRIDAY_BEFORE);
    assertThat(second.booking().advisor()).isEqualTo(A2);
    SlotDecision full = second.book().explain(express(), at(MONDAY, 9, 0), FRIDAY_BEFORE);
    assertThat(codes(full.reasons())).containsExactly("ADVISOR_BUSY");
    assertThat(full.reasons().get(0).message()).isEqualTo("all 2 advisors on duty are busy at 2026-03-02T09:00");
    // the customer's own advisor: only times that advisor is free
    AppointmentRequest withA1 = AppointmentRequest.builder().from(express()).advisor(A1).build();
    assertThat(localStarts(monday(first.book(), withA1))).doesNotContain(LocalTime.of(9, 0));
    assertThat(first.book().explain(withA1, at(MONDAY, 9, 0), FRIDAY_BEFORE).reasons().get(0).message())
        .isEqualTo("advisor A1 is busy at 2026-03-02T09:00");
    // balancing: at 9:15 A1 and A2 are free; A2 has fewer receptions after the first booking
    assertThat(first.book().book(express(), at(MONDAY, 9, 15), FRIDAY_BEFORE).booking().advisor()).isEqualTo(A2);
  }

  @Test
  void anAdvisorOnADayOffReceivesNoOne() {
    ReceptionPattern p =
        ReceptionPattern.builder().from(Shops.seed(A1, A2)).addAdvisorAbsences(AdvisorAbsence.of(A1, MONDAY)).build();
    AppointmentBook book = AppointmentBook.create(Shops.seedMorning(), p, Shops.small());
    assertThat(monday(book, express()).slots().get(0).freeAdvisors()).isEqualTo(1);
    BookingResult r = book.book(express(), at(MONDAY, 9, 0), FRIDAY_BEFORE);
    assertThat(r.booking().advisor()).isEqualTo(A2);
    SlotDecision full = r.book().explain(express(), at(MONDAY, 9, 0), FRIDAY_BEFORE);
    assertThat(full.reasons().get(0).message()).isEqualTo("all 1 advisors on duty are busy at 2026-03-02T09:00");
    AppointmentRequest withA1 = AppointmentRequest.builder().from(express()).advisor(A1).build();
    SlotDecision off = book.explain(withA1, at(MONDAY, 10, 0), FRIDAY_BEFORE);
    assertThat(off.reasons().get(0).message()).isEqualTo("advisor A1 is not on duty on 2026-03-02");
    assertThat(off.reasons().get(0).parameters()).containsEntry("detail", "OFF_DUTY");
    assertThat(book.isAvailable(withA1, at(MONDAY.plusDays(1), 10, 0), FRIDAY_BEFORE)).isTrue();
    assertThatThrownBy(() -> ReceptionPattern.builder().from(Shops.seed(A1))
            .addAdvisorAbsences(AdvisorAbsence.of(A2, MONDAY)).build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.ADVISOR_NOT_ON_DUTY);
  }

  @Test
  void aDiagnosisTakesTwoConsecutiveSlotsAndNeverSpansTheBuffer() {
    AppointmentBook book = seedBook(A1);
    AppointmentRequest diagnosis = request("DIAGNOSIS", Skill.MECHANICAL, "1");
    assertThat(localStarts(monday(book, diagnosis)))
        .containsExactlyElementsOf(times("09:00", "09:15", "10:00", "10:15", "11:00", "11:15"));
    SlotDecision d = book.explain(diagnosis, at(MONDAY, 9, 30), FRIDAY_BEFORE);
    assertThat(codes(d.reasons())).containsExactly("RECEPTION_DOES_NOT_FIT");
    assertThat(d.reasons().get(0).message())
        .isEqualTo("DIAGNOSIS needs 2 consecutive reception slots, but only 1 remain at 2026-03-02T09:30 before 09:45");
    BookingResult r = book.book(diagnosis, at(MONDAY, 9, 15), FRIDAY_BEFORE);
    assertThat(r.booking().receptionEnd()).isEqualTo(at(MONDAY, 9, 45));
    assertThat(localStarts(monday(r.book(), express())))
        .containsExactlyElementsOf(times("09:00", "10:00", "10:15", "10:30", "11:00", "11:15", "11:30"));
  }

  // ------------------------------------------------------------ time rules

  @Test
  void minimumNoticeSameDayAndHorizonAreCountedInTheShopsZone() {
    ReceptionPattern p = ReceptionPattern.builder().from(Shops.seed(A1)).minimumNotice(Duration.ofHours(2)).horizonDays(7).build();
    AppointmentBook book = AppointmentBook.create(Shops.seedMorning(), p, Shops.small());
    Instant eightOclock = at(MONDAY, 8, 0);
    Availability today = book.availability(AvailabilityQuery.of(express(), MONDAY_ONLY), eightOclock);
    assertThat(localStarts(today)).startsWith(LocalTime.of(10, 0)); // exactly at the notice is fine
    SlotDecision tooSoon = book.explain(express(), at(MONDAY, 9, 30), eightOclock);
    assertThat(codes(tooSoon.reasons())).containsExactly("INSIDE_MINIMUM_NOTICE");
    assertThat(tooSoon.reasons().get(0).parameters()).containsEntry("earliest", "2026-03-02T10:00");
    // one second over the notice
    assertThat(book.explain(express(), at(MONDAY, 10, 0), eightOclock.plusSeconds(1)).available()).isFalse();

    ReceptionPattern noSameDay = ReceptionPattern.builder().from(p).sameDayBooking(false).build();
    AppointmentBook tomorrowOnly = AppointmentBook.create(Shops.seedMorning(), noSameDay, Shops.small());
    // 2026-03-01T16:30Z is 00:30 on Monday in Shanghai: Monday is "today" there, though not in UTC
    Instant mondayJustAfterMidnight = Instant.parse("2026-03-01T16:30:00Z");
    Availability a =
        tomorrowOnly.availability(
            AvailabilityQuery.of(express(), DateRange.ofClosed(MONDAY, MONDAY.plusDays(1))), mondayJustAfterMidnight);
    assertThat(a.unavailableDays()).extracting(DayRefusal::date).containsExactly(MONDAY);
    assertThat(codes(a.unavailableDays().get(0).reasons())).containsExactly("INSIDE_MINIMUM_NOTICE");
    assertThat(a.starts()).allSatisfy(s -> assertThat(Shops.SHANGHAI.getRules().getOffset(s)).isNotNull())
        .allSatisfy(s -> assertThat(java.time.LocalDate.ofInstant(s, Shops.SHANGHAI)).isEqualTo(MONDAY.plusDays(1)));

    LocalDate lastDay = MONDAY.plusDays(7);
    assertThat(book.explain(express(), at(lastDay, 10, 0), eightOclock).available()).isTrue();
    SlotDecision beyond = book.explain(express(), at(lastDay.plusDays(1), 10, 0), eightOclock);
    assertThat(codes(beyond.reasons())).containsExactly("BEYOND_BOOKING_HORIZON");
  }

  @Test
  void aBookingInThePastIsBadInputAndAPastTimeIsNotOffered() {
    AppointmentBook book = seedBook(A1);
    Instant tenThirty = at(MONDAY, 10, 30);
    assertThatThrownBy(() -> book.book(express(), at(MONDAY, 10, 0), tenThirty))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.BOOKING_IN_PAST);
    assertThat(codes(book.explain(express(), at(MONDAY, 10, 0), tenThirty).reasons())).containsExactly("IN_THE_PAST");
    assertThat(localStarts(book.availability(AvailabilityQuery.of(express(), MONDAY_ONLY), tenThirty)))
        .containsExactlyElementsOf(times("10:30", "11:00", "11:15", "11:30"));
    assertThat(book.book(express(), tenThirty, tenThirty).booking().start()).isEqualTo(tenThirty);
  }

  @Test
  void partsMustArriveBeforeTheAppointment() {
    AppointmentBook book = seedBook(A1);
    AppointmentRequest waitForParts =
        AppointmentRequest.builder().from(express()).partsEta(at(MONDAY, 10, 5)).build();
    assertThat(localStarts(monday(book, waitForParts))).containsExactlyElementsOf(times("10:15", "10:30", "11:00", "11:15", "11:30"));
    SlotDecision d = book.explain(waitForParts, at(MONDAY, 10, 0), FRIDAY_BEFORE);
    assertThat(codes(d.reasons())).containsExactly("BEFORE_PARTS_ETA");
    assertThat(d.reasons().get(0).parameters()).containsEntry("partsEta", "2026-03-02T10:05");
    AppointmentRequest exactly = AppointmentRequest.builder().from(express()).partsEta(at(MONDAY, 10, 15)).build();
    assertThat(book.explain(exactly, at(MONDAY, 10, 15), FRIDAY_BEFORE).available()).isTrue();
  }

  // ------------------------------------------------------------ workshop capacity

  static WorkshopCapacity alignmentShop() {
    return WorkshopCapacity.builder()
        .addTechnicians(
            Shops.technician("T1", Skill.MECHANICAL),
            Shops.technician("T3", Skill.ALIGNMENT, Skill.MECHANICAL))
        .addBays(Bay.of("AL1", BayType.ALIGNMENT), Bay.of("L1", BayType.LIFT))
        .build();
  }

  @Test
  void skillCapacityIsExhaustedExactlyOneUnitOverTheLimit() {
    AppointmentBook book = AppointmentBook.create(Shops.fullDay(), Shops.seed(A1, A2), alignmentShop());
    AppointmentRequest align4 = request("REPAIR", Skill.ALIGNMENT, "4");
    AppointmentBook one = book.book(align4, at(MONDAY, 9, 0), FRIDAY_BEFORE).book();
    // T3 works 7 h (09:00-17:00 less lunch): 4 + 3 fits exactly, 3.0001 does not
    assertThat(one.isAvailable(request("REPAIR", Skill.ALIGNMENT, "3"), at(MONDAY, 9, 15), FRIDAY_BEFORE)).isTrue();
    SlotDecision over = one.explain(request("REPAIR", Skill.ALIGNMENT, "3.0001"), at(MONDAY, 9, 15), FRIDAY_BEFORE);
    assertThat(codes(over.reasons())).containsExactly("SKILL_CAPACITY_EXHAUSTED");
    assertThat(over.reasons().get(0).message())
        .isEqualTo("skill capacity exhausted: ALIGNMENT on 2026-03-02 (7.0001 h needed, 7 h loadable)");
    Availability a = monday(one, request("REPAIR", Skill.ALIGNMENT, "4"));
    assertThat(a.slots()).isEmpty();
    assertThat(a.unavailableDays().get(0).reasons().get(0).parameters()).containsEntry("skill", "ALIGNMENT");
  }

  @Test
  void techniciansSharedBetweenSkillsAreNotCountedTwice() {
    AppointmentBook book = AppointmentBook.create(Shops.fullDay(), Shops.seed(A1, A2), alignmentShop());
    // 10 h mechanical: T1's 7 h and 3 h of T3
    AppointmentBook b = book.book(request("REPAIR", Skill.MECHANICAL, "10"), at(MONDAY, 9, 0), FRIDAY_BEFORE).book();
    assertThat(b.isAvailable(request("REPAIR", Skill.ALIGNMENT, "4"), at(MONDAY, 9, 15), FRIDAY_BEFORE)).isTrue();
    SlotDecision d = b.explain(request("REPAIR", Skill.ALIGNMENT, "5"), at(MONDAY, 9, 15), FRIDAY_BEFORE);
    assertThat(codes(d.reasons())).containsExactly("SKILL_CAPACITY_EXHAUSTED");
    assertThat(d.reasons().get(0).parameters())
        .containsEntry("skill", "ALIGNMENT, MECHANICAL")
        .containsEntry("needed", "15")
        .containsEntry("available", "14");
  }

  @Test
  void loadableHoursAreShiftHoursTimesAvailabilityAndEfficiencyLessCarryOverAndInternalWork() {
    WorkshopCapacity cap =
        WorkshopCapacity.builder()
            .addTechnicians(
                org.aftersales.scheduling.capacity.Technician.builder()
                    .from(Shops.technician("T1", Skill.MECHANICAL))
                    .availability(Percentage.of(80))
                    .efficiency(new java.math.BigDecimal("125"))
                    .build(),
                Shops.technician("T2", Skill.MECHANICAL, Skill.ELECTRICAL))
            .addCarryOver(WorkloadDeduction.of(MONDAY, Skill.MECHANICAL, Hours.of("2")))
            .addInternalWork(WorkloadDeduction.of(MONDAY, Skill.ELECTRICAL, Hours.of("1.5")))
            .build();
    // T1: 7 h x 80% x 125% = 7 h; T2: 7 h
    assertThat(cap.loadableHours(Shops.fullDay(), MONDAY))
        .containsEntry(Skill.MECHANICAL, Hours.of("12"))
        .containsEntry(Skill.ELECTRICAL, Hours.of("5.5"));
    assertThat(cap.loadableHours(Shops.fullDay(), MONDAY.plusDays(1))).containsEntry(Skill.MECHANICAL, Hours.of("14"));
    AppointmentBook book = AppointmentBook.create(Shops.fullDay(), Shops.seed(A1), cap);
    // 14 h of technicians less 2 h carry-over and 1.5 h internal work on a shared technician: 10.5 h
    assertThat(book.isAvailable(request("REPAIR", Skill.MECHANICAL, "10.5"), at(MONDAY, 9, 0), FRIDAY_BEFORE)).isTrue();
    assertThat(book.isAvailable(request("REPAIR", Skill.MECHANICAL, "10.5001"), at(MONDAY, 9, 0), FRIDAY_BEFORE)).isFalse();
  }

  @Test
  void dailyLimitsQuotasLoanersAndBaysRefuseWithTheirOwnReasons() {
    WorkshopCapacity cap =
        WorkshopCapacity.builder()
            .from(alignmentShop())
            .maxAppointmentsPerDay(3)
            .maxHoursPerDay(Hours.of("6"))
            .putTransportQuota(TransportOption.WAITING, 1)
            .loanerFleet(1)
            .build();
    AppointmentBook book = AppointmentBook.create(Shops.fullDay(), Shops.seed(A1, A2), cap);
    AppointmentRequest waiting =
        AppointmentRequest.builder().from(request("REPAIR", Skill.MECHANICAL, "1")).transport(TransportOption.WAITING).build();
    AppointmentBook b = book.book(waiting, at(MONDAY, 9, 0), FRIDAY_BEFORE).book();
    SlotDecision secondWaiting = b.explain(waiting, at(MONDAY, 10, 0), FRIDAY_BEFORE);
    assertThat(codes(secondWaiting.reasons())).containsExactly("TRANSPORT_QUOTA_FULL");
    assertThat(secondWaiting.reasons().get(0).parameters()).containsEntry("transport", "WAITING").containsEntry("limit", "1");

    AppointmentRequest loaner2Days =
        AppointmentRequest.builder().from(request("REPAIR", Skill.MECHANICAL, "1"))
            .transport(TransportOption.LOANER).loanerDays(2).build();
    b = b.book(loaner2Days, at(MONDAY, 9, 15), FRIDAY_BEFORE).book();
    AppointmentRequest loaner1Day =
        AppointmentRequest.builder().from(loaner2Days).loanerDays(1).build();
    SlotDecision tuesday = b.explain(loaner1Day, at(MONDAY.plusDays(1), 9, 0), FRIDAY_BEFORE);
    assertThat(codes(tuesday.reasons())).containsExactly("LOANER_QUOTA_FULL");
    assertThat(tuesday.reasons().get(0).message()).isEqualTo("all 1 loaner cars are out on 2026-03-03");
    assertThat(b.isAvailable(loaner1Day, at(MONDAY.plusDays(2), 9, 0), FRIDAY_BEFORE)).isTrue();
    // a loaner from Friday for 4 days needs Monday's car too
    AppointmentRequest loaner4Days = AppointmentRequest.builder().from(loaner2Days).loanerDays(4).build();
    SlotDecision friday = b.explain(loaner4Days, at(MONDAY.minusDays(3), 11, 0), at(MONDAY.minusDays(3), 8, 0));
    assertThat(codes(friday.reasons())).contains("LOANER_QUOTA_FULL");

    // hours: 2 booked; 4 more fit the 6 h limit, 4.5 do not
    assertThat(b.explain(request("REPAIR", Skill.MECHANICAL, "4"), at(MONDAY, 9, 30), FRIDAY_BEFORE).reasons()).isEmpty();
    assertThat(codes(b.explain(request("REPAIR", Skill.MECHANICAL, "4.5"), at(MONDAY, 9, 30), FRIDAY_BEFORE).reasons()))
        .containsExactly("DAILY_HOURS_LIMIT");
    AppointmentBook three = b.book(request("REPAIR", Skill.MECHANICAL, "1"), at(MONDAY, 9, 30), FRIDAY_BEFORE).book();
    assertThat(codes(three.explain(request("REPAIR", Skill.MECHANICAL, "1"), at(MONDAY, 10, 0), FRIDAY_BEFORE).reasons()))
        .containsExactly("DAILY_APPOINTMENT_LIMIT");

    // bay-hours: one alignment rig, open 7 h
    AppointmentRequest onTheRig =
        AppointmentRequest.builder().from(request("REPAIR", Skill.ALIGNMENT, "7")).bayType(BayType.ALIGNMENT).build();
    AppointmentBook rigShop = AppointmentBook.create(Shops.fullDay(), Shops.seed(A1, A2), alignmentShop());
    assertThat(rigShop.isAvailable(onTheRig, at(MONDAY, 9, 0), FRIDAY_BEFORE)).isTrue();
    AppointmentBook rigged = rigShop.book(onTheRig, at(MONDAY, 9, 0), FRIDAY_BEFORE).book();
    AppointmentRequest more =
        AppointmentRequest.builder().from(request("REPAIR", Skill.MECHANICAL, "0.5")).bayType(BayType.ALIGNMENT).build();
    assertThat(codes(rigged.explain(more, at(MONDAY, 9, 15), FRIDAY_BEFORE).reasons())).containsExactly("BAY_CAPACITY_EXHAUSTED");
  }

  @Test
  void theWalkInReserveKeepsAShareOfReceptionSlotsFree() {
    ReceptionPattern p = ReceptionPattern.builder().from(Shops.seed(A1)).walkInReserve(Percentage.of(25)).build();
    AppointmentBook book = AppointmentBook.create(Shops.seedMorning(), p, Shops.small());
    AppointmentRequest receptionOnly = AppointmentRequest.builder().appointmentType("REPAIR").build();
    // 9 slots, 25% kept: floor(6.75) = 6 appointments
    Availability a = monday(book, receptionOnly);
    for (int i = 0; i < 6; i++) {
      book = book.book(receptionOnly, a.starts().get(i), FRIDAY_BEFORE).book();
    }
    SlotDecision d = book.explain(receptionOnly, a.starts().get(6), FRIDAY_BEFORE);
    assertThat(codes(d.reasons())).containsExactly("WALK_IN_RESERVE");
    assertThat(monday(book, receptionOnly).slots()).isEmpty();
  }

  // ------------------------------------------------------------ lifecycle

  @Test
  void holdConfirmReleaseCancelAndExpire() {
    AppointmentBook book = seedBook(A1);
    Instant nine = at(MONDAY, 9, 0);
    Instant expiry = FRIDAY_BEFORE.plus(Duration.ofMinutes(10));
    BookingResult held = book.hold(express(), nine, expiry, FRIDAY_BEFORE);
    assertThat(held.booking().status()).isEqualTo(BookingStatus.HELD);
    assertThat(held.booking().holdExpiresAt()).contains(expiry);
    assertThat(held.book().isAvailable(express(), nine, FRIDAY_BEFORE)).isFalse();
    assertThat(book.isAvailable(express(), nine, FRIDAY_BEFORE)).isTrue(); // the old book is unchanged

    // one second before expiry it can be confirmed; at the expiry it is gone
    Instant justBefore = expiry.minusSeconds(1);
    BookingResult confirmed = held.book().confirm(held.booking().id(), justBefore);
    assertThat(confirmed.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(confirmed.booking().holdExpiresAt()).isEmpty();
    assertThatThrownBy(() -> held.book().confirm(held.booking().id(), expiry))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("in status EXPIRED")
        .extracting(e -> ((IllegalTransitionException) e).code())
        .isEqualTo(SchedulingErrorCode.BOOKING_STATUS);
    AppointmentBook expired = held.book().expire(expiry);
    assertThat(expired.booking(held.booking().id()).orElseThrow().status()).isEqualTo(BookingStatus.EXPIRED);
    assertThat(expired.isAvailable(express(), nine, expiry)).isTrue();
    assertThat(held.book().isAvailable(express(), nine, expiry)).isTrue(); // queries expire on the fly

    BookingResult released = held.book().release(held.booking().id(), FRIDAY_BEFORE);
    assertThat(released.booking().status()).isEqualTo(BookingStatus.RELEASED);
    assertThat(released.book().isAvailable(express(), nine, FRIDAY_BEFORE)).isTrue();
    assertThatThrownBy(() -> held.book().cancel(held.booking().id(), FRIDAY_BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("only a CONFIRMED booking can be cancelled");

    BookingResult cancelled = confirmed.book().cancel(held.booking().id(), justBefore);
    assertThat(cancelled.booking().status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(monday(cancelled.book(), express())).isEqualTo(monday(book, express()));
    assertThat(cancelled.book().ledgerDays()).isZero();
    assertThat(cancelled.book().bookings()).extracting(Booking::status).containsExactly(BookingStatus.CANCELLED);

    assertThatThrownBy(() -> book.confirm(BookingId.of("BK-00000099"), FRIDAY_BEFORE))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.BOOKING_NOT_FOUND);
    assertThatThrownBy(() -> book.hold(express(), nine, FRIDAY_BEFORE, FRIDAY_BEFORE))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.HOLD_EXPIRY_INVALID);
  }

  @Test
  void rescheduleIsAtomic() {
    AppointmentBook book = seedBook(A1);
    BookingResult r = book.book(express(), at(MONDAY, 9, 0), FRIDAY_BEFORE);
    AppointmentBook b = r.book();
    BookingId id = r.booking().id();
    assertThatThrownBy(() -> b.reschedule(id, at(MONDAY, 9, 45), FRIDAY_BEFORE))
        .isInstanceOf(SchedulingConflictException.class)
        .satisfies(e -> assertThat(codes(e)).containsExactly("BUFFER_SLOT"));
    assertThat(b.booking(id).orElseThrow().start()).isEqualTo(at(MONDAY, 9, 0));
    assertThat(b.isAvailable(express(), at(MONDAY, 9, 0), FRIDAY_BEFORE)).isFalse();

    BookingResult moved = b.reschedule(id, at(MONDAY, 10, 0), FRIDAY_BEFORE);
    assertThat(moved.booking().id()).isEqualTo(id);
    assertThat(moved.booking().start()).isEqualTo(at(MONDAY, 10, 0));
    assertThat(moved.booking().createdAt()).isEqualTo(r.booking().createdAt());
    assertThat(moved.book().isAvailable(express(), at(MONDAY, 9, 0), FRIDAY_BEFORE)).isTrue();
    assertThat(moved.book().isAvailable(express(), at(MONDAY, 10, 0), FRIDAY_BEFORE)).isFalse();
    assertThat(moved.book().activeBookings(MONDAY_ONLY)).containsExactly(moved.booking());

    // in a full day a booking can still move: its own capacity is freed first
    WorkshopCapacity oneDayOfWork = WorkshopCapacity.builder().from(Shops.small()).maxAppointmentsPerDay(1).build();
    AppointmentBook full = AppointmentBook.create(Shops.seedMorning(), Shops.seed(A1), oneDayOfWork);
    BookingResult only = full.book(express(), at(MONDAY, 9, 0), FRIDAY_BEFORE);
    assertThat(only.book().isAvailable(express(), at(MONDAY, 11, 0), FRIDAY_BEFORE)).isFalse();
    assertThat(only.book().reschedule(only.booking().id(), at(MONDAY, 11, 0), FRIDAY_BEFORE).booking().start())
        .isEqualTo(at(MONDAY, 11, 0));
  }

  @Test
  void restoreRebuildsTheSameAvailability() {
    AppointmentBook book = seedBook(A1, A2);
    book = book.book(express(), at(MONDAY, 9, 0), FRIDAY_BEFORE).book();
    book = book.hold(express(), at(MONDAY, 9, 0), FRIDAY_BEFORE.plusSeconds(600), FRIDAY_BEFORE).book();
    BookingResult c = book.book(express(), at(MONDAY, 10, 0), FRIDAY_BEFORE);
    book = c.book().cancel(c.booking().id(), FRIDAY_BEFORE).book();
    AppointmentBook restored =
        AppointmentBook.restore(book.calendar(), book.pattern(), book.capacity(), book.bookings());
    assertThat(monday(restored, express())).isEqualTo(monday(book, express()));
    assertThat(restored.bookings()).isEqualTo(book.bookings());
    assertThat(restored.book(express(), at(MONDAY, 11, 0), FRIDAY_BEFORE).booking().id()).isEqualTo(BookingId.of("BK-00000004"));
    // a restored booking colliding with another one is refused
    Booking clash = Booking.builder().from(book.bookings().get(0)).id(BookingId.of("X-1")).build();
    List<Booking> both = new java.util.ArrayList<>(book.bookings());
    both.add(clash);
    AppointmentBook finalBook = book;
    assertThatThrownBy(() -> AppointmentBook.restore(finalBook.calendar(), finalBook.pattern(), finalBook.capacity(), both))
        .isInstanceOf(SchedulingConflictException.class);
  }

  // ------------------------------------------------------------ bad input

  @Test
  void unknownSkillsTypesBaysAndAdvisorsAreBadInput() {
    AppointmentBook book = seedBook(A1);
    assertThatThrownBy(() -> book.isAvailable(request("REPAIR", Skill.PAINT, "1"), at(MONDAY, 9, 0), FRIDAY_BEFORE))
        .hasMessageContaining("no technician of the workshop has skill PAINT")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.SKILL_NOT_IN_WORKSHOP);
    assertThatThrownBy(() -> monday(book, request("BODYWORK", Skill.MECHANICAL, "1")))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.APPOINTMENT_TYPE_NOT_OFFERED);
    assertThatThrownBy(() -> monday(book, AppointmentRequest.builder().from(express()).bayType(BayType.PAINT_BOOTH).build()))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.BAY_TYPE_NOT_IN_WORKSHOP);
    assertThatThrownBy(() -> monday(book, AppointmentRequest.builder().from(express()).advisor(AdvisorId.of("NOBODY")).build()))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.ADVISOR_NOT_ON_DUTY);
  }

  @Test
  void badPatternsAreRefusedWithSpecificCodes() {
    assertThatThrownBy(() -> ReceptionPattern.builder().from(Shops.seed(A1)).buffer(Duration.ofMinutes(-15)).build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.NEGATIVE_BUFFER);
    assertThatThrownBy(() -> ReceptionPattern.builder().from(Shops.seed(A1)).slotLength(Duration.ofSeconds(90)).build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.DURATION_OUT_OF_RANGE);
    assertThatThrownBy(() -> ReceptionPattern.builder().from(Shops.seed(A1)).slotsBeforeBuffer(1).build())
        .isInstanceOf(PolicyException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.RECEPTION_LONGER_THAN_RUN);
    ReceptionPattern aligned = ReceptionPattern.builder().from(Shops.seed(A1)).requireAlignedWindows(true).build();
    ShopCalendar odd = ShopCalendar.of(Shops.SHANGHAI, DayHours.parse("09:00", "11:40"), Shops.WEEKDAYS);
    assertThatThrownBy(() -> AppointmentBook.create(odd, aligned, Shops.small()))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("does not divide the working window 09:00–11:40 (160 min) of weeklyHours.MONDAY")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.SLOT_LENGTH_MISALIGNED);
    assertThat(AppointmentBook.create(Shops.seedMorning(), aligned, Shops.small())).isNotNull();
    assertThat(AppointmentBook.create(odd, Shops.seed(A1), Shops.small())).isNotNull();
    assertThatThrownBy(() -> org.aftersales.scheduling.capacity.Technician.builder()
            .from(Shops.technician("T9", Skill.MECHANICAL))
            .shifts(List.of(
                org.aftersales.scheduling.capacity.Shift.of(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                org.aftersales.scheduling.capacity.Shift.of(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(15, 0))))
            .build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.SHIFT_OVERLAP);
  }

  // ------------------------------------------------------------ zones

  @Test
  void nightShopSlotsFollowTheClockChangeInBerlin() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    ShopCalendar night = ShopCalendar.of(berlin, DayHours.parse("01:00", "04:00"), DayOfWeek.values());
    ReceptionPattern noBuffer = ReceptionPattern.builder().from(Shops.seed(A1)).buffer(Duration.ZERO).horizonDays(365).build();
    AppointmentBook book = AppointmentBook.create(night, noBuffer, Shops.allWeek());
    Instant now = Instant.parse("2026-03-01T00:00:00Z");
    java.util.function.Function<LocalDate, List<Instant>> starts =
        d -> book.availability(AvailabilityQuery.of(express(), DateRange.ofClosed(d, d)), now).starts();
    List<Instant> spring = starts.apply(LocalDate.of(2026, 3, 29));
    assertThat(spring).hasSize(8);
    assertThat(spring.stream().map(i -> java.time.LocalDateTime.ofInstant(i, berlin).toLocalTime()).toList())
        .containsExactlyElementsOf(times("01:00", "01:15", "01:30", "01:45", "03:00", "03:15", "03:30", "03:45"));
    assertThat(starts.apply(LocalDate.of(2026, 3, 28))).hasSize(12);
    List<Instant> autumn = starts.apply(LocalDate.of(2026, 10, 25));
    assertThat(autumn).hasSize(16);
    for (int i = 1; i < autumn.size(); i++) {
      assertThat(Duration.between(autumn.get(i - 1), autumn.get(i))).isEqualTo(Duration.ofMinutes(15));
    }
    // the repeated 02:00-03:00 hour is offered twice, once per offset
    assertThat(autumn.stream().map(i -> java.time.LocalDateTime.ofInstant(i, berlin).toLocalTime())
        .filter(t -> t.equals(LocalTime.of(2, 0)))).hasSize(2);
    assertThat(book.book(express(), autumn.get(8), now).booking().date()).isEqualTo(LocalDate.of(2026, 10, 25));
  }

  @Test
  void newYorkDaysTheClocksChangeKeepTheSameLocalSlots() {
    ZoneId ny = ZoneId.of("America/New_York");
    ShopCalendar cal = ShopCalendar.of(ny, DayHours.parse("09:00", "12:00"), DayOfWeek.values());
    AppointmentBook book =
        AppointmentBook.create(cal, ReceptionPattern.builder().from(Shops.seed(A1)).horizonDays(365).build(), Shops.allWeek());
    Instant now = Instant.parse("2026-03-01T00:00:00Z");
    for (LocalDate d : List.of(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8), LocalDate.of(2026, 11, 1))) {
      List<Instant> s = book.availability(AvailabilityQuery.of(express(), DateRange.ofClosed(d, d)), now).starts();
      assertThat(s.stream().map(i -> java.time.LocalDateTime.ofInstant(i, ny).toLocalTime()).toList())
          .containsExactlyElementsOf(times("09:00", "09:15", "09:30", "10:00", "10:15", "10:30", "11:00", "11:15", "11:30"));
    }
    assertThat(book.availability(AvailabilityQuery.of(express(), DateRange.ofClosed(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 8))), now)
        .starts().get(0)).isEqualTo(Instant.parse("2026-03-08T13:00:00Z"));
    assertThat(book.availability(AvailabilityQuery.of(express(), DateRange.ofClosed(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 7))), now)
        .starts().get(0)).isEqualTo(Instant.parse("2026-03-07T14:00:00Z"));
  }

  @Test
  void kathmanduSlotsAreAtAQuarterPastTheUtcHour() {
    ZoneId kathmandu = ZoneId.of("Asia/Kathmandu");
    ShopCalendar cal = ShopCalendar.of(kathmandu, DayHours.parse("09:00", "12:00"), Shops.WEEKDAYS);
    AppointmentBook book = AppointmentBook.create(cal, Shops.seed(A1), Shops.small());
    Instant now = Instant.parse("2026-02-27T00:00:00Z");
    List<Instant> s = book.availability(AvailabilityQuery.of(express(), MONDAY_ONLY), now).starts();
    assertThat(s.subList(0, 4))
        .containsExactly(
            Instant.parse("2026-03-02T03:15:00Z"), Instant.parse("2026-03-02T03:30:00Z"),
            Instant.parse("2026-03-02T03:45:00Z"), Instant.parse("2026-03-02T04:15:00Z"));
    SlotDecision buffer = book.explain(express(), Instant.parse("2026-03-02T04:00:00Z"), now);
    assertThat(buffer.reasons().get(0).message()).startsWith("2026-03-02T09:45 is a buffer slot");
  }
}

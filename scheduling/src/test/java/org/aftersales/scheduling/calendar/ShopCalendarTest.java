package org.aftersales.scheduling.calendar;

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
import org.aftersales.core.PolicyException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.scheduling.SchedulingErrorCode;
import org.junit.jupiter.api.Test;

class ShopCalendarTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static final DayHours NIGHT = DayHours.parse("01:00", "04:00");

  static ShopCalendar everyDay(ZoneId zone, DayHours hours) {
    return ShopCalendar.of(zone, hours, DayOfWeek.values());
  }

  static Instant utc(String s) {
    return Instant.parse(s);
  }

  @Test
  void berlinSpringForwardDayIs23HoursAndANightShopLosesAnHour() {
    ShopCalendar cal = everyDay(BERLIN, NIGHT);
    LocalDate springForward = LocalDate.of(2026, 3, 29);
    assertThat(Duration.between(cal.startOfDay(springForward), cal.startOfDay(springForward.plusDays(1))))
        .isEqualTo(Duration.ofHours(23));
    // 01:00 CET = 00:00Z; 04:00 CEST = 02:00Z: two real hours
    assertThat(cal.openIntervals(springForward))
        .containsExactly(Interval.of(utc("2026-03-29T00:00:00Z"), utc("2026-03-29T02:00:00Z")));
    assertThat(cal.openIntervals(springForward.minusDays(1)))
        .containsExactly(Interval.of(utc("2026-03-28T00:00:00Z"), utc("2026-03-28T03:00:00Z")));
    assertThat(cal.openIntervals(springForward.plusDays(1)))
        .containsExactly(Interval.of(utc("2026-03-29T23:00:00Z"), utc("2026-03-30T02:00:00Z")));
  }

  @Test
  void berlinFallBackDayIs25HoursAndANightShopGainsAnHour() {
    ShopCalendar cal = everyDay(BERLIN, NIGHT);
    LocalDate fallBack = LocalDate.of(2026, 10, 25);
    assertThat(Duration.between(cal.startOfDay(fallBack), cal.startOfDay(fallBack.plusDays(1))))
        .isEqualTo(Duration.ofHours(25));
    // 01:00 CEST = 23:00Z the day before; 04:00 CET = 03:00Z
    assertThat(cal.openIntervals(fallBack))
        .containsExactly(Interval.of(utc("2026-10-24T23:00:00Z"), utc("2026-10-25T03:00:00Z")));
  }

  @Test
  void newYorkSpringForwardAndFallBack() {
    ShopCalendar cal = everyDay(NEW_YORK, NIGHT);
    assertThat(cal.openIntervals(LocalDate.of(2026, 3, 8)))
        .containsExactly(Interval.of(utc("2026-03-08T06:00:00Z"), utc("2026-03-08T08:00:00Z")));
    assertThat(cal.openIntervals(LocalDate.of(2026, 11, 1)))
        .containsExactly(Interval.of(utc("2026-11-01T05:00:00Z"), utc("2026-11-01T09:00:00Z")));
    assertThat(Duration.between(cal.startOfDay(LocalDate.of(2026, 3, 8)), cal.startOfDay(LocalDate.of(2026, 3, 9))))
        .isEqualTo(Duration.ofHours(23));
    assertThat(Duration.between(cal.startOfDay(LocalDate.of(2026, 11, 1)), cal.startOfDay(LocalDate.of(2026, 11, 2))))
        .isEqualTo(Duration.ofHours(25));
  }

  @Test
  void anOrdinaryDayShopIsShiftedByTheNewOffsetOnTheDayTheClocksChange() {
    ShopCalendar cal = everyDay(NEW_YORK, DayHours.of(LocalTime.of(8, 0), LocalTime.of(18, 0),
        TimeWindow.parse("12:00", "13:00")));
    assertThat(cal.openIntervals(LocalDate.of(2026, 3, 7)))
        .containsExactly(
            Interval.of(utc("2026-03-07T13:00:00Z"), utc("2026-03-07T17:00:00Z")),
            Interval.of(utc("2026-03-07T18:00:00Z"), utc("2026-03-07T23:00:00Z")));
    assertThat(cal.openIntervals(LocalDate.of(2026, 3, 8)))
        .containsExactly(
            Interval.of(utc("2026-03-08T12:00:00Z"), utc("2026-03-08T16:00:00Z")),
            Interval.of(utc("2026-03-08T17:00:00Z"), utc("2026-03-08T22:00:00Z")));
  }

  @Test
  void aBreakInsideTheSkippedHourStaysInOrder() {
    // 01:00-04:00 with a break 02:15-02:45: both ends of the break do not exist on 2026-03-29 in Berlin
    ShopCalendar cal = everyDay(BERLIN, NIGHT.withBreak(TimeWindow.parse("02:15", "02:45")));
    List<Interval> open = cal.openIntervals(LocalDate.of(2026, 3, 29));
    assertThat(open).isNotEmpty();
    for (int i = 1; i < open.size(); i++) {
      assertThat(open.get(i).start()).isAfterOrEqualTo(open.get(i - 1).end());
    }
    assertThat(open.get(0).start()).isEqualTo(utc("2026-03-29T00:00:00Z"));
    assertThat(open.get(open.size() - 1).end()).isEqualTo(utc("2026-03-29T02:00:00Z"));
  }

  @Test
  void kathmanduHasAQuarterHourOffsetAndItsOwnToday() {
    ShopCalendar cal = everyDay(KATHMANDU, DayHours.parse("09:00", "18:00"));
    assertThat(cal.openIntervals(LocalDate.of(2026, 3, 2)))
        .containsExactly(Interval.of(utc("2026-03-02T03:15:00Z"), utc("2026-03-02T12:15:00Z")));
    // 18:14Z is 23:59 in Kathmandu; 18:15Z is already the next day there (and still Mar 1 in UTC)
    assertThat(cal.today(utc("2026-03-01T18:14:00Z"))).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(cal.today(utc("2026-03-01T18:15:00Z"))).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(cal.tomorrow(utc("2026-03-01T18:15:00Z"))).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(cal.isOpenAt(utc("2026-03-02T03:14:59Z"))).isFalse();
    assertThat(cal.isOpenAt(utc("2026-03-02T03:15:00Z"))).isTrue();
    assertThat(cal.isOpenAt(utc("2026-03-02T12:15:00Z"))).isFalse();
  }

  @Test
  void tomorrowIsCountedInTheShopsZoneNotInUtc() {
    ShopCalendar cal = everyDay(SHANGHAI, DayHours.parse("09:00", "18:00"));
    Instant lateEveningInShanghai = utc("2026-03-01T16:30:00Z"); // 00:30 on Mar 2 in Shanghai
    assertThat(cal.today(lateEveningInShanghai)).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(cal.tomorrow(lateEveningInShanghai)).isEqualTo(LocalDate.of(2026, 3, 3));
  }

  @Test
  void holidaysCloseAndOverridesReplaceTheDay() {
    LocalDate nationalDay = LocalDate.of(2026, 10, 1); // a Thursday
    LocalDate shortFriday = LocalDate.of(2026, 10, 2);
    ShopCalendar cal =
        ShopCalendar.builder()
            .zone(SHANGHAI)
            .weeklyHours(DayOfWeek.THURSDAY, DayHours.parse("09:00", "18:00"))
            .weeklyHours(DayOfWeek.FRIDAY, DayHours.parse("09:00", "18:00"))
            .addHoliday(nationalDay)
            .putOverride(shortFriday, DayHours.parse("10:00", "12:00"))
            .build();
    assertThat(cal.statusOn(nationalDay)).isEqualTo(DayStatus.HOLIDAY);
    assertThat(cal.openIntervals(nationalDay)).isEmpty();
    assertThat(cal.hoursOn(shortFriday)).contains(DayHours.parse("10:00", "12:00"));
    assertThat(cal.openIntervals(shortFriday))
        .containsExactly(Interval.of(utc("2026-10-02T02:00:00Z"), utc("2026-10-02T04:00:00Z")));
    // an override wins over a holiday: the shop opens on the holiday morning
    ShopCalendar openAnyway = cal.withOverride(nationalDay, DayHours.parse("09:00", "12:00"));
    assertThat(openAnyway.statusOn(nationalDay)).isEqualTo(DayStatus.OPEN);
    assertThat(openAnyway.openIntervals(nationalDay)).hasSize(1);
    assertThat(cal.statusOn(LocalDate.of(2026, 10, 3))).isEqualTo(DayStatus.CLOSED_DAY);
  }

  @Test
  void aZeroLengthOverrideClosesTheDay() {
    LocalDate monday = LocalDate.of(2026, 3, 2);
    ShopCalendar cal = everyDay(SHANGHAI, DayHours.parse("09:00", "18:00"))
        .withOverride(monday, DayHours.of(LocalTime.of(9, 0), LocalTime.of(9, 0)));
    assertThat(cal.statusOn(monday)).isEqualTo(DayStatus.CLOSED_BY_OVERRIDE);
    assertThat(cal.isOpenOn(monday)).isFalse();
    assertThat(cal.openIntervals(monday)).isEmpty();
    assertThat(cal.nextOpening(utc("2026-03-02T01:00:00Z"))).contains(utc("2026-03-03T01:00:00Z"));
  }

  @Test
  void nextOpeningSkipsBreaksAndClosedDays() {
    ShopCalendar cal = ShopCalendar.of(SHANGHAI,
        DayHours.of(LocalTime.of(9, 0), LocalTime.of(18, 0), TimeWindow.parse("12:00", "13:00")),
        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    assertThat(cal.nextOpening(utc("2026-03-02T04:30:00Z"))).contains(utc("2026-03-02T05:00:00Z"));
    assertThat(cal.nextOpening(utc("2026-03-02T03:00:00Z"))).contains(utc("2026-03-02T03:00:00Z"));
    // Friday after closing -> Monday 09:00
    assertThat(cal.nextOpening(utc("2026-03-06T10:00:00Z"))).contains(utc("2026-03-09T01:00:00Z"));
  }

  @Test
  void badHoursAreRefusedWithSpecificCodes() {
    assertThatThrownBy(() -> DayHours.of(LocalTime.of(9, 0), LocalTime.of(18, 0), TimeWindow.parse("17:30", "18:30")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("break 17:30–18:30 lies outside the opening hours 09:00–18:00")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.BREAK_OUTSIDE_OPENING_HOURS);
    assertThatThrownBy(() -> DayHours.of(LocalTime.of(9, 0), LocalTime.of(18, 0),
            TimeWindow.parse("12:00", "13:00"), TimeWindow.parse("12:30", "13:30")))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.BREAKS_OVERLAP);
    assertThatThrownBy(() -> DayHours.parse("18:00", "09:00"))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.OPENING_HOURS_ORDER);
    assertThatThrownBy(() -> TimeWindow.parse("12:00", "12:00"))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.DATE_ORDER);
    assertThatThrownBy(() -> TimeWindow.of(LocalTime.of(12, 0, 30), LocalTime.of(13, 0)))
        .hasMessageContaining("start must be a whole minute: 12:00:30");
    assertThatThrownBy(() -> TimeWindow.parse("noon", "13:00"))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.VALUE_OUT_OF_RANGE);
    assertThatThrownBy(() -> ShopCalendar.builder().zone(SHANGHAI).build())
        .isInstanceOf(PolicyException.class);
    assertThatThrownBy(() -> DayHours.of(LocalTime.of(9, 0), LocalTime.of(9, 0), TimeWindow.parse("09:00", "10:00")))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(SchedulingErrorCode.BREAK_OUTSIDE_OPENING_HOURS);
    // a break exactly at opening or closing is inside
    assertThat(DayHours.of(LocalTime.of(9, 0), LocalTime.of(18, 0), TimeWindow.parse("09:00", "09:30"),
        TimeWindow.parse("17:30", "18:00")).workingWindows())
        .containsExactly(TimeWindow.parse("09:30", "17:30"));
  }

  @Test
  void instantsOutsideTheSupportedRangeAreRefusedNotLeaked() {
    ShopCalendar cal = everyDay(SHANGHAI, DayHours.parse("09:00", "18:00"));
    assertThatThrownBy(() -> cal.dateOf(Instant.MAX))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("instant must be from 1900 up to 2999");
    assertThatThrownBy(() -> cal.openIntervals(LocalDate.MAX)).isInstanceOf(ValidationException.class);
  }

  @Test
  void roundTripsThroughJson() {
    ShopCalendar cal =
        ShopCalendar.builder()
            .zone(KATHMANDU)
            .weeklyHours(DayOfWeek.MONDAY, DayHours.of(LocalTime.of(9, 0), LocalTime.of(18, 0), TimeWindow.parse("12:00", "13:00")))
            .addHoliday(LocalDate.of(2026, 10, 1))
            .putOverride(LocalDate.of(2026, 10, 2), DayHours.closed())
            .build();
    AfterSalesJson json = AfterSalesJson.strict();
    String text = json.write(cal);
    assertThat(text).contains("\"zone\":\"Asia/Kathmandu\"").contains("\"opens\":\"09:00:00\"");
    assertThat(json.read(text, ShopCalendar.class)).isEqualTo(cal);
    assertThat(json.write(json.read(text, ShopCalendar.class))).isEqualTo(text);
  }
}

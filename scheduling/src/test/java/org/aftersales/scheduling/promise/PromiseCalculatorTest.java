package org.aftersales.scheduling.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.aftersales.core.order.Skill;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.scheduling.calendar.DayHours;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.aftersales.scheduling.calendar.TimeWindow;
import org.junit.jupiter.api.Test;

class PromiseCalculatorTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  static final DayOfWeek[] WEEKDAYS = {
    DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY
  };
  static final ShopCalendar SHOP =
      ShopCalendar.of(SHANGHAI, DayHours.of(LocalTime.of(9, 0), LocalTime.of(17, 0), TimeWindow.parse("12:00", "13:00")), WEEKDAYS);
  static final PromiseCalculator STANDARD = PromiseCalculator.of(SHOP, PromisePolicy.standard());
  static final PromiseCalculator BARE =
      PromiseCalculator.of(SHOP, PromisePolicy.builder().marginShare(Percentage.ZERO).fixedMargin(Duration.ZERO)
          .roundUpTo(Duration.ZERO).build());

  static Instant at(LocalDate d, int h, int m) {
    return ZonedDateTime.of(d, LocalTime.of(h, m), SHANGHAI).toInstant();
  }

  static PromiseRequest work(Instant start, String hours) {
    return PromiseRequest.builder().start(start).putLabour(Skill.MECHANICAL, Hours.of(hours)).build();
  }

  @Test
  void twoHoursFromNineArePromisedWithAMarginAndRoundedUp() {
    Promise p = STANDARD.promise(work(at(MONDAY, 9, 0), "2"));
    assertThat(p.workStart()).isEqualTo(at(MONDAY, 9, 0));
    assertThat(p.workEnd()).isEqualTo(at(MONDAY, 11, 0));
    // margin: 10% of 2 h = 12 min, plus 15 min: 11:27, rounded up to 11:30
    assertThat(p.margin()).isEqualTo(Duration.ofMinutes(27));
    assertThat(p.promisedAt()).isEqualTo(at(MONDAY, 11, 30));
    assertThat(p.progressCheckAt()).isEqualTo(at(MONDAY, 10, 30));
    assertThat(p.reasons().get(p.reasons().size() - 1).code()).isEqualTo("PROMISE_COMPUTED");
    assertThat(p.reasons().get(p.reasons().size() - 1).message())
        .isEqualTo("PT2H of work from 2026-03-02T09:00 ends at 2026-03-02T11:00; with a margin of PT27M the car is promised for 2026-03-02T11:30");
  }

  @Test
  void workPausesOverTheBreakAndRollsOverClosingTime() {
    Promise overLunch = STANDARD.promise(work(at(MONDAY, 11, 0), "2"));
    assertThat(overLunch.workEnd()).isEqualTo(at(MONDAY, 14, 0));
    assertThat(overLunch.promisedAt()).isEqualTo(at(MONDAY, 14, 30));
    assertThat(overLunch.progressCheckAt()).isEqualTo(at(MONDAY, 13, 30));

    Promise overnight = STANDARD.promise(work(at(MONDAY, 16, 0), "3"));
    assertThat(overnight.workEnd()).isEqualTo(at(MONDAY.plusDays(1), 11, 0));
    // 18 + 15 min of margin: 11:33, rounded to 11:35
    assertThat(overnight.promisedAt()).isEqualTo(at(MONDAY.plusDays(1), 11, 35));

    Promise friday = STANDARD.promise(work(at(MONDAY.plusDays(4), 16, 0), "2"));
    assertThat(friday.workEnd()).isEqualTo(at(MONDAY.plusDays(7), 10, 0));
  }

  @Test
  void workEndingExactlyAtClosingOrAtTheBreakEndsThere() {
    assertThat(BARE.promise(work(at(MONDAY, 16, 0), "1")).promisedAt()).isEqualTo(at(MONDAY, 17, 0));
    assertThat(BARE.promise(work(at(MONDAY, 9, 0), "3")).promisedAt()).isEqualTo(at(MONDAY, 12, 0));
    // 0.72 s more (rounded up to a second) goes on after lunch
    assertThat(BARE.promise(work(at(MONDAY, 9, 0), "3.0002")).promisedAt()).isEqualTo(at(MONDAY, 13, 0).plusSeconds(1));
  }

  @Test
  void roundingNeverPushesThePromiseIntoClosedHours() {
    ShopCalendar early = SHOP.withOverride(MONDAY, DayHours.parse("09:00", "16:45"));
    PromiseCalculator hourly =
        PromiseCalculator.of(early, PromisePolicy.builder().marginShare(Percentage.ZERO).fixedMargin(Duration.ZERO)
            .roundUpTo(Duration.ofMinutes(60)).build());
    assertThat(hourly.promise(work(at(MONDAY, 9, 0), "7.5")).promisedAt()).isEqualTo(at(MONDAY, 16, 45));
    assertThat(hourly.promise(work(at(MONDAY, 9, 0), "1.5")).promisedAt()).isEqualTo(at(MONDAY, 11, 0));
  }

  @Test
  void efficiencyPartsAndWorkshopLoadMoveThePromise() {
    PromiseRequest fast =
        PromiseRequest.builder().from(work(at(MONDAY, 9, 0), "2.5")).efficiency(new BigDecimal("125")).build();
    assertThat(BARE.promise(fast).work()).isEqualTo(Duration.ofHours(2));
    assertThat(BARE.promise(fast).promisedAt()).isEqualTo(at(MONDAY, 11, 0));

    PromiseRequest parts = PromiseRequest.builder().from(work(at(MONDAY, 9, 0), "1")).partsEta(at(MONDAY.plusDays(1), 10, 0)).build();
    Promise p = BARE.promise(parts);
    assertThat(p.workStart()).isEqualTo(at(MONDAY.plusDays(1), 10, 0));
    assertThat(p.reasons().get(0).code()).isEqualTo("WORK_START_DELAYED");
    assertThat(p.reasons().get(0).parameters()).containsEntry("cause", "PARTS_ETA");

    PromiseRequest busy =
        PromiseRequest.builder().from(work(at(MONDAY, 9, 0), "1")).workshopFreeAt(at(MONDAY, 12, 30)).build();
    assertThat(BARE.promise(busy).workStart()).isEqualTo(at(MONDAY, 13, 0));
    assertThat(BARE.promise(busy).reasons().get(0).parameters()).containsEntry("cause", "WORKSHOP_LOAD");

    Promise evening = BARE.promise(work(at(MONDAY, 18, 0), "1"));
    assertThat(evening.workStart()).isEqualTo(at(MONDAY.plusDays(1), 9, 0));
    assertThat(evening.reasons().get(0).parameters()).containsEntry("cause", "CLOSED");
  }

  @Test
  void addingWorkNeverMakesThePromiseEarlier() {
    Instant prev = Instant.MIN;
    for (int tenths = 0; tenths <= 200; tenths++) {
      Instant p = STANDARD.promise(work(at(MONDAY, 10, 7), BigDecimal.valueOf(tenths, 1).toPlainString())).promisedAt();
      assertThat(p).isAfterOrEqualTo(prev);
      prev = p;
    }
  }

  @Test
  void dstDaysAreCountedInRealWorkingTime() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    ShopCalendar cal = ShopCalendar.of(berlin, DayHours.parse("08:00", "18:00"), WEEKDAYS);
    PromiseCalculator calc =
        PromiseCalculator.of(cal, PromisePolicy.builder().marginShare(Percentage.ZERO).fixedMargin(Duration.ZERO).build());
    // Friday 27 March 17:00 CET, 3 h: 1 h on Friday, 2 h on Monday 30 March (CEST)
    Promise p = calc.promise(PromiseRequest.builder().start(Instant.parse("2026-03-27T16:00:00Z"))
        .putLabour(Skill.MECHANICAL, Hours.of(3)).build());
    assertThat(p.promisedAt()).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
  }

  @Test
  void badPoliciesAreRefused() {
    assertThatThrownBy(() -> PromisePolicy.builder().progressCheckAt(Percentage.of(100)).build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.PERCENTAGE_OUT_OF_RANGE);
    assertThatThrownBy(() -> PromisePolicy.builder().fixedMargin(Duration.ofMinutes(-1)).build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> PromiseRequest.builder().from(work(at(MONDAY, 9, 0), "1")).efficiency(BigDecimal.ZERO).build())
        .isInstanceOf(ValidationException.class);
  }
}

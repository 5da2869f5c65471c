package org.aftersales.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.aftersales.core.json.AfterSalesJson;
import org.junit.jupiter.api.Test;

class CalendarTest {

  static final LocalDate FRI = LocalDate.of(2026, 11, 20);

  @Test
  void rangesAreStartInclusiveEndExclusive() {
    DateRange november = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
    assertThat(november.lengthInDays()).isEqualTo(30);
    assertThat(november.contains(LocalDate.of(2026, 11, 30))).isTrue();
    assertThat(november.contains(LocalDate.of(2026, 12, 1))).isFalse();
    assertThat(DateRange.ofClosed(FRI, FRI).lengthInDays()).isEqualTo(1);
    assertThat(DateRange.of(FRI, FRI).isEmpty()).isTrue();
    assertThatThrownBy(() -> DateRange.of(FRI, FRI.minusDays(1)))
        .hasMessageContaining("end 2026-11-19 is before start 2026-11-20")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.DATE_ORDER);
    assertThat(AfterSalesJson.strict().read(AfterSalesJson.strict().write(november), DateRange.class))
        .isEqualTo(november);
  }

  @Test
  void countsWorkingDaysAfterADate() {
    WorkingCalendar week = WorkingCalendar.mondayToFriday();
    assertThat(week.plusWorkingDays(FRI, 1)).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(week.plusWorkingDays(FRI, 3)).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(week.plusWorkingDays(FRI, 0)).isEqualTo(FRI);
    assertThat(week.plusWorkingDays(FRI.plusDays(1), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(week.onOrNextWorkingDay(FRI.plusDays(1))).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(week.onOrPreviousWorkingDay(FRI.plusDays(2))).isEqualTo(FRI);
    assertThat(week.onOrPreviousWorkingDay(FRI)).isEqualTo(FRI);
    assertThat(week.minusWorkingDays(LocalDate.of(2026, 11, 23), 1)).isEqualTo(FRI);
    assertThat(week.minusWorkingDays(FRI, 0)).isEqualTo(FRI);
    assertThat(week.minusWorkingDays(LocalDate.of(2026, 11, 25), 3)).isEqualTo(FRI);
    assertThatThrownBy(() -> week.plusWorkingDays(FRI, -1)).isInstanceOf(ValidationException.class);
  }

  @Test
  void holidaysAndMakeUpWorkingDays() {
    // 2026-10-01 (Thu) to 10-07 holiday; Saturday 10-10 a make-up working day (illustrative)
    WorkingCalendar china =
        WorkingCalendar.builder()
            .addHolidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7))
            .addExtraWorkingDays(LocalDate.of(2026, 10, 10))
            .build();
    assertThat(china.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(china.plusWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(china.countWorkingDays(DateRange.ofClosed(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 11))))
        .isEqualTo(3);
    assertThat(AfterSalesJson.strict().read(AfterSalesJson.strict().write(china), WorkingCalendar.class))
        .isEqualTo(china);
    assertThatThrownBy(
            () -> WorkingCalendar.builder().addHolidays(FRI).addExtraWorkingDays(FRI).build())
        .hasMessageContaining("both a holiday and an extra working day");
    assertThatThrownBy(() -> WorkingCalendar.builder().restDays(Set.of(DayOfWeek.values())).build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.POLICY_INVALID);
  }

  @Property
  void theNthWorkingDayIsAWorkingDayWithExactlyNWorkingDaysUpToIt(
      @ForAll @IntRange(min = 0, max = 3000) int offset, @ForAll @IntRange(min = 1, max = 60) int n) {
    WorkingCalendar week = WorkingCalendar.builder().addHolidays(LocalDate.of(2026, 1, 1)).build();
    LocalDate from = LocalDate.of(2020, 1, 1).plusDays(offset);
    LocalDate due = week.plusWorkingDays(from, n);
    assertThat(week.isWorkingDay(due)).isTrue();
    assertThat(week.countWorkingDays(DateRange.of(from.plusDays(1), due.plusDays(1)))).isEqualTo(n);
    assertThat(week.minusWorkingDays(due, n)).isEqualTo(week.onOrPreviousWorkingDay(from));
  }
}

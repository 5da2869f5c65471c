package org.aftersales.scheduling.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.order.Skill;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.scheduling.SchedulingArbitraries;
import org.aftersales.scheduling.calendar.Interval;
import org.aftersales.scheduling.calendar.ShopCalendar;

/** Invariants of promises over generated calendars, starts and work. */
class PromisePropertiesTest {

  record Case(ShopCalendar calendar, PromisePolicy policy, Instant start, int tenths, int moreTenths, int efficiency) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<PromisePolicy> policies =
        Combinators.combine(
                Arbitraries.of(0, 10, 25), Arbitraries.of(0, 15, 30), Arbitraries.of(70, 75, 80), Arbitraries.of(0, 5, 15, 60))
            .as((m, f, p, r) -> PromisePolicy.builder().marginShare(Percentage.of(m)).fixedMargin(Duration.ofMinutes(f))
                .progressCheckAt(Percentage.of(p)).roundUpTo(Duration.ofMinutes(r)).build());
    return Arbitraries.of(SchedulingArbitraries.BASE_DATES)
        .flatMap(base -> Combinators.combine(
                SchedulingArbitraries.calendars(base),
                policies,
                Arbitraries.integers().between(-12 * 60, 4 * 24 * 60),
                Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(0, 50),
                Arbitraries.of(80, 100, 125))
            .as((cal, pol, minutes, t, more, eff) -> new Case(
                cal, pol, cal.startOfDay(base).plus(Duration.ofMinutes(minutes)).plusSeconds(minutes % 7), t, more, eff)));
  }

  static PromiseRequest request(Case c, int tenths) {
    return PromiseRequest.builder()
        .start(c.start())
        .putLabour(Skill.MECHANICAL, Hours.of(BigDecimal.valueOf(tenths, 1).toPlainString()))
        .efficiency(BigDecimal.valueOf(c.efficiency()))
        .build();
  }

  static boolean inWorkingTimeOrAtItsEnd(ShopCalendar cal, Instant t) {
    for (LocalDate d = cal.dateOf(t).minusDays(1); !d.isAfter(cal.dateOf(t)); d = d.plusDays(1)) {
      for (Interval i : cal.openIntervals(d)) {
        if (i.contains(t) || i.end().equals(t)) {
          return true;
        }
      }
    }
    return false;
  }

  @Property(tries = 200)
  void thePromiseIsAtLeastStartPlusLabourAndNeverInsideClosedHours(@ForAll("cases") Case c) {
    Promise p = PromiseCalculator.of(c.calendar(), c.policy()).promise(request(c, c.tenths()));
    assertThat(p.promisedAt()).isAfterOrEqualTo(c.start().plus(p.work()));
    assertThat(p.promisedAt()).isAfterOrEqualTo(p.workEnd());
    assertThat(p.workEnd()).isAfterOrEqualTo(p.progressCheckAt());
    assertThat(p.progressCheckAt()).isAfterOrEqualTo(p.workStart());
    assertThat(p.workStart()).isAfterOrEqualTo(c.start());
    assertThat(inWorkingTimeOrAtItsEnd(c.calendar(), p.promisedAt())).as("promise %s", p.promisedAt()).isTrue();
    assertThat(inWorkingTimeOrAtItsEnd(c.calendar(), p.workStart())).isTrue();
    assertThat(c.calendar().isOpenAt(p.workStart())).isTrue();
    if (!p.work().isZero()) {
      assertThat(c.calendar().isOpenAt(p.workEnd().minusSeconds(1))).isTrue();
    }
  }

  @Property(tries = 200)
  void addingWorkNeverMakesThePromiseEarlier(@ForAll("cases") Case c) {
    PromiseCalculator calc = PromiseCalculator.of(c.calendar(), c.policy());
    Promise less = calc.promise(request(c, c.tenths()));
    Promise more = calc.promise(request(c, c.tenths() + c.moreTenths()));
    assertThat(more.promisedAt()).isAfterOrEqualTo(less.promisedAt());
    assertThat(more.workEnd()).isAfterOrEqualTo(less.workEnd());
    Promise later = calc.promise(PromiseRequest.builder().from(request(c, c.tenths())).start(c.start().plusSeconds(c.moreTenths() * 360L)).build());
    assertThat(later.promisedAt()).isAfterOrEqualTo(less.promisedAt());
  }
}

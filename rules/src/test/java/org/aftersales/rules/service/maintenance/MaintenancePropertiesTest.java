package org.aftersales.rules.service.maintenance;

import static org.aftersales.rules.service.ServiceFixtures.SHANGHAI;
import static org.aftersales.rules.service.ServiceFixtures.vehicle;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.OdometerHistory;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.OdometerSource;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;

/** Invariants of due dates and forecasts. */
class MaintenancePropertiesTest {

  static final LocalDate DELIVERY = LocalDate.of(2022, 1, 1);
  static final MileageForecaster FORECASTER = MileageForecaster.of(ForecastSettings.defaults(SHANGHAI));

  /** A random vehicle history with a random plan and day. */
  record Case(MaintenancePlan plan, VehicleServiceRecord record, LocalDate asOf) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<MaintenancePlan> plans =
        Combinators.combine(
                Arbitraries.integers().between(0, 36),
                Arbitraries.integers().between(0, 40_000),
                Arbitraries.integers().between(0, 24),
                Arbitraries.integers().between(0, 20_000),
                Arbitraries.of(true, false))
            .as(
                (months, km, firstMonths, firstKm, taxi) -> {
                  MaintenanceItem.Builder item =
                      MaintenanceItem.builder().code("ITEM").description("item").every(interval(months, km));
                  if (firstMonths > 0 || firstKm > 0) {
                    item.first(interval(firstMonths, firstKm));
                  }
                  if (taxi) {
                    item.putSevere(SevereCondition.TOWING, interval(months / 2, km / 2));
                  }
                  return MaintenancePlan.builder().id("P").name("p").addItem(item.build()).build();
                });
    Arbitrary<List<int[]>> readings =
        Combinators.combine(Arbitraries.integers().between(1, 90), Arbitraries.integers().between(0, 9_000))
            .as((gap, km) -> new int[] {gap, km})
            .list()
            .ofMaxSize(12);
    Arbitrary<List<int[]>> services =
        Combinators.combine(
                Arbitraries.integers().between(0, 1_500),
                Arbitraries.integers().between(-1, 120_000))
            .as((day, km) -> new int[] {day, km})
            .list()
            .ofMaxSize(3);
    return Combinators.combine(
            plans, readings, services, Arbitraries.integers().between(0, 2_000), Arbitraries.of(true, false))
        .as(
            (plan, rs, ss, asOfDay, towing) -> {
              List<OdometerReading> list = new ArrayList<>();
              int day = 0;
              long km = 0;
              for (int[] r : rs) {
                day += r[0];
                km += r[1];
                list.add(
                    new OdometerReading(
                        Distance.ofKilometres(km),
                        DELIVERY.plusDays(day).atStartOfDay(SHANGHAI).toInstant(),
                        OdometerSource.CHECK_IN));
              }
              VehicleServiceRecord.Builder b =
                  VehicleServiceRecord.builder()
                      .vehicle(vehicle(21, Powertrain.ICE, DELIVERY))
                      .odometer(OdometerHistory.of(list));
              for (int[] s : ss) {
                PerformedService.Builder p =
                    PerformedService.builder().itemCode("ITEM").date(DELIVERY.plusDays(s[0]));
                if (s[1] >= 0) {
                  p.odometer(Distance.ofKilometres(s[1]));
                }
                b.addPerformed(p.build());
              }
              if (towing) {
                b.addSevereCondition(SevereCondition.TOWING);
              }
              return new Case(plan, b.build(), DELIVERY.plusDays(asOfDay));
            });
  }

  static ServiceInterval interval(int months, int km) {
    ServiceInterval.Builder b = ServiceInterval.builder();
    if (months > 0 || km == 0) {
      b.time(Period.ofMonths(Math.max(1, months)));
    }
    if (km > 0) {
      b.distance(Distance.ofKilometres(km));
    }
    return b.build();
  }

  @Property
  void theDueDateNeverPrecedesTheLastService(@ForAll("cases") Case c) {
    MaintenanceOutlook o = c.plan().outlook(c.record(), c.asOf(), FORECASTER);
    for (DueService d : o.services()) {
      assertThat(d.dueDate()).isAfterOrEqualTo(d.baselineDate());
      if (d.baseline() == BaselineKind.LAST_SERVICE) {
        LocalDate last =
            c.record().performed().stream()
                .map(PerformedService::date)
                .filter(x -> !x.isAfter(c.asOf()))
                .max(LocalDate::compareTo)
                .orElseThrow();
        assertThat(d.baselineDate()).isEqualTo(last);
        assertThat(d.dueDate()).isAfterOrEqualTo(last);
      }
    }
  }

  @Property
  void moreDistancePerDayNeverMakesTheDueDateLater(
      @ForAll("cases") Case c,
      @ForAll @IntRange(min = 0, max = 500_000) int metresPerDay,
      @ForAll @IntRange(min = 0, max = 500_000) int moreMetresPerDay) {
    MileageForecast base = FORECASTER.forecast(c.record(), c.asOf());
    MileageForecast slow = withDaily(base, metresPerDay);
    MileageForecast fast = withDaily(base, metresPerDay + moreMetresPerDay);
    Map<String, DueService> slowDue = byCode(c.plan().outlook(c.record(), c.asOf(), slow, SHANGHAI));
    Map<String, DueService> fastDue = byCode(c.plan().outlook(c.record(), c.asOf(), fast, SHANGHAI));
    assertThat(fastDue.keySet()).containsAll(slowDue.keySet());
    for (Map.Entry<String, DueService> e : slowDue.entrySet()) {
      DueService s = e.getValue();
      DueService f = fastDue.get(e.getKey());
      assertThat(f.dueDate()).isBeforeOrEqualTo(s.dueDate());
      if (s.distanceDueDate().isPresent()) {
        assertThat(f.distanceDueDate()).isPresent();
        assertThat(f.distanceDueDate().get()).isBeforeOrEqualTo(s.distanceDueDate().get());
      }
    }
  }

  static MileageForecast withDaily(MileageForecast f, int metresPerDay) {
    return MileageForecast.builder()
        .from(f)
        .dailyDistance(new Distance(java.math.BigDecimal.valueOf(metresPerDay, 3), f.dailyDistance().unit()))
        .build();
  }

  static Map<String, DueService> byCode(MaintenanceOutlook o) {
    Map<String, DueService> m = new HashMap<>();
    o.services().forEach(d -> m.put(d.itemCode(), d));
    return m;
  }

  @Property
  void oneBadReadingDoesNotMoveTheRobustForecast(
      @ForAll("gaps") List<Integer> gaps,
      @ForAll @IntRange(min = 0, max = 400) int kmPerDay,
      @ForAll @IntRange(min = 0, max = 50_000) int startKm,
      @ForAll @IntRange(min = 0, max = 11) int badIndex,
      @ForAll @IntRange(min = 0, max = 900_000) int badKm) {
    LocalDate first = LocalDate.of(2025, 1, 1);
    List<OdometerReading> raw = new ArrayList<>();
    int day = 0;
    int bad = badIndex % gaps.size();
    for (int i = 0; i < gaps.size(); i++) {
      day += gaps.get(i);
      long km = i == bad ? badKm : startKm + (long) kmPerDay * day;
      raw.add(
          new OdometerReading(
              Distance.ofKilometres(km), first.plusDays(day).atStartOfDay(SHANGHAI).toInstant(), OdometerSource.CHECK_IN));
    }
    LocalDate asOf = first.plusDays(day + 3);
    MileageForecast f = FORECASTER.forecast(vehicle(22, Powertrain.ICE, null), raw, asOf);
    assertThat(f.method()).isEqualTo(ForecastMethod.ROBUST_WINDOW);
    assertThat(f.dailyDistance()).isEqualTo(Distance.ofKilometres(kmPerDay));
    assertThat(f.anchor()).contains(
        new DatedDistance(first.plusDays(day), Distance.ofKilometres(startKm + (long) kmPerDay * day)));
  }

  @Provide
  Arbitrary<List<Integer>> gaps() {
    // first gap 0; at least 4 readings spanning at least 14 days, all within the 365-day window
    return Arbitraries.integers()
        .between(1, 30)
        .list()
        .ofMinSize(3)
        .ofMaxSize(11)
        .filter(l -> l.stream().mapToInt(Integer::intValue).sum() >= 14)
        .map(
            l -> {
              List<Integer> all = new ArrayList<>();
              all.add(0);
              all.addAll(l);
              return all;
            });
  }
}

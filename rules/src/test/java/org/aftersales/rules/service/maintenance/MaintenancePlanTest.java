package org.aftersales.rules.service.maintenance;

import static org.aftersales.rules.service.ServiceFixtures.SHANGHAI;
import static org.aftersales.rules.service.ServiceFixtures.reading;
import static org.aftersales.rules.service.ServiceFixtures.vehicle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.aftersales.core.AfterSalesException;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.PolicyException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.OdometerHistory;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.OdometerSource;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.VehicleUsage;
import org.aftersales.rules.service.ServiceErrorCode;
import org.junit.jupiter.api.Test;

class MaintenancePlanTest {

  static final MileageForecaster FORECASTER = MileageForecaster.of(ForecastSettings.defaults(SHANGHAI));

  static MaintenancePlan oilPlan() {
    return MaintenancePlan.builder()
        .id("OIL")
        .name("Oil only")
        .addItem(
            MaintenanceItem.builder()
                .code("OIL_SERVICE")
                .description("Engine oil")
                .every(ServiceInterval.of(Period.ofMonths(12), Distance.ofKilometres(10_000)))
                .putSevere(SevereCondition.TAXI, ServiceInterval.of(Period.ofMonths(6), Distance.ofKilometres(5_000)))
                .build())
        .build();
  }

  static VehicleServiceRecord record(Vehicle v, List<OdometerReading> readings, PerformedService... done) {
    return VehicleServiceRecord.builder()
        .vehicle(v)
        .odometer(OdometerHistory.of(readings))
        .addPerformed(done)
        .build();
  }

  static DueService only(MaintenanceOutlook o) {
    assertThat(o.services()).hasSize(1);
    return o.services().get(0);
  }

  @Test
  void anIntervalReachedByTimeFirst() {
    // 20 km a day since the oil service at 8,000 km on 2025-07-01.
    VehicleServiceRecord r =
        record(
            vehicle(1, Powertrain.ICE, LocalDate.of(2025, 1, 10)),
            List.of(
                reading("2025-07-01", 8_000),
                reading("2025-09-01", 9_240),
                reading("2025-11-01", 10_460),
                reading("2026-01-01", 11_680),
                reading("2026-02-01", 12_300)),
            PerformedService.of("OIL_SERVICE", LocalDate.of(2025, 7, 1), Distance.ofKilometres(8_000)));

    MaintenanceOutlook o = oilPlan().outlook(r, LocalDate.of(2026, 3, 1), FORECASTER);

    assertThat(o.forecast().method()).isEqualTo(ForecastMethod.ROBUST_WINDOW);
    assertThat(o.forecast().dailyDistance()).isEqualTo(Distance.ofKilometres(20));
    DueService d = only(o);
    assertThat(d.baseline()).isEqualTo(BaselineKind.LAST_SERVICE);
    assertThat(d.timeDueDate()).contains(LocalDate.of(2026, 7, 1));
    assertThat(d.dueDistance()).contains(Distance.ofKilometres(18_000));
    // 5,700 km left on 2026-02-01 at 20 km a day: 285 days.
    assertThat(d.distanceDueDate()).contains(LocalDate.of(2026, 11, 13));
    assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(d.trigger()).isEqualTo(DueTrigger.TIME);
    assertThat(d.status()).isEqualTo(DueStatus.NOT_DUE);
    assertThat(d.reasons()).extracting(x -> x.code())
        .containsExactly("MAINTENANCE_BASELINE_LAST_SERVICE", "MAINTENANCE_DUE_BY_TIME",
            "MAINTENANCE_DISTANCE_FORECAST", "MAINTENANCE_NOT_DUE");
  }

  static VehicleServiceRecord sixtyKmADay(VehicleUsage usage) {
    Vehicle v =
        Vehicle.builder().from(vehicle(2, Powertrain.ICE, LocalDate.of(2025, 1, 10))).usage(usage).build();
    return record(
        v,
        List.of(
            reading("2025-07-01", 8_000),
            reading("2025-08-01", 9_860),
            reading("2025-09-01", 11_720),
            reading("2025-10-01", 13_520),
            reading("2025-11-01", 15_380)),
        PerformedService.of("OIL_SERVICE", LocalDate.of(2025, 7, 1), Distance.ofKilometres(8_000)));
  }

  @Test
  void anIntervalReachedByDistanceFirst() {
    MaintenanceOutlook o = oilPlan().outlook(sixtyKmADay(VehicleUsage.PRIVATE), LocalDate.of(2025, 11, 15), FORECASTER);

    assertThat(o.forecast().dailyDistance()).isEqualTo(Distance.ofKilometres(60));
    DueService d = only(o);
    assertThat(d.timeDueDate()).contains(LocalDate.of(2026, 7, 1));
    // 2,620 km left on 2025-11-01 at 60 km a day: 43.7, so 44 days.
    assertThat(d.distanceDueDate()).contains(LocalDate.of(2025, 12, 15));
    assertThat(d.dueDate()).isEqualTo(LocalDate.of(2025, 12, 15));
    assertThat(d.trigger()).isEqualTo(DueTrigger.DISTANCE);
    // exactly 30 days before the due date: due soon (inclusive)
    assertThat(d.status()).isEqualTo(DueStatus.DUE_SOON);
  }

  @Test
  void statusBoundariesAroundTheDueDate() {
    VehicleServiceRecord r = sixtyKmADay(VehicleUsage.PRIVATE);
    assertThat(statusOn(r, "2025-11-14")).isEqualTo(DueStatus.NOT_DUE); // 31 days before
    assertThat(statusOn(r, "2025-11-15")).isEqualTo(DueStatus.DUE_SOON); // 30 days before
    assertThat(statusOn(r, "2025-12-14")).isEqualTo(DueStatus.DUE_SOON);
    assertThat(statusOn(r, "2025-12-15")).isEqualTo(DueStatus.DUE); // the due date
    assertThat(statusOn(r, "2026-01-14")).isEqualTo(DueStatus.DUE); // due date + 30
    assertThat(statusOn(r, "2026-01-15")).isEqualTo(DueStatus.OVERDUE); // due date + 31
  }

  @Test
  void statusBoundariesAroundTheDueDistance() {
    // Time limit far away; the odometer decides. Due at 18,000 km.
    MaintenancePlan plan =
        MaintenancePlan.builder()
            .id("D")
            .name("distance")
            .addItem(
                MaintenanceItem.builder()
                    .code("TYRE_ROTATION")
                    .description("Tyres")
                    .every(ServiceInterval.of(Period.ofYears(10), Distance.ofKilometres(10_000)))
                    .build())
            .build();
    assertThat(distanceStatus(plan, 16_999)).isEqualTo(DueStatus.NOT_DUE);
    assertThat(distanceStatus(plan, 17_000)).isEqualTo(DueStatus.DUE_SOON);
    assertThat(distanceStatus(plan, 18_000)).isEqualTo(DueStatus.DUE);
    assertThat(distanceStatus(plan, 19_000)).isEqualTo(DueStatus.DUE);
    assertThat(distanceStatus(plan, 19_001)).isEqualTo(DueStatus.OVERDUE);
  }

  private static DueStatus distanceStatus(MaintenancePlan plan, long odometer) {
    Vehicle v = vehicle(3, Powertrain.ICE, LocalDate.of(2025, 1, 1));
    VehicleServiceRecord r =
        record(v, List.of(reading("2025-06-01", odometer)),
            PerformedService.of("TYRE_ROTATION", LocalDate.of(2025, 1, 1), Distance.ofKilometres(8_000)));
    // a forecast that drives nothing: the date never comes, only the odometer counts
    MileageForecast still =
        MileageForecast.builder()
            .method(ForecastMethod.DEFAULT)
            .dailyDistance(Distance.ofKilometres(0))
            .anchor(new DatedDistance(LocalDate.of(2025, 6, 1), Distance.ofKilometres(odometer)))
            .readingsUsed(1)
            .build();
    return only(plan.outlook(r, LocalDate.of(2025, 6, 2), still, SHANGHAI)).status();
  }

  private static DueStatus statusOn(VehicleServiceRecord r, String day) {
    return only(oilPlan().outlook(r, LocalDate.parse(day), FORECASTER)).status();
  }

  @Test
  void aTaxiGetsTheSevereInterval() {
    MaintenanceOutlook o = oilPlan().outlook(sixtyKmADay(VehicleUsage.TAXI), LocalDate.of(2025, 8, 2), FORECASTER);
    DueService d = only(o);
    assertThat(d.conditions()).containsExactly(SevereCondition.TAXI);
    assertThat(d.interval()).isEqualTo(ServiceInterval.of(Period.ofMonths(6), Distance.ofKilometres(5_000)));
    assertThat(d.timeDueDate()).contains(LocalDate.of(2026, 1, 1));
    assertThat(d.dueDistance()).contains(Distance.ofKilometres(13_000));
    // two readings only by 2025-08-02: full history with the delivery, not the window
    assertThat(o.forecast().method()).isEqualTo(ForecastMethod.FULL_HISTORY);
    assertThat(d.reasons()).extracting(x -> x.code()).contains("MAINTENANCE_SEVERE_SERVICE");
  }

  @Test
  void aSevereVariantOnlyTightens() {
    MaintenanceItem item =
        MaintenanceItem.builder()
            .code("CABIN_FILTER")
            .description("Cabin filter")
            .every(ServiceInterval.of(Period.ofMonths(12), Distance.ofKilometres(20_000)))
            // looser in time, tighter in distance: only the distance applies
            .putSevere(SevereCondition.DUSTY_ROADS, ServiceInterval.of(Period.ofMonths(18), Distance.ofKilometres(10_000)))
            .build();
    MaintenancePlan plan = MaintenancePlan.builder().id("F").name("filters").addItem(item).build();
    VehicleServiceRecord r =
        VehicleServiceRecord.builder()
            .vehicle(vehicle(4, Powertrain.BEV, LocalDate.of(2025, 1, 1)))
            .addSevereCondition(SevereCondition.DUSTY_ROADS)
            .build();
    DueService d = only(plan.outlook(r, LocalDate.of(2025, 1, 5), FORECASTER));
    assertThat(d.interval()).isEqualTo(ServiceInterval.of(Period.ofMonths(12), Distance.ofKilometres(10_000)));
    assertThat(d.timeDueDate()).contains(LocalDate.of(2026, 1, 1));
    // no readings: the default 40 km a day from zero at delivery, 250 days
    assertThat(d.distanceDueDate()).contains(LocalDate.of(2025, 9, 8));
    assertThat(d.trigger()).isEqualTo(DueTrigger.DISTANCE);
  }

  @Test
  void theFirstServiceIsCountedFromDeliveryAndDoneOnce() {
    MaintenancePlan plan = MaintenancePlan.genericPassengerCar();
    Vehicle v = vehicle(5, Powertrain.BEV, LocalDate.of(2025, 3, 31));
    VehicleServiceRecord fresh = VehicleServiceRecord.builder().vehicle(v).build();
    MaintenanceOutlook o = plan.outlook(fresh, LocalDate.of(2025, 4, 1), FORECASTER);
    DueService first = o.services().stream().filter(s -> s.itemCode().equals("FIRST_SERVICE")).findFirst().orElseThrow();
    assertThat(first.baseline()).isEqualTo(BaselineKind.DELIVERY);
    // 31 March + 6 months = 30 September (end of a shorter month); 5,000 km at 40 km a day = 125 days
    assertThat(first.timeDueDate()).contains(LocalDate.of(2025, 9, 30));
    assertThat(first.distanceDueDate()).contains(LocalDate.of(2025, 8, 3));
    assertThat(first.dueDate()).isEqualTo(LocalDate.of(2025, 8, 3));
    // ICE-only items do not apply to a BEV
    assertThat(o.services()).extracting(DueService::itemCode)
        .doesNotContain("OIL_SERVICE", "ENGINE_AIR_FILTER")
        .contains("HV_SYSTEM_CHECK", "BRAKE_FLUID", "CABIN_FILTER", "TYRE_ROTATION");
    assertThat(o.services()).isSortedAccordingTo(
        java.util.Comparator.comparing(DueService::dueDate).thenComparing(DueService::itemCode));

    VehicleServiceRecord done =
        VehicleServiceRecord.builder()
            .vehicle(v)
            .addPerformed(PerformedService.of("FIRST_SERVICE", LocalDate.of(2025, 8, 1), Distance.ofKilometres(4_900)))
            .build();
    MaintenanceOutlook after = plan.outlook(done, LocalDate.of(2025, 8, 2), FORECASTER);
    assertThat(after.services()).extracting(DueService::itemCode).doesNotContain("FIRST_SERVICE");
    assertThat(after.notes()).extracting(x -> x.code()).contains("MAINTENANCE_ONE_TIME_DONE");
  }

  @Test
  void anUndeliveredVehicleHasNothingCountedFromDelivery() {
    VehicleServiceRecord r = VehicleServiceRecord.builder().vehicle(vehicle(6, Powertrain.ICE, null)).build();
    MaintenanceOutlook o = oilPlan().outlook(r, LocalDate.of(2025, 4, 1), FORECASTER);
    assertThat(o.services()).isEmpty();
    assertThat(o.notes()).extracting(x -> x.code()).containsExactly("MAINTENANCE_NOT_DELIVERED");
  }

  @Test
  void aClusterReplacementCarriesTheDistanceOver() {
    // 40 km a day; a new cluster is fitted on 2025-01-31 and starts at 0.
    VehicleServiceRecord r =
        record(
            vehicle(7, Powertrain.ICE, LocalDate.of(2024, 6, 1)),
            List.of(
                reading("2025-01-01", 10_000),
                reading("2025-01-31", 11_200),
                new OdometerReading(Distance.ofKilometres(0),
                    LocalDate.of(2025, 1, 31).atStartOfDay(SHANGHAI).toInstant(), OdometerSource.CLUSTER_REPLACEMENT),
                reading("2025-03-02", 1_200),
                reading("2025-04-01", 2_400)),
            PerformedService.of("TYRE_ROTATION", LocalDate.of(2025, 1, 1), Distance.ofKilometres(10_000)));
    MaintenancePlan plan =
        MaintenancePlan.builder()
            .id("T")
            .name("tyres")
            .addItem(
                MaintenanceItem.builder()
                    .code("TYRE_ROTATION")
                    .description("Tyres")
                    .every(ServiceInterval.ofDistance(Distance.ofKilometres(10_000)))
                    .build())
            .build();
    MaintenanceOutlook o = plan.outlook(r, LocalDate.of(2025, 4, 10), FORECASTER);
    assertThat(o.forecast().dailyDistance()).isEqualTo(Distance.ofKilometres(40));
    assertThat(o.forecast().anchor()).contains(new DatedDistance(LocalDate.of(2025, 4, 1), Distance.ofKilometres(2_400)));
    DueService d = only(o);
    // 20,000 on the old cluster is 8,800 on the new one; 6,400 km to go at 40 a day: 160 days
    assertThat(d.dueDistance()).contains(Distance.ofKilometres(8_800));
    assertThat(d.dueDate()).isEqualTo(LocalDate.of(2025, 9, 8));
  }

  @Test
  void aPassedDueDistanceIsDatedByTheFirstReadingBeyondIt() {
    VehicleServiceRecord r =
        record(
            vehicle(8, Powertrain.ICE, LocalDate.of(2024, 1, 1)),
            List.of(
                reading("2025-01-01", 10_000),
                reading("2025-02-01", 17_000),
                reading("2025-03-01", 21_000),
                reading("2025-04-01", 25_000)),
            PerformedService.of("OIL_SERVICE", LocalDate.of(2025, 1, 1), Distance.ofKilometres(10_000)));
    DueService d = only(oilPlan().outlook(r, LocalDate.of(2025, 4, 2), FORECASTER));
    assertThat(d.distanceDueDate()).contains(LocalDate.of(2025, 3, 1));
    assertThat(d.dueDate()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(d.status()).isEqualTo(DueStatus.OVERDUE); // 25,000 km is beyond 20,000 + 1,000
    assertThat(d.reasons()).extracting(x -> x.code()).contains("MAINTENANCE_DISTANCE_REACHED");
  }

  @Test
  void applicabilityByMakeModelPowertrainAndYear() {
    PlanApplicability a =
        PlanApplicability.builder()
            .make("byd")
            .addModel(" seal ")
            .addPowertrain(Powertrain.BEV)
            .firstModelYear(Year.of(2023))
            .lastModelYear(Year.of(2024))
            .build();
    assertThat(a.models()).containsExactly("seal");
    assertThat(a.appliesTo(vehicle(9, Powertrain.BEV, null))).isTrue();
    assertThat(a.appliesTo(vehicle(9, Powertrain.ICE, null))).isFalse();
    Vehicle other = Vehicle.builder().from(vehicle(9, Powertrain.BEV, null)).modelYear(Year.of(2025)).build();
    assertThat(a.appliesTo(other)).isFalse();
    MaintenancePlan plan = MaintenancePlan.builder().from(oilPlan()).applicability(a).build();
    VehicleServiceRecord ice = VehicleServiceRecord.builder().vehicle(vehicle(9, Powertrain.ICE, null)).build();
    assertThatThrownBy(() -> plan.outlook(ice, LocalDate.of(2025, 1, 1), FORECASTER))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((AfterSalesException) e).code())
        .isEqualTo(ServiceErrorCode.MAINTENANCE_PLAN_NOT_APPLICABLE);
    assertThatThrownBy(
            () -> PlanApplicability.builder().firstModelYear(Year.of(2025)).lastModelYear(Year.of(2024)).build())
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("lastModelYear 2024 is before firstModelYear 2025");
  }

  @Test
  void intervalsOfZeroAreRefused() {
    assertCode(() -> ServiceInterval.ofTime(Period.ZERO), ServiceErrorCode.MAINTENANCE_INTERVAL_ZERO, "time");
    assertCode(() -> ServiceInterval.ofTime(Period.ofDays(0)), ServiceErrorCode.MAINTENANCE_INTERVAL_ZERO, "time");
    assertCode(() -> ServiceInterval.ofDistance(Distance.ofKilometres(0)), ServiceErrorCode.MAINTENANCE_INTERVAL_ZERO, "distance");
    assertCode(() -> ServiceInterval.ofTime(Period.ofMonths(-6)), ServiceErrorCode.MAINTENANCE_INTERVAL_OUT_OF_RANGE, "time");
    assertCode(() -> ServiceInterval.ofTime(Period.ofYears(21)), ServiceErrorCode.MAINTENANCE_INTERVAL_OUT_OF_RANGE, "time");
    assertCode(() -> ServiceInterval.builder().build(), ServiceErrorCode.MAINTENANCE_INTERVAL_MISSING, "");
    assertCode(
        () -> MaintenanceItem.builder().code("X").description("x").build(),
        ServiceErrorCode.MAINTENANCE_INTERVAL_MISSING,
        "every");
    assertThat(ServiceInterval.ofTime(Period.ofYears(20)).time()).contains(Period.ofYears(20));
    assertThat(ServiceInterval.ofDistance(Distance.ofKilometres("0.001")).distance()).isPresent();
    assertCode(
        () -> MaintenancePlan.builder().id("P").name("p").addItems(oilPlan().items().get(0), oilPlan().items().get(0)).build(),
        CoreErrorCode.DUPLICATE_ID,
        "items[1]");
  }

  static void assertCode(Runnable r, org.aftersales.core.ErrorCode code, String path) {
    assertThatThrownBy(r::run)
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e -> {
              ValidationException v = (ValidationException) e;
              assertThat(v.code()).isEqualTo(code);
              assertThat(v.violations().get(0).path()).isEqualTo(path);
            });
  }
}

package org.aftersales.rules.service.maintenance;

import static org.aftersales.rules.service.ServiceFixtures.SHANGHAI;
import static org.aftersales.rules.service.ServiceFixtures.reading;
import static org.aftersales.rules.service.ServiceFixtures.vehicle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.OdometerHistory;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.VehicleUsage;
import org.aftersales.rules.service.ServiceErrorCode;
import org.junit.jupiter.api.Test;

class MileageForecasterTest {

  static final MileageForecaster FORECASTER = MileageForecaster.of(ForecastSettings.defaults(SHANGHAI));
  static final Vehicle CAR = vehicle(11, Powertrain.ICE, LocalDate.of(2025, 1, 1));

  @Test
  void aBadLastReadingMovesNeitherTheRateNorTheAnchor() {
    // 40 km a day; the last reading is a typo: 18,800 instead of 10,880.
    VehicleServiceRecord r =
        VehicleServiceRecord.builder()
            .vehicle(CAR)
            .odometer(
                OdometerHistory.of(
                    List.of(
                        reading("2025-06-01", 6_000),
                        reading("2025-07-01", 7_200),
                        reading("2025-08-01", 8_440),
                        reading("2025-09-01", 9_680),
                        reading("2025-10-01", 18_800))))
            .build();
    MileageForecast f = FORECASTER.forecast(r, LocalDate.of(2025, 10, 10));
    assertThat(f.method()).isEqualTo(ForecastMethod.ROBUST_WINDOW);
    assertThat(f.dailyDistance()).isEqualTo(Distance.ofKilometres(40));
    assertThat(f.anchor()).contains(new DatedDistance(LocalDate.of(2025, 10, 1), Distance.ofKilometres(10_880)));
    assertThat(f.readingsUsed()).isEqualTo(5);
    // a naive first-to-last average would say 12,800 km / 122 days = 104.9 km a day
    assertThat(f.dateReaching(Distance.ofKilometres(15_000))).contains(LocalDate.of(2026, 1, 12));
    assertThat(f.estimateAt(LocalDate.of(2025, 10, 11))).contains(Distance.ofKilometres(11_280));
    assertThat(f.reasons()).extracting(x -> x.code()).containsExactly("MILEAGE_ROBUST_WINDOW", "MILEAGE_ANCHOR");
  }

  @Test
  void aTypoBelowAnEarlierReadingIsToleratedInRawReadings() {
    List<OdometerReading> raw =
        List.of(
            reading("2025-06-01", 6_000),
            reading("2025-07-01", 7_200),
            reading("2025-08-01", 844), // 8,440 with a digit lost
            reading("2025-09-01", 9_680),
            reading("2025-10-01", 10_880));
    MileageForecast f = FORECASTER.forecast(CAR, raw, LocalDate.of(2025, 10, 10));
    assertThat(f.dailyDistance()).isEqualTo(Distance.ofKilometres(40));
    assertThat(f.anchor()).contains(new DatedDistance(LocalDate.of(2025, 10, 1), Distance.ofKilometres(10_880)));
  }

  @Test
  void readingsOutOfOrderAreRefused() {
    List<OdometerReading> raw = List.of(reading("2025-07-01", 7_200), reading("2025-06-01", 6_000));
    assertThatThrownBy(() -> FORECASTER.forecast(CAR, raw, LocalDate.of(2025, 10, 10)))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e -> {
              ValidationException v = (ValidationException) e;
              assertThat(v.code()).isEqualTo(CoreErrorCode.OUT_OF_ORDER);
              assertThat(v.violations().get(0).path()).isEqualTo("readings[1].at");
              assertThat(v.getMessage()).contains("is earlier than the previous one");
            });
    assertThatThrownBy(() -> OdometerHistory.of(raw)).isInstanceOf(ValidationException.class);
  }

  @Test
  void tooFewReadingsFallBackToTheWholeHistoryWithTheDelivery() {
    VehicleServiceRecord r =
        VehicleServiceRecord.builder()
            .vehicle(CAR)
            .odometer(OdometerHistory.of(List.of(reading("2025-03-01", 2_360))))
            .build();
    MileageForecast f = FORECASTER.forecast(r, LocalDate.of(2025, 3, 10));
    assertThat(f.method()).isEqualTo(ForecastMethod.FULL_HISTORY);
    // 2,360 km in the 59 days since delivery on 2025-01-01
    assertThat(f.dailyDistance()).isEqualTo(Distance.ofKilometres(40));
    assertThat(f.readingsUsed()).isEqualTo(2);
    assertThat(f.anchor()).contains(new DatedDistance(LocalDate.of(2025, 3, 1), Distance.ofKilometres(2_360)));
  }

  @Test
  void withoutHistoryTheDefaultForTheUsageApplies() {
    ForecastSettings settings =
        ForecastSettings.builder().zone(SHANGHAI).putUsageDailyDistance(VehicleUsage.TAXI, Distance.ofKilometres(300)).build();
    MileageForecaster forecaster = MileageForecaster.of(settings);
    VehicleServiceRecord privateCar = VehicleServiceRecord.builder().vehicle(CAR).build();
    MileageForecast f = forecaster.forecast(privateCar, LocalDate.of(2025, 1, 5));
    assertThat(f.method()).isEqualTo(ForecastMethod.DEFAULT);
    assertThat(f.dailyDistance()).isEqualTo(Distance.ofKilometres(40));
    assertThat(f.anchor()).contains(new DatedDistance(LocalDate.of(2025, 1, 1), Distance.ofKilometres(0)));
    Vehicle taxi = Vehicle.builder().from(CAR).usage(VehicleUsage.TAXI).build();
    MileageForecast t = forecaster.forecast(VehicleServiceRecord.builder().vehicle(taxi).build(), LocalDate.of(2025, 1, 5));
    assertThat(t.dailyDistance()).isEqualTo(Distance.ofKilometres(300));
    // a reading too close to the delivery (span under 14 days) is no history either
    VehicleServiceRecord early =
        VehicleServiceRecord.builder()
            .vehicle(CAR)
            .odometer(OdometerHistory.of(List.of(reading("2025-01-10", 900))))
            .build();
    MileageForecast e = FORECASTER.forecast(early, LocalDate.of(2025, 1, 12));
    assertThat(e.method()).isEqualTo(ForecastMethod.DEFAULT);
    assertThat(e.anchor()).contains(new DatedDistance(LocalDate.of(2025, 1, 10), Distance.ofKilometres(900)));
    // nothing at all: no anchor, no date
    MileageForecast none =
        FORECASTER.forecast(VehicleServiceRecord.builder().vehicle(vehicle(12, Powertrain.ICE, null)).build(),
            LocalDate.of(2025, 1, 12));
    assertThat(none.anchor()).isEmpty();
    assertThat(none.dateReaching(Distance.ofKilometres(5))).isEmpty();
  }

  @Test
  void readingsAfterTheDayAskedAboutAreIgnored() {
    VehicleServiceRecord r =
        VehicleServiceRecord.builder()
            .vehicle(CAR)
            .odometer(
                OdometerHistory.of(
                    List.of(reading("2025-03-01", 2_360), reading("2025-12-01", 90_000))))
            .build();
    assertThat(FORECASTER.forecast(r, LocalDate.of(2025, 3, 10)).dailyDistance()).isEqualTo(Distance.ofKilometres(40));
  }

  @Test
  void milesStayMiles() {
    Vehicle us = vehicle(13, Powertrain.ICE, LocalDate.of(2025, 1, 1));
    List<OdometerReading> miles =
        List.of(
            new OdometerReading(Distance.ofMiles(0), LocalDate.of(2025, 1, 1).atStartOfDay(SHANGHAI).toInstant(),
                org.aftersales.core.vehicle.OdometerSource.DELIVERY),
            new OdometerReading(Distance.ofMiles(750), LocalDate.of(2025, 1, 31).atStartOfDay(SHANGHAI).toInstant(),
                org.aftersales.core.vehicle.OdometerSource.CHECK_IN));
    MileageForecast f = FORECASTER.forecast(us, miles, LocalDate.of(2025, 2, 1));
    assertThat(f.dailyDistance()).isEqualTo(Distance.ofMiles(25));
    assertThat(f.dateReaching(Distance.ofKilometres(1609))).contains(LocalDate.of(2025, 2, 10)); // 999.78 mi
  }

  @Test
  void settingsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> ForecastSettings.builder().zone(SHANGHAI).minReadings(1).build())
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ServiceErrorCode.SERVICE_SETTING_OUT_OF_RANGE);
    assertThatThrownBy(
            () -> ForecastSettings.builder().zone(SHANGHAI).defaultDailyDistance(Distance.ofKilometres(2001)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("defaultDailyDistance must be at most 2000 km a day");
    assertThatThrownBy(() -> ForecastSettings.builder().minSpanDays(3).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("zone");
  }
}

package org.aftersales.rules.service.maintenance;

import static org.aftersales.rules.service.ServiceFixtures.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.ValidationException;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.VehicleUsage;
import org.aftersales.rules.service.ServiceErrorCode;
import org.junit.jupiter.api.Test;

/** Every public value of the maintenance package survives JSON → value → JSON unchanged. */
class MaintenanceJsonTest {

  static final AfterSalesJson JSON = AfterSalesJson.strict();

  static <T> void roundTrips(T value, Class<? super T> type) {
    String json = JSON.write(value);
    Object back = JSON.read(json, type);
    assertThat(back).isEqualTo(value);
    assertThat(JSON.write(back)).isEqualTo(json);
  }

  @Provide
  Arbitrary<MaintenancePropertiesTest.Case> cases() {
    return new MaintenancePropertiesTest().cases();
  }

  @Property(tries = 100)
  void plansRecordsForecastsAndOutlooksRoundTrip(@ForAll("cases") MaintenancePropertiesTest.Case c) {
    roundTrips(c.plan(), MaintenancePlan.class);
    roundTrips(c.record(), VehicleServiceRecord.class);
    MaintenanceOutlook o = c.plan().outlook(c.record(), c.asOf(), MaintenancePropertiesTest.FORECASTER);
    roundTrips(o, MaintenanceOutlook.class);
    roundTrips(o.forecast(), MileageForecast.class);
    o.services().forEach(d -> roundTrips(d, DueService.class));
  }

  @Test
  void presetsSettingsAndListsRoundTrip() {
    roundTrips(MaintenancePlan.genericPassengerCar(), MaintenancePlan.class);
    ForecastSettings forecast =
        ForecastSettings.builder().zone(SHANGHAI).windowDays(180).putUsageDailyDistance(VehicleUsage.TAXI, Distance.ofKilometres(300)).build();
    roundTrips(forecast, ForecastSettings.class);
    roundTrips(DueThresholds.builder().graceDays(7).dueSoonDistance(Distance.ofMiles(500)).build(), DueThresholds.class);
    roundTrips(new DatedDistance(LocalDate.of(2025, 1, 1), Distance.ofKilometres("12.5")), DatedDistance.class);
    ProactiveSettings settings = ProactiveAppointmentsTest.settings().overdueLookbackDays(180).forecast(forecast).build();
    roundTrips(settings, ProactiveSettings.class);
    ProactiveAppointmentList list =
        ProactiveAppointments.list(ProactiveAppointmentsTest.fleet(), List.of(ProactiveAppointmentsTest.icePlan()), settings);
    assertThat(list.entries()).isNotEmpty();
    roundTrips(list, ProactiveAppointmentList.class);
  }

  @Test
  void aZeroIntervalInJsonIsRefusedWithItsPath() {
    String json =
        "{\"id\":\"P\",\"name\":\"p\",\"items\":[{\"code\":\"OIL\",\"description\":\"oil\","
            + "\"every\":{\"time\":\"P0D\",\"distance\":{\"value\":10000,\"unit\":\"KM\"}}}]}";
    assertThatThrownBy(() -> JSON.read(json, MaintenancePlan.class))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> {
          ValidationException v = (ValidationException) e;
          assertThat(v.code()).isEqualTo(ServiceErrorCode.MAINTENANCE_INTERVAL_ZERO);
          assertThat(v.violations().get(0).path()).contains("items[0].every");
        });
  }
}

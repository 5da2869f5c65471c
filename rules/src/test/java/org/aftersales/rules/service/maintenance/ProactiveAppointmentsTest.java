package org.aftersales.rules.service.maintenance;

import static org.aftersales.rules.service.ServiceFixtures.SHANGHAI;
import static org.aftersales.rules.service.ServiceFixtures.reading;
import static org.aftersales.rules.service.ServiceFixtures.vehicle;
import static org.aftersales.rules.service.ServiceFixtures.vin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.aftersales.core.calendar.DateRange;
import org.aftersales.core.customer.ContactChannel;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.customer.CustomerType;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.OdometerHistory;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.junit.jupiter.api.Test;

class ProactiveAppointmentsTest {

  static final LocalDate AS_OF = LocalDate.of(2025, 11, 15); // a Saturday

  static MaintenancePlan icePlan() {
    return MaintenancePlan.builder()
        .from(MaintenancePlanTest.oilPlan())
        .applicability(PlanApplicability.builder().addPowertrain(Powertrain.ICE).build())
        .build();
  }

  static VehicleServiceRecord rec(int n, Powertrain p, LocalDate delivery, ContactChannel channel,
      List<OdometerReading> readings, PerformedService done) {
    return VehicleServiceRecord.builder()
        .vehicle(vehicle(n, p, delivery))
        .customer(new CustomerRef("C" + n, CustomerType.INDIVIDUAL, channel))
        .odometer(OdometerHistory.of(readings))
        .addPerformed(done)
        .build();
  }

  static List<VehicleServiceRecord> fleet() {
    List<OdometerReading> sixty =
        List.of(
            reading("2025-07-01", 8_000),
            reading("2025-08-01", 9_860),
            reading("2025-09-01", 11_720),
            reading("2025-10-01", 13_520),
            reading("2025-11-01", 15_380));
    PerformedService july = PerformedService.of("OIL_SERVICE", LocalDate.of(2025, 7, 1), Distance.ofKilometres(8_000));
    List<VehicleServiceRecord> all = new ArrayList<>();
    // 1: due 2025-12-15 by distance
    all.add(rec(1, Powertrain.ICE, LocalDate.of(2025, 1, 10), ContactChannel.PHONE, sixty, july));
    // 2: due 2025-12-20 (a Saturday) by time, 10 km a day
    all.add(
        rec(2, Powertrain.ICE, LocalDate.of(2024, 6, 1), ContactChannel.SMS,
            List.of(
                reading("2025-03-01", 5_700),
                reading("2025-06-01", 6_620),
                reading("2025-09-01", 7_540),
                reading("2025-11-01", 8_150)),
            PerformedService.of("OIL_SERVICE", LocalDate.of(2024, 12, 20), Distance.ofKilometres(5_000))));
    // 3: like 1, but the customer does not wish to be contacted
    all.add(rec(3, Powertrain.ICE, LocalDate.of(2025, 1, 10), ContactChannel.NONE, sixty, july));
    // 4: a BEV: no plan applies
    all.add(rec(4, Powertrain.BEV, LocalDate.of(2025, 1, 10), ContactChannel.PHONE, sixty, july));
    // 5: overdue since 2025-06-08 (no readings: 40 km a day from the service at 1,000 km)
    all.add(
        rec(5, Powertrain.ICE, LocalDate.of(2024, 1, 1), ContactChannel.PHONE, List.of(),
            PerformedService.of("OIL_SERVICE", LocalDate.of(2024, 10, 1), Distance.ofKilometres(1_000))));
    // 6: due 2026-06-08, after the window
    all.add(
        rec(6, Powertrain.ICE, LocalDate.of(2024, 1, 1), ContactChannel.PHONE, List.of(),
            PerformedService.of("OIL_SERVICE", LocalDate.of(2025, 10, 1), Distance.ofKilometres(1_000))));
    return all;
  }

  static ProactiveSettings.Builder settings() {
    return ProactiveSettings.builder()
        .asOf(AS_OF)
        .window(DateRange.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1)))
        .forecast(ForecastSettings.defaults(SHANGHAI));
  }

  @Test
  void listsTheVehiclesDueInTheWindowSortedWithContactDates() {
    ProactiveAppointmentList list =
        ProactiveAppointments.list(fleet(), List.of(icePlan()), settings().build());

    assertThat(list.vehiclesScanned()).isEqualTo(6);
    assertThat(list.vehiclesWithoutPlan()).isEqualTo(1);
    assertThat(list.vehiclesOptedOut()).isEqualTo(1);
    assertThat(list.entries()).extracting(ProactiveEntry::vin).containsExactly(vin(1), vin(2));

    ProactiveEntry first = list.entries().get(0);
    assertThat(first.dueDate()).isEqualTo(LocalDate.of(2025, 12, 15));
    assertThat(first.contactDate()).isEqualTo(LocalDate.of(2025, 12, 8)); // 7 days ahead, a Monday
    assertThat(first.services()).singleElement().satisfies(s -> {
      assertThat(s.itemCode()).isEqualTo("OIL_SERVICE");
      assertThat(s.trigger()).isEqualTo(DueTrigger.DISTANCE);
    });
    assertThat(first.reasons()).extracting(r -> r.code()).containsExactly("PROACTIVE_CONTACT_AHEAD");

    ProactiveEntry second = list.entries().get(1);
    assertThat(second.dueDate()).isEqualTo(LocalDate.of(2025, 12, 20));
    assertThat(second.services().get(0).trigger()).isEqualTo(DueTrigger.TIME);
    // 7 days ahead is Saturday 2025-12-13: the Friday before
    assertThat(second.contactDate()).isEqualTo(LocalDate.of(2025, 12, 12));
    assertThat(second.customer().map(CustomerRef::id)).contains("C2");
  }

  @Test
  void overdueVehiclesAreListedWithALookbackAndCalledNow() {
    ProactiveAppointmentList list =
        ProactiveAppointments.list(fleet(), List.of(icePlan()), settings().overdueLookbackDays(180).build());
    assertThat(list.entries()).extracting(ProactiveEntry::vin).containsExactly(vin(5), vin(1), vin(2));
    ProactiveEntry overdue = list.entries().get(0);
    assertThat(overdue.dueDate()).isEqualTo(LocalDate.of(2025, 6, 8));
    assertThat(overdue.services().get(0).status()).isEqualTo(DueStatus.OVERDUE);
    // the list is made on a Saturday: call on Monday
    assertThat(overdue.contactDate()).isEqualTo(LocalDate.of(2025, 11, 17));
    assertThat(overdue.reasons()).extracting(r -> r.code()).containsExactly("PROACTIVE_CONTACT_NOW");
  }

  @Test
  void theListDoesNotDependOnTheOrderOfVehiclesOrHowTheyAreStreamed() {
    List<VehicleServiceRecord> shuffled = new ArrayList<>(fleet());
    Collections.reverse(shuffled);
    ProactiveSettings s = settings().overdueLookbackDays(400).build();
    ProactiveAppointmentList a = ProactiveAppointments.list(fleet(), List.of(icePlan()), s);
    ProactiveAppointmentList b = ProactiveAppointments.list(shuffled::iterator, List.of(icePlan()), s);
    assertThat(b).isEqualTo(a);
  }

  @Test
  void oneEntryPerVehicleForEverythingDueInTheWindow() {
    Vehicle v = vehicle(30, Powertrain.ICE, LocalDate.of(2025, 6, 1));
    VehicleServiceRecord r = VehicleServiceRecord.builder().vehicle(v).build();
    // generic plan at the default 40 km a day: first service at 5,000 km = 125 days (2025-10-04),
    // oil and tyres at 10,000 km = 250 days (2026-02-06), cabin filter at 12 months (2026-06-01)
    ProactiveAppointmentList list =
        ProactiveAppointments.list(
            List.of(r),
            List.of(MaintenancePlan.genericPassengerCar()),
            settings().window(DateRange.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 1))).build());
    assertThat(list.entries()).singleElement().satisfies(e -> {
      assertThat(e.dueDate()).isEqualTo(LocalDate.of(2025, 10, 4));
      assertThat(e.contactDate()).isEqualTo(LocalDate.of(2025, 11, 17));
      assertThat(e.services()).extracting(DueService::itemCode)
          .containsExactly("FIRST_SERVICE", "OIL_SERVICE", "TYRE_ROTATION");
      assertThat(e.services()).extracting(DueService::dueDate)
          .containsExactly(LocalDate.of(2025, 10, 4), LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 6));
    });
  }
}

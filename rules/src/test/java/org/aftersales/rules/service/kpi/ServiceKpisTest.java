package org.aftersales.rules.service.kpi;

import static org.aftersales.rules.service.ServiceFixtures.at;
import static org.aftersales.rules.service.ServiceFixtures.job;
import static org.aftersales.rules.service.ServiceFixtures.order;
import static org.aftersales.rules.service.ServiceFixtures.vehicle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.aftersales.core.calendar.DateRange;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.JobType;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.order.RepairOrderStatus;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.rules.service.ServiceErrorCode;
import org.aftersales.rules.service.ServiceFixtures;
import org.junit.jupiter.api.Test;

class ServiceKpisTest {

  static final DateRange MARCH = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));

  /** The hand-built month, see each order's comment. */
  static List<RepairOrder> orders() {
    return List.of(
        // O1: appointment, in and out the same day before the promise; reached, no complaint
        order("O1", 1)
            .appointment(at("2026-03-02T09:00"))
            .checkIn(at("2026-03-02T09:05"))
            .promised(at("2026-03-02T17:00"))
            .delivered(at("2026-03-02T16:30"))
            .job(job("J1", JobType.REPAIR, PayType.CUSTOMER, "Brake noise", "BRK-1").hours("1.5", "1.2", "T1"))
            .call(at("2026-03-05T10:00"), true, false)
            .build(),
        // O2: walk-in, delivered the next day after the promise, failed its first quality check;
        // paid maintenance; two unanswered calls
        order("O2", 2)
            .checkIn(at("2026-03-05T10:00"))
            .promised(at("2026-03-05T18:00"))
            .delivered(at("2026-03-06T11:00"))
            .firstQcFailed()
            .job(job("J1", JobType.MAINTENANCE, PayType.CUSTOMER, "oil service", "OIL-1").hours("1.0", "1.0", "T2"))
            .call(at("2026-03-09T10:00"), false, false)
            .call(at("2026-03-10T10:00"), false, false)
            .build(),
        // O3: O1's vehicle comes back 18 days later with the same concern; warranty; complaint
        order("O3", 1)
            .checkIn(at("2026-03-20T09:00"))
            .delivered(at("2026-03-20T17:00"))
            .job(job("J1", JobType.WARRANTY, PayType.WARRANTY, "  brake   NOISE ", "BRK-9").hours("2.0", "2.5", "T1"))
            .call(at("2026-03-23T10:00"), true, true)
            .build(),
        // O4: first service of a car sold here, free (internal), by appointment, late
        order("O4", 3)
            .appointment(at("2026-03-08T09:00"))
            .checkIn(at("2026-03-08T09:00"))
            .promised(at("2026-03-08T14:00"))
            .delivered(at("2026-03-08T15:00"))
            .job(job("J1", JobType.MAINTENANCE, PayType.INTERNAL, "first service", "FS-1").hours("0.8", "0.5", "T2"))
            .build(),
        // O5: no-show; O6: cancelled appointment; O7: appointment still open
        order("O5", 4).appointment(at("2026-03-12T09:00")).ending(RepairOrderStatus.NO_SHOW).build(),
        order("O6", 5).appointment(at("2026-03-15T09:00")).ending(RepairOrderStatus.CANCELLED).build(),
        order("O7", 6).appointment(at("2026-03-28T09:00")).build(),
        // O8: February, outside the period; O2's vehicle, a repair that O2 (maintenance) does not repeat
        order("O8", 2)
            .checkIn(at("2026-02-20T09:00"))
            .delivered(at("2026-02-20T17:00"))
            .job(job("J1", JobType.REPAIR, PayType.CUSTOMER, "oil leak", "OIL-1").hours("3", "3", "T9"))
            .build());
  }

  static KpiInput.Builder input() {
    return KpiInput.builder()
        .period(MARCH)
        .zone(ServiceFixtures.SHANGHAI)
        .orders(orders())
        .addInvoice(new OrderInvoice(RepairOrderId.of("O1"), PayType.CUSTOMER, Monies.of("800.00", "CNY")))
        .addInvoice(new OrderInvoice(RepairOrderId.of("O2"), PayType.CUSTOMER, Monies.of("400.00", "CNY")))
        .addInvoice(new OrderInvoice(RepairOrderId.of("O3"), PayType.WARRANTY, Monies.of("1000.00", "CNY")))
        .addInvoice(new OrderInvoice(RepairOrderId.of("O8"), PayType.CUSTOMER, Monies.of("999.00", "CNY")))
        // sold here: first services due 10 Mar (taken up on 8 Mar), 20 Mar (not), 1 Nov 2025 (not in March)
        .addSoldVehicle(vehicle(3, Powertrain.ICE, LocalDate.of(2025, 9, 10)))
        .addSoldVehicle(vehicle(7, Powertrain.ICE, LocalDate.of(2025, 9, 20)))
        .addSoldVehicle(vehicle(8, Powertrain.ICE, LocalDate.of(2025, 5, 1)))
        .addAttendance(new Attendance(TechnicianId.of("T1"), Hours.of(160)))
        .addAttendance(new Attendance(TechnicianId.of("T2"), Hours.of(150)));
  }

  static void rate(Rate r, long numerator, long denominator) {
    assertThat(r).isEqualTo(new Rate(numerator, denominator));
  }

  @Test
  void everyKpiOnAHandBuiltMonth() {
    KpiReport k = ServiceKpis.compute(input().build());

    rate(k.firstTimeFix(), 3, 4); // O2 was reworked
    rate(k.onTimeDelivery(), 1, 3); // O3 had no promise; O2 and O4 were late
    rate(k.sameDayDelivery(), 3, 4);
    rate(k.comebacks(), 1, 2); // repairs O1 and O3; O1 came back as O3
    rate(k.appointmentRate(), 2, 4);
    rate(k.appointmentShowRate(), 2, 3); // O1, O4 came; O5 did not; O6 cancelled, O7 open
    rate(k.followUpReach(), 2, 3);
    rate(k.complaintRate(), 1, 4);
    rate(k.firstServiceUptake(), 1, 2);
    assertThat(k.firstTimeFix().percent()).contains(new BigDecimal("75.00"));
    assertThat(k.onTimeDelivery().percent()).contains(new BigDecimal("33.33"));

    assertThat(k.productivity()).isEqualTo(new HoursRatio(new BigDecimal("5.3"), new BigDecimal("5.2")));
    assertThat(k.productivity().percent()).contains(new BigDecimal("101.92"));
    assertThat(k.utilisation()).isEqualTo(new HoursRatio(new BigDecimal("5.2"), new BigDecimal("310")));
    assertThat(k.efficiency()).isEqualTo(new HoursRatio(new BigDecimal("5.3"), new BigDecimal("310")));
    assertThat(k.technicians()).extracting(t -> t.technician().value()).containsExactly("T1", "T2");
    TechnicianKpis t1 = k.technicians().get(0);
    assertThat(t1.productivity().percent()).contains(new BigDecimal("94.59")); // 3.5 / 3.7
    assertThat(t1.efficiency()).isEqualTo(new HoursRatio(new BigDecimal("3.5"), new BigDecimal("160")));
    assertThat(k.technicians().get(1).productivity().percent()).contains(new BigDecimal("120.00")); // 1.8 / 1.5

    VisitCounts v = k.visits();
    assertThat(v.paidRepair()).isEqualTo(1); // O1
    assertThat(v.paidMaintenance()).isEqualTo(1); // O2
    assertThat(v.freeRepair()).isEqualTo(1); // O3
    assertThat(v.freeInspection()).isEqualTo(1); // O4
    assertThat(v.warrantyRepair()).isEqualTo(1); // O3
    assertThat(v.paid()).isEqualTo(2);
    assertThat(v.free()).isEqualTo(2);
    assertThat(v.total()).isEqualTo(4);

    assertThat(k.averageOrderValues()).extracting(AverageOrderValue::payer)
        .containsExactly(PayType.CUSTOMER, PayType.WARRANTY);
    AverageOrderValue customer = k.averageOrderValue(PayType.CUSTOMER).orElseThrow();
    assertThat(customer.total()).isEqualTo(Monies.of("1200.00", "CNY")); // February's 999 left out
    assertThat(customer.orders()).isEqualTo(2);
    assertThat(customer.average()).isEqualTo(Monies.of("600.00", "CNY"));
    assertThat(k.averageOrderValue(PayType.INSURANCE)).isEmpty();
  }

  @Test
  void settingsChangeTheDefinitionsTheyName() {
    KpiReport k =
        ServiceKpis.compute(
            input()
                .settings(
                    KpiSettings.builder()
                        .cancelledAppointmentsCountAsMissed(true)
                        .firstTimeFixExcludesComebacks(true)
                        .comebackMatch(ComebackMatch.OP_CODE)
                        .build())
                .build());
    rate(k.appointmentShowRate(), 2, 4);
    rate(k.comebacks(), 0, 2); // BRK-1 was not done again: by op code O3 is no comeback
    rate(k.firstTimeFix(), 3, 4);
    KpiReport byConcern =
        ServiceKpis.compute(
            input().settings(KpiSettings.builder().firstTimeFixExcludesComebacks(true).build()).build());
    rate(byConcern.firstTimeFix(), 2, 4); // O1 came back
  }

  @Test
  void aComebackIsWithinTheConfiguredDaysInclusive() {
    assertThat(comebacksWithReturnOn("2026-03-12T08:00", 10)).isEqualTo(new Rate(1, 1)); // day 10
    assertThat(comebacksWithReturnOn("2026-03-13T08:00", 10)).isEqualTo(new Rate(0, 1)); // day 11
    assertThat(comebacksWithReturnOn("2026-03-02T18:00", 10)).isEqualTo(new Rate(1, 1)); // same day
  }

  private static Rate comebacksWithReturnOn(String when, int days) {
    List<RepairOrder> o =
        List.of(
            order("A", 1).checkIn(at("2026-03-02T09:00")).delivered(at("2026-03-02T17:00"))
                .job(job("J1", JobType.REPAIR, PayType.CUSTOMER, "rattle", "RT-1")).build(),
            order("B", 1).checkIn(at(when)).delivered(at(when).plusSeconds(3600))
                .job(job("J1", JobType.DIAGNOSIS, PayType.CUSTOMER, "Rattle", "DG-1")).build());
    KpiInput in =
        KpiInput.builder().period(MARCH).zone(ServiceFixtures.SHANGHAI).orders(o)
            .settings(KpiSettings.builder().comebackDays(days).build()).build();
    return ServiceKpis.compute(in).comebacks();
  }

  @Test
  void anEmptyDenominatorIsNoDataNotZeroPercent() {
    KpiReport k = ServiceKpis.compute(KpiInput.builder().period(MARCH).zone(ServiceFixtures.SHANGHAI).build());
    assertThat(k.rates().values()).allSatisfy(r -> {
      assertThat(r.isNoData()).isTrue();
      assertThat(r.percent()).isEmpty();
    });
    assertThat(k.rates()).hasSize(9);
    assertThat(k.productivity().percent()).isEmpty();
    assertThat(k.averageOrderValues()).isEmpty();
    assertThat(k.firstTimeFix()).hasToString("no data (0/0)");
    assertThat(new Rate(0, 5).percent()).contains(new BigDecimal("0.00"));
  }

  @Test
  void badInputIsRefusedWithAClearError() {
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> {
          assertThat(((ValidationException) e).code()).isEqualTo(CoreErrorCode.DATE_ORDER);
          assertThat(e.getMessage()).contains("end 2026-03-01 is before start 2026-04-01");
        });
    assertThatThrownBy(
            () -> input().addInvoice(new OrderInvoice(RepairOrderId.of("O4"), PayType.INTERNAL, Monies.of("10.00", "USD"))).build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> {
          ValidationException v = (ValidationException) e;
          assertThat(v.code()).isEqualTo(CoreErrorCode.CURRENCY_MISMATCH);
          assertThat(v.violations().get(0).path()).isEqualTo("invoices[4].amount");
          assertThat(v.getMessage()).contains("CNY and USD");
        });
    assertThatThrownBy(
            () -> input().addInvoice(new OrderInvoice(RepairOrderId.of("NOPE"), PayType.CUSTOMER, Monies.of("1", "CNY"))).build())
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ServiceErrorCode.KPI_UNKNOWN_ORDER);
    assertThatThrownBy(() -> input().addOrder(orders().get(0)).build())
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.DUPLICATE_ID);
    assertThatThrownBy(() -> new Rate(3, 2)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> KpiSettings.builder().comebackDays(0).build())
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ServiceErrorCode.SERVICE_SETTING_OUT_OF_RANGE);
  }
}

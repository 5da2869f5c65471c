package org.aftersales.rules.service.kpi;

import static org.aftersales.rules.service.ServiceFixtures.job;
import static org.aftersales.rules.service.ServiceFixtures.order;
import static org.aftersales.rules.service.ServiceFixtures.vehicle;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.calendar.DateRange;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.JobType;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderStatus;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.rules.service.ServiceFixtures;

/** Invariants of the KPIs over random months of orders. */
class ServiceKpisPropertiesTest {

  static final LocalDate START = LocalDate.of(2026, 2, 20);
  static final String[] CONCERNS = {"brake noise", "Brake  noise", "rattle", "oil leak", "first service"};
  static final String[] OPS = {"BRK-1", "RT-1", "OIL-1", "FS-1"};

  @Provide
  Arbitrary<KpiInput> months() {
    Arbitrary<int[]> orderSeeds =
        Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(12);
    return Combinators.combine(
            orderSeeds.list().ofMaxSize(14),
            Arbitraries.integers().between(0, 40).list().ofMaxSize(4),
            Arbitraries.integers().between(1, 200).list().ofSize(2),
            Arbitraries.integers().between(1, 60))
        .as(
            (seeds, sold, attended, comebackDays) -> {
              List<RepairOrder> orders = new ArrayList<>();
              List<OrderInvoice> invoices = new ArrayList<>();
              for (int i = 0; i < seeds.size(); i++) {
                int[] s = seeds.get(i);
                RepairOrder o = randomOrder("O" + i, s);
                orders.add(o);
                if (o.status().isDelivered() && s[11] % 3 != 0) {
                  invoices.add(new OrderInvoice(o.id(), PayType.values()[s[11] % 5],
                      Monies.of(BigDecimal.valueOf(s[10] % 100_000, 2), Monies.currency("CNY"))));
                }
              }
              KpiInput.Builder b =
                  KpiInput.builder()
                      .period(DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)))
                      .zone(ServiceFixtures.SHANGHAI)
                      .orders(orders)
                      .invoices(invoices)
                      .settings(KpiSettings.builder().comebackDays(comebackDays).build())
                      .addAttendance(new Attendance(TechnicianId.of("T1"), Hours.of(attended.get(0))))
                      .addAttendance(new Attendance(TechnicianId.of("T2"), Hours.of(attended.get(1))));
              for (int j = 0; j < sold.size(); j++) {
                b.addSoldVehicle(vehicle(100 + j, Powertrain.ICE, LocalDate.of(2025, 8, 1).plusDays(sold.get(j))));
              }
              return b.build();
            });
  }

  static RepairOrder randomOrder(String id, int[] s) {
    int vin = s[0] % 4 == 3 ? 100 + s[0] % 3 : 1 + s[0] % 3;
    Instant checkIn = START.atTime(8, 0).atZone(ServiceFixtures.SHANGHAI).toInstant()
        .plusSeconds(86_400L * (s[1] % 45) + 60L * (s[2] % 300));
    ServiceFixtures.RoSpec spec = order(id, vin);
    if (s[3] % 2 == 0) {
      spec.appointment(checkIn.minusSeconds(600));
    }
    int kind = s[4] % 10;
    for (int j = 0; j < 1 + s[5] % 2; j++) {
      int k = s[5 + j] >>> 3;
      spec.job(
          job("J" + j, JobType.values()[k % JobType.values().length], PayType.values()[(k / 7) % 5],
                  CONCERNS[(k / 35) % CONCERNS.length], OPS[(k / 175) % OPS.length])
              .hours(String.valueOf(1 + k % 4), k % 5 == 0 ? null : String.valueOf(1 + (k / 5) % 4),
                  k % 3 == 0 ? null : "T" + (1 + k % 2)));
    }
    if (kind == 0) {
      return spec.appointment(checkIn).ending(RepairOrderStatus.NO_SHOW).build();
    }
    if (kind == 1) {
      return spec.appointment(checkIn).ending(RepairOrderStatus.CANCELLED).build();
    }
    if (kind == 2) {
      return spec.appointment(checkIn).build();
    }
    spec.checkIn(checkIn);
    if (kind == 3) {
      return spec.build();
    }
    Instant delivered = checkIn.plusSeconds(3600L + 3600L * (s[8] % 80));
    spec.delivered(delivered);
    if (s[9] % 3 == 0) {
      spec.promised(checkIn.plusSeconds(3600L * (s[9] % 48)));
    }
    if (s[9] % 4 == 1) {
      spec.firstQcFailed();
    }
    int calls = s[10] % 3;
    for (int c = 0; c < calls; c++) {
      boolean reached = (s[11] >> c) % 2 == 0;
      spec.call(delivered.plusSeconds(86_400L * (c + 2)), reached, reached && (s[11] >> (c + 3)) % 2 == 0);
    }
    return spec.build();
  }

  @Property(tries = 150)
  void everyNumeratorIsAtMostItsDenominator(@ForAll("months") KpiInput in) {
    KpiReport k = ServiceKpis.compute(in);
    for (Rate r : k.rates().values()) {
      assertThat(r.numerator()).isBetween(0L, r.denominator());
      r.percent().ifPresent(p -> assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
      assertThat(r.percent().isEmpty()).isEqualTo(r.denominator() == 0);
    }
    long delivered =
        in.orders().stream()
            .filter(o -> o.enteredAt(RepairOrderStatus.DELIVERED)
                .map(t -> in.period().contains(LocalDate.ofInstant(t, in.zone()))).orElse(false))
            .count();
    assertThat(k.firstTimeFix().denominator()).isEqualTo(delivered);
    assertThat(k.complaintRate().denominator()).isEqualTo(delivered);
    assertThat(k.visits().total()).isEqualTo(delivered);
    assertThat(k.comebacks().denominator()).isLessThanOrEqualTo(delivered);
    assertThat(k.onTimeDelivery().denominator()).isLessThanOrEqualTo(delivered);
  }

  @Property(tries = 150)
  void kpisAreTheSameInAnyInputOrder(@ForAll("months") KpiInput in, @ForAll long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<RepairOrder> orders = new ArrayList<>(in.orders());
    List<OrderInvoice> invoices = new ArrayList<>(in.invoices());
    List<org.aftersales.core.vehicle.Vehicle> sold = new ArrayList<>(in.soldVehicles());
    List<Attendance> attendance = new ArrayList<>(in.attendance());
    Collections.shuffle(orders, random);
    Collections.shuffle(invoices, random);
    Collections.shuffle(sold, random);
    Collections.shuffle(attendance, random);
    KpiInput shuffled =
        KpiInput.builder()
            .from(in)
            .orders(orders)
            .invoices(invoices)
            .soldVehicles(sold)
            .attendance(attendance)
            .build();
    assertThat(ServiceKpis.compute(shuffled)).isEqualTo(ServiceKpis.compute(in));
  }
}

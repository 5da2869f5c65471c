package org.aftersales.rules.consumerlaw;

import static org.aftersales.rules.consumerlaw.LawFixtures.SHANGHAI;
import static org.aftersales.rules.consumerlaw.LawFixtures.at;
import static org.aftersales.rules.consumerlaw.LawFixtures.deliveredOrder;
import static org.aftersales.rules.consumerlaw.LawFixtures.doneJob;
import static org.aftersales.rules.consumerlaw.LawFixtures.fault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aftersales.core.ValidationException;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.order.Job;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.JobStatus;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.rules.warranty.ComponentGroup;
import org.junit.jupiter.api.Test;

class RepairHistoryTest {

  static final Instant IN_1 = at(LocalDate.of(2024, 3, 1), 9);
  static final Instant READY_1 = at(LocalDate.of(2024, 3, 7), 16);
  static final Instant IN_2 = at(LocalDate.of(2024, 5, 1), 9);
  static final Instant READY_2 = at(LocalDate.of(2024, 5, 2), 11);

  static OrderFacts facts(String order, String job, FaultFacts f) {
    return OrderFacts.builder().orderId(RepairOrderId.of(order)).addRepair(new RepairRecord(JobId.of(job), f)).build();
  }

  static final RepairOrder ENGINE_ORDER = deliveredOrder("RO-1", IN_1, READY_1, 4_000, doneJob("J1", IN_1.plusSeconds(3600)));
  static final RepairOrder SERVICE_ORDER = deliveredOrder("RO-2", IN_2, READY_2, 6_000, doneJob("J1", IN_2.plusSeconds(1800)));
  static final FaultFacts ENGINE = fault(ComponentGroup.ENGINE).problem("STALLING").seriousSafetyFault(true).build();

  @Test
  void buildsVisitsFromRepairOrdersAndTheHostsFacts() {
    RepairHistory h =
        RepairHistory.fromOrders(SHANGHAI, List.of(SERVICE_ORDER, ENGINE_ORDER), List.of(facts("RO-1", "J1", ENGINE)));
    assertThat(h.visits()).singleElement().satisfies(v -> {
      assertThat(v.orderId()).isEqualTo(RepairOrderId.of("RO-1"));
      assertThat(v.receivedAt()).isEqualTo(IN_1);
      assertThat(v.agreedAt()).isEqualTo(IN_1.plusSeconds(3600));
      assertThat(v.completedAt()).contains(READY_1);
      assertThat(v.odometerIn()).contains(Distance.ofKilometres(4_000));
    });
    RepairSummary s =
        h.summarize(RepairWindow.builder().firstDay(LocalDate.of(2024, 1, 10)).lastDay(LocalDate.of(2026, 1, 10))
            .asOf(at(LocalDate.of(2024, 6, 1), 9)).build());
    // agreed 2024-03-01 10:00, ready 2024-03-07 16:00: 6 days 6 hours = 7 Art. 40 days
    assertThat(s.longestSingleRepairDays()).isEqualTo(7);
    assertThat(s.cumulativeRepairDays()).isEqualTo(7);
    assertThat(s.calendarDaysOutOfService()).isEqualTo(7);
    assertThat(s.visits()).isEqualTo(1);
    assertThat(s.repairs()).isEqualTo(1);
    assertThat(s.repairsByProblem()).containsExactly(Map.entry("STALLING", 1));
    assertThat(s.seriousSafetyRepairs()).isEqualTo(1);
  }

  @Test
  void anAuthorizationBeforeReceptionStartsTheRepairAtReception() {
    RepairOrder early = deliveredOrder("RO-1", IN_1, READY_1, 4_000, doneJob("J1", IN_1.minusSeconds(86_400)));
    RepairVisit v = RepairVisit.from(early, facts("RO-1", "J1", ENGINE));
    assertThat(v.agreedAt()).isEqualTo(IN_1);
  }

  @Test
  void factsMustFitTheirOrders() {
    assertThatThrownBy(() -> RepairVisit.from(ENGINE_ORDER, facts("RO-1", "J9", ENGINE)))
        .hasMessageContaining("order RO-1 has no job J9")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_FACTS_INVALID);
    assertThatThrownBy(() -> RepairHistory.fromOrders(SHANGHAI, List.of(ENGINE_ORDER), List.of(facts("RO-7", "J1", ENGINE))))
        .hasMessageContaining("not among the orders");
    Job proposed = Job.builder().id(JobId.of("J2")).concern("rattle").type(org.aftersales.core.order.JobType.REPAIR).build();
    RepairOrder withProposed =
        RepairOrder.builder().from(ENGINE_ORDER).addJob(Job.builder().from(proposed).status(JobStatus.DEFERRED).build()).build();
    assertThatThrownBy(() -> RepairVisit.from(withProposed, facts("RO-1", "J2", ENGINE)))
        .hasMessageContaining("only a job the customer consented to is a repair");
  }

  @Test
  void theOrderOfTheOrdersAndFactsDoesNotMatterAndJsonRoundTrips() {
    RepairOrder second = deliveredOrder("RO-2", IN_2, READY_2, 6_000, doneJob("J1", IN_2.plusSeconds(1800)));
    List<OrderFacts> fs = List.of(facts("RO-1", "J1", ENGINE), facts("RO-2", "J1", ENGINE));
    RepairHistory a = RepairHistory.fromOrders(SHANGHAI, List.of(ENGINE_ORDER, second), fs);
    RepairHistory b = RepairHistory.fromOrders(SHANGHAI, List.of(second, ENGINE_ORDER), List.of(fs.get(1), fs.get(0)));
    assertThat(a).isEqualTo(b);
    assertThat(a.visits()).extracting(v -> v.orderId().value()).containsExactly("RO-1", "RO-2");
    AfterSalesJson json = AfterSalesJson.strict();
    String text = json.write(a);
    assertThat(json.read(text, RepairHistory.class)).isEqualTo(a);
    RepairSummary s = a.summarize(RepairWindow.builder().firstDay(LocalDate.of(2024, 1, 10)).lastDay(LocalDate.of(2026, 1, 10))
        .asOf(at(LocalDate.of(2024, 6, 1), 9)).build());
    assertThat(json.read(json.write(s), RepairSummary.class)).isEqualTo(s);
    assertThat(s.repairsByProblem()).containsExactly(Map.entry("STALLING", 2));
    assertThat(s.calendarDaysOutOfService()).isEqualTo(9);
  }

  @Test
  void ordersOfAnotherVehicleAreRefused() {
    RepairOrder other =
        RepairOrder.builder().from(SERVICE_ORDER)
            .vehicle(org.aftersales.core.vehicle.Vehicle.builder().from(SERVICE_ORDER.vehicle())
                .vin(org.aftersales.core.vehicle.Vin.parse("1HGCM82633A004352")).build())
            .build();
    assertThatThrownBy(() -> RepairHistory.fromOrders(SHANGHAI, List.of(ENGINE_ORDER, other), List.of()))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_FACTS_INVALID);
  }
}

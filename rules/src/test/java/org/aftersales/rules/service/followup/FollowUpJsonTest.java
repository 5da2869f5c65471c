package org.aftersales.rules.service.followup;

import static org.aftersales.rules.service.ServiceFixtures.SHANGHAI;
import static org.aftersales.rules.service.ServiceFixtures.at;
import static org.aftersales.rules.service.ServiceFixtures.customer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.order.FollowUpCall;
import org.junit.jupiter.api.Test;

/** Every public value of the follow-up package survives JSON → value → JSON unchanged. */
class FollowUpJsonTest {

  static final AfterSalesJson JSON = AfterSalesJson.strict();

  static <T> void roundTrips(T value, Class<? super T> type) {
    String json = JSON.write(value);
    Object back = JSON.read(json, type);
    assertThat(back).isEqualTo(value);
    assertThat(JSON.write(back)).isEqualTo(json);
  }

  @Property(tries = 50)
  void workAndPlansRoundTrip(
      @ForAll @IntRange(min = 0, max = 400) int deliveredDay,
      @ForAll @IntRange(min = 0, max = 20) int callDay,
      @ForAll boolean reached) {
    LocalDate d = LocalDate.of(2025, 9, 1).plusDays(deliveredDay);
    java.time.Instant delivered = d.atTime(15, 0).atZone(SHANGHAI).toInstant();
    FollowUpWork work =
        FollowUpWork.builder()
            .addVisit(
                DeliveredVisit.builder()
                    .orderId(org.aftersales.core.order.RepairOrderId.of("RO-" + deliveredDay))
                    .customer(customer("C-1"))
                    .openedAt(delivered.minusSeconds(3600))
                    .deliveredAt(delivered)
                    .addCall(new FollowUpCall(delivered.plusSeconds(86_400L * callDay), reached, false))
                    .build())
            .addRequest(
                CustomerRequest.builder().id("R-1").kind(RequestKind.COMPLAINT).raisedAt(delivered)
                    .solutionFoundAt(delivered.plusSeconds(86_400L * callDay)).build())
            .addPromotion(
                Promotion.builder().id("P-1").title("Service month").startDate(d.plusDays(30))
                    .addContact(PromotionContact.of(customer("C-2"))).build())
            .build();
    roundTrips(work, FollowUpWork.class);
    FollowUpPlan plan = FollowUpPlannerTest.PLANNER.plan(work);
    roundTrips(plan, FollowUpPlan.class);
    plan.tasks().forEach(t -> roundTrips(t, FollowUpTask.class));
  }

  @Test
  void policiesRoundTrip() {
    roundTrips(FollowUpPolicy.seedDefaults(SHANGHAI, FollowUpPlannerTest.CALENDAR), FollowUpPolicy.class);
    roundTrips(
        FollowUpPolicy.builder().zone(SHANGHAI).calendar(FollowUpPlannerTest.CALENDAR)
            .firstCallFrom(TimeLimit.calendarDays(2)).letterWithin(TimeLimit.workingDays(1)).build(),
        FollowUpPolicy.class);
    roundTrips(TimeLimit.workingDays(2), TimeLimit.class);
    assertThat(JSON.write(TimeLimit.workingDays(2))).isEqualTo("{\"days\":2,\"count\":\"WORKING_DAYS\"}");
    roundTrips(PromotionContact.builder().customer(customer("C")).calledAt(at("2025-09-01T10:00")).letter(false).build(),
        PromotionContact.class);
  }
}

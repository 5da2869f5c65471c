package org.aftersales.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.Reason;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.order.Authorization;
import org.aftersales.core.order.FeeLine;
import org.aftersales.core.order.Job;
import org.aftersales.core.order.LabourLine;
import org.aftersales.core.order.PartLine;
import org.aftersales.core.order.RandomWalk;
import org.aftersales.core.order.Refusal;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderCommand;
import org.aftersales.core.order.RepairOrderEvent;
import org.aftersales.core.order.SubletLine;
import org.aftersales.core.order.Transition;
import org.aftersales.core.order.WalkAround;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.OdometerHistory;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.Vin;

/** Every public value of core survives JSON → value → JSON unchanged. */
class JsonRoundTripTest {

  static final AfterSalesJson JSON = AfterSalesJson.strict();

  static <T> void roundTrips(T value, Class<? super T> type) {
    String json = JSON.write(value);
    Object back = JSON.read(json, type);
    assertThat(back).isEqualTo(value);
    assertThat(JSON.write(back)).isEqualTo(json);
  }

  @Property
  void scalarsRoundTrip(
      @ForAll("vins") Vin vin,
      @ForAll("distances") Distance distance,
      @ForAll("hours") Hours hours,
      @ForAll("percentages") Percentage percentage,
      @ForAll("quantities") Quantity quantity,
      @ForAll("money") MonetaryAmount money,
      @ForAll("rounding") RoundingPolicy rounding,
      @ForAll("reasons") Reason reason,
      @ForAll("customers") CustomerRef customer) {
    roundTrips(vin, Vin.class);
    roundTrips(distance, Distance.class);
    roundTrips(hours, Hours.class);
    roundTrips(percentage, Percentage.class);
    roundTrips(quantity, Quantity.class);
    roundTrips(money, MonetaryAmount.class);
    roundTrips(rounding, RoundingPolicy.class);
    roundTrips(reason, Reason.class);
    roundTrips(customer, CustomerRef.class);
  }

  @Property
  void vehicleAndOdometerRoundTrip(
      @ForAll("vehicles") Vehicle vehicle,
      @ForAll("readings") List<OdometerReading> readings,
      @ForAll("walkArounds") WalkAround walkAround) {
    roundTrips(vehicle, Vehicle.class);
    readings.forEach(r -> roundTrips(r, OdometerReading.class));
    List<OdometerReading> sorted =
        readings.stream().sorted((a, b) -> a.at().compareTo(b.at()))
            .map(r -> new OdometerReading(r.distance(), r.at(), org.aftersales.core.vehicle.OdometerSource.CLUSTER_REPLACEMENT))
            .toList();
    roundTrips(OdometerHistory.of(sorted), OdometerHistory.class);
    roundTrips(walkAround, WalkAround.class);
  }

  @Property
  void jobLinesRoundTrip(
      @ForAll("labour") LabourLine labour,
      @ForAll("parts") PartLine part,
      @ForAll("sublets") SubletLine sublet,
      @ForAll("fees") FeeLine fee,
      @ForAll("authorizations") Authorization authorization,
      @ForAll("refusals") Refusal refusal) {
    roundTrips(labour, LabourLine.class);
    roundTrips(part, PartLine.class);
    roundTrips(sublet, SubletLine.class);
    roundTrips(fee, FeeLine.class);
    roundTrips(authorization, Authorization.class);
    roundTrips(refusal, Refusal.class);
  }

  @Property(tries = 100)
  void repairOrdersInEveryStateWithTheirCommandsAndEventsRoundTrip(
      @ForAll("walks") List<RandomWalk.Applied> walk) {
    for (RandomWalk.Applied a : walk) {
      roundTrips(a.command(), RepairOrderCommand.class);
      Transition t = a.transition();
      roundTrips(t.order(), RepairOrder.class);
      for (Job j : t.order().jobs()) {
        roundTrips(j, Job.class);
      }
      for (RepairOrderEvent e : t.events()) {
        roundTrips(e, RepairOrderEvent.class);
      }
      roundTrips(t, Transition.class);
    }
  }

  @Provide
  Arbitrary<List<RandomWalk.Applied>> walks() {
    return RandomWalk.steps().map(steps -> RandomWalk.walk(org.aftersales.core.order.Fixtures.appointment(), steps));
  }

  @Provide Arbitrary<Vin> vins() { return CoreArbitraries.vins(); }
  @Provide Arbitrary<Distance> distances() { return CoreArbitraries.distances(); }
  @Provide Arbitrary<Hours> hours() { return CoreArbitraries.hours(); }
  @Provide Arbitrary<Percentage> percentages() { return CoreArbitraries.percentages(); }
  @Provide Arbitrary<Quantity> quantities() { return CoreArbitraries.quantities(); }
  @Provide Arbitrary<MonetaryAmount> money() { return CoreArbitraries.moneyAnyCurrency(); }
  @Provide Arbitrary<RoundingPolicy> rounding() { return CoreArbitraries.roundingPolicies(); }
  @Provide Arbitrary<Reason> reasons() { return CoreArbitraries.reasons(); }
  @Provide Arbitrary<CustomerRef> customers() { return CoreArbitraries.customers(); }
  @Provide Arbitrary<Vehicle> vehicles() { return CoreArbitraries.vehicles(); }
  @Provide Arbitrary<List<OdometerReading>> readings() { return CoreArbitraries.lists(CoreArbitraries.odometerReadings()); }
  @Provide Arbitrary<WalkAround> walkArounds() { return CoreArbitraries.walkArounds(); }
  @Provide Arbitrary<LabourLine> labour() { return CoreArbitraries.labourLines(); }
  @Provide Arbitrary<PartLine> parts() { return CoreArbitraries.partLines(); }
  @Provide Arbitrary<SubletLine> sublets() { return CoreArbitraries.sublets(); }
  @Provide Arbitrary<FeeLine> fees() { return CoreArbitraries.fees(); }
  @Provide Arbitrary<Authorization> authorizations() { return CoreArbitraries.authorizations(); }
  @Provide Arbitrary<Refusal> refusals() { return CoreArbitraries.refusals(); }

}

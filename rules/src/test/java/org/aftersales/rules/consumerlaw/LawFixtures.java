package org.aftersales.rules.consumerlaw;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.customer.ContactChannel;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.customer.CustomerType;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.AdvisorId;
import org.aftersales.core.order.Authorization;
import org.aftersales.core.order.ConsentChannel;
import org.aftersales.core.order.FuelLevel;
import org.aftersales.core.order.Job;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.JobStatus;
import org.aftersales.core.order.JobType;
import org.aftersales.core.order.PaymentMethod;
import org.aftersales.core.order.QualityCheck;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.order.RepairOrderStatus;
import org.aftersales.core.order.StatusChange;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.order.WalkAround;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.OdometerSource;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.VehicleUsage;
import org.aftersales.core.vehicle.Vin;
import org.aftersales.rules.warranty.ComponentGroup;

/** Shared builders for consumer-law tests: vehicles, repair visits and core repair orders. */
final class LawFixtures {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  private LawFixtures() {}

  static Instant at(LocalDate d, int hour, ZoneId zone) {
    return d.atTime(hour, 0).atZone(zone).toInstant();
  }

  static Instant at(LocalDate d, int hour) {
    return at(d, hour, SHANGHAI);
  }

  static Vehicle vehicle(LocalDate purchased, VehicleUsage usage, Powertrain powertrain) {
    return Vehicle.builder()
        .vin(Vin.parse("LGXCE4CB5R0123456"))
        .make("BYD")
        .model("Seal")
        .modelYear(Year.of(Math.max(purchased.getYear(), 1980)))
        .powertrain(powertrain)
        .usage(usage)
        .invoiceDate(purchased)
        .deliveryDate(purchased)
        .build();
  }

  static Vehicle car(LocalDate purchased) {
    return vehicle(purchased, VehicleUsage.PRIVATE, Powertrain.BEV);
  }

  static FaultFacts.Builder fault(ComponentGroup group) {
    return FaultFacts.builder().componentGroup(group);
  }

  /** A visit agreed when received, completed after {@code duration}, at an odometer in km. */
  static RepairVisit visit(String id, Instant received, Duration duration, long km, FaultFacts... facts) {
    return visit(id, received, duration, Distance.ofKilometres(km), facts);
  }

  static RepairVisit visit(String id, Instant received, Duration duration, Distance odometer, FaultFacts... facts) {
    RepairVisit.Builder b =
        RepairVisit.builder()
            .orderId(RepairOrderId.of(id))
            .receivedAt(received)
            .agreedAt(received)
            .odometerIn(odometer);
    if (duration != null) {
      b.completedAt(received.plus(duration));
    }
    for (int i = 0; i < facts.length; i++) {
      b.addRepair(new RepairRecord(JobId.of("J" + (i + 1)), facts[i]));
    }
    return b.build();
  }

  static RepairHistory history(RepairVisit... visits) {
    return RepairHistory.of(SHANGHAI, List.of(visits));
  }

  static Authorization consent(Instant at) {
    return Authorization.builder()
        .authorizedBy("customer")
        .channel(ConsentChannel.IN_PERSON)
        .amount(Monies.of("0.00", "CNY"))
        .at(at)
        .build();
  }

  static Job doneJob(String id, Instant authorized) {
    return Job.builder()
        .id(JobId.of(id))
        .concern("engine stalls when idling")
        .cause("faulty crankshaft sensor")
        .correction("replaced crankshaft sensor")
        .type(JobType.WARRANTY)
        .status(JobStatus.DONE)
        .authorization(consent(authorized))
        .build();
  }

  /** A delivered order: checked in, authorized an hour later, ready and delivered. */
  static RepairOrder deliveredOrder(String id, Instant received, Instant ready, long kmIn, Job... jobs) {
    List<StatusChange> history = new ArrayList<>();
    history.add(new StatusChange(RepairOrderStatus.CHECKED_IN, received));
    history.add(new StatusChange(RepairOrderStatus.AUTHORIZED, received.plusSeconds(3600)));
    history.add(new StatusChange(RepairOrderStatus.DISPATCHED, received.plusSeconds(3700)));
    history.add(new StatusChange(RepairOrderStatus.IN_PROGRESS, received.plusSeconds(3800)));
    history.add(new StatusChange(RepairOrderStatus.QUALITY_CHECK, ready.minusSeconds(600)));
    history.add(new StatusChange(RepairOrderStatus.READY, ready));
    history.add(new StatusChange(RepairOrderStatus.DELIVERED, ready.plusSeconds(3600)));
    return RepairOrder.builder()
        .id(RepairOrderId.of(id))
        .vehicle(car(LocalDate.of(2024, 1, 10)))
        .customer(new CustomerRef("C-1", CustomerType.INDIVIDUAL, ContactChannel.PHONE))
        .advisor(AdvisorId.of("SA-1"))
        .openedAt(received.minusSeconds(86_400))
        .walkAround(
            WalkAround.builder()
                .odometer(new OdometerReading(Distance.ofKilometres(kmIn), received, OdometerSource.CHECK_IN))
                .fuelLevel(new FuelLevel(60))
                .keyTag("K-1")
                .build())
        .odometerOut(new OdometerReading(Distance.ofKilometres(kmIn + 5), ready, OdometerSource.DELIVERY))
        .paymentMethod(PaymentMethod.NO_CHARGE)
        .addQualityCheck(
            QualityCheck.builder().inspector(TechnicianId.of("T-1")).at(ready.minusSeconds(300)).passed(true).build())
        .addJobs(jobs)
        .status(RepairOrderStatus.DELIVERED)
        .statusHistory(history)
        .build();
  }
}

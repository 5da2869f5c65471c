package org.aftersales.core.order;

import java.time.Instant;
import java.time.Year;
import org.aftersales.core.customer.ContactChannel;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.customer.CustomerType;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.OdometerSource;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.Vin;

/** Shared builders for repair-order tests. */
public final class Fixtures {

  public static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z"); // 09:00 in Shanghai

  private Fixtures() {}

  public static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  public static Vehicle bev() {
    return Vehicle.builder()
        .vin(Vin.parse("LGXCE4CB5R0123456"))
        .make("BYD")
        .model("Seal")
        .modelYear(Year.of(2024))
        .powertrain(Powertrain.BEV)
        .build();
  }

  public static RepairOrder appointment() {
    return RepairOrder.builder()
        .id(RepairOrderId.of("RO-1"))
        .vehicle(bev())
        .customer(new CustomerRef("C-1", CustomerType.INDIVIDUAL, ContactChannel.PHONE))
        .advisor(AdvisorId.of("SA-1"))
        .openedAt(T0.minusSeconds(86_400))
        .appointmentAt(T0)
        .build();
  }

  public static WalkAround walkAround(long km) {
    return WalkAround.builder()
        .odometer(new OdometerReading(Distance.ofKilometres(km), T0, OdometerSource.CHECK_IN))
        .fuelLevel(new FuelLevel(80))
        .keyTag("K-17")
        .addDamageNote("scratch on rear bumper")
        .addBelonging("child seat")
        .build();
  }

  public static Job job(String id) {
    return Job.builder()
        .id(JobId.of(id))
        .concern("noise from front left wheel when braking")
        .type(JobType.REPAIR)
        .addLabour(
            LabourLine.builder()
                .opCode("BRK-" + id)
                .description("replace front brake pads")
                .flatRateHours(Hours.of("1.2"))
                .skill(Skill.MECHANICAL)
                .build())
        .addPart(
            PartLine.builder()
                .partNumber(PartNumber.of("BP-100"))
                .description("front brake pad set")
                .quantity(Quantity.pieces(1))
                .unitPrice(Monies.of("480.00", "CNY"))
                .build())
        .build();
  }

  public static Authorization consent(int minutes, String amount) {
    return Authorization.builder()
        .authorizedBy("Li Wei")
        .contact("+86 138 0000 0000")
        .channel(ConsentChannel.IN_PERSON)
        .amount(Monies.of(amount, "CNY"))
        .at(at(minutes))
        .build();
  }

  public static Refusal refusal(int minutes) {
    return Refusal.builder().toldWhom("Li Wei").channel(ConsentChannel.PHONE).at(at(minutes)).build();
  }

  public static OdometerReading odometer(long km, int minutes) {
    return new OdometerReading(Distance.ofKilometres(km), at(minutes), OdometerSource.DELIVERY);
  }
}

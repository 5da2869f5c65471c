package org.aftersales.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.aftersales.core.customer.ContactChannel;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.customer.CustomerType;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.AdvisorId;
import org.aftersales.core.order.FuelLevel;
import org.aftersales.core.order.Job;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.JobType;
import org.aftersales.core.order.LabourLine;
import org.aftersales.core.order.PartLine;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderCommand.AddJob;
import org.aftersales.core.order.RepairOrderCommand.CheckIn;
import org.aftersales.core.order.RepairOrderEvent;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.Transition;
import org.aftersales.core.order.WalkAround;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.LicencePlate;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.OdometerSource;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.Vin;

/**
 * The tour that README's first command runs: a morning at a Chinese dealership, on a fixed clock
 * so every run prints the same bytes. It books a BEV for 09:00, receives it with a walk-around
 * and prints the repair order. (The full day, with slots, warranty, estimate, dispatch and KPIs,
 * grows here as the modules arrive.)
 */
public final class Tour {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(SHANGHAI);

  /**
   * Moneta announces its default precision on java.util.logging at INFO when it starts; an
   * application decides what its logs show, and the tour shows only the tour. Held in a field
   * because java.util.logging keeps loggers weakly.
   */
  private static final java.util.logging.Logger MONETA = java.util.logging.Logger.getLogger("org.javamoney.moneta");

  private Tour() {}

  /**
   * Runs the tour on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    MONETA.setLevel(java.util.logging.Level.WARNING);
    run(System.out);
  }

  /**
   * Runs the tour.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Instant nine = Instant.parse("2026-11-23T01:00:00Z"); // 09:00 in Shanghai
    Vehicle seal =
        Vehicle.builder()
            .vin(Vin.parse("LGXCE4CB5R0123456"))
            .make("BYD")
            .model("Seal")
            .variant("Long Range")
            .modelYear(Year.of(2024))
            .powertrain(Powertrain.BEV)
            .deliveryDate(java.time.LocalDate.of(2025, 3, 18))
            .invoiceDate(java.time.LocalDate.of(2025, 3, 15))
            .licencePlate(LicencePlate.of("沪A9X7Y6"))
            .build();

    heading(out, "1  Appointment booked the day before");
    RepairOrder order =
        RepairOrder.builder()
            .id(RepairOrderId.of("RO-20261123-001"))
            .vehicle(seal)
            .customer(new CustomerRef("C-8812", CustomerType.INDIVIDUAL, ContactChannel.PHONE))
            .advisor(AdvisorId.of("SA-ZHANG"))
            .openedAt(nine.minusSeconds(24 * 3600))
            .appointmentAt(nine)
            .build();
    Job brakes =
        Job.builder()
            .id(JobId.of("J1"))
            .concern("grinding noise from the front left wheel when braking")
            .type(JobType.REPAIR)
            .payType(PayType.CUSTOMER)
            .addLabour(
                LabourLine.builder()
                    .opCode("BRK-0101")
                    .description("replace front brake pads")
                    .flatRateHours(Hours.of("1.2"))
                    .skill(Skill.MECHANICAL)
                    .build())
            .addPart(
                PartLine.builder()
                    .partNumber(PartNumber.of("SEAL-BP-F"))
                    .description("front brake pad set")
                    .quantity(Quantity.pieces(1))
                    .unitPrice(Monies.of("480.00", "CNY"))
                    .build())
            .build();
    order = print(out, order.apply(new AddJob(nine.minusSeconds(24 * 3600 - 60), brakes)));
    row(out, "vehicle", seal.make() + " " + seal.model() + " " + seal.modelYear() + ", " + seal.powertrain());
    row(out, "VIN / plate", seal.vin() + " / " + seal.licencePlate().orElseThrow() + " (masked)");
    row(out, "warranty start", seal.warrantyStartDate().orElseThrow() + " (delivery date, SAMR Order 43 Art. 18)");
    row(out, "appointment", TIME.format(order.appointmentAt().orElseThrow()));

    heading(out, "2  Check-in with walk-around (环车检查)");
    WalkAround walk =
        WalkAround.builder()
            .odometer(new OdometerReading(Distance.ofKilometres(18_240), nine, OdometerSource.CHECK_IN))
            .fuelLevel(new FuelLevel(64))
            .addDamageNote("stone chip on the bonnet")
            .addBelonging("charging cable")
            .keyTag("K-17")
            .build();
    order = print(out, order.apply(new CheckIn(nine.plusSeconds(6 * 60), walk)));
    row(out, "odometer in", order.odometerIn().orElseThrow().distance().toString());
    row(out, "state of charge", walk.fuelLevel().percent() + "%");
    row(out, "damage noted", String.join("; ", walk.damageNotes()));
    row(out, "belongings", String.join("; ", walk.belongings()));
    row(out, "allowed next", String.join(", ", order.allowedCommands()));

    heading(out, "3  The repair order as JSON (what a DMS stores)");
    out.println(AfterSalesJson.strict().writePretty(order));
  }

  private static RepairOrder print(PrintStream out, Transition t) {
    List<RepairOrderEvent> events = t.events();
    for (RepairOrderEvent e : events) {
      row(out, "event", describe(e));
    }
    return t.order();
  }

  private static String describe(RepairOrderEvent e) {
    String at = TIME.format(e.at());
    if (e instanceof RepairOrderEvent.StatusChanged s) {
      return at + "  status " + s.from() + " -> " + s.to();
    }
    if (e instanceof RepairOrderEvent.JobAdded j) {
      return at + "  job " + j.job() + " added";
    }
    return at + "  " + e.getClass().getSimpleName();
  }

  private static void heading(PrintStream out, String title) {
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));
  }

  private static void row(PrintStream out, String label, String value) {
    out.printf(Locale.ROOT, "  %-16s %s%n", label, value);
  }
}

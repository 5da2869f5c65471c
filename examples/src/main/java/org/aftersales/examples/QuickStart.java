package org.aftersales.examples;

import java.time.Instant;
import java.time.Year;
import org.aftersales.core.customer.ContactChannel;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.customer.CustomerType;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.order.AdvisorId;
import org.aftersales.core.order.FuelLevel;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderCommand.CheckIn;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.order.Transition;
import org.aftersales.core.order.WalkAround;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.OdometerSource;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.Vin;

/**
 * The README's quick start, kept compiling here; {@code ReadmeQuickStartTest} checks that the
 * README shows exactly the body of {@link #run()}.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Books an appointment, checks the vehicle in and returns the repair order as JSON.
   *
   * @return the checked-in repair order as JSON
   */
  public static String run() {
    // quick-start:begin
    Vehicle car = Vehicle.builder()
        .vin(Vin.parse("LGXCE4CB5R0123456")).make("BYD").model("Seal")
        .modelYear(Year.of(2024)).powertrain(Powertrain.BEV).build();
    Instant nine = Instant.parse("2026-11-23T01:00:00Z");
    RepairOrder booked = RepairOrder.builder()
        .id(RepairOrderId.of("RO-1")).vehicle(car).advisor(AdvisorId.of("SA-1"))
        .customer(new CustomerRef("C-1", CustomerType.INDIVIDUAL, ContactChannel.PHONE))
        .openedAt(nine.minusSeconds(86_400)).appointmentAt(nine).build();
    Transition checkedIn = booked.apply(new CheckIn(nine, WalkAround.builder()
        .odometer(new OdometerReading(Distance.ofKilometres(12_000), nine, OdometerSource.CHECK_IN))
        .fuelLevel(new FuelLevel(80)).keyTag("K-17").build()));
    System.out.println(checkedIn.events()); // [StatusChanged[..., from=APPOINTMENT, to=CHECKED_IN]]
    String json = AfterSalesJson.strict().writePretty(checkedIn.order());
    // quick-start:end
    return json;
  }
}

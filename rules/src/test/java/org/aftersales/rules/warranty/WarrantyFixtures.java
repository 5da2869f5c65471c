package org.aftersales.rules.warranty;

import java.time.LocalDate;
import java.time.Year;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.VehicleUsage;
import org.aftersales.core.vehicle.Vin;

/** Shared builders for warranty tests. */
final class WarrantyFixtures {

  static final LocalDate DELIVERED = LocalDate.of(2023, 3, 18);

  private WarrantyFixtures() {}

  static Vehicle vehicle(Powertrain powertrain, VehicleUsage usage, LocalDate delivered) {
    return Vehicle.builder()
        .vin(Vin.parse("LGXCE4CB5R0123456"))
        .make("BYD")
        .model("Seal")
        .modelYear(Year.of(2023))
        .powertrain(powertrain)
        .usage(usage)
        .invoiceDate(delivered)
        .deliveryDate(delivered)
        .build();
  }

  static Vehicle car() {
    return vehicle(Powertrain.ICE, VehicleUsage.PRIVATE, DELIVERED);
  }

  static Failure failure(ComponentGroup group, Finding... findings) {
    return Failure.builder()
        .componentGroup(group)
        .symptom("warning light and loss of power")
        .addFindings(findings)
        .build();
  }

  static WarrantyRequest.Builder request(Vehicle v, ComponentGroup group, LocalDate on, Distance odometer) {
    return WarrantyRequest.builder().vehicle(v).failure(failure(group)).reportedOn(on).odometer(odometer);
  }

  static WarrantyRequest.Builder request(ComponentGroup group, LocalDate on, Distance odometer) {
    return request(car(), group, on, odometer);
  }

  /** The US preset without goodwill, so that one unit over a limit is plainly not covered. */
  static WarrantyPolicy usWithoutGoodwill() {
    return WarrantyPolicy.builder()
        .from(WarrantyPolicy.usPassengerCar())
        .goodwillTiers(java.util.List.of())
        .build();
  }
}

package org.aftersales.pricing.catalogue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Year;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.immutables.value.Value;

/**
 * The vehicle as the labour catalogue needs to know it: make, model, model year and powertrain.
 * Flat-rate hours differ by these (a brake job on a BEV is not the one on an ICE car), so an
 * estimate names them even when there is no VIN yet (a quote on the phone).
 *
 * <p>Make and model are non-blank (at most 40 and 60 characters, trimmed) and compared without
 * regard to case; the model year is 1980–2100, as for {@link Vehicle}. Immutable and
 * thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableVehicleSpec.class)
@JsonDeserialize(as = ImmutableVehicleSpec.class)
public abstract class VehicleSpec {

  VehicleSpec() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VehicleSpec}; {@code build()} validates. */
  public static final class Builder extends ImmutableVehicleSpec.Builder {
    Builder() {}
  }

  /**
   * The catalogue view of a known vehicle.
   *
   * @param vehicle the vehicle
   * @return its make, model, model year and powertrain
   */
  public static VehicleSpec of(Vehicle vehicle) {
    Checks.requireNonNull(vehicle, "vehicle");
    return builder()
        .make(vehicle.make())
        .model(vehicle.model())
        .modelYear(vehicle.modelYear())
        .powertrain(vehicle.powertrain())
        .build();
  }

  /**
   * A vehicle described by its application.
   *
   * @param make the make
   * @param model the model
   * @param modelYear the model year
   * @param powertrain the powertrain
   * @return the spec
   */
  public static VehicleSpec of(String make, String model, int modelYear, Powertrain powertrain) {
    return builder().make(make).model(model).modelYear(Year.of(modelYear)).powertrain(powertrain).build();
  }

  /**
   * The make, for example {@code BYD}.
   *
   * @return the make
   */
  public abstract String make();

  /**
   * The model, for example {@code Seal}.
   *
   * @return the model
   */
  public abstract String model();

  /**
   * The model year.
   *
   * @return the model year
   */
  public abstract Year modelYear();

  /**
   * The powertrain.
   *
   * @return the powertrain
   */
  public abstract Powertrain powertrain();

  @Value.Check
  final VehicleSpec normalise() {
    String make = Checks.requireText(make(), "make", 40);
    String model = Checks.requireText(model(), "model", 60);
    int year = modelYear().getValue();
    Checks.require(
        year >= 1980 && year <= 2100,
        "modelYear",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "modelYear must be between 1980 and 2100: %s",
        year);
    if (make.equals(make()) && model.equals(model())) {
      return this;
    }
    return builder().from(this).make(make).model(model).build();
  }

  @Override
  public String toString() {
    return make() + " " + model() + " " + modelYear() + " " + powertrain();
  }
}

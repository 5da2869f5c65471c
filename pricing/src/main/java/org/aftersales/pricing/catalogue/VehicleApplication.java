package org.aftersales.pricing.catalogue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Year;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.vehicle.Powertrain;
import org.immutables.value.Value;

/**
 * The vehicles a catalogue entry applies to: a make, optionally narrowed to one model, a range of
 * model years and one powertrain, as flat-rate manuals list them ("BYD Seal 2023–2025, BEV").
 *
 * <p>Make and model compare without regard to case; the model-year range is inclusive at both
 * ends ({@code fromModelYear <= year <= toModelYear}), and an absent bound is open. Immutable and
 * thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableVehicleApplication.class)
@JsonDeserialize(as = ImmutableVehicleApplication.class)
public abstract class VehicleApplication {

  VehicleApplication() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VehicleApplication}; {@code build()} validates. */
  public static final class Builder extends ImmutableVehicleApplication.Builder {
    Builder() {}
  }

  /**
   * Every model of a make.
   *
   * @param make the make
   * @return the application
   */
  public static VehicleApplication make(String make) {
    return builder().make(make).build();
  }

  /**
   * The make.
   *
   * @return the make
   */
  public abstract String make();

  /**
   * The model, when the entry is for one model only.
   *
   * @return the model
   */
  public abstract Optional<String> model();

  /**
   * The first model year covered, inclusive.
   *
   * @return the first model year
   */
  public abstract Optional<Year> fromModelYear();

  /**
   * The last model year covered, inclusive.
   *
   * @return the last model year
   */
  public abstract Optional<Year> toModelYear();

  /**
   * The powertrain, when the entry is for one powertrain only.
   *
   * @return the powertrain
   */
  public abstract Optional<Powertrain> powertrain();

  /**
   * Whether a vehicle falls under this application.
   *
   * @param vehicle the vehicle
   * @return {@code true} when make, model, model year and powertrain all match
   */
  public boolean matches(VehicleSpec vehicle) {
    if (!make().equalsIgnoreCase(vehicle.make())) {
      return false;
    }
    if (model().isPresent() && !model().get().equalsIgnoreCase(vehicle.model())) {
      return false;
    }
    Year year = vehicle.modelYear();
    if (fromModelYear().isPresent() && year.isBefore(fromModelYear().get())) {
      return false;
    }
    if (toModelYear().isPresent() && year.isAfter(toModelYear().get())) {
      return false;
    }
    return powertrain().isEmpty() || powertrain().get() == vehicle.powertrain();
  }

  @Value.Check
  final VehicleApplication normalise() {
    String make = Checks.requireText(make(), "make", 40);
    Optional<String> model = model().map(m -> Checks.requireText(m, "model", 60));
    if (fromModelYear().isPresent() && toModelYear().isPresent()) {
      Checks.require(
          !toModelYear().get().isBefore(fromModelYear().get()),
          "toModelYear",
          CoreErrorCode.DATE_ORDER,
          "toModelYear %s is before fromModelYear %s",
          toModelYear().get(),
          fromModelYear().get());
    }
    if (make.equals(make()) && model.equals(model())) {
      return this;
    }
    return builder().from(this).make(make).model(model).build();
  }
}

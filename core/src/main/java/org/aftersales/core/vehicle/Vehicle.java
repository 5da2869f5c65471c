package org.aftersales.core.vehicle;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.immutables.value.Value;

/**
 * A vehicle as the service department knows it (DOMAIN §1–3): identity, what drives it, how it
 * is used, and the dates its warranties start from.
 *
 * <p>Rules checked on build: make and model are non-blank (at most 40 and 60 characters); the
 * model year is 1980–2100; neither the invoice date nor the delivery date precedes the production
 * date. The licence plate is personal data: it is masked in {@code toString()} and never logged.
 * {@link #usage()} defaults to {@link VehicleUsage#PRIVATE}.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}. JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableVehicle.class)
@JsonDeserialize(as = ImmutableVehicle.class)
public abstract class Vehicle {

  Vehicle() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Vehicle}; {@code build()} validates. */
  public static final class Builder extends ImmutableVehicle.Builder {
    Builder() {}
  }

  /**
   * The vehicle identification number.
   *
   * @return the VIN
   */
  public abstract Vin vin();

  /**
   * The make (brand), for example {@code BYD}.
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
   * The variant or trim, if known.
   *
   * @return the variant
   */
  public abstract Optional<String> variant();

  /**
   * The model year.
   *
   * @return the model year, 1980–2100
   */
  public abstract Year modelYear();

  /**
   * The production date, if known.
   *
   * @return the production date
   */
  public abstract Optional<LocalDate> productionDate();

  /**
   * The powertrain.
   *
   * @return the powertrain
   */
  public abstract Powertrain powertrain();

  /**
   * How the vehicle is used; defaults to private (household) use.
   *
   * @return the usage
   */
  @Value.Default
  public VehicleUsage usage() {
    return VehicleUsage.PRIVATE;
  }

  /**
   * The date of the purchase invoice (购车发票), if sold.
   *
   * @return the invoice date
   */
  public abstract Optional<LocalDate> invoiceDate();

  /**
   * The date the vehicle was handed to its first owner, if delivered.
   *
   * @return the delivery date
   */
  public abstract Optional<LocalDate> deliveryDate();

  /**
   * The licence plate, if registered. Personal data.
   *
   * @return the plate
   */
  public abstract Optional<LicencePlate> licencePlate();

  /**
   * The date the warranty and consumer-law periods start from (SAMR Order 43 Art. 18, DOMAIN
   * §3.1): the invoice date, or the delivery date when that differs from it. So the delivery date
   * when known, else the invoice date; empty for an unsold vehicle.
   *
   * @return the start date
   */
  public Optional<LocalDate> warrantyStartDate() {
    return deliveryDate().or(this::invoiceDate);
  }

  @Value.Check
  final Vehicle normalise() {
    String make = Checks.requireText(make(), "make", 40);
    String model = Checks.requireText(model(), "model", 60);
    Optional<String> variant = variant().map(v -> Checks.requireText(v, "variant", 60));
    int year = modelYear().getValue();
    Checks.require(
        year >= 1980 && year <= 2100,
        "modelYear",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "modelYear must be between 1980 and 2100: %s",
        year);
    productionDate()
        .ifPresent(
            produced -> {
              invoiceDate()
                  .ifPresent(
                      d ->
                          Checks.require(
                              !d.isBefore(produced),
                              "invoiceDate",
                              CoreErrorCode.DATE_ORDER,
                              "invoiceDate %s is before productionDate %s",
                              d,
                              produced));
              deliveryDate()
                  .ifPresent(
                      d ->
                          Checks.require(
                              !d.isBefore(produced),
                              "deliveryDate",
                              CoreErrorCode.DATE_ORDER,
                              "deliveryDate %s is before productionDate %s",
                              d,
                              produced));
            });
    if (make.equals(make()) && model.equals(model()) && variant.equals(variant())) {
      return this;
    }
    return builder().from(this).make(make).model(model).variant(variant).build();
  }
}

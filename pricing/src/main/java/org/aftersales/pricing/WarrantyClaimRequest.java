package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.JobId;
import org.aftersales.pricing.catalogue.VehicleSpec;
import org.immutables.value.Value;

/**
 * What a dealer claims from the manufacturer for one warranty job: the vehicle, the date (the
 * warranty rate and dealer costs of that date apply), labour operations with allowed and claimed
 * hours, and parts. Op codes and part numbers are unique; at least one line. Immutable and
 * thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableWarrantyClaimRequest.class)
@JsonDeserialize(as = ImmutableWarrantyClaimRequest.class)
public abstract class WarrantyClaimRequest {

  WarrantyClaimRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WarrantyClaimRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutableWarrantyClaimRequest.Builder {
    Builder() {}
  }

  /**
   * The repair order's job the claim is for.
   *
   * @return the job
   */
  public abstract JobId jobId();

  /**
   * The vehicle.
   *
   * @return the vehicle
   */
  public abstract VehicleSpec vehicle();

  /**
   * The claim's date.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Labour operations.
   *
   * @return the labour
   */
  public abstract List<ClaimLabour> labour();

  /**
   * Parts.
   *
   * @return the parts
   */
  public abstract List<ClaimPart> parts();

  /**
   * The manufacturer's claim number, if assigned.
   *
   * @return the reference
   */
  public abstract Optional<String> reference();

  @Value.Check
  final void check() {
    Checks.require(
        !labour().isEmpty() || !parts().isEmpty(),
        "labour",
        CoreErrorCode.REQUIRED_FIELD,
        "a warranty claim needs at least one labour operation or part");
    Checks.requireUnique(labour(), ClaimLabour::opCode, "labour");
    Checks.requireUnique(parts(), ClaimPart::partNumber, "parts");
    int year = date().getYear();
    Checks.require(
        year >= 1970 && year <= 2200,
        "date",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "date must be between 1970 and 2200: %s",
        date());
    reference().ifPresent(r -> Checks.requireIdentifier(r, "reference"));
  }
}

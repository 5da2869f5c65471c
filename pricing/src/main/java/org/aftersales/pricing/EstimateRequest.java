package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.pricing.catalogue.VehicleSpec;
import org.immutables.value.Value;

/**
 * What a service advisor asks the estimator to price: the vehicle, the estimate's date (rates and
 * prices are effective-dated), the estimating method, the jobs, the customer's loyalty tier and
 * campaign codes, the advisor's own discounts, and whether the customer has authorized the
 * repair (which waives the diagnostic fee).
 *
 * <p>Rules checked on build: at least one job, job ids unique, the date between 1970 and 2200,
 * campaign codes and discount codes unique and upper snake case. Everything that depends on the
 * profile (op codes, part numbers, currencies, campaign validity) is checked by {@link
 * Estimator#estimate}. Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableEstimateRequest.class)
@JsonDeserialize(as = ImmutableEstimateRequest.class)
public abstract class EstimateRequest {

  EstimateRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EstimateRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutableEstimateRequest.Builder {
    Builder() {}
  }

  /**
   * The vehicle.
   *
   * @return the vehicle
   */
  public abstract VehicleSpec vehicle();

  /**
   * The estimate's date, in the shop's calendar: the rates and prices of this date apply.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The estimating method of jobs that do not name their own; system estimate by default.
   *
   * @return the method
   */
  @Value.Default
  public EstimateMethod method() {
    return EstimateMethod.SYSTEM;
  }

  /**
   * The jobs, at least one.
   *
   * @return the jobs
   */
  public abstract List<EstimateJob> jobs();

  /**
   * The customer's loyalty tier, upper snake case.
   *
   * @return the tier
   */
  public abstract Optional<String> loyaltyTier();

  /**
   * Campaign codes the customer presents, upper snake case.
   *
   * @return the codes
   */
  public abstract List<String> campaignCodes();

  /**
   * The advisor's discounts.
   *
   * @return the discounts
   */
  public abstract List<ManualDiscount> discounts();

  /**
   * Whether the customer has authorized the repair, which waives the diagnostic fee; not by
   * default.
   *
   * @return {@code true} when authorized
   */
  @Value.Default
  public boolean repairAuthorized() {
    return false;
  }

  /**
   * The job with an id.
   *
   * @param id the job id
   * @return the job
   */
  public Optional<EstimateJob> job(org.aftersales.core.order.JobId id) {
    for (EstimateJob j : jobs()) {
      if (j.id().equals(id)) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  final void check() {
    Checks.require(!jobs().isEmpty(), "jobs", CoreErrorCode.REQUIRED_FIELD, "an estimate needs at least one job");
    Checks.requireUnique(jobs(), EstimateJob::id, "jobs");
    int year = date().getYear();
    Checks.require(
        year >= 1970 && year <= 2200,
        "date",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "date must be between 1970 and 2200: %s",
        date());
    loyaltyTier().ifPresent(t -> Checks.requireCode(t, "loyaltyTier"));
    for (int i = 0; i < campaignCodes().size(); i++) {
      Checks.requireCode(campaignCodes().get(i), "campaignCodes[" + i + "]");
    }
    Checks.requireUnique(campaignCodes(), c -> c, "campaignCodes");
    Checks.requireUnique(discounts(), ManualDiscount::code, "discounts");
  }
}

package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.PayType;
import org.aftersales.core.quantity.Hours;
import org.immutables.value.Value;

/**
 * One job's share of an estimate: its method, hours and amount (the sum of its lines after
 * discounts, before tax and without order-level fees), which is what the customer authorizes job
 * by job. Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableJobTotal.class)
@JsonDeserialize(as = ImmutableJobTotal.class)
public abstract class JobTotal {

  JobTotal() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JobTotal}. */
  public static final class Builder extends ImmutableJobTotal.Builder {
    Builder() {}
  }

  /**
   * The job.
   *
   * @return the job id
   */
  public abstract JobId jobId();

  /**
   * How it was estimated.
   *
   * @return the method
   */
  public abstract EstimateMethod method();

  /**
   * The vehicle system, for a system estimate.
   *
   * @return the system
   */
  public abstract Optional<String> system();

  /**
   * The job's pay type.
   *
   * @return the pay type
   */
  public abstract PayType payType();

  /**
   * Charged flat-rate hours.
   *
   * @return the hours
   */
  public abstract Hours hours();

  /**
   * The sum of the job's line amounts.
   *
   * @return the amount
   */
  public abstract MonetaryAmount amount();

  /**
   * How the job was priced.
   *
   * @return the reason
   */
  public abstract Reason reason();
}

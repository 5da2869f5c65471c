package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.order.JobId;
import org.aftersales.core.quantity.Hours;
import org.immutables.value.Value;

/**
 * The amount a dealer claims from the manufacturer (索赔, DOMAIN §3.4), from {@link
 * Estimator#claim}: labour at the <b>warranty</b> rate × the paid hours (the allowed hours, or the
 * claimed ones when fewer; shared time between operations deducted as on an estimate), parts at
 * <b>dealer cost</b>, and the profile's handling percentage of the parts cost on its own line,
 * all rounded to the line increment, taxed like an estimate and paid by the warranty payer. No
 * cash rounding applies. {@code total = subtotal + tax} for VAT-exclusive profiles and {@code
 * total = subtotal} for VAT-inclusive ones. Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableWarrantyClaim.class)
@JsonDeserialize(as = ImmutableWarrantyClaim.class)
public abstract class WarrantyClaim {

  WarrantyClaim() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WarrantyClaim}. */
  public static final class Builder extends ImmutableWarrantyClaim.Builder {
    Builder() {}
  }

  /**
   * The job claimed for.
   *
   * @return the job
   */
  public abstract JobId jobId();

  /**
   * The manufacturer's claim number, if any.
   *
   * @return the reference
   */
  public abstract Optional<String> reference();

  /**
   * The claim's date.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The claim lines: labour, parts, handling.
   *
   * @return the lines
   */
  public abstract List<EstimateLine> lines();

  /**
   * Paid flat-rate hours.
   *
   * @return the hours
   */
  public abstract Hours hours();

  /**
   * Labour at the warranty rate.
   *
   * @return the labour amount
   */
  public abstract MonetaryAmount labour();

  /**
   * Parts at dealer cost.
   *
   * @return the parts amount
   */
  public abstract MonetaryAmount parts();

  /**
   * The handling allowance on parts.
   *
   * @return the handling amount
   */
  public abstract MonetaryAmount handling();

  /**
   * The sum of the lines.
   *
   * @return the subtotal
   */
  public abstract MonetaryAmount subtotal();

  /**
   * Tax by rate.
   *
   * @return the taxes
   */
  public abstract List<TaxAmount> taxes();

  /**
   * The total tax.
   *
   * @return the tax
   */
  public abstract MonetaryAmount tax();

  /**
   * The amount claimed.
   *
   * @return the total
   */
  public abstract MonetaryAmount total();

  /**
   * How the claim is made up.
   *
   * @return the reason
   */
  public abstract Reason reason();
}

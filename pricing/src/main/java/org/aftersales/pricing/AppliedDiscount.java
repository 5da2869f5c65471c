package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.immutables.value.Value;

/**
 * A discount as applied to an estimate: which, why, how much in total (at least zero), and
 * whether a zero or cost floor limited it. The sum of applied discounts equals the sum of the
 * lines' discounts. Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableAppliedDiscount.class)
@JsonDeserialize(as = ImmutableAppliedDiscount.class)
public abstract class AppliedDiscount {

  AppliedDiscount() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AppliedDiscount}. */
  public static final class Builder extends ImmutableAppliedDiscount.Builder {
    Builder() {}
  }

  /**
   * The discount's code.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The discount as shown to the customer.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Why it applied.
   *
   * @return the trigger
   */
  public abstract DiscountTrigger trigger();

  /**
   * What it was computed on.
   *
   * @return the scope
   */
  public abstract DiscountScope scope();

  /**
   * How much it took off in total.
   *
   * @return the amount
   */
  public abstract MonetaryAmount amount();

  /**
   * Whether a line's zero or cost floor kept it below its terms.
   *
   * @return {@code true} when limited
   */
  public abstract boolean limited();

  /**
   * The terms, the base and the result.
   *
   * @return the reason
   */
  public abstract Reason reason();
}

package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.quantity.Percentage;
import org.immutables.value.Value;

/**
 * The tax at one rate: the net amount taxed at it and the tax. For VAT-inclusive prices the net
 * amount is the gross lines less the tax in them. Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableTaxAmount.class)
@JsonDeserialize(as = ImmutableTaxAmount.class)
public abstract class TaxAmount {

  TaxAmount() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaxAmount}. */
  public static final class Builder extends ImmutableTaxAmount.Builder {
    Builder() {}
  }

  /**
   * The rate.
   *
   * @return the rate
   */
  public abstract Percentage rate();

  /**
   * The net amount taxed at the rate.
   *
   * @return the net amount
   */
  public abstract MonetaryAmount taxable();

  /**
   * The tax.
   *
   * @return the tax
   */
  public abstract MonetaryAmount tax();

  /**
   * How the tax was computed: rate, base, inclusion and rounding.
   *
   * @return the reason
   */
  public abstract Reason reason();
}

package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.order.PayType;
import org.immutables.value.Value;

/**
 * What one payer owes: its share of the lines, its tax, the rounding of its total to the cash
 * increment, and the total. Each payer gets its own invoice, so tax and rounding are per payer;
 * the payers' totals add up to the estimate's total.
 *
 * <p>With VAT-exclusive prices, total = subtotal + tax + rounding; with VAT-inclusive prices the
 * tax is inside the subtotal and total = subtotal + rounding. Immutable and thread-safe; JSON
 * round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePayerTotal.class)
@JsonDeserialize(as = ImmutablePayerTotal.class)
public abstract class PayerTotal {

  PayerTotal() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PayerTotal}. */
  public static final class Builder extends ImmutablePayerTotal.Builder {
    Builder() {}
  }

  /**
   * The payer.
   *
   * @return the payer
   */
  public abstract PayType payer();

  /**
   * The payer's share of the lines, before rounding.
   *
   * @return the subtotal
   */
  public abstract MonetaryAmount subtotal();

  /**
   * The tax on the payer's share (included in the subtotal for VAT-inclusive prices).
   *
   * @return the tax
   */
  public abstract MonetaryAmount tax();

  /**
   * The cash-rounding adjustment of the payer's total.
   *
   * @return the rounding
   */
  public abstract MonetaryAmount rounding();

  /**
   * What the payer owes.
   *
   * @return the total
   */
  public abstract MonetaryAmount total();

  /**
   * How the total is made up.
   *
   * @return the reason
   */
  public abstract Reason reason();
}

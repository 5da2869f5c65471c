package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.PayType;
import org.aftersales.core.quantity.Percentage;
import org.immutables.value.Value;

/**
 * One payer's share of a job's lines (DOMAIN §4 "Pay types"): who, what percentage, and at most
 * how much in total over the job. How shares become cents is described on {@link EstimateJob}.
 * The customer's share cannot be capped: the customer pays what others do not ({@link
 * PricingErrorCode#CUSTOMER_SHARE_CAPPED}). Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePayerShare.class)
@JsonDeserialize(as = ImmutablePayerShare.class)
public abstract class PayerShare {

  PayerShare() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PayerShare}; {@code build()} validates. */
  public static final class Builder extends ImmutablePayerShare.Builder {
    Builder() {}
  }

  /**
   * An uncapped share.
   *
   * @param payer who pays
   * @param percent the share
   * @return the share
   */
  public static PayerShare of(PayType payer, Percentage percent) {
    return builder().payer(payer).share(percent).build();
  }

  /**
   * A capped share.
   *
   * @param payer who pays, not the customer
   * @param percent the share
   * @param cap the most this payer pays over the job
   * @return the share
   */
  public static PayerShare capped(PayType payer, Percentage percent, MonetaryAmount cap) {
    return builder().payer(payer).share(percent).cap(cap).build();
  }

  /**
   * Who pays.
   *
   * @return the payer
   */
  public abstract PayType payer();

  /**
   * The share of each line, 0–100%.
   *
   * @return the share
   */
  public abstract Percentage share();

  /**
   * The most this payer pays over the whole job; the rest goes to the customer.
   *
   * @return the cap
   */
  public abstract Optional<MonetaryAmount> cap();

  @Value.Check
  final void check() {
    cap().ifPresent(c -> Monies.requireNonNegative(c, "cap"));
    if (payer() == PayType.CUSTOMER && cap().isPresent()) {
      throw org.aftersales.core.ValidationException.of(
          "cap", PricingErrorCode.CUSTOMER_SHARE_CAPPED, "the customer's share cannot be capped");
    }
  }
}

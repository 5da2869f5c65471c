package org.aftersales.pricing;

import javax.money.MonetaryAmount;
import org.aftersales.core.Checks;
import org.aftersales.core.order.PayType;

/**
 * One payer's part of an estimate line. A line's payer amounts add up to its amount to the cent.
 * Immutable and thread-safe.
 *
 * @param payer who pays
 * @param amount how much of the line, in the profile's price basis
 */
public record PayerAmount(PayType payer, MonetaryAmount amount) {

  /** Validates that both components are present. */
  public PayerAmount {
    Checks.requireNonNull(payer, "payer");
    Checks.requireNonNull(amount, "amount");
  }
}

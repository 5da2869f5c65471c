package org.aftersales.core.order;

import org.aftersales.core.Checks;
import org.aftersales.core.quantity.Percentage;

/**
 * One payer's share of a job, for example 70% warranty and 30% customer. A job's splits add up to
 * exactly 100% (checked by {@link Job}); turning shares into cents, with caps and deductibles, is
 * the pricing module's work. Immutable and thread-safe.
 *
 * @param payer who pays this share
 * @param share the share, 0–100%
 */
public record PayerSplit(PayType payer, Percentage share) {

  /** Validates that both components are present. */
  public PayerSplit {
    Checks.requireNonNull(payer, "payer");
    Checks.requireNonNull(share, "share");
  }
}

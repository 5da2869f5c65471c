package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.pricing.jurisdiction.ConsentDecision;
import org.immutables.value.Value;

/**
 * The final invoice of a repair order set against the authorized estimate (DOMAIN §2 step 8,
 * §4), from {@link Estimator#settle}.
 *
 * <ul>
 *   <li>{@link #invoice()} is priced from the actual lines exactly as an estimate is;
 *   <li>{@link #differences()} lists every line added, removed or changed (rounding lines are
 *       not compared);
 *   <li>consent compares the <b>customer's</b> totals, since consent laws protect the paying
 *       customer: {@link #consentedTotal()} = the customer's total on the authorized estimate +
 *       the additional consents; the jurisdiction's consent rule decides whether the customer's
 *       invoice total needs consent beyond that ({@link #consent()});
 *   <li>when it does, the invoice is <b>flagged</b>: {@link #unconsentedExcess()} is the
 *       customer's invoice total − the consented total, and {@link #chargeableTotal()} is the most
 *       the customer can be charged, the rule's limit; otherwise the excess is zero and the
 *       chargeable total is the invoice's.
 * </ul>
 *
 * <p>Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableSettlement.class)
@JsonDeserialize(as = ImmutableSettlement.class)
public abstract class Settlement {

  Settlement() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Settlement}. */
  public static final class Builder extends ImmutableSettlement.Builder {
    Builder() {}
  }

  /**
   * The final invoice, priced from the actual lines.
   *
   * @return the invoice
   */
  public abstract Estimate invoice();

  /**
   * How the invoice differs from the authorized estimate, invoice order first, then removed
   * lines in estimate order.
   *
   * @return the differences
   */
  public abstract List<LineDifference> differences();

  /**
   * The customer's total on the authorized estimate.
   *
   * @return the authorized total
   */
  public abstract MonetaryAmount authorizedTotal();

  /**
   * The authorized total plus the additional consents.
   *
   * @return the consented total
   */
  public abstract MonetaryAmount consentedTotal();

  /**
   * The customer's total on the invoice.
   *
   * @return the invoice total
   */
  public abstract MonetaryAmount invoiceTotal();

  /**
   * The jurisdiction's consent decision for the consented and invoice totals.
   *
   * @return the decision
   */
  public abstract ConsentDecision consent();

  /**
   * Whether the invoice charges the customer more than consented beyond what the rule allows.
   *
   * @return {@code true} when flagged
   */
  public abstract boolean flagged();

  /**
   * The customer's amount above the consented total without consent; zero when not flagged.
   *
   * @return the unconsented excess
   */
  public abstract MonetaryAmount unconsentedExcess();

  /**
   * The most the customer can be charged.
   *
   * @return the chargeable total
   */
  public abstract MonetaryAmount chargeableTotal();

  /**
   * Problems with the recorded consents (missing evidence the jurisdiction requires).
   *
   * @return the warnings
   */
  public abstract List<Reason> warnings();

  /**
   * The outcome.
   *
   * @return the reason
   */
  public abstract Reason reason();
}

package org.aftersales.rules.service.kpi;

import javax.money.MonetaryAmount;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.order.PayType;

/**
 * The average amount one payer was invoiced per order (单台营收 by payer): the total invoiced to
 * that payer over the orders with an invoice for it. Orders is at least one (a payer without
 * invoiced orders has no average: it is absent from the report). Immutable and thread-safe.
 *
 * @param payer who paid
 * @param total the sum invoiced to the payer
 * @param orders the orders with an invoice for the payer, at least 1
 */
public record AverageOrderValue(PayType payer, MonetaryAmount total, long orders) {

  /** Validates the components. */
  public AverageOrderValue {
    Checks.requireNonNull(payer, "payer");
    Checks.requireNonNull(total, "total");
    Checks.require(
        orders >= 1,
        "orders",
        CoreErrorCode.NON_POSITIVE_QUANTITY,
        "an average order value needs at least one order: %s",
        orders);
  }

  /**
   * The average: total over orders, rounded to the currency's minor unit, half up ({@link
   * RoundingPolicy#standard}).
   *
   * @return the average
   */
  public MonetaryAmount average() {
    RoundingPolicy rounding = RoundingPolicy.standard(total.getCurrency());
    java.math.BigDecimal avg =
        Monies.number(total)
            .divide(
                java.math.BigDecimal.valueOf(orders),
                rounding.increment().scale() + 4,
                java.math.RoundingMode.HALF_UP);
    return Monies.of(rounding.round(avg), total.getCurrency());
  }
}

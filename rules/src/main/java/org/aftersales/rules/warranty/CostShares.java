package org.aftersales.rules.warranty;

import java.math.BigDecimal;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.quantity.Percentage;

/**
 * Who pays what share of a warranty-decided repair: manufacturer, dealer and customer, adding up
 * to exactly 100%. A deductible, when the coverage has one, is a separate amount the customer pays
 * on top ({@link WarrantyDecision#deductible()}). Turning shares into money is the pricing
 * module's work. Immutable and thread-safe.
 *
 * @param manufacturer the manufacturer's share (warranty or goodwill claim)
 * @param dealer the dealer's share (dealer goodwill)
 * @param customer the customer's share
 */
public record CostShares(Percentage manufacturer, Percentage dealer, Percentage customer) {

  /** The manufacturer pays all. */
  public static final CostShares MANUFACTURER_PAYS = new CostShares(Percentage.HUNDRED, Percentage.ZERO, Percentage.ZERO);

  /** The customer pays all. */
  public static final CostShares CUSTOMER_PAYS = new CostShares(Percentage.ZERO, Percentage.ZERO, Percentage.HUNDRED);

  /** Validates that the shares add up to 100%. */
  public CostShares {
    Checks.requireNonNull(manufacturer, "manufacturer");
    Checks.requireNonNull(dealer, "dealer");
    Checks.requireNonNull(customer, "customer");
    BigDecimal sum = manufacturer.value().add(dealer.value()).add(customer.value());
    Checks.require(
        sum.compareTo(BigDecimal.valueOf(100)) == 0,
        "customer",
        CoreErrorCode.PAYER_SPLIT_TOTAL,
        "cost shares add up to %s%%, not 100%%",
        sum.toPlainString());
  }
}

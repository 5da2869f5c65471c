package org.aftersales.rules.service.kpi;

import javax.money.MonetaryAmount;
import org.aftersales.core.Checks;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.RepairOrderId;

/**
 * What one payer was invoiced for one repair order, as settled by the host (pricing computes it;
 * the KPI only averages it). At most one per order and payer; the amount is at least zero.
 * Immutable and thread-safe.
 *
 * @param orderId the repair order
 * @param payer who pays
 * @param amount the amount invoiced to the payer, tax included as the host reports it
 */
public record OrderInvoice(RepairOrderId orderId, PayType payer, MonetaryAmount amount) {

  /** Validates the components. */
  public OrderInvoice {
    Checks.requireNonNull(orderId, "orderId");
    Checks.requireNonNull(payer, "payer");
    Monies.requireNonNegative(amount, "amount");
  }
}

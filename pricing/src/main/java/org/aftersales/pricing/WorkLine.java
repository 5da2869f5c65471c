package org.aftersales.pricing;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.aftersales.core.Reason;
import org.aftersales.core.order.PartOrigin;
import org.aftersales.core.order.PartSource;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.Skill;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.pricing.tax.TaxClass;

/**
 * A line while it is being priced: mutable, confined to one pricing call. Amounts are in {@link
 * Units}.
 */
final class WorkLine {
  final LineCategory category;
  /** Index of the request's job, or -1 for order-level lines. */
  final int job;
  final String code;
  String description;

  // labour
  /** The catalogue's hours object, reused for the output while no time is deducted. */
  org.aftersales.core.quantity.Hours bookHoursValue;
  BigDecimal bookHours;
  BigDecimal hours;
  BigDecimal available;
  BigDecimal deducted;
  String sharedWith;
  Skill skill;
  BigDecimal rate;
  String rateText;

  // parts
  Quantity quantity;
  PartSource source;
  PartOrigin origin;

  MonetaryAmount unitPrice;
  long price;
  long discount;
  /** The lowest amount a discount may leave, in units. */
  long floor;

  TaxClass taxClass;
  /** Index into the estimator's distinct tax rates. */
  int rateIndex;

  /** The payer of the whole line, or {@code null} when {@link #alloc} splits it. */
  PayType soloPayer;
  /** Units per payer ordinal, when split. */
  long[] alloc;
  /** Payers that take part in the split (have a share), by ordinal. */
  boolean[] sharing;

  Reason reason;

  WorkLine(LineCategory category, int job, String code, String description) {
    this.category = category;
    this.job = job;
    this.code = code;
    this.description = description;
  }

  long amount() {
    return price - discount;
  }

  long headroom() {
    long h = price - discount - floor;
    return h > 0 ? h : 0;
  }

  long allocated(PayType p) {
    if (alloc == null) {
      return p == soloPayer ? amount() : 0;
    }
    return alloc[p.ordinal()];
  }
}

package org.aftersales.pricing.catalogue;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.money.Monies;

/**
 * One band of a {@link MarkupMatrix}: from a unit dealer cost (inclusive) up to the next band's
 * start (exclusive), the selling price is cost × (1 + markupPercent / 100). Cheap parts carry
 * high markups, so the percentage may exceed 100 (at most 1000, four decimals). Immutable and
 * thread-safe.
 *
 * @param fromCost the lowest unit cost of the band, inclusive, at least zero
 * @param markupPercent the markup on cost in percent, 0–1000
 */
public record MarkupBand(MonetaryAmount fromCost, BigDecimal markupPercent) {

  private static final BigDecimal MAX = BigDecimal.valueOf(1000);

  /** Validates the bounds. */
  public MarkupBand {
    Monies.requireNonNegative(fromCost, "fromCost");
    markupPercent = Checks.requireNonNegative(markupPercent, "markupPercent", 4, 4);
    Checks.require(
        markupPercent.compareTo(MAX) <= 0,
        "markupPercent",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "markupPercent must be between 0 and 1000: %s",
        markupPercent.toPlainString());
  }
}

package org.aftersales.pricing.catalogue;

import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.aftersales.core.Checks;
import org.aftersales.core.PolicyException;
import org.aftersales.core.money.Monies;

/**
 * A parts markup matrix by cost band, as dealer management systems use to price parts from
 * dealer cost: the band whose {@code fromCost} is the highest not above the unit cost gives the
 * markup. The bands start at cost zero and ascend strictly ({@link
 * CatalogueErrorCode#MARKUP_BANDS_INVALID}), all in one currency. Immutable and thread-safe.
 *
 * @param bands the bands, ascending by {@code fromCost}, the first from zero
 */
public record MarkupMatrix(List<MarkupBand> bands) {

  /** Validates the bands. */
  public MarkupMatrix {
    Checks.requireNonNull(bands, "bands");
    bands = List.copyOf(bands);
    if (bands.isEmpty() || Monies.number(bands.get(0).fromCost()).signum() != 0) {
      throw PolicyException.of(
          "bands[0].fromCost",
          CatalogueErrorCode.MARKUP_BANDS_INVALID,
          "the first markup band must start at cost 0");
    }
    for (int i = 1; i < bands.size(); i++) {
      MonetaryAmount prev = bands.get(i - 1).fromCost();
      MonetaryAmount next = bands.get(i).fromCost();
      Monies.requireSameCurrency(prev, next, "bands[" + i + "].fromCost");
      if (!next.isGreaterThan(prev)) {
        throw PolicyException.of(
            "bands[" + i + "].fromCost",
            CatalogueErrorCode.MARKUP_BANDS_INVALID,
            "markup band " + i + " starts at " + Monies.format(next) + ", not above "
                + Monies.format(prev));
      }
    }
  }

  /**
   * A matrix of the given bands.
   *
   * @param bands the bands
   * @return the matrix
   */
  public static MarkupMatrix of(MarkupBand... bands) {
    return new MarkupMatrix(List.of(bands));
  }

  /**
   * The band for a unit cost: the last band whose start is not above it.
   *
   * @param unitCost the unit dealer cost, at least zero
   * @return the band
   */
  public MarkupBand bandFor(BigDecimal unitCost) {
    int lo = 0;
    int hi = bands.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (Monies.number(bands.get(mid).fromCost()).compareTo(unitCost) <= 0) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return bands.get(lo);
  }
}

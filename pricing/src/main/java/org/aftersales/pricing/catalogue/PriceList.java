package org.aftersales.pricing.catalogue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.PolicyException;
import org.aftersales.core.money.Monies;
import org.immutables.value.Value;

/**
 * The dealer's parts price list: effective-dated {@link PartPrice}s, an optional {@link
 * MarkupMatrix} by cost band, and the {@link PartPricingBasis} that says which of the two sets a
 * selling price.
 *
 * <p>Rules checked on build: one currency throughout; two versions of one part number are never
 * effective on the same date ({@link CatalogueErrorCode#PRICE_VALIDITY_OVERLAP}); every part can
 * be priced, so a matrix is present whenever a part lacks a list price or the basis is {@link
 * PartPricingBasis#COST_PLUS_MATRIX} ({@link CatalogueErrorCode#PART_PRICE_UNDEFINED}).
 * Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePriceList.class)
@JsonDeserialize(as = ImmutablePriceList.class)
public abstract class PriceList {

  PriceList() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceList}; {@code build()} validates. */
  public static final class Builder extends ImmutablePriceList.Builder {
    Builder() {}
  }

  /**
   * The parts, in any order; several versions of one part differ in validity.
   *
   * @return the parts
   */
  public abstract List<PartPrice> parts();

  /**
   * The markup matrix, if the dealer prices from cost.
   *
   * @return the matrix
   */
  public abstract Optional<MarkupMatrix> markupMatrix();

  /**
   * Which price is the selling price; {@link PartPricingBasis#LIST_PRICE} by default.
   *
   * @return the basis
   */
  @Value.Default
  public PartPricingBasis basis() {
    return PartPricingBasis.LIST_PRICE;
  }

  @Value.Check
  final void check() {
    List<PartPrice> parts = parts();
    for (int i = 1; i < parts.size(); i++) {
      Monies.requireSameCurrency(
          parts.get(0).dealerCost(), parts.get(i).dealerCost(), "parts[" + i + "].dealerCost");
    }
    if (!parts.isEmpty() && markupMatrix().isPresent()) {
      Monies.requireSameCurrency(
          parts.get(0).dealerCost(),
          markupMatrix().get().bands().get(0).fromCost(),
          "markupMatrix.bands[0].fromCost");
    }
    Validity.requireNoOverlap(parts, PartPrice::partNumber, "parts");
    if (markupMatrix().isEmpty()) {
      if (basis() == PartPricingBasis.COST_PLUS_MATRIX) {
        throw PolicyException.of(
            "markupMatrix",
            CatalogueErrorCode.PART_PRICE_UNDEFINED,
            "a price list with basis COST_PLUS_MATRIX needs a markupMatrix");
      }
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).listPrice().isEmpty()) {
          throw PolicyException.of(
              "parts[" + i + "].listPrice",
              CatalogueErrorCode.PART_PRICE_UNDEFINED,
              "part " + parts.get(i).partNumber()
                  + " has no listPrice and the price list has no markupMatrix");
        }
      }
    }
  }
}

package org.aftersales.pricing;

import org.aftersales.core.Checks;
import org.aftersales.core.PolicyException;
import org.aftersales.core.money.Monies;

/** Checks shared by {@link DiscountRule} and {@link ManualDiscount}. */
final class Terms {

  private Terms() {}

  /** Checks the terms shared by every discount. */
  static void check(DiscountTerms d) {
    Checks.requireCode(d.code(), "code");
    Checks.requireText(d.description(), "description", 200);
    if (d.percent().isPresent() == d.amount().isPresent()) {
      throw PolicyException.of(
          d.percent().isPresent() ? "amount" : "percent",
          PricingErrorCode.TERMS_INVALID,
          "discount " + d.code() + " needs exactly one of percent and amount");
    }
    d.amount().ifPresent(a -> Monies.requireNonNegative(a, "amount"));
    if (d.categories().isEmpty()) {
      throw PolicyException.of(
          "categories", PricingErrorCode.TERMS_INVALID, "discount " + d.code() + " applies to no category");
    }
    for (LineCategory c : d.categories()) {
      if (c != LineCategory.LABOUR && c != LineCategory.PARTS && c != LineCategory.SUBLET) {
        throw PolicyException.of(
            "categories",
            PricingErrorCode.TERMS_INVALID,
            "discount " + d.code() + " cannot apply to " + c + " (only LABOUR, PARTS, SUBLET)");
      }
    }
    if (d.payTypes().isEmpty()) {
      throw PolicyException.of(
          "payTypes", PricingErrorCode.TERMS_INVALID, "discount " + d.code() + " applies to no pay type");
    }
  }
}

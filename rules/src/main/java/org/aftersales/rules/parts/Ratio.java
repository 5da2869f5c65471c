package org.aftersales.rules.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.aftersales.core.Checks;

/**
 * A KPI as its numerator and denominator, both at least 0, so hosts can add up KPIs across
 * periods or branches correctly (sum the numerators and the denominators, then divide).
 *
 * <p>Money figures are plain numbers in the report's currency. {@link #value()} is undefined
 * (empty) for a denominator of 0. Immutable and thread-safe. JSON: {@code
 * {"numerator":170,"denominator":200}}.
 *
 * @param numerator the numerator, at least 0
 * @param denominator the denominator, at least 0
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {

  /** Validates both numbers. */
  public Ratio {
    numerator = Checks.requireNonNegative(numerator, "numerator", 30, 10);
    denominator = Checks.requireNonNegative(denominator, "denominator", 30, 10);
  }

  /**
   * The ratio, rounded half-even to 4 decimals.
   *
   * @return {@code numerator / denominator}, empty when the denominator is 0
   */
  public Optional<BigDecimal> value() {
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(numerator.divide(denominator, 4, RoundingMode.HALF_EVEN));
  }

  /**
   * The ratio in percent, rounded half-even to 2 decimals.
   *
   * @return {@code 100 × numerator / denominator}, empty when the denominator is 0
   */
  public Optional<BigDecimal> percent() {
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        numerator.movePointRight(2).divide(denominator, 2, RoundingMode.HALF_EVEN));
  }
}

package org.aftersales.rules.service.kpi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;

/**
 * A KPI that is a share of a count: how many of {@link #denominator()} cases met the KPI's
 * condition ({@link #numerator()}), for example 42 of 50 delivered orders fixed right the first
 * time.
 *
 * <p>{@code 0 <= numerator <= denominator} ({@code VALUE_OUT_OF_RANGE} otherwise). A denominator
 * of zero is <b>no data</b>: {@link #percent()} is empty, never 0% or NaN. Immutable and
 * thread-safe. JSON: {@code {"numerator":42,"denominator":50}}.
 *
 * @param numerator the cases that met the condition
 * @param denominator the cases counted
 */
public record Rate(long numerator, long denominator) {

  /** Validates the bounds. */
  public Rate {
    Checks.require(
        numerator >= 0 && numerator <= denominator,
        "numerator",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "a rate needs 0 <= numerator <= denominator: %s / %s",
        numerator,
        denominator);
  }

  /**
   * Whether there was nothing to count.
   *
   * @return {@code true} for a denominator of zero
   */
  @JsonIgnore
  public boolean isNoData() {
    return denominator == 0;
  }

  /**
   * The rate in percent, rounded half-up to 2 decimal places.
   *
   * @return the percentage, or empty for no data
   */
  public Optional<BigDecimal> percent() {
    if (denominator == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP));
  }

  @Override
  public String toString() {
    return denominator == 0
        ? "no data (0/0)"
        : numerator + "/" + denominator + " (" + percent().orElseThrow().toPlainString() + "%)";
  }
}

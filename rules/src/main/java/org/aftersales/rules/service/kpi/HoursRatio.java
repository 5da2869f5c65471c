package org.aftersales.rules.service.kpi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.aftersales.core.Checks;

/**
 * A KPI that compares two sums of hours, for example flat-rate hours over clocked hours. Unlike
 * a {@link Rate} it may exceed 100%: a technician who beats book time is more than 100%
 * productive (seed 004, 维修工生产率 = 标准工时 / 实际工时 × 100).
 *
 * <p>Both sums are at least zero, with at most 12 digits before and 4 after the decimal point. A
 * denominator of zero is <b>no data</b>: {@link #percent()} is empty. Immutable and thread-safe.
 * JSON: {@code {"numeratorHours":41.5,"denominatorHours":38}}.
 *
 * @param numeratorHours the hours on top
 * @param denominatorHours the hours below
 */
public record HoursRatio(BigDecimal numeratorHours, BigDecimal denominatorHours) {

  /** Validates the bounds. */
  public HoursRatio {
    numeratorHours = Checks.requireNonNegative(numeratorHours, "numeratorHours", 12, 4);
    denominatorHours = Checks.requireNonNegative(denominatorHours, "denominatorHours", 12, 4);
  }

  /**
   * Whether there was nothing to compare with.
   *
   * @return {@code true} for a denominator of zero
   */
  @JsonIgnore
  public boolean isNoData() {
    return denominatorHours.signum() == 0;
  }

  /**
   * The ratio in percent, rounded half-up to 2 decimal places.
   *
   * @return the percentage, or empty for no data
   */
  public Optional<BigDecimal> percent() {
    if (denominatorHours.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        numeratorHours.multiply(BigDecimal.valueOf(100)).divide(denominatorHours, 2, RoundingMode.HALF_UP));
  }

  @Override
  public String toString() {
    return isNoData()
        ? "no data (" + numeratorHours.toPlainString() + " h / 0 h)"
        : numeratorHours.toPlainString() + " h / " + denominatorHours.toPlainString() + " h ("
            + percent().orElseThrow().toPlainString() + "%)";
  }
}

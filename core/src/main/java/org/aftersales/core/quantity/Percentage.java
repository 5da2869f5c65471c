package org.aftersales.core.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;

/**
 * A percentage from 0 to 100 inclusive, held exactly with at most 4 decimal places: payer
 * shares, availability, discounts.
 *
 * <p>Trailing zeros are dropped ({@code 12.50} equals {@code 12.5}). JSON: a number, {@code
 * 12.5}. Immutable and thread-safe.
 *
 * @param value the percentage, {@code 0 <= value <= 100}
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

  private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

  /** 0%. */
  public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);
  /** 100%. */
  public static final Percentage HUNDRED = new Percentage(BigDecimal.valueOf(100));

  /** Validates the bounds and drops trailing zeros. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public Percentage {
    BigDecimal v = value;
    value =
        Checks.atValue(
            () -> {
              BigDecimal d = Decimals.normalise(Checks.requireDecimal(v, "percentage", 3, 4));
              Checks.require(
                  d.signum() >= 0 && d.compareTo(ONE_HUNDRED) <= 0,
                  "percentage",
                  CoreErrorCode.PERCENTAGE_OUT_OF_RANGE,
                  "percentage must be between 0 and 100: %s",
                  d.toPlainString());
              return d;
            });
  }

  /**
   * A percentage from a decimal string such as {@code "12.5"}.
   *
   * @param percent the percentage
   * @return the value
   */
  public static Percentage of(String percent) {
    return new Percentage(Decimals.parse(percent, "percentage"));
  }

  /**
   * A whole percentage.
   *
   * @param percent from 0 to 100
   * @return the value
   */
  public static Percentage of(long percent) {
    return new Percentage(BigDecimal.valueOf(percent));
  }

  /**
   * The percentage as a decimal, {@code 12.5} for 12.5%.
   *
   * @return the value
   */
  @JsonValue
  @Override
  public BigDecimal value() {
    return value;
  }

  /**
   * The percentage as an exact fraction, {@code 0.125} for 12.5%.
   *
   * @return the fraction
   */
  public BigDecimal fraction() {
    return value.movePointLeft(2);
  }

  @Override
  public int compareTo(Percentage o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value.toPlainString() + "%";
  }
}

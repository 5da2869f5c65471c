package org.aftersales.core.quantity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.aftersales.core.Checks;

/**
 * A number of labour hours, held exactly: flat-rate (book) hours, clocked hours, capacity hours.
 *
 * <p>At least 0 and below 10,000, with at most 4 decimal places (a flat-rate catalogue uses
 * tenths; 4 places hold minutes and efficiency factors exactly). Trailing zeros are dropped, so
 * {@code 1.50} and {@code 1.5} are equal. JSON: a number, {@code 1.5}. Immutable and thread-safe.
 *
 * @param value the hours, {@code 0 <= value < 10000}, scale at most 4
 */
public record Hours(BigDecimal value) implements Comparable<Hours> {

  /** No hours. */
  public static final Hours ZERO = new Hours(BigDecimal.ZERO);

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  /** Validates the bounds and drops trailing zeros. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public Hours {
    BigDecimal v = value;
    value = Checks.atValue(() -> Decimals.normalise(Checks.requireNonNegative(v, "hours", 4, 4)));
  }

  /**
   * Hours from a decimal string such as {@code "1.5"}.
   *
   * @param hours the hours
   * @return the value
   */
  public static Hours of(String hours) {
    return new Hours(Decimals.parse(hours, "hours"));
  }

  /**
   * Whole hours.
   *
   * @param hours the hours, at least 0
   * @return the value
   */
  public static Hours of(long hours) {
    return new Hours(BigDecimal.valueOf(hours));
  }

  /**
   * Hours from minutes, exact up to 4 decimal places (rounded half-up beyond).
   *
   * @param minutes the minutes, at least 0
   * @return the value
   */
  public static Hours ofMinutes(long minutes) {
    return new Hours(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP));
  }

  /**
   * The hours as a decimal.
   *
   * @return the value
   */
  @JsonValue
  @Override
  public BigDecimal value() {
    return value;
  }

  /**
   * The sum of both.
   *
   * @param other more hours
   * @return the sum
   */
  public Hours plus(Hours other) {
    return new Hours(value.add(other.value));
  }

  /**
   * These hours less {@code other}, but never below zero.
   *
   * @param other the hours to take away
   * @return the difference, or zero
   */
  public Hours minusOrZero(Hours other) {
    BigDecimal d = value.subtract(other.value);
    return d.signum() <= 0 ? ZERO : new Hours(d);
  }

  /**
   * These hours times a factor, rounded half-up to 4 decimal places.
   *
   * @param factor a non-negative factor, for example an efficiency of {@code 0.85}
   * @return the product
   */
  public Hours times(BigDecimal factor) {
    return new Hours(value.multiply(factor).setScale(4, RoundingMode.HALF_UP));
  }

  /**
   * Whether these are zero hours.
   *
   * @return {@code true} for zero
   */
  @JsonIgnore
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * The hours as a duration, rounded half-up to whole seconds.
   *
   * @return the duration
   */
  public Duration toDuration() {
    return Duration.ofSeconds(
        value.multiply(SECONDS_PER_HOUR).setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  @Override
  public int compareTo(Hours o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value.toPlainString() + " h";
  }
}

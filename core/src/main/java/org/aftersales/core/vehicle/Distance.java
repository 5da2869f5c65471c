package org.aftersales.core.vehicle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.quantity.Decimals;

/**
 * A distance in kilometres or miles, held exactly in the unit it was given in.
 *
 * <p>At least 0 and below 10,000,000 units, with at most 3 decimal places (metres, or
 * thousandths of a mile); trailing zeros are dropped. Comparisons across units are exact (a mile
 * is exactly 1.609344 km, so {@code 36000 MI} compares equal to {@code 57936.384 KM}). Conversion
 * with {@link #to(DistanceUnit)} rounds half-up to 3 decimal places; it is the only rounding.
 * {@code equals} compares value and unit as given; use {@link #compareTo} to compare lengths.
 * Immutable and thread-safe. JSON: {@code {"value":36000,"unit":"MI"}}.
 *
 * @param value the length in {@code unit}
 * @param unit the unit
 */
public record Distance(BigDecimal value, DistanceUnit unit) implements Comparable<Distance> {

  /** Validates the bounds and drops trailing zeros. */
  public Distance {
    value = Decimals.normalise(Checks.requireNonNegative(value, "value", 7, 3));
    Checks.requireNonNull(unit, "unit");
  }

  /**
   * Kilometres.
   *
   * @param km at least 0
   * @return the distance
   */
  public static Distance ofKilometres(long km) {
    return new Distance(BigDecimal.valueOf(km), DistanceUnit.KM);
  }

  /**
   * Kilometres from a decimal string, {@code "12345.6"}.
   *
   * @param km at least 0
   * @return the distance
   */
  public static Distance ofKilometres(String km) {
    return new Distance(Decimals.parse(km, "value"), DistanceUnit.KM);
  }

  /**
   * Miles.
   *
   * @param miles at least 0
   * @return the distance
   */
  public static Distance ofMiles(long miles) {
    return new Distance(BigDecimal.valueOf(miles), DistanceUnit.MI);
  }

  /**
   * Zero in a unit.
   *
   * @param unit the unit
   * @return zero
   */
  public static Distance zero(DistanceUnit unit) {
    return new Distance(BigDecimal.ZERO, unit);
  }

  /**
   * The exact length in kilometres (scale up to 9 for miles); not bounded to 3 places.
   *
   * @return kilometres, exact
   */
  public BigDecimal exactKilometres() {
    return unit == DistanceUnit.KM ? value : value.multiply(unit.kilometres());
  }

  /**
   * This distance in another unit, rounded half-up to 3 decimal places (exact from MI to KM up
   * to that rounding, which is the rule for every conversion).
   *
   * @param target the unit wanted
   * @return the converted distance; this one when the unit is the same
   */
  public Distance to(DistanceUnit target) {
    if (target == unit) {
      return this;
    }
    BigDecimal km = exactKilometres();
    BigDecimal v =
        target == DistanceUnit.KM
            ? km.setScale(3, RoundingMode.HALF_UP)
            : km.divide(target.kilometres(), 3, RoundingMode.HALF_UP);
    return new Distance(v, target);
  }

  /**
   * The sum, in this distance's unit (the other is converted first).
   *
   * @param other another distance
   * @return the sum
   */
  public Distance plus(Distance other) {
    return new Distance(value.add(other.to(unit).value), unit);
  }

  /**
   * The difference {@code this - other} in this distance's unit.
   *
   * @param other a distance not longer than this one
   * @return the difference
   * @throws org.aftersales.core.ValidationException with {@link CoreErrorCode#NEGATIVE_QUANTITY}
   *     when {@code other} is longer
   */
  public Distance minus(Distance other) {
    Checks.require(
        compareTo(other) >= 0,
        "distance",
        CoreErrorCode.NEGATIVE_QUANTITY,
        "cannot subtract %s from the shorter %s",
        other,
        this);
    BigDecimal d = value.subtract(other.to(unit).value);
    return new Distance(d.signum() < 0 ? BigDecimal.ZERO : d, unit);
  }

  /**
   * Exact comparison of lengths across units.
   *
   * @param o another distance
   * @return negative, zero or positive as this is shorter, equal or longer
   */
  @Override
  public int compareTo(Distance o) {
    return unit == o.unit ? value.compareTo(o.value) : exactKilometres().compareTo(o.exactKilometres());
  }

  /**
   * Whether this is not longer than {@code limit} (exact, across units).
   *
   * @param limit the limit
   * @return {@code this <= limit}
   */
  public boolean isAtMost(Distance limit) {
    return compareTo(limit) <= 0;
  }

  @Override
  public String toString() {
    return value.toPlainString() + " " + unit.name().toLowerCase(java.util.Locale.ROOT);
  }
}

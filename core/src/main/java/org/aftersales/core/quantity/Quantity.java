package org.aftersales.core.quantity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;

/**
 * An exact quantity of a part in a unit of measure: {@code 2 PIECE}, {@code 4.5 LITRE}.
 *
 * <p>At least 0 and below 10,000,000, with at most 3 decimal places; whole units (pieces, sets,
 * kits) allow no fraction. Trailing zeros are dropped. Combining quantities of different units is
 * an error ({@link CoreErrorCode#UNIT_MISMATCH}). Immutable and thread-safe.
 *
 * @param value the amount
 * @param unit the unit of measure
 */
public record Quantity(BigDecimal value, UnitOfMeasure unit) implements Comparable<Quantity> {

  /** Validates bounds, scale and whole units. */
  public Quantity {
    value = Decimals.normalise(Checks.requireNonNegative(value, "value", 7, 3));
    Checks.requireNonNull(unit, "unit");
    Checks.require(
        !unit.isWhole() || value.scale() == 0,
        "value",
        CoreErrorCode.FRACTIONAL_QUANTITY,
        "quantity in %s must be a whole number: %s",
        unit,
        value.toPlainString());
  }

  /**
   * A number of pieces.
   *
   * @param pieces at least 0
   * @return the quantity
   */
  public static Quantity pieces(long pieces) {
    return new Quantity(BigDecimal.valueOf(pieces), UnitOfMeasure.PIECE);
  }

  /**
   * A quantity from a decimal string and unit.
   *
   * @param value for example {@code "4.5"}
   * @param unit the unit
   * @return the quantity
   */
  public static Quantity of(String value, UnitOfMeasure unit) {
    return new Quantity(Decimals.parse(value, "value"), unit);
  }

  /**
   * The sum of two quantities in the same unit.
   *
   * @param other a quantity in the same unit
   * @return the sum
   */
  public Quantity plus(Quantity other) {
    requireSameUnit(other);
    return new Quantity(value.add(other.value), unit);
  }

  /**
   * Whether this is zero.
   *
   * @return {@code true} for zero
   */
  @JsonIgnore
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * Compares quantities of the same unit.
   *
   * @throws org.aftersales.core.ValidationException with {@link CoreErrorCode#UNIT_MISMATCH}
   *     when the units differ
   */
  @Override
  public int compareTo(Quantity o) {
    requireSameUnit(o);
    return value.compareTo(o.value);
  }

  private void requireSameUnit(Quantity other) {
    Checks.require(
        unit == other.unit,
        "unit",
        CoreErrorCode.UNIT_MISMATCH,
        "cannot combine %s with %s",
        this,
        other);
  }

  @Override
  public String toString() {
    return value.toPlainString() + " " + unit;
  }
}

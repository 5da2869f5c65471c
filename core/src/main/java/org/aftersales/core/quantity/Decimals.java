package org.aftersales.core.quantity;

import java.math.BigDecimal;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;

/** Parsing and normalising of the exact decimals behind quantities. */
public final class Decimals {

  private Decimals() {}

  /**
   * Parses a decimal string of at most 64 characters (plain or scientific notation) without
   * expanding it; range checks are the caller's.
   *
   * @param text the text, for example {@code "12.30"}
   * @param path the field's path for errors
   * @return the number
   */
  public static BigDecimal parse(String text, String path) {
    Checks.requireNonNull(text, path);
    String t = text.strip();
    if (t.isEmpty() || t.length() > 64) {
      throw ValidationException.of(
          path,
          CoreErrorCode.NUMBER_OUT_OF_RANGE,
          path + " must be a decimal number of 1 to 64 characters: '" + Checks.abbreviate(t) + "'");
    }
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw ValidationException.of(
          path,
          CoreErrorCode.INVALID_NUMBER,
          path + " is not a decimal number: '" + Checks.abbreviate(t) + "'");
    }
  }

  /**
   * Drops trailing zeros and makes a negative scale zero, so equal quantities are equal values:
   * {@code 1.50} becomes {@code 1.5}, {@code 1E+2} becomes {@code 100}. Callers bound the number
   * first (see {@link Checks#requireDecimal}), which keeps this cheap.
   *
   * @param value a bounded number
   * @return the normalised number
   */
  public static BigDecimal normalise(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}

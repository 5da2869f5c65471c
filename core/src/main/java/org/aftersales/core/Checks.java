package org.aftersales.core;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Argument checks shared by every module, in the style of Guava's {@code Preconditions} but
 * throwing {@link ValidationException} with a path, an {@link ErrorCode} and a message naming the
 * value.
 *
 * <p>Stateless and thread-safe. Hosts may use it for their own values too.
 */
public final class Checks {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  private Checks() {}

  /**
   * Runs the checks of a single-valued type (an id, hours, a percentage) so that its violations
   * are reported at the value itself: the path becomes empty, and the enclosing value's path
   * (for example {@code $.jobs[0].labour[1].flatRateHours} in JSON) locates it. Messages keep
   * naming the type.
   *
   * @param checks the checks, returning the validated value
   * @param <T> the value's type
   * @return what {@code checks} returned
   */
  public static <T> T atValue(java.util.function.Supplier<T> checks) {
    try {
      return checks.get();
    } catch (ValidationException e) {
      throw new ValidationException(
          e.violations().stream().map(v -> new Violation("", v.code(), v.message())).toList(), e);
    }
  }

  /**
   * Requires a non-null value.
   *
   * @param value the value
   * @param path the field's path
   * @param <T> the value's type
   * @return the value
   */
  public static <T> T requireNonNull(T value, String path) {
    if (value == null) {
      throw new NullFieldException(path);
    }
    return value;
  }

  /**
   * Requires a condition, else throws a single violation.
   *
   * @param condition what must hold
   * @param path the field's path
   * @param code the rule
   * @param messageTemplate message with {@code %s} placeholders
   * @param args the placeholder values
   */
  public static void require(
      boolean condition, String path, ErrorCode code, String messageTemplate, Object... args) {
    if (!condition) {
      throw ValidationException.of(path, code, String.format(java.util.Locale.ROOT, messageTemplate, args));
    }
  }

  /**
   * Requires non-blank text of at most {@code maxLength} characters and returns it trimmed.
   *
   * @param value the text
   * @param path the field's path
   * @param maxLength the maximum length after trimming
   * @return the trimmed text
   */
  public static String requireText(String value, String path, int maxLength) {
    requireNonNull(value, path);
    String t = value.strip();
    require(!t.isEmpty(), path, CoreErrorCode.BLANK_TEXT, "%s must not be blank", path);
    require(
        t.length() <= maxLength,
        path,
        CoreErrorCode.TEXT_TOO_LONG,
        "%s must have at most %s characters, got %s",
        path,
        maxLength,
        t.length());
    return t;
  }

  /**
   * Requires an identifier: 1 to 64 characters, letters, digits and {@code . _ : / -}, starting
   * with a letter or digit.
   *
   * @param value the identifier
   * @param path the field's path
   * @return the identifier
   */
  public static String requireIdentifier(String value, String path) {
    return requireMatch(
        value,
        IDENTIFIER,
        path,
        CoreErrorCode.INVALID_IDENTIFIER,
        "1-64 characters of letters, digits and . _ : / - starting with a letter or digit");
  }

  /**
   * Requires a code in upper snake case, 1 to 40 characters, for example {@code ALIGNMENT}.
   *
   * @param value the code
   * @param path the field's path
   * @return the code
   */
  public static String requireCode(String value, String path) {
    return requireMatch(
        value, CODE, path, CoreErrorCode.INVALID_CODE, "upper snake case (A-Z, 0-9, _; at most 40)");
  }

  private static String requireMatch(
      String value, Pattern pattern, String path, ErrorCode code, String rule) {
    requireNonNull(value, path);
    require(pattern.matcher(value).matches(), path, code, "%s must be %s: '%s'", path, rule, abbreviate(value));
    return value;
  }

  /**
   * Requires a decimal of at least zero within the given digit bounds (see {@link
   * #requireDecimal}).
   *
   * @param value the number
   * @param path the field's path
   * @param maxIntegerDigits digits allowed before the decimal point
   * @param maxScale digits allowed after it, ignoring trailing zeros
   * @return the number, normalised as {@link #requireDecimal} describes
   */
  public static BigDecimal requireNonNegative(
      BigDecimal value, String path, int maxIntegerDigits, int maxScale) {
    BigDecimal d = requireDecimal(value, path, maxIntegerDigits, maxScale);
    require(d.signum() >= 0, path, CoreErrorCode.NEGATIVE_QUANTITY, "%s must be >= 0: %s", path,
        d.toPlainString());
    return d;
  }

  /**
   * Requires a decimal within digit bounds, checked without ever expanding the number, so that a
   * 10-byte input such as {@code 1e10000000} is rejected at once instead of stalling a later
   * {@code setScale}.
   *
   * <p>Trailing zeros beyond {@code maxScale} are dropped and a negative scale is made zero; an
   * in-range value keeps its scale ({@code 12.30} stays {@code 12.30}).
   *
   * @param value the number
   * @param path the field's path
   * @param maxIntegerDigits digits allowed before the decimal point
   * @param maxScale digits allowed after it, ignoring trailing zeros
   * @return the number, normalised
   */
  public static BigDecimal requireDecimal(
      BigDecimal value, String path, int maxIntegerDigits, int maxScale) {
    requireNonNull(value, path);
    if (value.signum() == 0) {
      return value.scale() >= 0 && value.scale() <= maxScale ? value : BigDecimal.ZERO;
    }
    if (value.precision() > 64) {
      throw ValidationException.of(
          path,
          CoreErrorCode.NUMBER_OUT_OF_RANGE,
          String.format(
              java.util.Locale.ROOT,
              "%s has too many digits (%d, at most 64): %s",
              path,
              value.precision(),
              abbreviate(value.toString())));
    }
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > maxIntegerDigits) {
      throw ValidationException.of(
          path,
          CoreErrorCode.NUMBER_OUT_OF_RANGE,
          String.format(
              java.util.Locale.ROOT,
              "%s must have at most %d digits before the decimal point: %s",
              path,
              maxIntegerDigits,
              abbreviate(value.toString())));
    }
    BigDecimal d = value;
    if (d.scale() > maxScale) {
      if (integerDigits < -maxScale) {
        // so small that every kept digit is zero: a fraction too fine for the field
        throw tooPrecise(value, path, maxScale);
      }
      d = d.stripTrailingZeros();
      if (d.scale() > maxScale) {
        throw tooPrecise(value, path, maxScale);
      }
    }
    if (d.scale() < 0) {
      d = d.setScale(0);
    }
    return d;
  }

  private static ValidationException tooPrecise(BigDecimal value, String path, int maxScale) {
    return ValidationException.of(
        path,
        CoreErrorCode.NUMBER_OUT_OF_RANGE,
        String.format(
            java.util.Locale.ROOT,
            "%s must have at most %d digits after the decimal point: %s",
            path,
            maxScale,
            abbreviate(value.toString())));
  }

  /**
   * Requires that no two elements share a key.
   *
   * @param elements the elements
   * @param key how to get an element's key
   * @param path the collection's path
   * @param <T> element type
   * @param <K> key type
   */
  public static <T, K> void requireUnique(
      Collection<T> elements, Function<? super T, K> key, String path) {
    Set<K> seen = new HashSet<>();
    int i = 0;
    for (T e : elements) {
      K k = key.apply(e);
      if (!seen.add(k)) {
        throw ValidationException.of(
            path + "[" + i + "]",
            CoreErrorCode.DUPLICATE_ID,
            String.format(java.util.Locale.ROOT, "%s has a duplicate entry %s", path, k));
      }
      i++;
    }
  }

  /**
   * Shortens a text for an error message: at most 64 characters, with an ellipsis.
   *
   * @param s the text
   * @return the shortened text
   */
  public static String abbreviate(String s) {
    return s.length() <= 64 ? s : s.substring(0, 61) + "...";
  }
}

package org.aftersales.core.vehicle;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;

/**
 * A vehicle identification number: 17 characters of the ISO 3779 alphabet.
 *
 * <p>Parsing trims and upper-cases the input. Letters I, O and Q are never allowed (ISO 3779).
 * In {@link VinValidation#STRICT} mode, the default, position 9 holds the check digit computed
 * as 49 CFR 565.15 and GB 16735-2019 (Annex) prescribe: each character is transliterated to a
 * value (digits as themselves; A–H 1–8, J–N 1–5, P 7, R 9, S–Z 2–9), multiplied by the weight of
 * its position (8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2), summed, and the sum taken modulo 11, with 10
 * written as {@code X}; and position 10 must be a model-year code. {@link VinValidation#LENIENT}
 * checks length and alphabet only.
 *
 * <p>Errors are {@link ValidationException}s naming the bad character and its 1-based position.
 * Immutable and thread-safe; equal when the normalised text is equal. JSON: the string.
 */
public final class Vin implements Comparable<Vin> {

  /** Weights of positions 1 to 17 for the check digit. */
  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

  /** Model-year codes in cycle order, starting 1980 (A) and repeating every 30 years. */
  private static final String YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";

  private static final int FIRST_MODEL_YEAR = 1980;
  private static final int LAST_MODEL_YEAR = 2099;

  private final String value;

  private Vin(String value) {
    this.value = value;
  }

  /**
   * Parses a VIN strictly (check digit and model-year code validated).
   *
   * @param text the VIN; surrounding whitespace and lower case are accepted
   * @return the VIN
   * @throws ValidationException naming the length, the bad character and its position, or the
   *     expected check digit
   */
  public static Vin parse(String text) {
    return parse(text, VinValidation.STRICT);
  }

  /**
   * Parses a VIN with the given validation.
   *
   * @param text the VIN; surrounding whitespace and lower case are accepted
   * @param validation how strictly to check
   * @return the VIN
   */
  public static Vin parse(String text, VinValidation validation) {
    Checks.requireNonNull(text, "");
    Checks.requireNonNull(validation, "validation");
    String v = text.strip().toUpperCase(Locale.ROOT);
    if (v.length() != 17) {
      throw ValidationException.of(
          "",
          CoreErrorCode.VIN_LENGTH,
          "VIN must have 17 characters, got " + v.length() + ": '" + Checks.abbreviate(v) + "'");
    }
    for (int i = 0; i < 17; i++) {
      char c = v.charAt(i);
      if (transliterate(c) < 0) {
        String why =
            c == 'I' || c == 'O' || c == 'Q'
                ? "ISO 3779 excludes I, O and Q"
                : "only A-Z (without I, O, Q) and 0-9 are allowed";
        throw ValidationException.of(
            "",
            CoreErrorCode.VIN_CHARACTER,
            "VIN character '" + printable(c) + "' at position " + (i + 1) + " is not allowed: " + why);
      }
    }
    if (validation == VinValidation.STRICT) {
      char expected = computeCheckDigit(v);
      if (v.charAt(8) != expected) {
        throw ValidationException.of(
            "",
            CoreErrorCode.VIN_CHECK_DIGIT,
            "VIN check digit at position 9 is '"
                + v.charAt(8)
                + "' but the other characters require '"
                + expected
                + "': "
                + v);
      }
      if (YEAR_CODES.indexOf(v.charAt(9)) < 0) {
        throw ValidationException.of(
            "",
            CoreErrorCode.VIN_MODEL_YEAR,
            "VIN character '"
                + v.charAt(9)
                + "' at position 10 is not a model-year code (U, Z and 0 are never used)");
      }
    }
    return new Vin(v);
  }

  /**
   * Whether a text is a strictly valid VIN.
   *
   * @param text the text
   * @return {@code true} when {@link #parse(String)} accepts it
   */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  /**
   * The check digit the other 16 characters require, for a 17-character text in the VIN
   * alphabet; position 9 of the input is ignored.
   *
   * @param seventeenChars 17 characters of the VIN alphabet (upper case)
   * @return {@code 0}–{@code 9} or {@code X}
   */
  public static char computeCheckDigit(String seventeenChars) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int t = transliterate(seventeenChars.charAt(i));
      if (t < 0) {
        throw ValidationException.of(
            "",
            CoreErrorCode.VIN_CHARACTER,
            "VIN character '" + printable(seventeenChars.charAt(i)) + "' at position " + (i + 1)
                + " is not allowed");
      }
      sum += t * WEIGHTS[i];
    }
    int r = sum % 11;
    return r == 10 ? 'X' : (char) ('0' + r);
  }

  /** Transliteration value of a VIN character, or -1 when the character is not allowed. */
  private static int transliterate(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    switch (c) {
      case 'A': case 'J': return 1;
      case 'B': case 'K': case 'S': return 2;
      case 'C': case 'L': case 'T': return 3;
      case 'D': case 'M': case 'U': return 4;
      case 'E': case 'N': case 'V': return 5;
      case 'F': case 'W': return 6;
      case 'G': case 'P': case 'X': return 7;
      case 'H': case 'Y': return 8;
      case 'R': case 'Z': return 9;
      default: return -1;
    }
  }

  private static String printable(char c) {
    return Character.isISOControl(c) || Character.isWhitespace(c)
        ? String.format(Locale.ROOT, "\\u%04x", (int) c)
        : String.valueOf(c);
  }

  /**
   * The 17 characters, upper case.
   *
   * @return the VIN
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * World manufacturer identifier, positions 1–3.
   *
   * @return the WMI
   */
  public String wmi() {
    return value.substring(0, 3);
  }

  /**
   * Vehicle descriptor section, positions 4–9 (position 9 is the check digit).
   *
   * @return the VDS
   */
  public String vds() {
    return value.substring(3, 9);
  }

  /**
   * Vehicle indicator section, positions 10–17.
   *
   * @return the VIS
   */
  public String vis() {
    return value.substring(9);
  }

  /**
   * Whether position 9 matches the check digit (always true for a strictly parsed VIN).
   *
   * @return {@code true} when the check digit matches
   */
  public boolean hasValidCheckDigit() {
    return value.charAt(8) == computeCheckDigit(value);
  }

  /**
   * The model-year character, position 10.
   *
   * @return the character
   */
  public char modelYearCode() {
    return value.charAt(9);
  }

  /**
   * Every model year from 1980 to 2099 that position 10 can stand for; the code table repeats
   * every 30 years (A = 1980, 2010, 2040, 2070; 1 = 2001, 2031...). Empty when position 10 is not
   * a year code (possible only for leniently parsed VINs).
   *
   * @return the candidate years, ascending
   */
  public List<Year> possibleModelYears() {
    int idx = YEAR_CODES.indexOf(modelYearCode());
    List<Year> years = new ArrayList<>(4);
    if (idx >= 0) {
      for (int y = FIRST_MODEL_YEAR + idx; y <= LAST_MODEL_YEAR; y += 30) {
        years.add(Year.of(y));
      }
    }
    return List.copyOf(years);
  }

  /**
   * The most recent model year that position 10 can stand for and that is not after {@code
   * latest}, which resolves the 30-year cycle for a vehicle known to be built by then (a model
   * year may run one year ahead of the calendar, so pass next year for a new vehicle).
   *
   * @param latest the latest plausible model year
   * @return the model year, or empty when position 10 is no year code or every candidate is later
   */
  public Optional<Year> modelYearNotAfter(Year latest) {
    Year found = null;
    for (Year y : possibleModelYears()) {
      if (!y.isAfter(latest)) {
        found = y;
      }
    }
    return Optional.ofNullable(found);
  }

  @Override
  public int compareTo(Vin o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Vin v && v.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}

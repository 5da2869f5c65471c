package org.aftersales.core.vehicle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.aftersales.core.Checks;

/**
 * A licence plate number. Personal data: {@link #toString()} masks all but its first two
 * characters, so a plate never reaches a log through string concatenation. Read the number with
 * {@link #value()} only where it is needed. Immutable and thread-safe. JSON: the string.
 */
public final class LicencePlate {

  private final String value;

  private LicencePlate(String value) {
    this.value = value;
  }

  /**
   * A plate from its text, trimmed; 1 to 16 characters.
   *
   * @param value for example {@code 京A12345}
   * @return the plate
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static LicencePlate of(String value) {
    return new LicencePlate(Checks.atValue(() -> Checks.requireText(value, "licencePlate", 16)));
  }

  /**
   * The plate number in clear. Do not log it.
   *
   * @return the plate number
   */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LicencePlate p && p.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The masked plate, for example {@code 京A*****}.
   *
   * @return the first two characters followed by asterisks
   */
  @Override
  public String toString() {
    int keep = Math.min(2, value.length() - 1);
    return value.substring(0, keep) + "*".repeat(value.length() - keep);
  }
}

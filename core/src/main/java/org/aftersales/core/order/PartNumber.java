package org.aftersales.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.aftersales.core.Checks;

/**
 * A manufacturer's or supplier's part number.
 *
 * <p>1 to 64 characters: letters, digits and {@code . _ : / -}, starting with a letter or digit.
 * Immutable and thread-safe. JSON: the string.
 *
 * @param value the identifier
 */
public record PartNumber(String value) implements Comparable<PartNumber> {

  /** Validates the identifier. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public PartNumber {
    Checks.atValue(() -> Checks.requireIdentifier(value, "partNumber"));
  }

  /**
   * The identifier from its text.
   *
   * @param value the identifier
   * @return the identifier
   */
  public static PartNumber of(String value) {
    return new PartNumber(value);
  }

  /**
   * The identifier's text.
   *
   * @return the text
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(PartNumber o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

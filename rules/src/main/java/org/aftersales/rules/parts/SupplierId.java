package org.aftersales.rules.parts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.aftersales.core.Checks;

/**
 * A supplier's identifier in the host's system: the OEM's parts distribution centre, a regional
 * warehouse, an aftermarket wholesaler.
 *
 * <p>1 to 64 characters: letters, digits and {@code . _ : / -}, starting with a letter or digit.
 * Immutable and thread-safe. JSON: the string.
 *
 * @param value the identifier
 */
public record SupplierId(String value) implements Comparable<SupplierId> {

  /** Validates the identifier. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public SupplierId {
    Checks.atValue(() -> Checks.requireIdentifier(value, "supplierId"));
  }

  /**
   * The identifier from its text.
   *
   * @param value the identifier
   * @return the identifier
   */
  public static SupplierId of(String value) {
    return new SupplierId(value);
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
  public int compareTo(SupplierId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

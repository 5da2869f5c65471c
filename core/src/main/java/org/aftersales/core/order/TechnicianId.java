package org.aftersales.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.aftersales.core.Checks;

/**
 * Identifies a technician of the workshop.
 *
 * <p>1 to 64 characters: letters, digits and {@code . _ : / -}, starting with a letter or digit.
 * Immutable and thread-safe. JSON: the string.
 *
 * @param value the identifier
 */
public record TechnicianId(String value) implements Comparable<TechnicianId> {

  /** Validates the identifier. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public TechnicianId {
    Checks.atValue(() -> Checks.requireIdentifier(value, "technicianId"));
  }

  /**
   * The identifier from its text.
   *
   * @param value the identifier
   * @return the identifier
   */
  public static TechnicianId of(String value) {
    return new TechnicianId(value);
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
  public int compareTo(TechnicianId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

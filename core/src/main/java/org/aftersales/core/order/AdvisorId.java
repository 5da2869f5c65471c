package org.aftersales.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.aftersales.core.Checks;

/**
 * Identifies a service advisor (服务顾问).
 *
 * <p>1 to 64 characters: letters, digits and {@code . _ : / -}, starting with a letter or digit.
 * Immutable and thread-safe. JSON: the string.
 *
 * @param value the identifier
 */
public record AdvisorId(String value) implements Comparable<AdvisorId> {

  /** Validates the identifier. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public AdvisorId {
    Checks.atValue(() -> Checks.requireIdentifier(value, "advisorId"));
  }

  /**
   * The identifier from its text.
   *
   * @param value the identifier
   * @return the identifier
   */
  public static AdvisorId of(String value) {
    return new AdvisorId(value);
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
  public int compareTo(AdvisorId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

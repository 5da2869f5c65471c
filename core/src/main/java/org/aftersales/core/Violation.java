package org.aftersales.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One reason an input was rejected: where, which rule, and a message naming the field and the
 * offending value.
 *
 * <p>Paths use JSON notation relative to the value being validated, for example {@code
 * jobs[0].parts[1].quantity}; when the input came through {@code AfterSalesJson} the path starts
 * at the document root with {@code $}. Immutable and thread-safe. Serialized for error reports;
 * not meant to be read back.
 *
 * @param path where the bad value is
 * @param code the rule that was broken
 * @param message English message naming the field and the value
 */
@JsonPropertyOrder({"path", "code", "message"})
public record Violation(String path, @JsonIgnore ErrorCode code, String message) {

  /** Validates that every component is present. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The error code as its stable string, as it appears in JSON error reports.
   *
   * @return {@code code().code()}
   */
  @JsonProperty("code")
  public String codeName() {
    return code.code();
  }

  /**
   * Returns the same violation with its path placed under {@code prefix}.
   *
   * @param prefix the path of the enclosing value, for example {@code $.jobs[0]}
   * @return the re-rooted violation
   */
  public Violation under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Violation(prefix, code, message);
    }
    String sep = path.startsWith("[") ? "" : ".";
    return new Violation(prefix + sep + path, code, message);
  }

  @Override
  public String toString() {
    return path + ": " + code.code() + ": " + message;
  }
}

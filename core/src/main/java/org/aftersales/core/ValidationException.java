package org.aftersales.core;

import java.util.List;

/**
 * Input was rejected: a value, a request, a policy or a JSON document breaks a documented rule.
 *
 * <p>Lists every violation found with its path, code and message. Thrown at the boundary, before
 * anything is computed or changed.
 */
public class ValidationException extends AfterSalesException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from one or more violations.
   *
   * @param violations at least one violation
   */
  public ValidationException(List<Violation> violations) {
    super(violations, null);
  }

  /**
   * Creates the exception from violations found while translating another exception.
   *
   * @param violations at least one violation
   * @param cause the translated exception
   */
  public ValidationException(List<Violation> violations, Throwable cause) {
    super(violations, cause);
  }

  /**
   * Creates the exception for a single violation.
   *
   * @param path where the bad value is
   * @param code the broken rule
   * @param message English message naming the field and value
   * @return the exception, for {@code throw}
   */
  public static ValidationException of(String path, ErrorCode code, String message) {
    return new ValidationException(List.of(new Violation(path, code, message)));
  }

  /**
   * Returns the same exception with every violation's path placed under {@code prefix}.
   *
   * @param prefix the path of the enclosing value
   * @return a new exception, or this one when the prefix is empty
   */
  public ValidationException under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    return new ValidationException(
        violations().stream().map(v -> v.under(prefix)).toList(), this);
  }
}

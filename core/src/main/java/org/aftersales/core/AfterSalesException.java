package org.aftersales.core;

import java.util.List;

/**
 * Root of every exception the library throws for bad input or a refused operation.
 *
 * <p>Unchecked. Each instance carries a stable {@link ErrorCode} and at least one {@link
 * Violation} naming the path and value at fault. The library never lets a {@code
 * NullPointerException}, {@code ArithmeticException}, {@code DateTimeException} or a Jackson
 * exception escape its public API for bad input: it translates them into a subtype of this class.
 * An operation that throws has changed nothing (all values are immutable).
 */
public abstract class AfterSalesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ErrorCode code;
  private final transient List<Violation> violations;

  /**
   * Creates an exception from its violations; the first one gives the code.
   *
   * @param violations at least one violation
   * @param cause the translated exception, or {@code null}
   */
  protected AfterSalesException(List<Violation> violations, Throwable cause) {
    super(summarize(violations), cause, true, true);
    this.violations = List.copyOf(violations);
    this.code = this.violations.get(0).code();
  }

  private static String summarize(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an AfterSalesException needs at least one violation");
    }
    if (violations.size() == 1) {
      return violations.get(0).toString();
    }
    StringBuilder sb = new StringBuilder().append(violations.size()).append(" violations:");
    int shown = Math.min(violations.size(), 10);
    for (int i = 0; i < shown; i++) {
      sb.append("\n  ").append(violations.get(i));
    }
    if (shown < violations.size()) {
      sb.append("\n  ... and ").append(violations.size() - shown).append(" more");
    }
    return sb.toString();
  }

  /**
   * The code of the first (most important) violation.
   *
   * @return the error code
   */
  public ErrorCode code() {
    return code;
  }

  /**
   * Every violation found, in the order they were found; never empty.
   *
   * @return the violations
   */
  public List<Violation> violations() {
    return violations;
  }
}

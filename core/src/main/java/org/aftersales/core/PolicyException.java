package org.aftersales.core;

import java.util.List;

/**
 * A policy (rates, calendars, warranty terms, reorder settings...) is inconsistent in itself, for
 * example two coverages that contradict each other. A policy is input data, so this is a {@link
 * ValidationException}: hosts that catch validation errors also catch bad policies.
 */
public final class PolicyException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param violations at least one violation
   */
  public PolicyException(List<Violation> violations) {
    super(violations);
  }

  /**
   * Creates the exception for a single violation with code {@link CoreErrorCode#POLICY_INVALID}
   * or a more specific one.
   *
   * @param path where in the policy the problem is
   * @param code the broken rule
   * @param message English message naming the field and value
   * @return the exception, for {@code throw}
   */
  public static PolicyException of(String path, ErrorCode code, String message) {
    return new PolicyException(List.of(new Violation(path, code, message)));
  }
}

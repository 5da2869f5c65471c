package org.aftersales.core;

import java.util.List;

/**
 * A command was refused because the current state does not allow it, for example delivering a
 * repair order whose quality check has not passed.
 *
 * <p>Names the state, the command and the rule; the value the command was applied to is left
 * unchanged (it is immutable).
 */
public final class IllegalTransitionException extends AfterSalesException {
  private static final long serialVersionUID = 1L;

  private final String state;
  private final String command;

  /**
   * Creates the exception.
   *
   * @param state the state the command was applied in, for example {@code QUALITY_CHECK}
   * @param command the refused command, for example {@code Deliver}
   * @param code the broken rule
   * @param message English message naming state, command and rule
   */
  public IllegalTransitionException(String state, String command, ErrorCode code, String message) {
    super(List.of(new Violation("status", code, message)), null);
    this.state = state;
    this.command = command;
  }

  /**
   * The state in which the command was refused.
   *
   * @return the state's name
   */
  public String state() {
    return state;
  }

  /**
   * The refused command.
   *
   * @return the command's name
   */
  public String command() {
    return command;
  }
}

package org.aftersales.core;

import java.util.List;

/** A {@code null} was passed where the library accepts none (DESIGN: no nulls in the API). */
public final class NullFieldException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for the named field.
   *
   * @param field the name of the field or element that was {@code null}
   */
  public NullFieldException(String field) {
    super(
        List.of(
            new Violation(
                field == null ? "" : field,
                CoreErrorCode.REQUIRED_FIELD,
                (field == null ? "value" : field) + " must not be null")));
  }
}

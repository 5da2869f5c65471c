package org.aftersales.core;

import java.util.Arrays;

/**
 * A value was built without one or more of its required fields.
 *
 * <p>Thrown by every builder of the library (through {@link AfterSalesStyle}) and, with the JSON
 * path, when a JSON document omits a required field.
 */
public final class MissingFieldException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for the named missing fields.
   *
   * @param missingFields names of the fields that were not set
   */
  public MissingFieldException(String... missingFields) {
    super(
        Arrays.stream(missingFields.length == 0 ? new String[] {""} : missingFields)
            .map(f -> new Violation(f, CoreErrorCode.REQUIRED_FIELD, f + " is required but missing"))
            .toList());
  }
}

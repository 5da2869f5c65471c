package org.aftersales.core;

/**
 * A stable, machine-readable error identifier carried by every {@link AfterSalesException} and
 * {@link Violation}.
 *
 * <p>Each module keeps its own catalogue as an enum implementing this interface ({@link
 * CoreErrorCode} for core); codes are unique across the library and never change meaning once
 * published, so hosts may switch on {@link #code()} or store it.
 */
public interface ErrorCode {

  /**
   * The stable code, upper snake case, for example {@code VIN_CHECK_DIGIT}.
   *
   * @return the code
   */
  String code();

  /**
   * A one-line English description of what the code means, for catalogues and documentation.
   *
   * @return the description
   */
  String description();
}

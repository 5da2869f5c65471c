package org.aftersales.core;

/**
 * The catalogue of error codes raised by the core module: vehicle data, repair orders, money,
 * quantities and JSON input.
 */
public enum CoreErrorCode implements ErrorCode {
  /** A required field is absent or {@code null}. */
  REQUIRED_FIELD("a required field is missing or null"),
  /** A text field is empty or only whitespace. */
  BLANK_TEXT("a text field is blank"),
  /** A text field is longer than its documented maximum. */
  TEXT_TOO_LONG("a text field is longer than allowed"),
  /** An identifier does not match {@code [A-Za-z0-9][A-Za-z0-9._:/-]{0,63}}. */
  INVALID_IDENTIFIER("an identifier has a character or length that is not allowed"),
  /** A code (skill, reason, fee code...) does not match {@code [A-Z][A-Z0-9_]{0,39}}. */
  INVALID_CODE("a code is not upper snake case"),
  /** Two entries of a collection share an identifier that must be unique. */
  DUPLICATE_ID("an identifier occurs twice where it must be unique"),
  /** A reference names something that does not exist in its context. */
  UNKNOWN_REFERENCE("a reference names something that does not exist"),

  /** A VIN does not have 17 characters after trimming. */
  VIN_LENGTH("a VIN does not have 17 characters"),
  /** A VIN holds a character outside the ISO 3779 alphabet (letters without I, O, Q; digits). */
  VIN_CHARACTER("a VIN holds a character that ISO 3779 does not allow"),
  /** The check digit at position 9 of a VIN does not match its other characters. */
  VIN_CHECK_DIGIT("a VIN's check digit does not match"),
  /** Position 10 of a VIN is not a model-year code (U, Z and 0 are never used). */
  VIN_MODEL_YEAR("a VIN's model-year character is not a valid code"),

  /** A quantity, count, distance or duration that must be non-negative is negative. */
  NEGATIVE_QUANTITY("a quantity that must not be negative is negative"),
  /** A quantity that must be positive is zero or negative. */
  NON_POSITIVE_QUANTITY("a quantity that must be positive is zero or negative"),
  /** A decimal has more integer or fraction digits than the field allows. */
  NUMBER_OUT_OF_RANGE("a number is too large or too precise for its field"),
  /** A text that must be a decimal number is not one. */
  INVALID_NUMBER("a text is not a decimal number"),
  /** A percentage is outside 0 to 100. */
  PERCENTAGE_OUT_OF_RANGE("a percentage is outside 0 to 100"),
  /** A value is outside its documented range (year, level, ...). */
  VALUE_OUT_OF_RANGE("a value is outside its allowed range"),

  /** A currency code is not an ISO 4217 currency known to the JSR 354 provider. */
  UNKNOWN_CURRENCY("a currency code is unknown"),
  /** Two amounts that must share a currency do not. */
  CURRENCY_MISMATCH("amounts in different currencies are mixed"),
  /** Two quantities in different units of measure are combined. */
  UNIT_MISMATCH("quantities in different units are mixed"),
  /** A whole-unit quantity (pieces, sets, kits) has a fraction. */
  FRACTIONAL_QUANTITY("a quantity counted in whole units has a fraction"),
  /** Payer splits of a job do not add up to exactly 100%, or name a payer twice. */
  PAYER_SPLIT_TOTAL("payer splits do not add up to 100%"),

  /** An odometer reading is below an earlier one without being flagged a cluster replacement. */
  ODOMETER_ROLLBACK("an odometer reading is below an earlier one"),
  /** Odometer readings or other dated records are not in chronological order. */
  OUT_OF_ORDER("dated records are not in chronological order"),
  /** Two dates or instants are in an impossible order (delivery before production, ...). */
  DATE_ORDER("two dates are in an impossible order"),

  /** A repair-order command is not allowed in the order's current status. */
  ILLEGAL_TRANSITION("a command is not allowed in the current status"),
  /** Work was to start on a supplement the customer has not consented to. */
  SUPPLEMENT_NOT_CONSENTED("work on a supplement needs the customer's consent first"),
  /** Delivery or quality check was asked for while work is unfinished or QC has not passed. */
  WORK_NOT_FINISHED("authorized work is neither done nor deferred"),
  /** Delivery was asked for without a passed quality check. */
  QUALITY_CHECK_NOT_PASSED("the last quality check has not passed"),
  /** A job is in a status that does not allow the requested change. */
  JOB_STATUS("a job's status does not allow this change"),

  /** A booking or resource claim collides with an existing one. */
  SCHEDULING_CONFLICT("a booking collides with an existing one"),
  /** A policy (rates, calendars, warranty terms...) is inconsistent in itself. */
  POLICY_INVALID("a policy is inconsistent"),

  /** The JSON text is not well-formed. */
  JSON_SYNTAX("the JSON text is not well-formed"),
  /** The JSON names a field the target type does not have. */
  JSON_UNKNOWN_FIELD("the JSON has a field the type does not know"),
  /** A JSON value has the wrong type (a string where an object is expected, ...). */
  JSON_WRONG_TYPE("a JSON value has the wrong type"),
  /** A JSON enum value names no constant. */
  JSON_UNKNOWN_VALUE("a JSON value names no known constant"),
  /** Content follows the end of the JSON document. */
  JSON_TRAILING_TOKENS("content follows the end of the JSON document"),
  /** The JSON exceeds a hardening limit: nesting depth, string or number length, size. */
  JSON_LIMIT_EXCEEDED("the JSON exceeds a size or depth limit");

  private final String description;

  CoreErrorCode(String description) {
    this.description = description;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String description() {
    return description;
  }
}

package org.aftersales.core.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.aftersales.core.AfterSalesException;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ErrorCode;
import org.aftersales.core.ValidationException;
import org.aftersales.core.Violation;

/** Translates Jackson's exceptions into {@link ValidationException}s with a JSON path. */
final class JsonErrors {

  private JsonErrors() {}

  static ValidationException translate(Exception e) {
    String path = e instanceof JsonMappingException m ? path(m.getPath()) : "$";
    AfterSalesException domain = domainCause(e);
    if (domain != null) {
      return new ValidationException(
          domain.violations().stream().map(v -> v.under(path)).toList(), e);
    }
    ErrorCode code;
    String message;
    if (isConstraint(e)) {
      code = CoreErrorCode.JSON_LIMIT_EXCEEDED;
      message = "the JSON exceeds a limit: " + originalMessage(e);
    } else if (e instanceof UnrecognizedPropertyException u) {
      code = CoreErrorCode.JSON_UNKNOWN_FIELD;
      message =
          "unknown field \""
              + Checks.abbreviate(u.getPropertyName())
              + "\"; known fields: "
              + u.getKnownPropertyIds();
    } else if (e instanceof InvalidTypeIdException t) {
      code = CoreErrorCode.JSON_UNKNOWN_VALUE;
      message = "unknown type \"" + Checks.abbreviate(String.valueOf(t.getTypeId())) + "\"";
    } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      code = CoreErrorCode.JSON_UNKNOWN_VALUE;
      message =
          "\""
              + Checks.abbreviate(String.valueOf(f.getValue()))
              + "\" is not one of "
              + List.of(f.getTargetType().getEnumConstants());
    } else if (e instanceof MismatchedInputException mi && originalMessage(e).startsWith("Trailing token")) {
      code = CoreErrorCode.JSON_TRAILING_TOKENS;
      message = "content follows the end of the JSON document";
    } else if (causeOf(e, JsonParseException.class) != null) {
      code = CoreErrorCode.JSON_SYNTAX;
      message = "malformed JSON: " + originalMessage(e);
    } else {
      code = CoreErrorCode.JSON_WRONG_TYPE;
      message = "wrong type or value: " + originalMessage(e);
    }
    return new ValidationException(List.of(new Violation(path, code, message)), e);
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static boolean isConstraint(Throwable e) {
    return causeOf(e, StreamConstraintsException.class) != null;
  }

  private static AfterSalesException domainCause(Throwable e) {
    return causeOf(e, AfterSalesException.class);
  }

  /** The message without Jackson's source excerpt, one line, at most 200 characters. */
  private static String originalMessage(Exception e) {
    String m =
        e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    m = m.replace('\n', ' ');
    return m.length() <= 200 ? m : m.substring(0, 197) + "...";
  }

  static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}

package org.aftersales.core;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * Why the library decided something: a machine-readable code, its parameters, and an English
 * message (DESIGN §2.4, "explain every decision").
 *
 * <p>Every outcome a person may question carries reasons: a price line, a refused slot ("buffer
 * slot"), a warranty refusal, a reorder quantity. Hosts switch on {@link #code()}, show {@link
 * #message()}, or render their own language from the code and {@link #parameters()} with a
 * {@link ReasonFormatter}.
 *
 * <p>Parameters keep their insertion order and are stored as strings, formatted without locale
 * (decimals in plain notation, amounts as {@code 12.30 CNY}). Immutable and thread-safe.
 *
 * @param code upper snake case, for example {@code BUFFER_SLOT}
 * @param parameters named values the message was built from, in insertion order
 * @param message the English message
 */
public record Reason(String code, Map<String, String> parameters, String message) {


  /** Validates the code and copies the parameters. */
  public Reason {
    Checks.requireNonNull(code, "code");
    Checks.requireNonNull(parameters, "parameters");
    Checks.requireNonNull(message, "message");
    if (!isCode(code)) {
      throw ValidationException.of(
          "code", CoreErrorCode.INVALID_CODE, "reason code must be upper snake case: " + code);
    }
    parameters = ImmutableMap.copyOf(parameters);
  }

  /**
   * Builds a reason whose message is {@code template} with every {@code {name}} replaced by the
   * parameter of that name.
   *
   * @param code upper snake case code
   * @param template English message template, for example {@code "{time} is a buffer slot"}
   * @param keyValues alternating parameter names and values; values are formatted with {@link
   *     #format(Object)}
   * @return the reason
   */
  public static Reason of(String code, String template, Object... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("keyValues must come in name/value pairs");
    }
    ImmutableMap.Builder<String, String> params = ImmutableMap.builder();
    for (int i = 0; i < keyValues.length; i += 2) {
      params.put(String.valueOf(keyValues[i]), format(keyValues[i + 1]));
    }
    ImmutableMap<String, String> map = params.buildOrThrow();
    return new Reason(code, map, render(template, map));
  }

  /**
   * Replaces every {@code {name}} in {@code template} with the named parameter; unknown names are
   * left as they are.
   *
   * @param template the template
   * @param parameters the parameters
   * @return the rendered text
   */
  public static String render(String template, Map<String, String> parameters) {
    int open = template.indexOf('{');
    if (open < 0) {
      return template;
    }
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int from = 0;
    while (open >= 0) {
      int close = template.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      String name = template.substring(open + 1, close);
      String value = isName(name) ? parameters.get(name) : null;
      if (value == null) {
        sb.append(template, from, close + 1);
      } else {
        sb.append(template, from, open).append(value);
      }
      from = close + 1;
      open = template.indexOf('{', from);
    }
    return sb.append(template, from, template.length()).toString();
  }

  /** {@code [A-Z][A-Z0-9_]{0,63}}, checked without a regex: reasons are made on hot paths. */
  private static boolean isCode(String s) {
    if (s.isEmpty() || s.length() > 64 || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  static boolean isName(String s) {
    if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Formats a parameter value deterministically: decimals in plain notation, monetary amounts as
   * {@code "12.30 CNY"}, everything else with {@code toString()}.
   *
   * @param value the value
   * @return its text
   */
  public static String format(Object value) {
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof MonetaryAmount a) {
      return org.aftersales.core.money.Monies.format(a);
    }
    return String.valueOf(value);
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}

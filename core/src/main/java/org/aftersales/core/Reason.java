package org.aftersales.core;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;
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

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

  /** Validates the code and copies the parameters. */
  public Reason {
    Checks.requireNonNull(code, "code");
    Checks.requireNonNull(parameters, "parameters");
    Checks.requireNonNull(message, "message");
    if (!CODE.matcher(code).matches()) {
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
    var m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder(template.length() + 16);
    while (m.find()) {
      String value = parameters.get(m.group(1));
      m.appendReplacement(
          sb, java.util.regex.Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(sb);
    return sb.toString();
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

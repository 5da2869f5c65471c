package org.aftersales.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
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
 * <p>Parameters keep their insertion order and read as strings, formatted without locale
 * (decimals in plain notation, amounts as {@code 12.30 CNY}). Reasons are made on hot paths (every
 * price line, every refused slot), so a reason made by {@link #of} or {@link ReasonTemplate} keeps
 * its parameter values as given and formats them, and renders its message, only when first read;
 * the values must therefore be immutable (strings, numbers, dates, amounts, ids, enums), as all
 * of the library's are. Two reasons are equal when code, parameters and message are equal.
 * Immutable and thread-safe (the lazily computed texts are deterministic and safely published).
 * JSON: {@code {"code":...,"parameters":{...},"message":...}}.
 */
@JsonPropertyOrder({"code", "parameters", "message"})
public final class Reason {

  private final String code;
  /** Alternating parameter names (strings) and raw values. */
  private final Object[] keyValues;
  /** What renders the message: a template string, a {@link ReasonTemplate}, or null when given. */
  private final Object source;

  private Map<String, String> parameters;
  private String message;

  /**
   * A reason from its parts, as read from JSON or built by a host.
   *
   * @param code upper snake case, for example {@code BUFFER_SLOT}
   * @param parameters named values the message was built from, in insertion order
   * @param message the English message
   */
  @JsonCreator
  public Reason(
      @JsonProperty("code") String code,
      @JsonProperty("parameters") Map<String, String> parameters,
      @JsonProperty("message") String message) {
    Checks.requireNonNull(parameters, "parameters");
    Checks.requireNonNull(message, "message");
    this.code = requireCode(code);
    this.parameters = ImmutableMap.copyOf(parameters);
    this.message = message;
    this.keyValues = new Object[0];
    this.source = null;
  }

  /** A reason rendered lazily from {@code source} (a template string or a ReasonTemplate). */
  Reason(String code, Object source, Object[] keyValues) {
    this.code = code;
    this.source = source;
    this.keyValues = keyValues;
  }

  private static String requireCode(String code) {
    Checks.requireNonNull(code, "code");
    if (!isCode(code)) {
      throw ValidationException.of(
          "code", CoreErrorCode.INVALID_CODE, "reason code must be upper snake case: " + code);
    }
    return code;
  }

  /**
   * Builds a reason whose message is {@code template} with every {@code {name}} replaced by the
   * parameter of that name.
   *
   * @param code upper snake case code
   * @param template English message template, for example {@code "{time} is a buffer slot"}
   * @param keyValues alternating parameter names and values; values are formatted with {@link
   *     #format(Object)} when first read, so they must be immutable
   * @return the reason
   */
  public static Reason of(String code, String template, Object... keyValues) {
    requireCode(code);
    Checks.requireNonNull(template, "template");
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("keyValues must come in name/value pairs");
    }
    for (int i = 0; i < keyValues.length; i += 2) {
      if (!(keyValues[i] instanceof String)) {
        keyValues[i] = String.valueOf(keyValues[i]);
      }
      for (int j = 0; j < i; j += 2) {
        if (keyValues[j].equals(keyValues[i])) {
          throw new IllegalArgumentException("parameter " + keyValues[i] + " is given twice");
        }
      }
    }
    return new Reason(code, template, keyValues);
  }

  /**
   * The code, upper snake case.
   *
   * @return the code
   */
  @JsonProperty("code")
  public String code() {
    return code;
  }

  /**
   * The named values the message was built from, in insertion order, formatted as text.
   *
   * @return an unmodifiable map
   */
  @JsonProperty("parameters")
  public Map<String, String> parameters() {
    Map<String, String> p = parameters;
    if (p == null) {
      ImmutableMap.Builder<String, String> b = ImmutableMap.builderWithExpectedSize(keyValues.length / 2);
      for (int i = 0; i < keyValues.length; i += 2) {
        b.put((String) keyValues[i], format(keyValues[i + 1]));
      }
      p = b.buildOrThrow();
      parameters = p;
    }
    return p;
  }

  /**
   * The English message.
   *
   * @return the message
   */
  @JsonProperty("message")
  public String message() {
    String m = message;
    if (m == null) {
      m = source instanceof ReasonTemplate t ? t.render(parameters()) : render((String) source, parameters());
      message = m;
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Reason r
            && r.code.equals(code)
            && r.parameters().equals(parameters())
            && r.message().equals(message());
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, parameters(), message());
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
    return code + ": " + message();
  }
}

package org.aftersales.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link Reason} code and message template parsed once, so that a hot path builds its reasons
 * without re-reading the template: {@code static final ReasonTemplate COVERED =
 * ReasonTemplate.of("COVERED", "covered by {coverage} until {last}")}, then {@code
 * COVERED.with(id, last)}. The result equals {@code Reason.of(code, template, "coverage", id,
 * "last", last)}: parameters in the order of their first placeholder, values formatted by {@link
 * Reason#format(Object)}.
 *
 * <p>Use it for reasons made on hot paths (every price line, every refused slot): the template is
 * read once, at class initialisation, instead of at every reason. Immutable and thread-safe.
 */
public final class ReasonTemplate {

  private final String code;
  private final String[] names;
  /** Literal text before each placeholder, and after the last at the end. */
  private final String[] literals;
  /** For each placeholder, the index of its name. */
  private final int[] slots;
  private final int length;

  private ReasonTemplate(String code, String[] names, String[] literals, int[] slots) {
    this.code = code;
    this.names = names;
    this.literals = literals;
    this.slots = slots;
    int n = 0;
    for (String l : literals) {
      n += l.length();
    }
    this.length = n;
  }

  /**
   * Parses a template: every {@code {name}} with a name of ASCII letters, digits and underscores
   * starting with a letter is a parameter.
   *
   * @param code the reason code, upper snake case
   * @param template the English message template
   * @return the template
   */
  public static ReasonTemplate of(String code, String template) {
    List<String> names = new ArrayList<>();
    List<String> literals = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > i + 1 && Reason.isName(template.substring(i + 1, close))) {
        String name = template.substring(i + 1, close);
        int index = names.indexOf(name);
        if (index < 0) {
          names.add(name);
          index = names.size() - 1;
        }
        literals.add(literal.toString());
        literal.setLength(0);
        slots.add(index);
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    literals.add(literal.toString());
    ReasonTemplate t =
        new ReasonTemplate(
            code,
            names.toArray(new String[0]),
            literals.toArray(new String[0]),
            slots.stream().mapToInt(Integer::intValue).toArray());
    Reason.of(code, template); // validates the code once
    return t;
  }

  /**
   * The reason with these parameter values, in the order of the names' first appearance. The
   * values are formatted, and the message rendered, when the reason is first read.
   *
   * @param values one immutable value per distinct parameter name
   * @return the reason
   */
  public Reason with(Object... values) {
    if (values.length != names.length) {
      throw new IllegalArgumentException(
          "reason " + code + " takes " + names.length + " values, got " + values.length);
    }
    Object[] keyValues = new Object[values.length * 2];
    for (int i = 0; i < values.length; i++) {
      keyValues[2 * i] = names[i];
      keyValues[2 * i + 1] = values[i];
    }
    return new Reason(code, this, keyValues);
  }

  /** The message for formatted parameters (one per name, as {@link Reason#parameters()} holds). */
  String render(Map<String, String> parameters) {
    String[] text = new String[names.length];
    int n = length;
    for (int i = 0; i < names.length; i++) {
      text[i] = parameters.get(names[i]);
    }
    for (int slot : slots) {
      n += text[slot].length();
    }
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < slots.length; i++) {
      sb.append(literals[i]).append(text[slots[i]]);
    }
    return sb.append(literals[literals.length - 1]).toString();
  }
}

package org.aftersales.core;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

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
    t.with(new Object[names.size()]); // validates the code once
    return t;
  }

  /**
   * The reason with these parameter values, in the order of the names' first appearance.
   *
   * @param values one value per distinct parameter name
   * @return the reason
   */
  public Reason with(Object... values) {
    if (values.length != names.length) {
      throw new IllegalArgumentException(
          "reason " + code + " takes " + names.length + " values, got " + values.length);
    }
    String[] text = new String[values.length];
    int n = length;
    for (int i = 0; i < values.length; i++) {
      text[i] = Reason.format(values[i]);
    }
    for (int slot : slots) {
      n += text[slot].length();
    }
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < slots.length; i++) {
      sb.append(literals[i]).append(text[slots[i]]);
    }
    sb.append(literals[literals.length - 1]);
    return new Reason(code, new Parameters(names, text), sb.toString());
  }

  /** The parameters as a read-only map over the two arrays, in order; {@link Reason} copies it. */
  private static final class Parameters extends AbstractMap<String, String> {
    private final String[] names;
    private final String[] values;

    Parameters(String[] names, String[] values) {
      this.names = names;
      this.values = values;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, String>> iterator() {
          return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
              return i < names.length;
            }

            @Override
            public Map.Entry<String, String> next() {
              if (i >= names.length) {
                throw new NoSuchElementException();
              }
              Map.Entry<String, String> e = new SimpleImmutableEntry<>(names[i], values[i]);
              i++;
              return e;
            }
          };
        }

        @Override
        public int size() {
          return names.length;
        }
      };
    }
  }
}

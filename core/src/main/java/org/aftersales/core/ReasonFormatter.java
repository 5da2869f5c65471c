package org.aftersales.core;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Reason} in a language of the host's choosing, from templates the host supplies
 * in code; it reads no files and no resource bundles (DESIGN §2.2).
 *
 * <p>Templates are keyed by language tag (for example {@code zh}) and reason code and use the
 * same {@code {name}} placeholders as {@link Reason#of}. A reason without a template for the
 * requested language falls back to its English {@link Reason#message()}. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ReasonFormatter zh = ReasonFormatter.of(Map.of("zh",
 *     Map.of("BUFFER_SLOT", "{time} 为预留缓冲时段，不接受预约")));
 * zh.format(reason, Locale.CHINA);
 * }</pre>
 */
public final class ReasonFormatter {

  private final ImmutableMap<String, ImmutableMap<String, String>> templates;

  private ReasonFormatter(ImmutableMap<String, ImmutableMap<String, String>> templates) {
    this.templates = templates;
  }

  /**
   * A formatter that always answers with the English message.
   *
   * @return the formatter
   */
  public static ReasonFormatter english() {
    return new ReasonFormatter(ImmutableMap.of());
  }

  /**
   * A formatter with templates by language and reason code.
   *
   * @param templatesByLanguage language (ISO 639 code, for example {@code zh}) to code to template
   * @return the formatter
   */
  public static ReasonFormatter of(Map<String, Map<String, String>> templatesByLanguage) {
    ImmutableMap.Builder<String, ImmutableMap<String, String>> b = ImmutableMap.builder();
    templatesByLanguage.forEach((lang, byCode) -> b.put(lang, ImmutableMap.copyOf(byCode)));
    return new ReasonFormatter(b.buildOrThrow());
  }

  /**
   * Renders the reason in the locale's language, or in English when there is no template.
   *
   * @param reason the reason
   * @param locale the wanted language; only {@link Locale#getLanguage()} is used
   * @return the message
   */
  public String format(Reason reason, Locale locale) {
    ImmutableMap<String, String> byCode = templates.get(locale.getLanguage());
    String template = byCode == null ? null : byCode.get(reason.code());
    return template == null ? reason.message() : Reason.render(template, reason.parameters());
  }
}

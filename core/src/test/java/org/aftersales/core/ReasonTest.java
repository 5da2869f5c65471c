package org.aftersales.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aftersales.core.money.Monies;
import org.junit.jupiter.api.Test;

class ReasonTest {

  @Test
  void rendersTheTemplateFromOrderedParameters() {
    Reason r =
        Reason.of(
            "BUFFER_SLOT",
            "{time} is kept free after every {n} reception slots",
            "time", "09:45",
            "n", 3);
    assertThat(r.message()).isEqualTo("09:45 is kept free after every 3 reception slots");
    assertThat(r.parameters()).containsExactly(Map.entry("time", "09:45"), Map.entry("n", "3"));
    assertThat(r.toString()).isEqualTo("BUFFER_SLOT: " + r.message());
  }

  @Test
  void formatsDecimalsAndMoneyWithoutLocale() {
    assertThat(Reason.format(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Reason.format(Monies.of("12.30", "CNY"))).isEqualTo("12.30 CNY");
    Reason r = Reason.of("X", "{a} and {missing}", "a", new BigDecimal("0.50"));
    assertThat(r.message()).isEqualTo("0.50 and {missing}");
  }

  @Test
  void rendersOnlyWellFormedKnownPlaceholders() {
    Map<String, String> p = Map.of("a", "1", "b_2", "2");
    assertThat(Reason.render("{a}{b_2}", p)).isEqualTo("12");
    assertThat(Reason.render("x {a} y {b_2} z", p)).isEqualTo("x 1 y 2 z");
    assertThat(Reason.render("{ a } {2a} {} {a", p)).isEqualTo("{ a } {2a} {} {a");
    assertThat(Reason.render("{{a}}", p)).isEqualTo("{{a}}");
    assertThat(Reason.render("no braces", p)).isEqualTo("no braces");
    assertThat(Reason.render("{unknown} {a}", p)).isEqualTo("{unknown} 1");
  }

  @Test
  void rejectsCodesThatAreNotUpperSnakeCase() {
    assertThatThrownBy(() -> Reason.of("buffer slot", "x"))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.INVALID_CODE);
  }

  @Test
  void formatterFallsBackToEnglish() {
    Reason r = Reason.of("BUFFER_SLOT", "{time} is a buffer slot", "time", "09:45");
    ReasonFormatter zh = ReasonFormatter.of(Map.of("zh", Map.of("BUFFER_SLOT", "{time} 为预留缓冲时段")));
    assertThat(zh.format(r, Locale.CHINA)).isEqualTo("09:45 为预留缓冲时段");
    assertThat(zh.format(r, Locale.GERMANY)).isEqualTo("09:45 is a buffer slot");
    assertThat(zh.format(Reason.of("OTHER", "other"), Locale.CHINA)).isEqualTo("other");
    assertThat(ReasonFormatter.english().format(r, Locale.CHINA)).isEqualTo(r.message());
  }

  @Test
  void exceptionsSummariseTheirViolations() {
    ValidationException e =
        new ValidationException(
            List.of(
                new Violation("a", CoreErrorCode.BLANK_TEXT, "a must not be blank"),
                new Violation("b", CoreErrorCode.NEGATIVE_QUANTITY, "b must be >= 0: -1")));
    assertThat(e.code()).isEqualTo(CoreErrorCode.BLANK_TEXT);
    assertThat(e.getMessage()).startsWith("2 violations:").contains("b: NEGATIVE_QUANTITY: b must be >= 0: -1");
    assertThat(e.under("$.x").violations()).extracting(Violation::path).containsExactly("$.x.a", "$.x.b");
    assertThat(new Violation("[0]", CoreErrorCode.BLANK_TEXT, "m").under("$.jobs").path()).isEqualTo("$.jobs[0]");
    assertThat(new Violation("", CoreErrorCode.BLANK_TEXT, "m").under("$.vin").path()).isEqualTo("$.vin");
    assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyErrorCodeHasADescriptionAndAStableName() {
    for (CoreErrorCode c : CoreErrorCode.values()) {
      assertThat(c.code()).isEqualTo(c.name()).matches("[A-Z][A-Z0-9_]+");
      assertThat(c.description()).isNotBlank();
    }
  }
}

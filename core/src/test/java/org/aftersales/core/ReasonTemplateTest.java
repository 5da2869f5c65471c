package org.aftersales.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.aftersales.core.ValidationException;
import org.aftersales.core.money.Monies;
import org.junit.jupiter.api.Test;

class ReasonTemplateTest {

  @Test
  void buildsTheSameReasonAsReasonOf() {
    ReasonTemplate t = ReasonTemplate.of("COVERED", "covered by {coverage} ({kind}) until {last}");
    LocalDate last = LocalDate.of(2026, 3, 18);
    assertThat(t.with("BASIC", "BASIC", last))
        .isEqualTo(Reason.of("COVERED", "covered by {coverage} ({kind}) until {last}",
            "coverage", "BASIC", "kind", "BASIC", "last", last));
    ReasonTemplate twice = ReasonTemplate.of("TWICE", "{group} failed: replace the {group} ({amount}, {n})");
    assertThat(twice.with("ENGINE", Monies.of("12.30", "CNY"), new BigDecimal("1E+2")))
        .isEqualTo(Reason.of("TWICE", "{group} failed: replace the {group} ({amount}, {n})",
            "group", "ENGINE", "amount", Monies.of("12.30", "CNY"), "n", new BigDecimal("1E+2")));
    ReasonTemplate plain = ReasonTemplate.of("PLAIN", "no {placeholder here} or {} or {9x}");
    assertThat(plain.with()).isEqualTo(Reason.of("PLAIN", "no {placeholder here} or {} or {9x}"));
  }

  @Property(tries = 100)
  void anyValuesRenderLikeReasonOf(@ForAll String a, @ForAll int b) {
    String template = "start {a} middle {b} and {a} again {";
    assertThat(ReasonTemplate.of("ANY", template).with(a, b)).isEqualTo(Reason.of("ANY", template, "a", a, "b", b));
  }

  @Test
  void refusesBadCodesAndValueCounts() {
    assertThatThrownBy(() -> ReasonTemplate.of("lower", "x")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ReasonTemplate.of("A", "{x}").with()).isInstanceOf(IllegalArgumentException.class);
  }
}

package org.aftersales.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @Test
  void keepsTheScaleAndUsesTheExplicitContext() {
    MonetaryAmount a = Monies.of("12.30", "CNY");
    assertThat(Monies.number(a).toPlainString()).isEqualTo("12.30");
    assertThat(a.getContext().getPrecision()).isEqualTo(16);
    assertThat(Monies.format(a)).isEqualTo("12.30 CNY");
  }

  @Test
  void rejectsUnknownCurrencies() {
    for (String code : new String[] {"XYZ", "cny", "CN", "", "ABCD"}) {
      assertThatThrownBy(() -> Monies.currency(code))
          .isInstanceOf(ValidationException.class)
          .extracting(e -> ((ValidationException) e).code())
          .isEqualTo(CoreErrorCode.UNKNOWN_CURRENCY);
    }
    assertThat(Monies.currency("CNY").getCurrencyCode()).isEqualTo("CNY");
  }

  @Test
  @Timeout(5) // hang guard
  void boundsAmounts() {
    assertThat(Monies.number(Monies.of("999999999999.9999", "CNY")).toPlainString())
        .isEqualTo("999999999999.9999");
    assertThatThrownBy(() -> Monies.of("1000000000000", "CNY"))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.NUMBER_OUT_OF_RANGE);
    assertThatThrownBy(() -> Monies.of("0.00001", "CNY")).hasMessageContaining("at most 4 digits after");
    assertThatThrownBy(() -> Monies.of("1e10000000", "CNY")).hasMessageContaining("digits before");
    assertThatThrownBy(() -> Monies.requireNonNegative(Monies.of("-0.01", "CNY"), "price"))
        .hasMessageContaining("price must be >= 0: -0.01");
  }

  @Test
  void detectsMixedCurrencies() {
    assertThatThrownBy(
            () -> Monies.requireSameCurrency(Monies.of("1", "CNY"), Monies.of("1", "USD"), "total"))
        .hasMessageContaining("total mixes currencies: CNY and USD")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.CURRENCY_MISMATCH);
  }

  @ParameterizedTest
  @CsvSource({
    "CNY, 12.345, 12.35",
    "CNY, 12.344, 12.34",
    "CNY, -12.345, -12.35",
    "USD, 0.005, 0.01",
    "EUR, 10, 10.00",
    "JPY, 1234.5, 1235",
    "JPY, 1234.4, 1234",
  })
  void standardRoundingHalfUpToTheMinorUnit(String currency, String in, String out) {
    RoundingPolicy p = RoundingPolicy.standard(Monies.currency(currency));
    assertThat(Monies.number(p.round(Monies.of(in, currency))).toPlainString()).isEqualTo(out);
  }

  @ParameterizedTest
  @CsvSource({"12.32, 12.30", "12.325, 12.35", "12.3249, 12.30", "12.38, 12.40", "12.375, 12.40"})
  void swissCashRoundsToFiveRappen(String in, String out) {
    RoundingPolicy p = RoundingPolicy.cash(Monies.currency("CHF"));
    assertThat(p.round(new BigDecimal(in)).toPlainString()).isEqualTo(out);
    assertThat(RoundingPolicy.cash(Monies.currency("CNY"))).isEqualTo(RoundingPolicy.standard(Monies.currency("CNY")));
  }

  @Test
  void roundingRefusesAnotherCurrencyAndBadPolicies() {
    RoundingPolicy p = RoundingPolicy.standard(Monies.currency("CNY"));
    assertThatThrownBy(() -> p.round(Monies.of("1", "USD")))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.CURRENCY_MISMATCH);
    assertThatThrownBy(() -> new RoundingPolicy(Monies.currency("CNY"), BigDecimal.ZERO, RoundingMode.HALF_UP))
        .hasMessageContaining("increment must be > 0");
    assertThatThrownBy(
            () -> new RoundingPolicy(Monies.currency("CNY"), new BigDecimal("0.01"), RoundingMode.UNNECESSARY))
        .hasMessageContaining("UNNECESSARY");
  }

  @Property
  void roundingIsIdempotentAndMovesLessThanOneIncrement(
      @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(4) BigDecimal value) {
    for (RoundingPolicy p :
        new RoundingPolicy[] {
          RoundingPolicy.standard(Monies.currency("CNY")),
          RoundingPolicy.standard(Monies.currency("JPY")),
          RoundingPolicy.cash(Monies.currency("CHF"))
        }) {
      BigDecimal once = p.round(value);
      assertThat(p.round(once)).isEqualTo(once);
      assertThat(p.isRounded(once)).isTrue();
      assertThat(once.subtract(value).abs()).isLessThanOrEqualTo(p.increment().divide(BigDecimal.valueOf(2)));
    }
  }
}

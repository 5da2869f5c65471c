package org.aftersales.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

  @Test
  void hoursAreExactAndNormalised() {
    assertThat(Hours.of("1.50")).isEqualTo(Hours.of("1.5"));
    assertThat(Hours.of("0.1").plus(Hours.of("0.2"))).isEqualTo(Hours.of("0.3"));
    assertThat(Hours.ofMinutes(90)).isEqualTo(Hours.of("1.5"));
    assertThat(Hours.ofMinutes(20).value()).isEqualByComparingTo("0.3333");
    assertThat(Hours.of("1.5").toDuration()).isEqualTo(Duration.ofMinutes(90));
    assertThat(Hours.of("2").minusOrZero(Hours.of("3"))).isEqualTo(Hours.ZERO);
    assertThat(Hours.of("2").times(new BigDecimal("0.85"))).isEqualTo(Hours.of("1.7"));
    assertThat(Hours.of("9999.9999").value()).isEqualByComparingTo("9999.9999");
  }

  @Test
  void hoursRejectNegativeHugeAndTooPreciseValuesAtTheValue() {
    assertThatThrownBy(() -> Hours.of("-0.1"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("hours must be >= 0: -0.1")
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).path()).isEmpty())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.NEGATIVE_QUANTITY);
    assertThatThrownBy(() -> Hours.of("10000")).hasMessageContaining("at most 4 digits before");
    assertThatThrownBy(() -> Hours.of("0.00001")).hasMessageContaining("at most 4 digits after");
    assertThatThrownBy(() -> Hours.of("NaN"))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.INVALID_NUMBER);
    assertThatThrownBy(() -> Hours.of("Infinity"))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.INVALID_NUMBER);
  }

  @Test
  void percentagesRunFromZeroToHundredInclusive() {
    assertThat(Percentage.of(0)).isEqualTo(Percentage.ZERO);
    assertThat(Percentage.of(100)).isEqualTo(Percentage.HUNDRED);
    assertThat(Percentage.of("12.50").fraction()).isEqualByComparingTo("0.125");
    assertThatThrownBy(() -> Percentage.of("100.0001"))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.PERCENTAGE_OUT_OF_RANGE);
    assertThatThrownBy(() -> Percentage.of("-0.0001"))
        .hasMessageContaining("between 0 and 100: -0.0001");
  }

  @Test
  void quantitiesKeepUnitsApart() {
    assertThat(Quantity.pieces(2).plus(Quantity.pieces(3))).isEqualTo(Quantity.pieces(5));
    assertThat(Quantity.of("4.50", UnitOfMeasure.LITRE)).isEqualTo(Quantity.of("4.5", UnitOfMeasure.LITRE));
    assertThatThrownBy(() -> Quantity.pieces(1).plus(Quantity.of("1", UnitOfMeasure.LITRE)))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.UNIT_MISMATCH);
    assertThatThrownBy(() -> Quantity.of("1.5", UnitOfMeasure.PIECE))
        .hasMessageContaining("quantity in PIECE must be a whole number: 1.5")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.FRACTIONAL_QUANTITY);
    assertThatThrownBy(() -> Quantity.pieces(-1))
        .extracting(e -> ((ValidationException) e).violations().get(0).path())
        .isEqualTo("value");
    assertThat(Quantity.of("1.0", UnitOfMeasure.SET)).isEqualTo(new Quantity(BigDecimal.ONE, UnitOfMeasure.SET));
  }
}

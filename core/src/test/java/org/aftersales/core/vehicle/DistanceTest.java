package org.aftersales.core.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DistanceTest {

  @Test
  void comparesExactlyAcrossUnits() {
    Distance limit = Distance.ofMiles(36_000);
    assertThat(limit.compareTo(Distance.ofKilometres("57936.384"))).isZero();
    assertThat(limit.compareTo(Distance.ofKilometres("57936.385"))).isNegative();
    assertThat(limit.compareTo(Distance.ofKilometres("57936.383"))).isPositive();
    assertThat(Distance.ofKilometres("57936.384").isAtMost(limit)).isTrue();
    assertThat(Distance.ofKilometres("57936.385").isAtMost(limit)).isFalse();
  }

  @Test
  void convertsWithHalfUpRoundingToThreePlaces() {
    assertThat(Distance.ofMiles(1).to(DistanceUnit.KM)).isEqualTo(Distance.ofKilometres("1.609"));
    assertThat(Distance.ofKilometres(1).to(DistanceUnit.MI))
        .isEqualTo(new Distance(new BigDecimal("0.621"), DistanceUnit.MI));
    // 1 km = 0.6213711... mi; 100 km = 62.137119... -> 62.137
    assertThat(Distance.ofKilometres(100).to(DistanceUnit.MI).value()).isEqualByComparingTo("62.137");
    // 0.001 mi = 0.001609344 km -> 0.002 (half up)
    assertThat(new Distance(new BigDecimal("0.001"), DistanceUnit.MI).to(DistanceUnit.KM).value())
        .isEqualByComparingTo("0.002");
    assertThat(Distance.ofKilometres(5).to(DistanceUnit.KM)).isEqualTo(Distance.ofKilometres(5));
  }

  @Test
  void normalisesTrailingZeros() {
    assertThat(Distance.ofKilometres("12.500")).isEqualTo(Distance.ofKilometres("12.5"));
    assertThat(Distance.ofKilometres("1E+2")).isEqualTo(Distance.ofKilometres(100));
  }

  @Test
  void rejectsNegativeTooLargeAndTooPrecise() {
    assertThatThrownBy(() -> Distance.ofKilometres(-1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("value must be >= 0: -1")
        .extracting(e -> ((ValidationException) e).violations().get(0).path())
        .isEqualTo("value");
    assertThatThrownBy(() -> Distance.ofKilometres(10_000_000))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.NUMBER_OUT_OF_RANGE);
    assertThat(Distance.ofKilometres(9_999_999).value()).isEqualByComparingTo("9999999");
    assertThatThrownBy(() -> Distance.ofKilometres("1.0001"))
        .hasMessageContaining("at most 3 digits after the decimal point");
    assertThatThrownBy(() -> new Distance(BigDecimal.ONE, null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unit must not be null");
  }

  @Test
  @Timeout(5) // a hang guard: expanding this number would take minutes
  void rejectsHugeExponentsWithoutExpandingThem() {
    assertThatThrownBy(() -> Distance.ofKilometres("1e10000000"))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.NUMBER_OUT_OF_RANGE);
    assertThatThrownBy(() -> Distance.ofKilometres("1e-10000000"))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.NUMBER_OUT_OF_RANGE);
  }

  @Test
  void addsAndSubtractsInTheFirstUnit() {
    assertThat(Distance.ofKilometres(1000).plus(Distance.ofMiles(1)))
        .isEqualTo(Distance.ofKilometres("1001.609"));
    assertThat(Distance.ofKilometres(1000).minus(Distance.ofKilometres(400)))
        .isEqualTo(Distance.ofKilometres(600));
    assertThatThrownBy(() -> Distance.ofKilometres(1).minus(Distance.ofMiles(1)))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.NEGATIVE_QUANTITY);
  }

  @Property
  void milesToKilometresAndBackIsWithinRounding(@ForAll @LongRange(min = 0, max = 6_000_000) long miles) {
    Distance d = Distance.ofMiles(miles);
    Distance back = d.to(DistanceUnit.KM).to(DistanceUnit.MI);
    assertThat(back.value().subtract(d.value()).abs()).isLessThanOrEqualTo(new BigDecimal("0.001"));
    assertThat(d.compareTo(Distance.zero(DistanceUnit.KM))).isEqualTo(miles == 0 ? 0 : 1);
  }
}

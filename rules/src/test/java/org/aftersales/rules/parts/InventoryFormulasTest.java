package org.aftersales.rules.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.ValidationException;
import org.junit.jupiter.api.Test;

/** DOMAIN §5 formulas with worked numbers. */
class InventoryFormulasTest {

  @Test
  void zIsTheDomainTableAtItsPoints() {
    assertThat(InventoryFormulas.z(ServiceLevel.P90)).isEqualTo(1.28);
    assertThat(InventoryFormulas.z(ServiceLevel.P95)).isEqualTo(1.65);
    assertThat(InventoryFormulas.z(ServiceLevel.P98)).isEqualTo(2.05);
    assertThat(InventoryFormulas.z(ServiceLevel.P99)).isEqualTo(2.33);
    assertThat(InventoryFormulas.z(ServiceLevel.of("0.9500"))).isEqualTo(1.65);
  }

  @Test
  void zIsTheInverseNormalAwayFromTheTable() {
    // reference values: Python statistics.NormalDist().inv_cdf (also AS241)
    assertThat(InventoryFormulas.z(ServiceLevel.of("0.975"))).isCloseTo(1.959963984540054, within(1e-12));
    assertThat(InventoryFormulas.z(ServiceLevel.of("0.995"))).isCloseTo(2.5758293035489, within(1e-12));
    assertThat(InventoryFormulas.z(ServiceLevel.of("0.8"))).isCloseTo(0.8416212335729144, within(1e-12));
    assertThat(InventoryFormulas.z(ServiceLevel.of("0.5"))).isEqualTo(0.0);
    assertThat(InventoryFormulas.z(ServiceLevel.of("0.999999"))).isCloseTo(4.753424308817089, within(1e-9));
    assertThat(InventoryFormulas.inverseStandardNormal(0.000001)).isCloseTo(-4.753424308822899, within(1e-9));
  }

  @Test
  void zIsClampedBetweenTheRoundedTableValuesSoItNeverFalls() {
    // exact quantile of 95.01% is 1.6458 < 1.65 (the table's 95%): clamped up to 1.65
    assertThat(InventoryFormulas.z(ServiceLevel.of("0.9501"))).isEqualTo(1.65);
    // exact quantile of 94.99% is 1.6439: below the table's 95%, kept
    assertThat(InventoryFormulas.z(ServiceLevel.of("0.9499"))).isCloseTo(1.643884802230035, within(1e-12));
    // exact quantile of 89.99% is 1.2810 > 1.28 (the table's 90%): clamped down to 1.28
    assertThat(InventoryFormulas.z(ServiceLevel.of("0.8999"))).isEqualTo(1.28);
    assertThat(InventoryFormulas.z(ServiceLevel.of("0.9001"))).isCloseTo(1.2821215797087744, within(1e-12));
  }

  @Test
  void safetyStockReorderPointAndEoqWorkedExample() {
    // SS = 1.65 x 2 x sqrt(9) = 9.9; ROP = 1.5 x 9 + 9.9 = 23.4; EOQ = sqrt(2 x 1200 x 50 / 3) = 200
    double ss = InventoryFormulas.safetyStock(1.65, 2.0, 9.0);
    assertThat(ss).isCloseTo(9.9, within(1e-12));
    assertThat(InventoryFormulas.reorderPoint(1.5, 9.0, ss)).isCloseTo(23.4, within(1e-12));
    assertThat(InventoryFormulas.economicOrderQuantity(1200, 50, 3)).isCloseTo(200.0, within(1e-12));
  }

  @Test
  void edgeCasesOfTheFormulas() {
    assertThat(InventoryFormulas.safetyStock(-1.0, 2.0, 4.0)).isZero();
    assertThat(InventoryFormulas.economicOrderQuantity(0, 50, 3)).isZero();
    assertThat(InventoryFormulas.economicOrderQuantity(365, 50, 0)).isEqualTo(365.0);
    assertThatThrownBy(() -> InventoryFormulas.safetyStock(1.65, -1, 3))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("sigmaDailyDemand");
    assertThatThrownBy(() -> InventoryFormulas.inverseStandardNormal(1.0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("strictly between 0 and 1");
  }

  @Property
  void zNeverFallsAsTheServiceLevelRises(@ForAll("levels") BigDecimal a, @ForAll("levels") BigDecimal b) {
    BigDecimal lo = a.min(b);
    BigDecimal hi = a.max(b);
    assertThat(InventoryFormulas.z(new ServiceLevel(hi)))
        .isGreaterThanOrEqualTo(InventoryFormulas.z(new ServiceLevel(lo)));
  }

  @Provide
  Arbitrary<BigDecimal> levels() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(new BigDecimal("0.000001"), new BigDecimal("0.999999")).ofScale(6),
        Arbitraries.bigDecimals().between(new BigDecimal("0.8990"), new BigDecimal("0.9910")).ofScale(4),
        Arbitraries.of(new BigDecimal("0.9"), new BigDecimal("0.95"), new BigDecimal("0.98"), new BigDecimal("0.99")));
  }
}

package org.aftersales.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.vehicle.Vin;

class VinArbitrariesTest {

  @Property
  void generatedVinsParseStrictlyAndDecodeAModelYear(@ForAll("vins") Vin vin) {
    assertThat(Vin.parse(vin.value())).isEqualTo(vin);
    assertThat(vin.hasValidCheckDigit()).isTrue();
    assertThat(vin.possibleModelYears()).isNotEmpty();
  }

  @Provide
  Arbitrary<Vin> vins() {
    return VinArbitraries.valid();
  }
}

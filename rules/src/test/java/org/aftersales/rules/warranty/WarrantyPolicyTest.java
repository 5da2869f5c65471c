package org.aftersales.rules.warranty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ErrorCode;
import org.aftersales.core.PolicyException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.VehicleUsage;
import org.junit.jupiter.api.Test;

class WarrantyPolicyTest {

  static final AfterSalesJson JSON = AfterSalesJson.strict();

  static ErrorCode codeOf(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e.code();
    }
    throw new AssertionError("no exception");
  }

  static Coverage.Builder engineCoverage(String id, CoverageKind kind) {
    return Coverage.builder()
        .id(id)
        .kind(kind)
        .limits(CoverageLimits.of(36, Distance.ofMiles(36_000)))
        .addComponentGroup(ComponentGroup.ENGINE);
  }

  static WarrantyPolicy.Builder policy() {
    return WarrantyPolicy.builder().id("P").addComponentGroups(ComponentGroup.ENGINE, ComponentGroup.BODY);
  }

  @Test
  void presetsAreValidAndMeetTheThreeGuaranteesMinimums() {
    WarrantyPolicy cn = WarrantyPolicy.chinaPassengerCar();
    Coverage basic = cn.coverages().get(0);
    // SAMR Order 43 Art. 18: 包修期 at least 3 years or 60,000 km
    assertThat(basic.limits().months()).isGreaterThanOrEqualTo(36);
    assertThat(basic.limits().distance().orElseThrow()).isGreaterThanOrEqualTo(Distance.ofKilometres(60_000));
    assertThat(cn.startDateRule()).isEqualTo(StartDateRule.DELIVERY_OR_INVOICE);
    WarrantyPolicy us = WarrantyPolicy.usPassengerCar();
    assertThat(us.coverages()).extracting(Coverage::id)
        .containsExactly("BASIC", "POWERTRAIN", "EV_BATTERY", "CORROSION", "FEDERAL_EMISSIONS",
            "FEDERAL_EMISSIONS_MAJOR", "REPLACEMENT_PARTS");
    assertThat(us.coverages()).extracting(c -> c.limits().toString())
        .containsExactly("36 months or 36000 mi", "60 months or 60000 mi", "96 months or 100000 mi",
            "60 months, no distance limit", "24 months or 24000 mi", "96 months or 80000 mi", "12 months or 12000 mi");
  }

  @Test
  void limitsMustBePositive() {
    assertThat(codeOf(() -> CoverageLimits.monthsOnly(0))).isEqualTo(WarrantyErrorCode.WARRANTY_LIMIT_NOT_POSITIVE);
    assertThat(codeOf(() -> CoverageLimits.monthsOnly(-12))).isEqualTo(WarrantyErrorCode.WARRANTY_LIMIT_NOT_POSITIVE);
    assertThat(codeOf(() -> CoverageLimits.of(36, Distance.ofMiles(0)))).isEqualTo(WarrantyErrorCode.WARRANTY_LIMIT_NOT_POSITIVE);
    assertThat(codeOf(() -> Distance.ofMiles(-1))).isEqualTo(CoreErrorCode.NEGATIVE_QUANTITY);
    assertThat(codeOf(() -> GoodwillTier.builder().monthsPastLimit(0).manufacturerShare(Percentage.of(50)).build()))
        .isEqualTo(WarrantyErrorCode.WARRANTY_LIMIT_NOT_POSITIVE);
    assertThatThrownBy(
            () -> JSON.read(
                "{\"id\":\"P\",\"componentGroups\":[\"ENGINE\"],\"coverages\":[{\"id\":\"BASIC\",\"kind\":\"BASIC\","
                    + "\"limits\":{\"months\":0,\"distance\":{\"value\":36000,\"unit\":\"MI\"}},"
                    + "\"componentGroups\":[\"ENGINE\"]}]}",
                WarrantyPolicy.class))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("months must be > 0: 0");
  }

  @Test
  void overlappingCoveragesOfOneKindContradict() {
    assertThatThrownBy(
            () -> policy()
                .addCoverage(engineCoverage("A", CoverageKind.POWERTRAIN).build())
                .addCoverage(engineCoverage("B", CoverageKind.POWERTRAIN).limits(CoverageLimits.monthsOnly(60)).build())
                .build())
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("coverages A and B are both POWERTRAIN and both include ENGINE")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(WarrantyErrorCode.WARRANTY_CONTRADICTORY_COVERAGES);
    // different kinds may overlap; same kind for disjoint powertrains may too
    policy()
        .addCoverage(engineCoverage("A", CoverageKind.POWERTRAIN).build())
        .addCoverage(engineCoverage("B", CoverageKind.BASIC).build())
        .build();
    policy()
        .addCoverage(engineCoverage("A", CoverageKind.POWERTRAIN).addPowertrain(Powertrain.ICE).build())
        .addCoverage(engineCoverage("B", CoverageKind.POWERTRAIN).addPowertrain(Powertrain.BEV).build())
        .build();
  }

  @Test
  void contradictoryTermsAreRefused() {
    assertThat(codeOf(() -> policy()
            .addCoverage(engineCoverage("A", CoverageKind.BASIC).build())
            .addExclusion(Exclusion.wearItem(ComponentGroup.BODY))
            .addExclusion(Exclusion.wearItem(ComponentGroup.BODY, CoverageLimits.monthsOnly(6)))
            .build()))
        .isEqualTo(WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS);
    UsageRestriction taxiVoid =
        UsageRestriction.builder().addUsage(VehicleUsage.TAXI).effect(UsageEffect.VOID).build();
    assertThat(codeOf(() -> policy()
            .addCoverage(engineCoverage("A", CoverageKind.BASIC).build())
            .addUsageRestriction(taxiVoid)
            .addUsageRestriction(UsageRestriction.builder().addUsages(VehicleUsage.TAXI, VehicleUsage.RENTAL)
                .addCoverageKind(CoverageKind.BASIC).effect(UsageEffect.SHORTEN)
                .shortenedTo(CoverageLimits.monthsOnly(12)).build())
            .build()))
        .isEqualTo(WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS);
    assertThat(codeOf(() -> UsageRestriction.builder().addUsage(VehicleUsage.TAXI).effect(UsageEffect.SHORTEN).build()))
        .isEqualTo(WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS);
    GoodwillTier near = GoodwillTier.builder().monthsPastLimit(6).manufacturerShare(Percentage.of(30)).build();
    GoodwillTier far = GoodwillTier.builder().monthsPastLimit(12).manufacturerShare(Percentage.of(50)).build();
    assertThat(codeOf(() -> policy().addCoverage(engineCoverage("A", CoverageKind.BASIC).build())
            .addGoodwillTiers(near, far).build()))
        .isEqualTo(WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS);
    assertThat(codeOf(() -> policy().addCoverage(engineCoverage("A", CoverageKind.BASIC).build())
            .addGoodwillTiers(far, near).build()))
        .isEqualTo(WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS);
    assertThat(codeOf(() -> policy()
            .addCoverage(engineCoverage("A", CoverageKind.BASIC).deductible(Monies.of("100", "USD")).build())
            .addCoverage(engineCoverage("B", CoverageKind.POWERTRAIN).deductible(Monies.of("100", "EUR")).build())
            .build()))
        .isEqualTo(WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS);
    assertThat(codeOf(() -> Exclusion.of(ExclusionKind.AFTERMARKET_PART)))
        .isEqualTo(WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS);
    assertThat(codeOf(() -> engineCoverage("A", CoverageKind.BASIC).transferable(false)
            .subsequentOwnerLimits(CoverageLimits.monthsOnly(12)).build()))
        .isEqualTo(WarrantyErrorCode.WARRANTY_CONTRADICTORY_TERMS);
  }

  @Test
  void groupsMustBeInTheCatalogue() {
    assertThatThrownBy(
            () -> policy()
                .addCoverage(engineCoverage("A", CoverageKind.BASIC).addComponentGroup(ComponentGroup.TYRES).build())
                .build())
        .hasMessageContaining("coverages[0].componentGroups names TYRES")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(WarrantyErrorCode.WARRANTY_UNKNOWN_COMPONENT_GROUP);
    assertThat(codeOf(() -> ComponentGroup.of("engine"))).isEqualTo(CoreErrorCode.INVALID_CODE);
    assertThat(codeOf(() -> policy().addCoverage(engineCoverage("A", CoverageKind.BASIC).build())
            .addExclusion(Exclusion.wearItem(ComponentGroup.WIPER_BLADES)).build()))
        .isEqualTo(WarrantyErrorCode.WARRANTY_UNKNOWN_COMPONENT_GROUP);
  }

  @Test
  void policiesAndDecisionsRoundTripThroughJson() {
    for (WarrantyPolicy p :
        List.of(WarrantyPolicy.chinaPassengerCar(), WarrantyPolicy.usPassengerCar(), WarrantyPropertiesTest.CUSTOM)) {
      String json = JSON.write(p);
      WarrantyPolicy back = JSON.read(json, WarrantyPolicy.class);
      assertThat(back).isEqualTo(p);
      assertThat(JSON.write(back)).isEqualTo(json);
    }
    assertThat(JSON.write(CoverageLimits.of(36, Distance.ofMiles(36_000))))
        .isEqualTo("{\"months\":36,\"distance\":{\"value\":36000,\"unit\":\"MI\"}}");
  }
}

package org.aftersales.rules.warranty;

import static org.aftersales.rules.warranty.ComponentGroup.*;

import java.util.List;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.VehicleUsage;

/** The preset policies of {@link WarrantyPolicy}; built once, immutable. */
final class Presets {

  private Presets() {}

  static final List<ComponentGroup> CATALOGUE =
      List.of(
          ENGINE, TRANSMISSION, TRACTION_BATTERY, DRIVE_MOTOR, DRIVELINE, STEERING, BRAKES,
          SUSPENSION, BODY, CORROSION_PERFORATION, EMISSION_CONTROL, EMISSION_MAJOR_COMPONENTS,
          ELECTRICAL, CLIMATE_CONTROL, INFOTAINMENT, INTERIOR, PAINT, GLASS, LOW_VOLTAGE_BATTERY,
          BRAKE_LININGS, CLUTCH_LINING, TYRES, WIPER_BLADES, BULBS_AND_FUSES, SERVICE_ITEMS);

  /** Everything a basic coverage includes: the catalogue less wear items and tyres. */
  static final List<ComponentGroup> BASIC_GROUPS =
      List.of(
          ENGINE, TRANSMISSION, TRACTION_BATTERY, DRIVE_MOTOR, DRIVELINE, STEERING, BRAKES,
          SUSPENSION, BODY, CORROSION_PERFORATION, EMISSION_CONTROL, EMISSION_MAJOR_COMPONENTS,
          ELECTRICAL, CLIMATE_CONTROL, INFOTAINMENT, INTERIOR, PAINT, GLASS, LOW_VOLTAGE_BATTERY,
          BRAKE_LININGS, CLUTCH_LINING, WIPER_BLADES, BULBS_AND_FUSES, SERVICE_ITEMS);

  static final List<ExclusionKind> CAUSAL_EXCLUSIONS =
      List.of(
          ExclusionKind.ACCIDENT,
          ExclusionKind.MISUSE,
          ExclusionKind.FORBIDDEN_MODIFICATION,
          ExclusionKind.LACK_OF_MAINTENANCE,
          ExclusionKind.IMPROPER_FAULT_HANDLING,
          ExclusionKind.FORCE_MAJEURE,
          ExclusionKind.DISCLOSED_DEFECT);

  static final WarrantyPolicy CHINA = china();
  static final WarrantyPolicy US = us();

  private static Distance km(long km) {
    return Distance.ofKilometres(km);
  }

  private static Distance mi(long mi) {
    return Distance.ofMiles(mi);
  }

  private static WarrantyPolicy china() {
    WarrantyPolicy.Builder b =
        WarrantyPolicy.builder()
            .id("CN-PASSENGER")
            .startDateRule(StartDateRule.DELIVERY_OR_INVOICE)
            .addAllComponentGroups(CATALOGUE)
            .addCoverage(
                Coverage.builder()
                    .id("BASIC")
                    .kind(CoverageKind.BASIC)
                    .limits(CoverageLimits.of(36, km(100_000)))
                    .addAllComponentGroups(BASIC_GROUPS)
                    .build())
            .addCoverage(
                Coverage.builder()
                    .id("POWERTRAIN")
                    .kind(CoverageKind.POWERTRAIN)
                    .limits(CoverageLimits.of(60, km(100_000)))
                    .addComponentGroups(ENGINE, TRANSMISSION, DRIVELINE, DRIVE_MOTOR)
                    .build())
            .addCoverage(
                Coverage.builder()
                    .id("TRACTION_BATTERY")
                    .kind(CoverageKind.EV_TRACTION_BATTERY)
                    .limits(CoverageLimits.of(96, km(150_000)))
                    .addComponentGroup(TRACTION_BATTERY)
                    .build())
            .addCoverage(
                Coverage.builder()
                    .id("CORROSION")
                    .kind(CoverageKind.CORROSION)
                    .limits(CoverageLimits.monthsOnly(72))
                    .addComponentGroup(CORROSION_PERFORATION)
                    .build())
            .addCoverage(
                Coverage.builder()
                    .id("REPLACED_PARTS")
                    .kind(CoverageKind.REPLACED_PARTS)
                    .limits(CoverageLimits.of(12, km(20_000)))
                    .addAllComponentGroups(BASIC_GROUPS)
                    .build())
            .addExclusion(Exclusion.wearItem(BRAKE_LININGS, CoverageLimits.of(6, km(10_000))))
            .addExclusion(Exclusion.wearItem(CLUTCH_LINING, CoverageLimits.of(6, km(10_000))))
            .addExclusion(Exclusion.wearItem(WIPER_BLADES, CoverageLimits.of(6, km(10_000))))
            .addExclusion(Exclusion.wearItem(BULBS_AND_FUSES, CoverageLimits.of(6, km(10_000))))
            .addExclusion(Exclusion.wearItem(SERVICE_ITEMS, CoverageLimits.of(3, km(5_000))))
            .addExclusion(Exclusion.wearItem(LOW_VOLTAGE_BATTERY, CoverageLimits.of(12, km(20_000))))
            .addExclusion(Exclusion.wearItem(TYRES))
            .addUsageRestriction(
                UsageRestriction.builder()
                    .addUsages(VehicleUsage.TAXI, VehicleUsage.RENTAL)
                    .addCoverageKinds(
                        CoverageKind.BASIC, CoverageKind.POWERTRAIN, CoverageKind.EV_TRACTION_BATTERY)
                    .effect(UsageEffect.SHORTEN)
                    .shortenedTo(CoverageLimits.of(12, km(100_000)))
                    .build())
            .maintenanceSchedule(
                MaintenanceSchedule.builder()
                    .interval(CoverageLimits.of(12, km(10_000)))
                    .toleranceMonths(1)
                    .toleranceDistance(km(1_000))
                    .build())
            .addGoodwillTier(
                GoodwillTier.builder()
                    .monthsPastLimit(6)
                    .distancePastLimit(km(10_000))
                    .manufacturerShare(Percentage.of(50))
                    .dealerShare(Percentage.of(20))
                    .build())
            .addGoodwillTier(
                GoodwillTier.builder()
                    .monthsPastLimit(12)
                    .distancePastLimit(km(20_000))
                    .manufacturerShare(Percentage.of(30))
                    .dealerShare(Percentage.of(10))
                    .build());
    CAUSAL_EXCLUSIONS.forEach(k -> b.addExclusion(Exclusion.of(k)));
    return b.build();
  }

  private static WarrantyPolicy us() {
    WarrantyPolicy.Builder b =
        WarrantyPolicy.builder()
            .id("US-PASSENGER")
            .startDateRule(StartDateRule.DELIVERY_DATE)
            .addAllComponentGroups(CATALOGUE)
            .addCoverage(
                Coverage.builder()
                    .id("BASIC")
                    .kind(CoverageKind.BASIC)
                    .limits(CoverageLimits.of(36, mi(36_000)))
                    .addAllComponentGroups(BASIC_GROUPS)
                    .build())
            .addCoverage(
                Coverage.builder()
                    .id("POWERTRAIN")
                    .kind(CoverageKind.POWERTRAIN)
                    .limits(CoverageLimits.of(60, mi(60_000)))
                    .addComponentGroups(ENGINE, TRANSMISSION, DRIVELINE, DRIVE_MOTOR)
                    .build())
            .addCoverage(
                Coverage.builder()
                    .id("EV_BATTERY")
                    .kind(CoverageKind.EV_TRACTION_BATTERY)
                    .limits(CoverageLimits.of(96, mi(100_000)))
                    .addComponentGroup(TRACTION_BATTERY)
                    .build())
            .addCoverage(
                Coverage.builder()
                    .id("CORROSION")
                    .kind(CoverageKind.CORROSION)
                    .limits(CoverageLimits.monthsOnly(60))
                    .addComponentGroup(CORROSION_PERFORATION)
                    .build())
            .addCoverage(
                Coverage.builder()
                    .id("FEDERAL_EMISSIONS")
                    .kind(CoverageKind.EMISSIONS)
                    .limits(CoverageLimits.of(24, mi(24_000)))
                    .addComponentGroup(EMISSION_CONTROL)
                    .build())
            .addCoverage(
                Coverage.builder()
                    .id("FEDERAL_EMISSIONS_MAJOR")
                    .kind(CoverageKind.EMISSIONS)
                    .limits(CoverageLimits.of(96, mi(80_000)))
                    .addComponentGroup(EMISSION_MAJOR_COMPONENTS)
                    .build())
            .addCoverage(
                Coverage.builder()
                    .id("REPLACEMENT_PARTS")
                    .kind(CoverageKind.REPLACED_PARTS)
                    .limits(CoverageLimits.of(12, mi(12_000)))
                    .addAllComponentGroups(BASIC_GROUPS)
                    .build())
            .addExclusion(Exclusion.wearItem(BRAKE_LININGS))
            .addExclusion(Exclusion.wearItem(CLUTCH_LINING))
            .addExclusion(Exclusion.wearItem(WIPER_BLADES))
            .addExclusion(Exclusion.wearItem(BULBS_AND_FUSES))
            .addExclusion(Exclusion.wearItem(SERVICE_ITEMS))
            .addExclusion(Exclusion.wearItem(TYRES))
            .addUsageRestriction(
                UsageRestriction.builder()
                    .addUsages(VehicleUsage.TAXI, VehicleUsage.RENTAL)
                    .addCoverageKind(CoverageKind.POWERTRAIN)
                    .effect(UsageEffect.SHORTEN)
                    .shortenedTo(CoverageLimits.of(36, mi(36_000)))
                    .build())
            .maintenanceSchedule(
                MaintenanceSchedule.builder()
                    .interval(CoverageLimits.of(12, mi(7_500)))
                    .toleranceMonths(1)
                    .toleranceDistance(mi(750))
                    .build())
            .addGoodwillTier(
                GoodwillTier.builder()
                    .monthsPastLimit(12)
                    .distancePastLimit(mi(12_000))
                    .manufacturerShare(Percentage.of(50))
                    .build());
    CAUSAL_EXCLUSIONS.forEach(k -> b.addExclusion(Exclusion.of(k)));
    return b.build();
  }
}

package org.aftersales.rules.warranty;

import static org.aftersales.rules.warranty.WarrantyFixtures.DELIVERED;
import static org.aftersales.rules.warranty.WarrantyFixtures.car;
import static org.aftersales.rules.warranty.WarrantyFixtures.failure;
import static org.aftersales.rules.warranty.WarrantyFixtures.request;
import static org.aftersales.rules.warranty.WarrantyFixtures.vehicle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.aftersales.core.Reason;
import org.aftersales.core.ValidationException;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.VehicleUsage;
import org.aftersales.core.vehicle.Vin;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WarrantyEvaluatorTest {

  static final WarrantyEvaluator US = WarrantyEvaluator.of(WarrantyFixtures.usWithoutGoodwill());
  static final WarrantyEvaluator US_GOODWILL = WarrantyEvaluator.of(WarrantyPolicy.usPassengerCar());
  static final WarrantyEvaluator CN = WarrantyEvaluator.of(WarrantyPolicy.chinaPassengerCar());
  static final LocalDate BASIC_LAST = LocalDate.of(2026, 3, 18);

  static Distance mi(long m) {
    return Distance.ofMiles(m);
  }

  static Distance km(long k) {
    return Distance.ofKilometres(k);
  }

  static java.util.List<String> codes(WarrantyDecision d) {
    return d.reasons().stream().map(Reason::code).toList();
  }

  @Nested
  class Boundaries {

    @Test
    void exactly36000MilesOnTheLastDayIsStillCovered() {
      WarrantyDecision d = US.evaluate(request(ComponentGroup.ELECTRICAL, BASIC_LAST, mi(36_000)).build());
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.COVERED);
      assertThat(d.coverageId()).contains("BASIC");
      assertThat(d.coverageKind()).contains(CoverageKind.BASIC);
      assertThat(d.shares()).contains(CostShares.MANUFACTURER_PAYS);
      RemainingCoverage r = d.remaining().orElseThrow();
      assertThat(r.lastCoveredDate()).isEqualTo(BASIC_LAST);
      assertThat(r.days()).isZero();
      assertThat(r.distance()).contains(mi(0));
      assertThat(codes(d)).containsExactly("COVERED");
    }

    @Test
    void oneMileOverIsNotCovered() {
      WarrantyDecision d = US.evaluate(request(ComponentGroup.ELECTRICAL, BASIC_LAST, mi(36_001)).build());
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.NOT_COVERED);
      assertThat(d.shares()).contains(CostShares.CUSTOMER_PAYS);
      assertThat(codes(d)).containsExactly("COVERAGE_EXPIRED_BY_DISTANCE");
      assertThat(d.reasons().get(0).parameters())
          .containsEntry("coverage", "BASIC")
          .containsEntry("travelled", "36001 mi");
    }

    @Test
    void oneThousandthOfAMileOverIsNotCovered() {
      WarrantyDecision d =
          US.evaluate(
              request(ComponentGroup.ELECTRICAL, BASIC_LAST, new Distance(new java.math.BigDecimal("36000.001"),
                  org.aftersales.core.vehicle.DistanceUnit.MI)).build());
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.NOT_COVERED);
    }

    @Test
    void theDayAfterTheLastCoveredDayIsNotCovered() {
      WarrantyDecision d =
          US.evaluate(request(ComponentGroup.ELECTRICAL, BASIC_LAST.plusDays(1), mi(20_000)).build());
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.NOT_COVERED);
      assertThat(codes(d)).containsExactly("COVERAGE_EXPIRED_BY_TIME");
      assertThat(d.reasons().get(0).parameters()).containsEntry("last", "2026-03-18");
    }

    @Test
    void kilometreOdometersCompareExactlyWithMileLimits() {
      // 36,000 mi = 57,936.384 km exactly
      Distance atLimit = Distance.ofKilometres("57936.384");
      Distance over = Distance.ofKilometres("57936.385");
      assertThat(US.evaluate(request(ComponentGroup.ELECTRICAL, BASIC_LAST, atLimit).build()).outcome())
          .isEqualTo(WarrantyOutcome.COVERED);
      assertThat(US.evaluate(request(ComponentGroup.ELECTRICAL, BASIC_LAST, over).build()).outcome())
          .isEqualTo(WarrantyOutcome.NOT_COVERED);
    }

    @Test
    void monthsEndOnTheCorrespondingDayOrTheMonthsLastDay() {
      CoverageLimits oneMonth = CoverageLimits.monthsOnly(1);
      assertThat(oneMonth.lastCoveredDate(LocalDate.of(2024, 1, 31))).isEqualTo(LocalDate.of(2024, 2, 29));
      assertThat(CoverageLimits.monthsOnly(36).lastCoveredDate(DELIVERED)).isEqualTo(BASIC_LAST);
    }

    @Test
    void remainingTimeAndDistanceAreCountedFromTheReport() {
      WarrantyDecision d =
          US.evaluate(request(ComponentGroup.ELECTRICAL, LocalDate.of(2026, 3, 8), mi(35_000)).build());
      assertThat(d.remaining().orElseThrow().days()).isEqualTo(10);
      assertThat(d.remaining().orElseThrow().distance()).contains(mi(1_000));
    }
  }

  @Nested
  class WhichCoverageWins {

    @Test
    void powertrainTakesOverWhenBasicEndsByDistance() {
      WarrantyDecision d = US.evaluate(request(ComponentGroup.ENGINE, LocalDate.of(2025, 1, 10), mi(40_000)).build());
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.COVERED);
      assertThat(d.coverageId()).contains("POWERTRAIN");
      assertThat(codes(d)).containsExactly("COVERAGE_EXPIRED_BY_DISTANCE", "COVERED");
      assertThat(d.remaining().orElseThrow().lastCoveredDate()).isEqualTo(LocalDate.of(2028, 3, 18));
      assertThat(d.remaining().orElseThrow().distance()).contains(mi(20_000));
    }

    @Test
    void whenBothAreInForceTheLaterEndingWinsAtEqualDeductible() {
      WarrantyDecision d = US.evaluate(request(ComponentGroup.ENGINE, LocalDate.of(2024, 1, 10), mi(10_000)).build());
      assertThat(d.coverageId()).contains("POWERTRAIN");
      WarrantyDecision e =
          US.evaluate(request(ComponentGroup.EMISSION_CONTROL, LocalDate.of(2024, 1, 10), mi(10_000)).build());
      assertThat(e.coverageId()).contains("BASIC");
    }

    @Test
    void theSmallestDeductibleWinsBeforeTheLaterEnd() {
      WarrantyPolicy p =
          WarrantyPolicy.builder()
              .id("DEDUCTIBLE")
              .addComponentGroups(ComponentGroup.ENGINE)
              .addCoverage(
                  Coverage.builder()
                      .id("LONG")
                      .kind(CoverageKind.POWERTRAIN)
                      .limits(CoverageLimits.of(120, mi(100_000)))
                      .addComponentGroup(ComponentGroup.ENGINE)
                      .deductible(Monies.of("100.00", "USD"))
                      .build())
              .addCoverage(
                  Coverage.builder()
                      .id("SHORT")
                      .kind(CoverageKind.BASIC)
                      .limits(CoverageLimits.of(36, mi(36_000)))
                      .addComponentGroup(ComponentGroup.ENGINE)
                      .build())
              .build();
      WarrantyEvaluator ev = WarrantyEvaluator.of(p);
      WarrantyDecision early = ev.evaluate(request(ComponentGroup.ENGINE, LocalDate.of(2024, 1, 10), mi(10_000)).build());
      assertThat(early.coverageId()).contains("SHORT");
      assertThat(early.deductible()).isEmpty();
      WarrantyDecision late = ev.evaluate(request(ComponentGroup.ENGINE, LocalDate.of(2027, 1, 10), mi(50_000)).build());
      assertThat(late.coverageId()).contains("LONG");
      assertThat(late.deductible()).contains(Monies.of("100.00", "USD"));
      assertThat(codes(late)).containsExactly("COVERAGE_EXPIRED_BY_TIME", "COVERAGE_EXPIRED_BY_DISTANCE", "COVERED", "DEDUCTIBLE");
    }

    @Test
    void equalTermsFallBackToDeclaredOrder() {
      WarrantyPolicy p =
          WarrantyPolicy.builder()
              .id("TIE")
              .addComponentGroups(ComponentGroup.ENGINE)
              .addCoverage(
                  Coverage.builder().id("FIRST").kind(CoverageKind.POWERTRAIN)
                      .limits(CoverageLimits.of(36, mi(36_000))).addComponentGroup(ComponentGroup.ENGINE).build())
              .addCoverage(
                  Coverage.builder().id("SECOND").kind(CoverageKind.BASIC)
                      .limits(CoverageLimits.of(36, mi(50_000))).addComponentGroup(ComponentGroup.ENGINE).build())
              .build();
      WarrantyDecision d =
          WarrantyEvaluator.of(p).evaluate(request(ComponentGroup.ENGINE, LocalDate.of(2024, 1, 10), mi(10_000)).build());
      assertThat(d.coverageId()).contains("FIRST");
    }

    @Test
    void evBatteryCoverageIsForElectrifiedVehiclesOnly() {
      Vehicle bev = vehicle(Powertrain.BEV, VehicleUsage.PRIVATE, DELIVERED);
      WarrantyDecision d =
          US.evaluate(request(bev, ComponentGroup.TRACTION_BATTERY, LocalDate.of(2030, 3, 18), mi(100_000)).build());
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.COVERED);
      assertThat(d.coverageId()).contains("EV_BATTERY");
      WarrantyDecision over =
          US.evaluate(request(bev, ComponentGroup.TRACTION_BATTERY, LocalDate.of(2031, 3, 19), mi(90_000)).build());
      assertThat(over.outcome()).isEqualTo(WarrantyOutcome.NOT_COVERED);
      WarrantyDecision ice =
          US.evaluate(request(ComponentGroup.TRACTION_BATTERY, LocalDate.of(2024, 3, 18), mi(1_000)).build());
      // basic still includes the group for every powertrain
      assertThat(ice.coverageId()).contains("BASIC");
    }

    @Test
    void corrosionHasNoDistanceLimit() {
      WarrantyDecision d =
          US.evaluate(request(ComponentGroup.CORROSION_PERFORATION, LocalDate.of(2028, 3, 18), mi(250_000)).build());
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.COVERED);
      assertThat(d.coverageId()).contains("CORROSION");
      assertThat(d.remaining().orElseThrow().distance()).isEmpty();
      assertThat(US.evaluate(request(ComponentGroup.CORROSION_PERFORATION, LocalDate.of(2028, 3, 19), mi(1)).build()).outcome())
          .isEqualTo(WarrantyOutcome.NOT_COVERED);
    }

    @Test
    void federalEmissionsMajorComponentsRunEightYearsOr80000Miles() {
      assertThat(US.evaluate(request(ComponentGroup.EMISSION_MAJOR_COMPONENTS, LocalDate.of(2031, 3, 18), mi(80_000)).build()).coverageId())
          .contains("FEDERAL_EMISSIONS_MAJOR");
      assertThat(US.evaluate(request(ComponentGroup.EMISSION_MAJOR_COMPONENTS, LocalDate.of(2031, 3, 18), mi(80_001)).build()).outcome())
          .isEqualTo(WarrantyOutcome.NOT_COVERED);
      // emission control: 2 years or 24,000 mi federal, but basic (3 years) still covers at 30,000 mi
      assertThat(US.evaluate(request(ComponentGroup.EMISSION_CONTROL, LocalDate.of(2025, 6, 1), mi(30_000)).build()).coverageId())
          .contains("BASIC");
    }

    @Test
    void aReplacedPartRunsFromItsInstallation() {
      WarrantyRequest r =
          request(ComponentGroup.ELECTRICAL, LocalDate.of(2027, 1, 10), mi(50_000))
              .causalPartInstalled(new PartInstallation(LocalDate.of(2026, 1, 10), mi(38_000)))
              .build();
      WarrantyDecision d = US.evaluate(r);
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.COVERED);
      assertThat(d.coverageId()).contains("REPLACEMENT_PARTS");
      assertThat(d.remaining().orElseThrow().days()).isZero();
      assertThat(d.remaining().orElseThrow().distance()).contains(mi(0));
      WarrantyRequest over =
          WarrantyRequest.builder().from(r).odometer(mi(50_001)).build();
      assertThat(US.evaluate(over).outcome()).isEqualTo(WarrantyOutcome.NOT_COVERED);
      // without the installation the replaced-parts coverage is no candidate
      WarrantyRequest noInstall =
          request(ComponentGroup.ELECTRICAL, LocalDate.of(2027, 1, 10), mi(50_000)).build();
      assertThat(codes(US.evaluate(noInstall))).containsExactly("COVERAGE_EXPIRED_BY_TIME", "COVERAGE_EXPIRED_BY_DISTANCE");
    }
  }

  @Nested
  class Exclusions {

    @Test
    void aNonCausalAftermarketPartDoesNotVoidCoverage() {
      WarrantyRequest r =
          request(ComponentGroup.ENGINE, LocalDate.of(2024, 5, 1), mi(12_000))
              .failure(failure(ComponentGroup.ENGINE, Finding.notCausal(ExclusionKind.AFTERMARKET_PART)))
              .build();
      WarrantyDecision d = US.evaluate(r);
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.COVERED);
      assertThat(codes(d)).containsExactly("THIRD_PARTY_NOT_CAUSAL", "COVERED");
    }

    @Test
    void aCausalAftermarketPartExcludesOnlyTheAffectedComponent() {
      WarrantyRequest engine =
          request(ComponentGroup.ENGINE, LocalDate.of(2024, 5, 1), mi(12_000))
              .failure(failure(ComponentGroup.ENGINE, Finding.causal(ExclusionKind.AFTERMARKET_PART)))
              .build();
      WarrantyDecision d = US.evaluate(engine);
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.NOT_COVERED);
      assertThat(codes(d)).containsExactly("THIRD_PARTY_DAMAGE");
      assertThat(d.reasons().get(0).message()).contains("15 USC 2302(c)");
      // the same vehicle, same aftermarket part, a window regulator: still covered
      WarrantyRequest window =
          WarrantyRequest.builder()
              .from(engine)
              .failure(failure(ComponentGroup.ELECTRICAL, Finding.notCausal(ExclusionKind.AFTERMARKET_PART)))
              .build();
      assertThat(US.evaluate(window).outcome()).isEqualTo(WarrantyOutcome.COVERED);
    }

    @Test
    void outsideServiceExcludesOnlyFaultyWorkThatCausedTheFailure() {
      WarrantyRequest base = request(ComponentGroup.BRAKES, LocalDate.of(2024, 5, 1), km(12_000)).vehicle(car()).build();
      assertThat(
              CN.evaluate(WarrantyRequest.builder().from(base)
                      .failure(failure(ComponentGroup.BRAKES, Finding.notCausal(ExclusionKind.OUTSIDE_SERVICE))).build())
                  .outcome())
          .isEqualTo(WarrantyOutcome.COVERED);
      assertThat(
              CN.evaluate(WarrantyRequest.builder().from(base)
                      .failure(failure(ComponentGroup.BRAKES, Finding.causal(ExclusionKind.OUTSIDE_SERVICE))).build())
                  .outcome())
          .isEqualTo(WarrantyOutcome.NOT_COVERED);
    }

    @Test
    void anUndeterminedFindingNeedsInspection() {
      WarrantyRequest r =
          request(ComponentGroup.ENGINE, LocalDate.of(2024, 5, 1), mi(12_000))
              .failure(failure(ComponentGroup.ENGINE, Finding.undetermined(ExclusionKind.AFTERMARKET_PART)))
              .build();
      WarrantyDecision d = US.evaluate(r);
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.NEEDS_INSPECTION);
      assertThat(d.coverageId()).contains("POWERTRAIN");
      assertThat(d.shares()).isEmpty();
      assertThat(codes(d)).containsExactly("FINDING_UNDETERMINED", "COVERAGE_PENDING_INSPECTION");
    }

    @Test
    void accidentMisuseAndModificationExcludeWhenCausal() {
      for (ExclusionKind k :
          new ExclusionKind[] {ExclusionKind.ACCIDENT, ExclusionKind.MISUSE, ExclusionKind.FORBIDDEN_MODIFICATION,
              ExclusionKind.FORCE_MAJEURE, ExclusionKind.DISCLOSED_DEFECT, ExclusionKind.IMPROPER_FAULT_HANDLING}) {
        WarrantyRequest r =
            request(ComponentGroup.SUSPENSION, LocalDate.of(2024, 5, 1), km(12_000))
                .failure(failure(ComponentGroup.SUSPENSION, Finding.causal(k)))
                .build();
        WarrantyDecision d = CN.evaluate(r);
        assertThat(d.outcome()).as(k.name()).isEqualTo(WarrantyOutcome.NOT_COVERED);
        assertThat(codes(d)).containsExactly("EXCLUDED_BY_FINDING");
        WarrantyRequest notCausal =
            WarrantyRequest.builder().from(r).failure(failure(ComponentGroup.SUSPENSION, Finding.notCausal(k))).build();
        assertThat(CN.evaluate(notCausal).outcome()).as(k.name()).isEqualTo(WarrantyOutcome.COVERED);
      }
    }

    @Test
    void aFindingThePolicyDoesNotExcludeForTheGroupIsOnlyNoted() {
      WarrantyPolicy p =
          WarrantyPolicy.builder()
              .from(WarrantyFixtures.usWithoutGoodwill())
              .exclusions(java.util.List.of(
                  Exclusion.builder().kind(ExclusionKind.ACCIDENT).addComponentGroup(ComponentGroup.BODY).build()))
              .build();
      WarrantyRequest r =
          request(ComponentGroup.ENGINE, LocalDate.of(2024, 5, 1), mi(12_000))
              .failure(failure(ComponentGroup.ENGINE, Finding.causal(ExclusionKind.ACCIDENT)))
              .build();
      WarrantyDecision d = WarrantyEvaluator.of(p).evaluate(r);
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.COVERED);
      assertThat(codes(d)).containsExactly("FINDING_NOT_AN_EXCLUSION", "COVERED");
    }

    @Test
    void wearItemsAreExcludedUnlessWithinTheirOwnQualityPeriod() {
      assertThat(codes(US.evaluate(request(ComponentGroup.BRAKE_LININGS, LocalDate.of(2023, 4, 1), mi(500)).build())))
          .containsExactly("WEAR_ITEM_EXCLUDED");
      // China: brake linings 6 months or 10,000 km, both inclusive
      LocalDate sixMonths = LocalDate.of(2023, 9, 18);
      WarrantyDecision at = CN.evaluate(request(ComponentGroup.BRAKE_LININGS, sixMonths, km(10_000)).build());
      assertThat(at.outcome()).isEqualTo(WarrantyOutcome.COVERED);
      assertThat(codes(at)).containsExactly("WEAR_ITEM_WITHIN_QUALITY_PERIOD", "COVERED");
      assertThat(CN.evaluate(request(ComponentGroup.BRAKE_LININGS, sixMonths, km(10_001)).build()).outcome())
          .isEqualTo(WarrantyOutcome.NOT_COVERED);
      assertThat(CN.evaluate(request(ComponentGroup.BRAKE_LININGS, sixMonths.plusDays(1), km(9_000)).build()).outcome())
          .isEqualTo(WarrantyOutcome.NOT_COVERED);
      // tyres: no quality period, no coverage includes them either
      assertThat(codes(CN.evaluate(request(ComponentGroup.TYRES, sixMonths, km(9_000)).build())))
          .containsExactly("WEAR_ITEM_EXCLUDED", "NO_COVERAGE_FOR_GROUP");
    }
  }

  @Nested
  class Maintenance {

    final WarrantyRequest.Builder base =
        request(ComponentGroup.ENGINE, LocalDate.of(2025, 3, 1), km(25_000))
            .failure(failure(ComponentGroup.ENGINE, Finding.causal(ExclusionKind.LACK_OF_MAINTENANCE)));

    @Test
    void recordsFromAnyWorkshopWithoutAGapClearALackOfMaintenanceFinding() {
      WarrantyRequest r =
          base.addMaintenanceRecord(new MaintenanceRecord(LocalDate.of(2024, 3, 10), km(9_800), false))
              .addMaintenanceRecord(new MaintenanceRecord(LocalDate.of(2025, 2, 20), km(19_900), false))
              .build();
      WarrantyDecision d = CN.evaluate(r);
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.COVERED);
      assertThat(codes(d)).containsExactly("MAINTENANCE_RECORDS_COMPLETE", "COVERED");
    }

    @Test
    void aGapExcludesOnlyWhenTheLackOfMaintenanceCausedTheFailure() {
      WarrantyRequest gap =
          base.addMaintenanceRecord(new MaintenanceRecord(LocalDate.of(2024, 3, 10), km(9_800), true)).build();
      WarrantyDecision d = CN.evaluate(gap);
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.NOT_COVERED);
      assertThat(codes(d)).containsExactly("MAINTENANCE_GAP", "EXCLUDED_BY_FINDING");
      assertThat(d.reasons().get(0).parameters()).containsEntry("from", "2024-03-10").containsEntry("to", "2025-03-01");
      WarrantyRequest notCausal =
          WarrantyRequest.builder().from(gap)
              .failure(failure(ComponentGroup.ENGINE, Finding.notCausal(ExclusionKind.LACK_OF_MAINTENANCE)))
              .build();
      assertThat(CN.evaluate(notCausal).outcome()).isEqualTo(WarrantyOutcome.COVERED);
      WarrantyRequest noFinding = WarrantyRequest.builder().from(gap).failure(failure(ComponentGroup.ENGINE)).build();
      assertThat(CN.evaluate(noFinding).outcome()).isEqualTo(WarrantyOutcome.COVERED);
    }

    @Test
    void gapBoundariesAreIntervalPlusToleranceInclusive() {
      MaintenanceSchedule s = WarrantyPolicy.chinaPassengerCar().maintenanceSchedule().orElseThrow();
      LocalDate from = LocalDate.of(2024, 1, 15);
      assertThat(s.isGap(from, km(0), LocalDate.of(2025, 2, 15), km(11_000))).isFalse();
      assertThat(s.isGap(from, km(0), LocalDate.of(2025, 2, 16), km(5_000))).isTrue();
      assertThat(s.isGap(from, km(0), LocalDate.of(2024, 6, 1), km(11_001))).isTrue();
    }
  }

  @Nested
  class UsageOwnerAndGoodwill {

    @Test
    void taxisHaveShortenedCoverage() {
      Vehicle taxi = vehicle(Powertrain.ICE, VehicleUsage.TAXI, DELIVERED);
      WarrantyDecision inside = CN.evaluate(request(taxi, ComponentGroup.ELECTRICAL, LocalDate.of(2024, 3, 18), km(99_000)).build());
      assertThat(inside.outcome()).isEqualTo(WarrantyOutcome.COVERED);
      assertThat(codes(inside)).containsExactly("COVERAGE_SHORTENED_FOR_USAGE", "COVERED");
      WarrantyDecision after = CN.evaluate(request(taxi, ComponentGroup.ELECTRICAL, LocalDate.of(2024, 3, 19), km(99_000)).build());
      assertThat(after.outcome()).isEqualTo(WarrantyOutcome.GOODWILL);
      Vehicle privateCar = vehicle(Powertrain.ICE, VehicleUsage.PRIVATE, DELIVERED);
      assertThat(CN.evaluate(request(privateCar, ComponentGroup.ELECTRICAL, LocalDate.of(2024, 3, 19), km(99_000)).build()).outcome())
          .isEqualTo(WarrantyOutcome.COVERED);
    }

    @Test
    void aVoidRestrictionDropsTheCoverage() {
      WarrantyPolicy p =
          WarrantyPolicy.builder()
              .from(WarrantyFixtures.usWithoutGoodwill())
              .usageRestrictions(java.util.List.of(
                  UsageRestriction.builder().addUsage(VehicleUsage.RENTAL).addCoverageKind(CoverageKind.POWERTRAIN)
                      .effect(UsageEffect.VOID).build()))
              .build();
      Vehicle rental = vehicle(Powertrain.ICE, VehicleUsage.RENTAL, DELIVERED);
      WarrantyDecision d =
          WarrantyEvaluator.of(p).evaluate(request(rental, ComponentGroup.ENGINE, LocalDate.of(2027, 1, 1), mi(50_000)).build());
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.NOT_COVERED);
      assertThat(codes(d)).containsExactly("COVERAGE_EXPIRED_BY_TIME", "COVERAGE_EXPIRED_BY_DISTANCE", "COVERAGE_VOID_FOR_USAGE");
    }

    @Test
    void ownerChangeDropsFirstOwnerCoveragesAndShortensOthers() {
      WarrantyPolicy p =
          WarrantyPolicy.builder()
              .id("TRANSFER")
              .addComponentGroups(ComponentGroup.ENGINE, ComponentGroup.ELECTRICAL)
              .addCoverage(
                  Coverage.builder().id("POWERTRAIN").kind(CoverageKind.POWERTRAIN)
                      .limits(CoverageLimits.of(120, mi(100_000)))
                      .subsequentOwnerLimits(CoverageLimits.of(60, mi(60_000)))
                      .addComponentGroup(ComponentGroup.ENGINE).build())
              .addCoverage(
                  Coverage.builder().id("CONCIERGE").kind(CoverageKind.BASIC)
                      .limits(CoverageLimits.of(48, mi(50_000))).transferable(false)
                      .addComponentGroup(ComponentGroup.ELECTRICAL).build())
              .build();
      WarrantyEvaluator ev = WarrantyEvaluator.of(p);
      WarrantyRequest engine = request(ComponentGroup.ENGINE, LocalDate.of(2029, 1, 1), mi(70_000)).build();
      assertThat(ev.evaluate(engine).outcome()).isEqualTo(WarrantyOutcome.COVERED);
      WarrantyDecision second = ev.evaluate(WarrantyRequest.builder().from(engine).ownerChanged(true).build());
      assertThat(second.outcome()).isEqualTo(WarrantyOutcome.NOT_COVERED);
      assertThat(codes(second)).containsExactly("COVERAGE_SHORTENED_FOR_OWNER", "COVERAGE_EXPIRED_BY_TIME", "COVERAGE_EXPIRED_BY_DISTANCE");
      WarrantyRequest electrical =
          request(ComponentGroup.ELECTRICAL, LocalDate.of(2024, 1, 1), mi(7_000)).ownerChanged(true).build();
      assertThat(codes(ev.evaluate(electrical))).containsExactly("COVERAGE_NOT_TRANSFERRED");
    }

    @Test
    void goodwillTiersAfterExpiryWithExactBoundaries() {
      // China basic: 36 months or 100,000 km from 2023-03-18; tier 1: 6 months / 10,000 km, 50% + 20%
      WarrantyDecision t1 = CN.evaluate(request(ComponentGroup.ELECTRICAL, LocalDate.of(2026, 9, 18), km(110_000)).build());
      assertThat(t1.outcome()).isEqualTo(WarrantyOutcome.GOODWILL);
      assertThat(t1.coverageId()).contains("BASIC");
      assertThat(t1.shares()).contains(new CostShares(Percentage.of(50), Percentage.of(20), Percentage.of(30)));
      assertThat(codes(t1)).containsExactly("COVERAGE_EXPIRED_BY_TIME", "COVERAGE_EXPIRED_BY_DISTANCE", "GOODWILL");
      WarrantyDecision t2 = CN.evaluate(request(ComponentGroup.ELECTRICAL, LocalDate.of(2026, 9, 19), km(110_000)).build());
      assertThat(t2.shares()).contains(new CostShares(Percentage.of(30), Percentage.of(10), Percentage.of(60)));
      WarrantyDecision t2km = CN.evaluate(request(ComponentGroup.ELECTRICAL, LocalDate.of(2026, 4, 1), km(110_001)).build());
      assertThat(t2km.goodwillTier().orElseThrow().monthsPastLimit()).isEqualTo(12);
      WarrantyDecision last = CN.evaluate(request(ComponentGroup.ELECTRICAL, LocalDate.of(2027, 3, 18), km(120_000)).build());
      assertThat(last.outcome()).isEqualTo(WarrantyOutcome.GOODWILL);
      WarrantyDecision none = CN.evaluate(request(ComponentGroup.ELECTRICAL, LocalDate.of(2027, 3, 19), km(120_000)).build());
      assertThat(none.outcome()).isEqualTo(WarrantyOutcome.NOT_COVERED);
      assertThat(none.shares()).contains(CostShares.CUSTOMER_PAYS);
      assertThat(US_GOODWILL.evaluate(request(ComponentGroup.ELECTRICAL, BASIC_LAST, mi(36_001)).build()).outcome())
          .isEqualTo(WarrantyOutcome.GOODWILL);
    }

    @Test
    void anExcludedFailureGetsNoGoodwill() {
      WarrantyRequest r =
          request(ComponentGroup.ELECTRICAL, LocalDate.of(2026, 9, 18), km(110_000))
              .failure(failure(ComponentGroup.ELECTRICAL, Finding.causal(ExclusionKind.MISUSE)))
              .build();
      assertThat(CN.evaluate(r).outcome()).isEqualTo(WarrantyOutcome.NOT_COVERED);
    }
  }

  @Nested
  class BadInput {

    @Test
    void anUnknownComponentGroupIsRefused() {
      WarrantyPolicy p =
          WarrantyPolicy.builder()
              .id("SMALL")
              .addComponentGroups(ComponentGroup.ENGINE)
              .addCoverage(Coverage.builder().id("BASIC").kind(CoverageKind.BASIC)
                  .limits(CoverageLimits.of(36, mi(36_000))).addComponentGroup(ComponentGroup.ENGINE).build())
              .build();
      assertThatThrownBy(() -> WarrantyEvaluator.of(p).evaluate(request(ComponentGroup.of("FLUX_CAPACITOR"), BASIC_LAST, mi(1)).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("FLUX_CAPACITOR")
          .extracting(e -> ((ValidationException) e).code())
          .isEqualTo(WarrantyErrorCode.WARRANTY_UNKNOWN_COMPONENT_GROUP);
    }

    @Test
    void aReportBeforeTheStartIsRefusedAndAnUnsoldVehicleIsNotCovered() {
      assertThatThrownBy(() -> US.evaluate(request(ComponentGroup.ENGINE, DELIVERED.minusDays(1), mi(1)).build()))
          .extracting(e -> ((ValidationException) e).code())
          .isEqualTo(WarrantyErrorCode.WARRANTY_REPORT_DATE);
      Vehicle unsold =
          Vehicle.builder().vin(Vin.parse("LGXCE4CB5R0123456")).make("BYD").model("Seal")
              .modelYear(Year.of(2024)).powertrain(Powertrain.BEV).build();
      WarrantyDecision d = US.evaluate(request(unsold, ComponentGroup.ENGINE, DELIVERED, mi(1)).build());
      assertThat(d.outcome()).isEqualTo(WarrantyOutcome.NOT_COVERED);
      assertThat(codes(d)).containsExactly("WARRANTY_NOT_STARTED");
    }

    @Test
    void anOdometerGoingBackwardsInTheHistoryIsRefused() {
      assertThatThrownBy(
              () -> request(ComponentGroup.ENGINE, LocalDate.of(2025, 3, 1), km(25_000))
                  .addMaintenanceRecord(new MaintenanceRecord(LocalDate.of(2024, 3, 10), km(9_800), true))
                  .addMaintenanceRecord(new MaintenanceRecord(LocalDate.of(2024, 9, 10), km(9_700), true))
                  .build())
          .extracting(e -> ((ValidationException) e).code())
          .isEqualTo(WarrantyErrorCode.WARRANTY_ODOMETER_BACKWARDS);
      assertThatThrownBy(
              () -> request(ComponentGroup.ENGINE, LocalDate.of(2025, 3, 1), km(9_000))
                  .addMaintenanceRecord(new MaintenanceRecord(LocalDate.of(2024, 3, 10), km(9_800), true))
                  .build())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("odometer 9000 km on 2025-03-01 is below 9800 km");
      assertThatThrownBy(
              () -> request(ComponentGroup.ENGINE, LocalDate.of(2025, 3, 1), km(9_000))
                  .causalPartInstalled(new PartInstallation(LocalDate.of(2025, 3, 2), km(8_000)))
                  .build())
          .extracting(e -> ((ValidationException) e).code())
          .isEqualTo(WarrantyErrorCode.WARRANTY_REPORT_DATE);
    }

    @Test
    void maintenanceRecordsAreKeptInChronologicalOrder() {
      MaintenanceRecord a = new MaintenanceRecord(LocalDate.of(2024, 3, 10), km(9_800), true);
      MaintenanceRecord b = new MaintenanceRecord(LocalDate.of(2024, 9, 10), km(14_000), false);
      WarrantyRequest r1 = request(ComponentGroup.ENGINE, LocalDate.of(2025, 3, 1), km(25_000)).addMaintenanceRecords(b, a).build();
      WarrantyRequest r2 = request(ComponentGroup.ENGINE, LocalDate.of(2025, 3, 1), km(25_000)).addMaintenanceRecords(a, b).build();
      assertThat(r1).isEqualTo(r2);
      assertThat(r1.maintenanceRecords()).containsExactly(a, b);
    }
  }
}

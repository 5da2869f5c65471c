package org.aftersales.rules.consumerlaw;

import static org.aftersales.rules.consumerlaw.LawFixtures.at;
import static org.aftersales.rules.consumerlaw.LawFixtures.car;
import static org.aftersales.rules.consumerlaw.LawFixtures.fault;
import static org.aftersales.rules.consumerlaw.LawFixtures.history;
import static org.aftersales.rules.consumerlaw.LawFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.Reason;
import org.aftersales.core.ValidationException;
import org.aftersales.core.calendar.WorkingCalendar;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.VehicleUsage;
import org.aftersales.rules.warranty.ComponentGroup;
import org.aftersales.rules.warranty.CoverageLimits;
import org.aftersales.rules.warranty.ExclusionKind;
import org.aftersales.rules.warranty.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChinaThreeGuaranteesTest {

  static final ChinaThreeGuarantees PACK = ChinaThreeGuarantees.legalMinimum();
  static final LocalDate BOUGHT = LocalDate.of(2024, 1, 10);
  static final Vehicle CAR = car(BOUGHT);
  static final Duration DAY = Duration.ofDays(1);
  static final FaultFacts BRAKE_NOISE =
      fault(ComponentGroup.BRAKES).problem("BRAKE_NOISE").build();

  static ThreeGuaranteesRequest.Builder request(Vehicle v, RepairHistory h, LocalDate today, long km) {
    return ThreeGuaranteesRequest.builder()
        .vehicle(v)
        .history(h)
        .asOf(at(today, 18))
        .odometer(Distance.ofKilometres(km));
  }

  static ConsumerLawAssessment assess(RepairHistory h) {
    return PACK.assess(request(CAR, h, LocalDate.of(2025, 6, 1), 30_000).build());
  }

  static RemedyAssessment find(ConsumerLawAssessment a, String article) {
    return find(a, article, null);
  }

  static RemedyAssessment find(ConsumerLawAssessment a, String article, String subject) {
    return a.remedies().stream()
        .filter(r -> r.article().endsWith("Art. " + article) || r.article().contains("Art. " + article + ")"))
        .filter(r -> subject == null || r.subject().map(subject::equals).orElse(false))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no remedy under " + article + " in " + a.remedies()));
  }

  static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  @Nested
  class DayCounting {

    @Test
    void everyFull24HoursIsADayAndARemainderOneMore() {
      assertThat(RepairDays.of(Duration.ZERO)).isZero();
      assertThat(RepairDays.of(Duration.ofMinutes(1))).isEqualTo(1);
      assertThat(RepairDays.of(Duration.ofHours(24))).isEqualTo(1);
      assertThat(RepairDays.of(Duration.ofHours(24).plusSeconds(1))).isEqualTo(2);
      assertThat(RepairDays.of(Duration.ofDays(30))).isEqualTo(30);
      assertThat(RepairDays.of(Duration.ofDays(30).plusNanos(1))).isEqualTo(31);
      assertThat(RepairDays.of(Duration.ofHours(-5))).isZero();
    }

    @Test
    void exactly30CumulativeDaysIsNotOver30() {
      RepairHistory h =
          history(
              visit("RO-1", at(LocalDate.of(2024, 3, 1), 9), DAY.multipliedBy(10), 3_000, BRAKE_NOISE),
              visit("RO-2", at(LocalDate.of(2024, 5, 1), 9), DAY.multipliedBy(10), 6_000, BRAKE_NOISE),
              visit("RO-3", at(LocalDate.of(2024, 7, 1), 9), DAY.multipliedBy(10), 9_000, BRAKE_NOISE));
      RemedyAssessment days = find(assess(h), "24(4)", "CUMULATIVE_REPAIR_DAYS");
      assertThat(days.status()).isEqualTo(RemedyStatus.NOT_YET);
      assertThat(days.missing()).singleElement().satisfies(m -> {
        assertThat(m.code()).isEqualTo("NEEDS_MORE_REPAIR_DAYS");
        assertThat(m.parameters()).containsEntry("days", "30").containsEntry("more", "1");
      });
    }

    @Test
    void oneMinuteMoreMakes31DaysAndGivesReplacementOrRefund() {
      RepairHistory h =
          history(
              visit("RO-1", at(LocalDate.of(2024, 3, 1), 9), DAY.multipliedBy(10), 3_000, BRAKE_NOISE),
              visit("RO-2", at(LocalDate.of(2024, 5, 1), 9), DAY.multipliedBy(10), 6_000, BRAKE_NOISE),
              visit("RO-3", at(LocalDate.of(2024, 7, 1), 9), DAY.multipliedBy(10).plusMinutes(1), 9_000, BRAKE_NOISE));
      RemedyAssessment days = find(assess(h), "24(4)", "CUMULATIVE_REPAIR_DAYS");
      assertThat(days.status()).isEqualTo(RemedyStatus.AVAILABLE);
      assertThat(days.remedy()).isEqualTo(Remedy.REPLACEMENT_OR_REFUND);
      assertThat(days.article()).isEqualTo("SAMR Order 43 Art. 24(4)");
      assertThat(days.since()).contains(LocalDate.of(2024, 7, 11));
      assertThat(days.reasons().get(0).parameters()).containsEntry("days", "31");
    }

    @Test
    void transportOfTheBatteryIsNotCountedButWaitingForPartsIs() {
      RepairVisit transport =
          RepairVisit.builder()
              .from(visit("RO-3", at(LocalDate.of(2024, 7, 1), 9), DAY.multipliedBy(13), 9_000, BRAKE_NOISE))
              .addExcludedTime(new ExcludedTime(ExcludedTimeKind.POWER_BATTERY_TRANSPORT, DAY.multipliedBy(3)))
              .build();
      RepairVisit v1 = visit("RO-1", at(LocalDate.of(2024, 3, 1), 9), DAY.multipliedBy(10), 3_000, BRAKE_NOISE);
      RepairVisit v2 = visit("RO-2", at(LocalDate.of(2024, 5, 1), 9), DAY.multipliedBy(10), 6_000, BRAKE_NOISE);
      assertThat(find(assess(history(v1, v2, transport)), "24(4)", "CUMULATIVE_REPAIR_DAYS").status())
          .isEqualTo(RemedyStatus.NOT_YET);
      RepairVisit waiting = visit("RO-3", at(LocalDate.of(2024, 7, 1), 9), DAY.multipliedBy(13), 9_000, BRAKE_NOISE);
      assertThat(find(assess(history(v1, v2, waiting)), "24(4)", "CUMULATIVE_REPAIR_DAYS").status())
          .isEqualTo(RemedyStatus.AVAILABLE);
      RepairSummary s =
          history(v1, v2, transport).summarize(
              RepairWindow.builder().firstDay(BOUGHT).lastDay(LocalDate.of(2026, 1, 10))
                  .asOf(at(LocalDate.of(2025, 6, 1), 18))
                  .addNotCounted(ExcludedTimeKind.POWER_BATTERY_TRANSPORT).build());
      assertThat(s.cumulativeRepairDays()).isEqualTo(30);
      assertThat(s.longestSingleRepairDays()).isEqualTo(13);
    }
  }

  @Nested
  class RepeatedRepairsAndReplacements {

    static RepairHistory brakeNoise(int visits) {
      RepairVisit[] vs = new RepairVisit[visits];
      for (int i = 0; i < visits; i++) {
        vs[i] = visit("RO-" + i, at(LocalDate.of(2024, 2, 1).plusMonths(i), 9), Duration.ofHours(4), 1_000 + i * 1_000L,
            BRAKE_NOISE);
      }
      return history(vs);
    }

    @Test
    void fourRepairsOfOneProblemAreNotMoreThanFour() {
      RemedyAssessment r = find(assess(brakeNoise(4)), "24(4)", "BRAKE_NOISE");
      assertThat(r.status()).isEqualTo(RemedyStatus.NOT_YET);
      assertThat(r.missing().get(0).parameters()).containsEntry("count", "4").containsEntry("more", "1");
    }

    @Test
    void theFifthRepairGivesReplacementOrRefundFromItsDate() {
      RemedyAssessment r = find(assess(brakeNoise(5)), "24(4)", "BRAKE_NOISE");
      assertThat(r.status()).isEqualTo(RemedyStatus.AVAILABLE);
      assertThat(r.since()).contains(LocalDate.of(2024, 6, 1));
    }

    @Test
    void twoJobsOnOneProblemInOneVisitAreOneRepair() {
      RepairHistory h =
          history(
              visit("RO-1", at(LocalDate.of(2024, 2, 1), 9), Duration.ofHours(4), 1_000, BRAKE_NOISE, BRAKE_NOISE),
              visit("RO-2", at(LocalDate.of(2024, 3, 1), 9), Duration.ofHours(4), 2_000, BRAKE_NOISE, BRAKE_NOISE),
              visit("RO-3", at(LocalDate.of(2024, 4, 1), 9), Duration.ofHours(4), 3_000, BRAKE_NOISE));
      assertThat(find(assess(h), "24(4)", "BRAKE_NOISE").missing().get(0).parameters()).containsEntry("count", "3");
    }

    @Test
    void seriousSafetyFaultRepairedTwiceThenAgain() {
      FaultFacts steering = fault(ComponentGroup.STEERING).seriousSafetyFault(true).build();
      RepairHistory h =
          history(
              visit("RO-1", at(LocalDate.of(2024, 4, 1), 9), Duration.ofHours(5), 4_000, steering),
              visit("RO-2", at(LocalDate.of(2024, 6, 1), 9), Duration.ofHours(5), 7_000, steering));
      RemedyAssessment twice = find(assess(h), "24(1)");
      assertThat(twice.status()).isEqualTo(RemedyStatus.NOT_YET);
      assertThat(twice.missing().get(0).parameters()).containsEntry("repairs", "2");
      ConsumerLawAssessment again =
          PACK.assess(
              request(CAR, h, LocalDate.of(2025, 6, 1), 30_000)
                  .currentFault(new ReportedFault(
                      fault(ComponentGroup.BRAKES).seriousSafetyFault(true).build(),
                      at(LocalDate.of(2025, 5, 30), 10), Distance.ofKilometres(29_900)))
                  .build());
      RemedyAssessment r = find(again, "24(1)");
      assertThat(r.status()).isEqualTo(RemedyStatus.AVAILABLE);
      assertThat(r.since()).contains(LocalDate.of(2025, 5, 30));
    }

    @Test
    void anAssemblyReplacedTwiceAndFaultyAgain() {
      FaultFacts engineSwap = fault(ComponentGroup.ENGINE).replacement(ReplacementKind.ASSEMBLY).build();
      RepairVisit v1 = visit("RO-1", at(LocalDate.of(2024, 4, 1), 9), DAY, 4_000, engineSwap);
      RepairVisit v2 = visit("RO-2", at(LocalDate.of(2024, 6, 1), 9), DAY, 7_000, engineSwap);
      RemedyAssessment twice = find(assess(history(v1, v2)), "24(2)");
      assertThat(twice.status()).isEqualTo(RemedyStatus.NOT_YET);
      assertThat(codes(twice.missing())).containsExactly("NEEDS_FAULT_AFTER_2_REPLACEMENTS");
      RepairVisit v3 = visit("RO-3", at(LocalDate.of(2024, 8, 1), 9), DAY, 9_000, FaultFacts.repairOf(ComponentGroup.ENGINE));
      RemedyAssessment r = find(assess(history(v1, v2, v3)), "24(2)");
      assertThat(r.status()).isEqualTo(RemedyStatus.AVAILABLE);
      assertThat(r.subject()).contains("ENGINE");
      assertThat(r.since()).contains(LocalDate.of(2024, 8, 1));
    }

    @Test
    void assemblyAndMainPartReplacementsAreCountedSeparately() {
      RepairHistory h =
          history(
              visit("RO-1", at(LocalDate.of(2024, 4, 1), 9), DAY, 4_000,
                  fault(ComponentGroup.ENGINE).replacement(ReplacementKind.ASSEMBLY).build()),
              visit("RO-2", at(LocalDate.of(2024, 6, 1), 9), DAY, 7_000,
                  fault(ComponentGroup.ENGINE).replacement(ReplacementKind.MAIN_PART).mainPart("CRANKSHAFT").build()),
              visit("RO-3", at(LocalDate.of(2024, 8, 1), 9), DAY, 9_000,
                  fault(ComponentGroup.ENGINE).mainPart("CRANKSHAFT").build()));
      ConsumerLawAssessment a = assess(h);
      assertThat(find(a, "24(2)").status()).isEqualTo(RemedyStatus.NOT_YET);
      assertThat(find(a, "24(3)").status()).isEqualTo(RemedyStatus.NOT_YET);
      RepairSummary s = h.summarize(RepairWindow.builder().firstDay(BOUGHT).lastDay(LocalDate.of(2026, 1, 10))
          .asOf(at(LocalDate.of(2025, 6, 1), 18)).build());
      assertThat(s.assemblyReplacements()).containsExactly(java.util.Map.entry("ENGINE", 1));
      assertThat(s.mainPartReplacements()).containsExactly(java.util.Map.entry("CRANKSHAFT", 1));
      assertThat(s.repairsByProblem()).containsExactly(java.util.Map.entry("ENGINE", 3));
    }

    @Test
    void theSameMainPartReplacedTwiceAndStillFaulty() {
      FaultFacts caliper = fault(ComponentGroup.BRAKES).replacement(ReplacementKind.MAIN_PART).mainPart("BRAKE_CALIPER").build();
      RepairHistory h =
          history(
              visit("RO-1", at(LocalDate.of(2024, 4, 1), 9), DAY, 4_000, caliper),
              visit("RO-2", at(LocalDate.of(2024, 6, 1), 9), DAY, 7_000, caliper));
      ConsumerLawAssessment a =
          PACK.assess(
              request(CAR, h, LocalDate.of(2025, 6, 1), 30_000)
                  .currentFault(new ReportedFault(fault(ComponentGroup.BRAKES).mainPart("BRAKE_CALIPER").build(),
                      at(LocalDate.of(2025, 6, 1), 9), Distance.ofKilometres(30_000)))
                  .build());
      RemedyAssessment r = find(a, "24(3)");
      assertThat(r.status()).isEqualTo(RemedyStatus.AVAILABLE);
      assertThat(r.subject()).contains("BRAKE_CALIPER");
      // an infotainment main part is not of a listed system
      FaultFacts screen = fault(ComponentGroup.INFOTAINMENT).replacement(ReplacementKind.MAIN_PART).mainPart("SCREEN").build();
      RepairHistory h2 =
          history(
              visit("RO-1", at(LocalDate.of(2024, 4, 1), 9), DAY, 4_000, screen),
              visit("RO-2", at(LocalDate.of(2024, 6, 1), 9), DAY, 7_000, screen),
              visit("RO-3", at(LocalDate.of(2024, 7, 1), 9), DAY, 8_000, screen));
      assertThat(find(assess(h2), "24(3)").status()).isEqualTo(RemedyStatus.NOT_YET);
    }

    @Test
    void repairsAfterTheGuaranteePeriodDoNotCount() {
      // 三包有效期: until 2026-01-10 or 50,000 km
      RepairVisit[] vs = new RepairVisit[5];
      for (int i = 0; i < 4; i++) {
        vs[i] = visit("RO-" + i, at(LocalDate.of(2025, 1, 1).plusMonths(i), 9), Duration.ofHours(4), 20_000 + i * 1_000L, BRAKE_NOISE);
      }
      vs[4] = visit("RO-4", at(LocalDate.of(2026, 1, 11), 9), Duration.ofHours(4), 40_000, BRAKE_NOISE);
      ConsumerLawAssessment late = PACK.assess(request(CAR, history(vs), LocalDate.of(2026, 2, 1), 41_000).build());
      RemedyAssessment r = find(late, "24(4)", "BRAKE_NOISE");
      assertThat(r.status()).isEqualTo(RemedyStatus.LAPSED);
      vs[4] = visit("RO-4", at(LocalDate.of(2026, 1, 10), 9), Duration.ofHours(4), 50_000, BRAKE_NOISE);
      assertThat(find(PACK.assess(request(CAR, history(vs), LocalDate.of(2026, 2, 1), 51_000).build()), "24(4)", "BRAKE_NOISE").status())
          .isEqualTo(RemedyStatus.AVAILABLE);
      vs[4] = visit("RO-4", at(LocalDate.of(2026, 1, 10), 9), Duration.ofHours(4), 50_001, BRAKE_NOISE);
      assertThat(find(PACK.assess(request(CAR, history(vs), LocalDate.of(2026, 2, 1), 51_000).build()), "24(4)", "BRAKE_NOISE").status())
          .isEqualTo(RemedyStatus.LAPSED);
    }

    @Test
    void usageCompensationIsPriceTimesKmOver1000TimesN() {
      ConsumerLawAssessment a =
          PACK.assess(
              request(CAR, RepeatedRepairsAndReplacements.brakeNoise(5), LocalDate.of(2025, 6, 1), 20_000)
                  .purchasePrice(Monies.of("200000.00", "CNY"))
                  .build());
      MoneyOwed m = find(a, "24(4)", "BRAKE_NOISE").money().get(0);
      assertThat(m.kind()).isEqualTo("USAGE_COMPENSATION");
      assertThat(m.amount()).isEqualTo(Monies.of("20000.00", "CNY"));
      assertThat(m.owedBy()).isEqualTo(Party.CONSUMER);
      assertThat(m.explanation().message())
          .isEqualTo("usage compensation = price 200000.00 CNY × 20000 km / 1000 × n 0.5% = 20000.00 CNY (SAMR Order 43 Art. 27)");
      ChinaThreeGuarantees lower = ChinaThreeGuarantees.builder().usageCompensationRate(Percentage.of("0.25")).build();
      ConsumerLawAssessment b =
          lower.assess(
              request(CAR, RepeatedRepairsAndReplacements.brakeNoise(5), LocalDate.of(2025, 6, 1), 20_000)
                  .purchasePrice(Monies.of("199999.99", "CNY"))
                  .odometerAtDelivery(Distance.ofKilometres(15))
                  .build());
      // 199999.99 × 19985 / 1000 × 0.0025 = 9992.4995... → 9992.50
      assertThat(find(b, "24(4)", "BRAKE_NOISE").money().get(0).amount()).isEqualTo(Monies.of("9992.50", "CNY"));
    }
  }

  @Nested
  class EarlyRights {

    @Test
    void mainPartFaultWithin60DaysOr3000KmGivesAFreeAssembly() {
      FaultFacts crank = fault(ComponentGroup.ENGINE).mainPart("CRANKSHAFT").build();
      LocalDate day60 = LocalDate.of(2024, 3, 10);
      RemedyAssessment at60 =
          find(assess(history(visit("RO-1", at(day60, 9), DAY, 3_000, crank))), "20");
      assertThat(at60.status()).isEqualTo(RemedyStatus.AVAILABLE);
      assertThat(at60.remedy()).isEqualTo(Remedy.ASSEMBLY_REPLACEMENT);
      assertThat(at60.since()).contains(day60);
      assertThat(find(assess(history(visit("RO-1", at(day60.plusDays(1), 9), DAY, 2_000, crank))), "20").status())
          .isEqualTo(RemedyStatus.LAPSED);
      assertThat(find(assess(history(visit("RO-1", at(day60, 9), DAY, 3_001, crank))), "20").status())
          .isEqualTo(RemedyStatus.LAPSED);
      ConsumerLawAssessment early = PACK.assess(request(CAR, history(), LocalDate.of(2024, 2, 1), 1_000).build());
      assertThat(find(early, "20").status()).isEqualTo(RemedyStatus.NOT_YET);
    }

    @Test
    void anAssemblyToReplaceWithin7DaysGivesReplacementOrRefund() {
      FaultFacts swap = fault(ComponentGroup.TRACTION_BATTERY).replacement(ReplacementKind.ASSEMBLY).build();
      RemedyAssessment day7 = find(assess(history(visit("RO-1", at(LocalDate.of(2024, 1, 17), 9), DAY, 300, swap))), "22");
      assertThat(day7.status()).isEqualTo(RemedyStatus.AVAILABLE);
      assertThat(day7.remedy()).isEqualTo(Remedy.REPLACEMENT_OR_REFUND);
      assertThat(day7.money()).isEmpty();
      assertThat(find(assess(history(visit("RO-1", at(LocalDate.of(2024, 1, 18), 9), DAY, 300, swap))), "22").status())
          .isEqualTo(RemedyStatus.LAPSED);
    }

    @Test
    void criticalFailuresWithin60Days() {
      FaultFacts brakes = fault(ComponentGroup.BRAKES).criticalFailure(CriticalFailure.BRAKE_FAILURE).build();
      RemedyAssessment r = find(assess(history(visit("RO-1", at(LocalDate.of(2024, 3, 10), 9), DAY, 2_999, brakes))), "23");
      assertThat(r.status()).isEqualTo(RemedyStatus.AVAILABLE);
      assertThat(r.subject()).contains("BRAKE_FAILURE");
    }

    @Test
    void aSingleRepairOverFiveDaysOwesASubstituteVehicleFromDaySix() {
      Instant in = at(LocalDate.of(2024, 3, 1), 9);
      RemedyAssessment five = find(assess(history(visit("RO-1", in, DAY.multipliedBy(5), 3_000, BRAKE_NOISE))), "21");
      assertThat(five.status()).isEqualTo(RemedyStatus.NOT_YET);
      assertThat(five.subject()).isEmpty();
      RemedyAssessment six =
          find(assess(history(visit("RO-1", in, DAY.multipliedBy(5).plusMinutes(1), 3_000, BRAKE_NOISE))), "21");
      assertThat(six.status()).isEqualTo(RemedyStatus.AVAILABLE);
      assertThat(six.subject()).contains("RO-1");
      assertThat(six.since()).contains(LocalDate.of(2024, 3, 6));
      assertThat(six.reasons().get(0).parameters()).containsEntry("days", "6").containsEntry("owed", "1");
      // transport time is not taken off for Art. 21
      RepairVisit transport =
          RepairVisit.builder()
              .from(visit("RO-1", in, DAY.multipliedBy(7), 3_000, BRAKE_NOISE))
              .addExcludedTime(new ExcludedTime(ExcludedTimeKind.SPECIAL_PART_TRANSPORT, DAY.multipliedBy(4)))
              .build();
      assertThat(find(assess(history(transport)), "21").status()).isEqualTo(RemedyStatus.AVAILABLE);
      // still in the shop after 3 days: owed from day 6 if not done by then
      ConsumerLawAssessment ongoing =
          PACK.assess(request(CAR, history(visit("RO-1", in, null, 3_000, BRAKE_NOISE)), LocalDate.of(2024, 3, 4), 3_000).build());
      RemedyAssessment pending = find(ongoing, "21");
      assertThat(pending.status()).isEqualTo(RemedyStatus.NOT_YET);
      assertThat(pending.missing().get(0).parameters()).containsEntry("sixth", "2024-03-06").containsEntry("days", "4");
    }
  }

  @Nested
  class ScopeVersionsAndExclusions {

    @Test
    void householdUseOnly() {
      Vehicle taxi = LawFixtures.vehicle(BOUGHT, VehicleUsage.TAXI, Powertrain.BEV);
      ConsumerLawAssessment a = PACK.assess(request(taxi, history(), LocalDate.of(2025, 6, 1), 1_000).build());
      assertThat(a.applicable()).isFalse();
      assertThat(a.remedies()).isEmpty();
      assertThat(codes(a.reasons())).containsExactly("THREE_GUARANTEES_NOT_HOUSEHOLD");
    }

    @Test
    void theRuleVersionFollowsThePurchaseDate() {
      assertThat(ThreeGuaranteesRules.inForceOn(LocalDate.of(2022, 1, 1))).contains(ThreeGuaranteesRules.SAMR_ORDER_43);
      assertThat(ThreeGuaranteesRules.inForceOn(LocalDate.of(2021, 12, 31))).contains(ThreeGuaranteesRules.AQSIQ_ORDER_150);
      assertThat(ThreeGuaranteesRules.inForceOn(LocalDate.of(2013, 10, 1))).contains(ThreeGuaranteesRules.AQSIQ_ORDER_150);
      assertThat(ThreeGuaranteesRules.inForceOn(LocalDate.of(2013, 9, 30))).isEmpty();
      ConsumerLawAssessment old =
          PACK.assess(request(car(LocalDate.of(2013, 9, 30)), history(), LocalDate.of(2014, 6, 1), 1_000).build());
      assertThat(old.applicable()).isFalse();
    }

    @Test
    void the2013RulesNeedOver35DaysAndOver5RepairsAndGiveReplacement() {
      Vehicle v2021 = car(LocalDate.of(2021, 6, 1));
      RepairHistory days35 =
          history(
              visit("RO-1", at(LocalDate.of(2021, 8, 1), 9), DAY.multipliedBy(20), 3_000, BRAKE_NOISE),
              visit("RO-2", at(LocalDate.of(2021, 10, 1), 9), DAY.multipliedBy(15), 6_000, BRAKE_NOISE));
      ConsumerLawAssessment a = PACK.assess(request(v2021, days35, LocalDate.of(2022, 6, 1), 20_000).build());
      assertThat(a.law()).isEqualTo("AQSIQ Order 150");
      RemedyAssessment notYet = find(a, "24(4)", "CUMULATIVE_REPAIR_DAYS");
      assertThat(notYet.status()).isEqualTo(RemedyStatus.NOT_YET);
      assertThat(notYet.remedy()).isEqualTo(Remedy.REPLACEMENT);
      assertThat(notYet.article()).isEqualTo("AQSIQ Order 150 (2013, repealed; cf. SAMR Order 43 Art. 24(4))");
      RepairHistory days36 =
          history(
              visit("RO-1", at(LocalDate.of(2021, 8, 1), 9), DAY.multipliedBy(20), 3_000, BRAKE_NOISE),
              visit("RO-2", at(LocalDate.of(2021, 10, 1), 9), DAY.multipliedBy(15).plusMinutes(1), 6_000, BRAKE_NOISE));
      RemedyAssessment over = find(PACK.assess(request(v2021, days36, LocalDate.of(2022, 6, 1), 20_000).build()),
          "24(4)", "CUMULATIVE_REPAIR_DAYS");
      assertThat(over.status()).isEqualTo(RemedyStatus.AVAILABLE);
      assertThat(codes(over.reasons())).contains("REFUND_IF_NO_LIKE_VEHICLE");
      RepairVisit[] vs = new RepairVisit[6];
      for (int i = 0; i < 6; i++) {
        vs[i] = visit("RO-" + i, at(LocalDate.of(2021, 7, 1).plusMonths(i), 9), Duration.ofHours(3), 1_000 + i * 1_000L, BRAKE_NOISE);
      }
      ConsumerLawAssessment five = PACK.assess(request(v2021, history(java.util.Arrays.copyOf(vs, 5)), LocalDate.of(2022, 6, 1), 20_000).build());
      assertThat(find(five, "24(4)", "BRAKE_NOISE").status()).isEqualTo(RemedyStatus.NOT_YET);
      ConsumerLawAssessment six =
          PACK.assess(request(v2021, history(vs), LocalDate.of(2022, 6, 1), 20_000).purchasePrice(Monies.of("100000", "CNY")).build());
      RemedyAssessment r = find(six, "24(4)", "BRAKE_NOISE");
      assertThat(r.status()).isEqualTo(RemedyStatus.AVAILABLE);
      assertThat(r.since()).contains(LocalDate.of(2021, 12, 1));
      // legacy n = 0.5%: 100000 × 20000 / 1000 × 0.005
      assertThat(r.money().get(0).amount()).isEqualTo(Monies.of("10000.00", "CNY"));
      // no 7-day rule, no battery fire in 2013
      assertThat(six.remedies()).noneMatch(x -> x.article().contains("Art. 22)"));
      FaultFacts fire = fault(ComponentGroup.TRACTION_BATTERY).criticalFailure(CriticalFailure.POWER_BATTERY_FIRE).build();
      ConsumerLawAssessment burnt =
          PACK.assess(request(v2021, history(visit("RO-1", at(LocalDate.of(2021, 6, 20), 9), DAY, 500, fire)),
              LocalDate.of(2021, 7, 1), 600).build());
      assertThat(find(burnt, "23").status()).isEqualTo(RemedyStatus.NOT_YET);
    }

    @Test
    void art32ExclusionsAreNotCountedAndServicingElsewhereIsNoGround() {
      FaultFacts misuse = fault(ComponentGroup.BRAKES).problem("BRAKE_NOISE")
          .addFinding(Finding.causal(ExclusionKind.MISUSE)).build();
      FaultFacts elsewhere = fault(ComponentGroup.BRAKES).problem("BRAKE_NOISE")
          .addFinding(Finding.notCausal(ExclusionKind.OUTSIDE_SERVICE)).build();
      RepairHistory h =
          history(
              visit("RO-1", at(LocalDate.of(2024, 2, 1), 9), Duration.ofHours(3), 1_000, BRAKE_NOISE),
              visit("RO-2", at(LocalDate.of(2024, 3, 1), 9), Duration.ofHours(3), 2_000, misuse),
              visit("RO-3", at(LocalDate.of(2024, 4, 1), 9), Duration.ofHours(3), 3_000, elsewhere),
              visit("RO-4", at(LocalDate.of(2024, 5, 1), 9), Duration.ofHours(3), 4_000, BRAKE_NOISE),
              visit("RO-5", at(LocalDate.of(2024, 6, 1), 9), Duration.ofHours(3), 5_000, BRAKE_NOISE));
      ConsumerLawAssessment a = assess(h);
      assertThat(find(a, "24(4)", "BRAKE_NOISE").missing().get(0).parameters()).containsEntry("count", "4");
      assertThat(codes(a.reasons())).contains("THREE_GUARANTEES_OUTSIDE_SERVICE_NO_GROUND");
      ConsumerLawAssessment modified =
          PACK.assess(
              request(CAR, history(), LocalDate.of(2025, 6, 1), 30_000)
                  .currentFault(new ReportedFault(
                      fault(ComponentGroup.SUSPENSION).addFinding(Finding.causal(ExclusionKind.FORBIDDEN_MODIFICATION)).build(),
                      at(LocalDate.of(2025, 6, 1), 9), Distance.ofKilometres(30_000)))
                  .build());
      assertThat(find(modified, "19").status()).isEqualTo(RemedyStatus.EXCLUDED);
      assertThat(codes(modified.reasons())).contains("THREE_GUARANTEES_EXCLUDED_FAULT");
    }

    @Test
    void freeRepairWithinTheRepairWarrantyPeriod() {
      assertThat(find(PACK.assess(request(CAR, history(), LocalDate.of(2027, 1, 10), 60_000).build()), "19").status())
          .isEqualTo(RemedyStatus.AVAILABLE);
      assertThat(find(PACK.assess(request(CAR, history(), LocalDate.of(2027, 1, 11), 10_000).build()), "19").status())
          .isEqualTo(RemedyStatus.LAPSED);
      assertThat(find(PACK.assess(request(CAR, history(), LocalDate.of(2026, 1, 11), 60_001).build()), "19").status())
          .isEqualTo(RemedyStatus.LAPSED);
    }

    @Test
    void answerAndCompletionDeadlinesInWorkingDaysThenRefund() {
      LocalDate bought = LocalDate.of(2025, 6, 1);
      Vehicle v = car(bought);
      WorkingCalendar cal =
          WorkingCalendar.builder()
              .addHolidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                  LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 8))
              .addExtraWorkingDays(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 10))
              .build();
      RepairVisit[] vs = new RepairVisit[5];
      for (int i = 0; i < 5; i++) {
        vs[i] = visit("RO-" + i, at(LocalDate.of(2025, 8, 1).plusMonths(i), 9), Duration.ofHours(3), 1_000 + i * 1_000L, BRAKE_NOISE);
      }
      ThreeGuaranteesRequest.Builder b =
          request(v, history(vs), LocalDate.of(2026, 10, 29), 20_000)
              .remedyRequestedOn(LocalDate.of(2026, 9, 25))
              .workingCalendar(cal);
      ConsumerLawAssessment onTime = PACK.assess(b.build());
      assertThat(onTime.deadlines()).contains(
          new RemedyDeadlines(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 29)));
      assertThat(find(onTime, "28").status()).isEqualTo(RemedyStatus.NOT_YET);
      ConsumerLawAssessment late = PACK.assess(b.asOf(at(LocalDate.of(2026, 10, 30), 9)).build());
      RemedyAssessment refund = find(late, "28");
      assertThat(refund.status()).isEqualTo(RemedyStatus.AVAILABLE);
      assertThat(refund.remedy()).isEqualTo(Remedy.REFUND);
      assertThat(refund.since()).contains(LocalDate.of(2026, 10, 30));
      ConsumerLawAssessment done =
          PACK.assess(b.remedyCompletedOn(LocalDate.of(2026, 10, 29)).build());
      assertThat(find(done, "28").status()).isEqualTo(RemedyStatus.LAPSED);
      assertThatThrownBy(() -> request(v, history(vs), LocalDate.of(2026, 10, 29), 20_000)
              .remedyRequestedOn(LocalDate.of(2026, 9, 25)).build())
          .hasMessageContaining("working calendar");
    }
  }

  @Nested
  class BadInput {

    static org.aftersales.core.ErrorCode codeOf(Runnable r) {
      try {
        r.run();
      } catch (ValidationException e) {
        return e.code();
      }
      throw new AssertionError("no exception");
    }

    @Test
    void nAbove05PercentIsRefused() {
      assertThat(codeOf(() -> ChinaThreeGuarantees.builder().usageCompensationRate(Percentage.of("0.51")).build()))
          .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_USAGE_RATE_OUT_OF_RANGE);
      ChinaThreeGuarantees.builder().usageCompensationRate(Percentage.of("0.5")).legacyUsageCompensationRate(Percentage.of("0.8")).build();
      assertThat(codeOf(() -> ChinaThreeGuarantees.builder().legacyUsageCompensationRate(Percentage.of("0.81")).build()))
          .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_USAGE_RATE_OUT_OF_RANGE);
      assertThat(codeOf(() -> ChinaThreeGuarantees.builder().legacyUsageCompensationRate(Percentage.of("0.49")).build()))
          .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_USAGE_RATE_OUT_OF_RANGE);
    }

    @Test
    void periodsBelowTheLawAreRefused() {
      assertThat(codeOf(() -> ChinaThreeGuarantees.builder()
              .guaranteePeriod(CoverageLimits.of(24, Distance.ofKilometres(49_999))).build()))
          .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_BELOW_LEGAL_MINIMUM);
      assertThat(codeOf(() -> ChinaThreeGuarantees.builder()
              .repairWarrantyPeriod(CoverageLimits.of(35, Distance.ofKilometres(100_000))).build()))
          .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_BELOW_LEGAL_MINIMUM);
    }

    @Test
    void repairDatesOutOfOrderAreRefused() {
      Instant in = at(LocalDate.of(2024, 3, 1), 9);
      assertThat(codeOf(() -> RepairVisit.builder().from(visit("RO-1", in, DAY, 1_000, BRAKE_NOISE))
              .completedAt(in.minusSeconds(60)).build()))
          .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_DATE_ORDER);
      assertThat(codeOf(() -> RepairVisit.builder().from(visit("RO-1", in, DAY, 1_000, BRAKE_NOISE))
              .agreedAt(in.minusSeconds(60)).build()))
          .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_DATE_ORDER);
      assertThat(codeOf(() -> history(
              visit("RO-1", in, DAY.multipliedBy(3), 1_000, BRAKE_NOISE),
              visit("RO-2", in.plus(DAY), DAY, 1_100, BRAKE_NOISE))))
          .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_DATE_ORDER);
      assertThat(codeOf(() -> PACK.assess(request(CAR, history(visit("RO-1", in, DAY, 1_000, BRAKE_NOISE)),
              LocalDate.of(2024, 2, 1), 5_000).build())))
          .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_DATE_ORDER);
      assertThat(codeOf(() -> RepairVisit.builder().from(visit("RO-1", in, DAY, 1_000, BRAKE_NOISE))
              .addExcludedTime(new ExcludedTime(ExcludedTimeKind.ROADSIDE_RESCUE_TRAVEL, DAY.plusSeconds(1))).build()))
          .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_FACTS_INVALID);
    }

    @Test
    void anOdometerGoingBackwardsIsRefused() {
      assertThatThrownBy(() -> history(
              visit("RO-2", at(LocalDate.of(2024, 5, 1), 9), DAY, 4_000, BRAKE_NOISE),
              visit("RO-1", at(LocalDate.of(2024, 3, 1), 9), DAY, 5_000, BRAKE_NOISE)))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("order RO-2 was received at 4000 km, below 5000 km at the earlier order RO-1")
          .extracting(e -> ((ValidationException) e).code())
          .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_ODOMETER_BACKWARDS);
      assertThat(codeOf(() -> PACK.assess(request(CAR, history(visit("RO-1", at(LocalDate.of(2024, 3, 1), 9), DAY, 5_000, BRAKE_NOISE)),
              LocalDate.of(2024, 6, 1), 4_000).build())))
          .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_ODOMETER_BACKWARDS);
    }

    @Test
    void factsMustFitTheFaults() {
      assertThat(codeOf(() -> fault(ComponentGroup.BRAKES).replacement(ReplacementKind.ASSEMBLY).build()))
          .isEqualTo(org.aftersales.core.CoreErrorCode.VALUE_OUT_OF_RANGE);
      assertThat(codeOf(() -> fault(ComponentGroup.BRAKES).replacement(ReplacementKind.MAIN_PART).build()))
          .isEqualTo(org.aftersales.core.CoreErrorCode.REQUIRED_FIELD);
    }
  }
}

package org.aftersales.rules.consumerlaw;

import static org.aftersales.rules.consumerlaw.LawFixtures.LOS_ANGELES;
import static org.aftersales.rules.consumerlaw.LawFixtures.at;
import static org.aftersales.rules.consumerlaw.LawFixtures.car;
import static org.aftersales.rules.consumerlaw.LawFixtures.fault;
import static org.aftersales.rules.consumerlaw.LawFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.Reason;
import org.aftersales.core.money.Monies;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.rules.warranty.ComponentGroup;
import org.junit.jupiter.api.Test;

class CaliforniaLemonLawTest {

  static final CaliforniaLemonLaw LAW = CaliforniaLemonLaw.standard();
  static final LocalDate DELIVERED = LocalDate.of(2024, 1, 10);
  static final Vehicle CAR = car(DELIVERED);
  static final FaultFacts STALLING = fault(ComponentGroup.ENGINE).problem("STALLING").build();
  static final FaultFacts BRAKES = fault(ComponentGroup.BRAKES).problem("BRAKE_LOSS").seriousSafetyFault(true).build();

  static RepairVisit v(String id, LocalDate on, long hours, Distance odometer, FaultFacts f) {
    return visit(id, at(on, 9, LOS_ANGELES), Duration.ofHours(hours), odometer, f);
  }

  static RepairHistory history(RepairVisit... vs) {
    return RepairHistory.of(LOS_ANGELES, List.of(vs));
  }

  static LemonLawRequest.Builder request(RepairHistory h) {
    return LemonLawRequest.builder()
        .vehicle(CAR)
        .history(h)
        .asOf(at(LocalDate.of(2025, 5, 1), 12, LOS_ANGELES))
        .odometer(Distance.ofMiles(17_000))
        .manufacturerNotifiedDirectly(true);
  }

  static RepairVisit[] stalling(int n) {
    RepairVisit[] vs = new RepairVisit[n];
    for (int i = 0; i < n; i++) {
      vs[i] = v("RO-" + i, LocalDate.of(2024, 3, 1).plusMonths(i), 6, Distance.ofMiles(6_000 + 1_000L * i), STALLING);
    }
    return vs;
  }

  @Test
  void fourRepairsOfTheSameNonconformityRaiseThePresumptionWithTheOffset() {
    ConsumerLawAssessment a =
        LAW.assess(request(history(stalling(4))).purchasePrice(Monies.of("48000.00", "USD")).build());
    RemedyAssessment r = a.remedies().get(1);
    assertThat(r.article()).isEqualTo("Civ. Code 1793.22(b)(2)");
    assertThat(r.status()).isEqualTo(RemedyStatus.AVAILABLE);
    assertThat(r.remedy()).isEqualTo(Remedy.REPURCHASE_OR_REPLACEMENT);
    assertThat(r.subject()).contains("STALLING");
    assertThat(r.since()).contains(LocalDate.of(2024, 6, 1));
    // offset = 48,000 × 6,000 / 120,000 = 2,400; restitution 45,600
    assertThat(r.money()).extracting(MoneyOwed::kind).containsExactly("BUYBACK_OFFSET", "RESTITUTION");
    assertThat(r.money().get(0).amount()).isEqualTo(Monies.of("2400.00", "USD"));
    assertThat(r.money().get(1).amount()).isEqualTo(Monies.of("45600.00", "USD"));
    assertThat(r.money().get(0).explanation().message())
        .isEqualTo("offset = price 48000.00 USD × 6000 miles before the first repair attempt / 120000 = 2400.00 USD"
            + " (Civ. Code 1793.2(d)(2)(C))");
  }

  @Test
  void threeRepairsAreNotYetEnough() {
    RemedyAssessment r = LAW.assess(request(history(stalling(3))).build()).remedies().get(1);
    assertThat(r.status()).isEqualTo(RemedyStatus.NOT_YET);
    assertThat(r.missing().get(0).parameters()).containsEntry("count", "3").containsEntry("needed", "4");
  }

  @Test
  void theBuyerMustHaveNotifiedTheManufacturerWhenThatWasDisclosed() {
    RemedyAssessment notNotified =
        LAW.assess(request(history(stalling(4))).manufacturerNotifiedDirectly(false).build()).remedies().get(1);
    assertThat(notNotified.status()).isEqualTo(RemedyStatus.NOT_YET);
    assertThat(notNotified.missing()).extracting(Reason::code).containsExactly("NOTIFY_MANUFACTURER_DIRECTLY");
    RemedyAssessment notDisclosed =
        LAW.assess(request(history(stalling(4))).manufacturerNotifiedDirectly(false)
            .notificationRequirementDisclosed(false).build()).remedies().get(1);
    assertThat(notDisclosed.status()).isEqualTo(RemedyStatus.AVAILABLE);
  }

  @Test
  void twoRepairsOfASafetyNonconformity() {
    RepairHistory h =
        history(
            v("RO-1", LocalDate.of(2024, 2, 1), 5, Distance.ofMiles(2_000), BRAKES),
            v("RO-2", LocalDate.of(2024, 4, 1), 5, Distance.ofMiles(4_000), BRAKES));
    RemedyAssessment r = LAW.assess(request(h).build()).remedies().get(0);
    assertThat(r.article()).isEqualTo("Civ. Code 1793.22(b)(1)");
    assertThat(r.status()).isEqualTo(RemedyStatus.AVAILABLE);
    assertThat(r.since()).contains(LocalDate.of(2024, 4, 1));
  }

  @Test
  void moreThan30CalendarDaysOutOfService() {
    // 2024-03-01 to 2024-03-30 inclusive: 30 days
    RepairVisit thirty = v("RO-1", LocalDate.of(2024, 3, 1), 29 * 24, Distance.ofMiles(3_000), STALLING);
    RemedyAssessment r30 = LAW.assess(request(history(thirty)).build()).remedies().get(2);
    assertThat(r30.status()).isEqualTo(RemedyStatus.NOT_YET);
    assertThat(r30.missing().get(0).parameters()).containsEntry("days", "30");
    RepairVisit more = v("RO-2", LocalDate.of(2024, 5, 1), 2, Distance.ofMiles(4_000), fault(ComponentGroup.ELECTRICAL).build());
    RemedyAssessment r31 = LAW.assess(request(history(thirty, more)).build()).remedies().get(2);
    assertThat(r31.status()).isEqualTo(RemedyStatus.AVAILABLE);
    assertThat(r31.since()).contains(LocalDate.of(2024, 5, 1));
    // a day the repair could not go on for reasons beyond the manufacturer's control extends the limit
    RepairVisit delayed =
        RepairVisit.builder().from(thirty)
            .addExcludedTime(new ExcludedTime(ExcludedTimeKind.BEYOND_MANUFACTURER_CONTROL, Duration.ofHours(24)))
            .build();
    RemedyAssessment extended = LAW.assess(request(history(delayed, more)).build()).remedies().get(2);
    assertThat(extended.status()).isEqualTo(RemedyStatus.NOT_YET);
    assertThat(extended.missing().get(0).parameters()).containsEntry("days", "30");
  }

  @Test
  void theWindowIs18MonthsOr18000MilesInclusive() {
    RepairVisit[] vs = stalling(3);
    RepairVisit lastDay = v("RO-9", LocalDate.of(2025, 7, 10), 4, Distance.ofMiles(18_000), STALLING);
    LemonLawRequest.Builder b = request(history(vs[0], vs[1], vs[2], lastDay))
        .asOf(at(LocalDate.of(2025, 8, 1), 12, LOS_ANGELES)).odometer(Distance.ofMiles(19_000));
    assertThat(LAW.assess(b.build()).remedies().get(1).status()).isEqualTo(RemedyStatus.AVAILABLE);
    RepairVisit dayAfter = v("RO-9", LocalDate.of(2025, 7, 11), 4, Distance.ofMiles(17_000), STALLING);
    RemedyAssessment late = LAW.assess(b.history(history(vs[0], vs[1], vs[2], dayAfter)).build()).remedies().get(1);
    assertThat(late.status()).isEqualTo(RemedyStatus.LAPSED);
    RepairVisit mileOver = v("RO-9", LocalDate.of(2025, 7, 1), 4, Distance.ofMiles(18_001), STALLING);
    assertThat(LAW.assess(b.history(history(vs[0], vs[1], vs[2], mileOver)).build()).remedies().get(1).status())
        .isEqualTo(RemedyStatus.LAPSED);
  }

  @Test
  void kilometreOdometersConvertExactlyForTheOffset() {
    RepairVisit[] vs = new RepairVisit[4];
    for (int i = 0; i < 4; i++) {
      vs[i] = v("RO-" + i, LocalDate.of(2024, 3, 1).plusMonths(i), 6,
          Distance.ofKilometres(String.valueOf(new BigDecimal("9656.064").add(BigDecimal.valueOf(1000L * i)))), STALLING);
    }
    RemedyAssessment r =
        LAW.assess(request(history(vs)).odometer(Distance.ofKilometres(20_000)).purchasePrice(Monies.of("48000.00", "USD")).build())
            .remedies().get(1);
    assertThat(r.money().get(0).amount()).isEqualTo(Monies.of("2400.00", "USD"));
    assertThat(LAW.offset(Monies.of("35999.99", "USD"), new BigDecimal("1234.5")))
        .isEqualTo(Monies.of("370.35", "USD")); // 35999.99 × 1234.5 / 120000 = 370.3499...
  }
}

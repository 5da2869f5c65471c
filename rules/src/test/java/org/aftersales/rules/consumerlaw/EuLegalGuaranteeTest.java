package org.aftersales.rules.consumerlaw;

import static org.aftersales.rules.consumerlaw.LawFixtures.at;
import static org.aftersales.rules.consumerlaw.LawFixtures.car;
import static org.aftersales.rules.consumerlaw.LawFixtures.fault;
import static org.aftersales.rules.consumerlaw.LawFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.Reason;
import org.aftersales.core.ValidationException;
import org.aftersales.core.money.Monies;
import org.aftersales.rules.warranty.ComponentGroup;
import org.aftersales.rules.warranty.ExclusionKind;
import org.aftersales.rules.warranty.Finding;
import org.junit.jupiter.api.Test;

class EuLegalGuaranteeTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final LocalDate DELIVERED = LocalDate.of(2024, 1, 10);
  static final FaultFacts GEARBOX = fault(ComponentGroup.TRANSMISSION).problem("GEAR_WHINE").build();

  static LegalGuaranteeRequest.Builder request(LocalDate apparent) {
    return LegalGuaranteeRequest.builder()
        .vehicle(car(DELIVERED))
        .fault(GEARBOX)
        .apparentOn(apparent)
        .history(RepairHistory.empty(BERLIN));
  }

  static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  @Test
  void twoYearsOfLiabilityInclusive() {
    ConsumerLawAssessment last = EuLegalGuarantee.germany().assess(request(LocalDate.of(2026, 1, 10)).build());
    assertThat(last.law()).isEqualTo("Directive 2019/771 (DE)");
    RemedyAssessment repair = last.remedies().get(0);
    assertThat(repair.remedy()).isEqualTo(Remedy.REPAIR_OR_REPLACEMENT);
    assertThat(repair.status()).isEqualTo(RemedyStatus.AVAILABLE);
    assertThat(repair.since()).contains(LocalDate.of(2026, 1, 10));
    RemedyAssessment after = EuLegalGuarantee.germany().assess(request(LocalDate.of(2026, 1, 11)).build()).remedies().get(0);
    assertThat(after.status()).isEqualTo(RemedyStatus.LAPSED);
    assertThat(EuLegalGuarantee.spain().assess(request(LocalDate.of(2027, 1, 10)).build()).remedies().get(0).status())
        .isEqualTo(RemedyStatus.AVAILABLE);
  }

  @Test
  void theBurdenOfProofShiftsAfterTheMemberStatesPeriod() {
    assertThat(codes(EuLegalGuarantee.germany().assess(request(LocalDate.of(2025, 1, 10)).build()).reasons()))
        .contains("BURDEN_OF_PROOF_ON_SELLER");
    assertThat(codes(EuLegalGuarantee.germany().assess(request(LocalDate.of(2025, 1, 11)).build()).reasons()))
        .contains("BURDEN_OF_PROOF_ON_CONSUMER");
    assertThat(codes(EuLegalGuarantee.spain().assess(request(LocalDate.of(2026, 1, 10)).build()).reasons()))
        .contains("BURDEN_OF_PROOF_ON_SELLER");
  }

  @Test
  void usedGoodsMayAgreeOnAPeriodOfNoLessThanOneYear() {
    ConsumerLawAssessment a =
        EuLegalGuarantee.germany().assess(request(LocalDate.of(2025, 1, 10)).usedGoods(true).agreedPeriodMonths(12).build());
    assertThat(a.remedies().get(0).status()).isEqualTo(RemedyStatus.AVAILABLE);
    assertThat(EuLegalGuarantee.germany().assess(request(LocalDate.of(2025, 1, 11)).usedGoods(true).agreedPeriodMonths(12).build())
            .remedies().get(0).status())
        .isEqualTo(RemedyStatus.LAPSED);
    assertThatThrownBy(() -> request(LocalDate.of(2025, 1, 10)).usedGoods(true).agreedPeriodMonths(11).build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_BELOW_LEGAL_MINIMUM);
    assertThatThrownBy(() -> request(LocalDate.of(2025, 1, 10)).agreedPeriodMonths(12).build())
        .hasMessageContaining("only used goods");
    assertThatThrownBy(() -> EuLegalGuarantee.builder().memberState("DE").liabilityMonths(18).build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ConsumerLawErrorCode.CONSUMER_LAW_BELOW_LEGAL_MINIMUM);
  }

  @Test
  void priceReductionAndTerminationAfterAFailedRepairWithTheProportionateAmount() {
    RepairHistory h =
        RepairHistory.of(BERLIN, List.of(visit("RO-1", at(LocalDate.of(2024, 6, 1), 9, BERLIN), Duration.ofHours(5), 8_000, GEARBOX)));
    LegalGuaranteeRequest.Builder b =
        request(LocalDate.of(2024, 9, 1))
            .price(Monies.of("30000.00", "EUR"))
            .valueIfConforming(Monies.of("30000.00", "EUR"))
            .valueAsDelivered(Monies.of("27000.00", "EUR"));
    ConsumerLawAssessment first = EuLegalGuarantee.germany().assess(b.build());
    assertThat(first.remedies().get(1).status()).isEqualTo(RemedyStatus.NOT_YET);
    ConsumerLawAssessment again = EuLegalGuarantee.germany().assess(b.history(h).build());
    RemedyAssessment reduction = again.remedies().get(1);
    assertThat(reduction.remedy()).isEqualTo(Remedy.PRICE_REDUCTION);
    assertThat(reduction.status()).isEqualTo(RemedyStatus.AVAILABLE);
    assertThat(codes(reduction.reasons())).containsExactly("APPEARS_AGAIN_AFTER_REPAIR");
    assertThat(reduction.money().get(0).amount()).isEqualTo(Monies.of("3000.00", "EUR"));
    assertThat(again.remedies().get(2).status()).isEqualTo(RemedyStatus.AVAILABLE);
    ConsumerLawAssessment minor = EuLegalGuarantee.germany().assess(b.minor(true).build());
    assertThat(minor.remedies().get(2).status()).isEqualTo(RemedyStatus.EXCLUDED);
    assertThat(minor.remedies().get(1).status()).isEqualTo(RemedyStatus.AVAILABLE);
  }

  @Test
  void seriousOrRefusedOpensReductionAtOnce() {
    assertThat(EuLegalGuarantee.germany().assess(request(LocalDate.of(2024, 9, 1)).serious(true).build()).remedies().get(2).status())
        .isEqualTo(RemedyStatus.AVAILABLE);
    assertThat(EuLegalGuarantee.germany().assess(request(LocalDate.of(2024, 9, 1)).sellerRefused(true).build()).remedies().get(1).status())
        .isEqualTo(RemedyStatus.AVAILABLE);
  }

  @Test
  void aFaultCausedByMisuseIsNoLackOfConformity() {
    ConsumerLawAssessment a =
        EuLegalGuarantee.germany().assess(
            request(LocalDate.of(2024, 9, 1))
                .fault(fault(ComponentGroup.TRANSMISSION).addFinding(Finding.causal(ExclusionKind.MISUSE)).build())
                .build());
    assertThat(a.remedies()).extracting(RemedyAssessment::status).containsOnly(RemedyStatus.EXCLUDED);
  }
}

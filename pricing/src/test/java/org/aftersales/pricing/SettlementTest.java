package org.aftersales.pricing;

import static org.aftersales.pricing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.aftersales.core.order.Authorization;
import org.aftersales.core.order.ConsentChannel;
import org.aftersales.pricing.jurisdiction.ConsentRequirement;
import org.aftersales.pricing.jurisdiction.Jurisdiction;
import org.aftersales.pricing.tax.TaxPolicy;
import org.junit.jupiter.api.Test;

/**
 * Settlement in Colorado (the lesser of 10% or $25 without consent): the authorized estimate is
 * pads 360.00 + pad set 480.00 = 840.00, so up to 865.00 needs no new consent.
 */
class SettlementTest {

  final Estimator co = Estimator.of(us(Jurisdiction.colorado(), TaxPolicy.none()).build());

  static EstimateJob.Builder brakes() {
    return job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).addParts(sets("BP-100", 1));
  }

  final Estimate authorized = co.estimate(request(brakes().build()).build());

  static Authorization consent(String amount, String contact) {
    Authorization.Builder b =
        Authorization.builder()
            .authorizedBy("Customer")
            .channel(ConsentChannel.PHONE)
            .amount(m(amount, "USD"))
            .at(Instant.parse("2026-06-15T03:00:00Z"));
    if (contact != null) {
      b.contact(contact);
    }
    return b.build();
  }

  Settlement settle(EstimateJob actual, Authorization... consents) {
    return co.settle(
        SettlementRequest.builder()
            .authorized(authorized)
            .actual(request(actual).build())
            .addConsents(consents)
            .build());
  }

  @Test
  void aSupplementWithoutConsentIsFlaggedAndTheChargeLimited() {
    Settlement s = settle(brakes().addParts(parts("BD-200", 1)).build());
    assertThat(text(s.invoice().total())).isEqualTo("1490.00 USD");
    assertThat(s.differences()).hasSize(1);
    LineDifference d = s.differences().get(0);
    assertThat(d.kind()).isEqualTo(DifferenceKind.ADDED);
    assertThat(d.code()).isEqualTo("BD-200");
    assertThat(text(d.delta())).isEqualTo("650.00 USD");
    assertThat(d.estimated()).isEmpty();
    assertThat(s.flagged()).isTrue();
    assertThat(s.consent().requirement()).isEqualTo(ConsentRequirement.CONSENT);
    assertThat(text(s.unconsentedExcess())).isEqualTo("650.00 USD");
    assertThat(text(s.chargeableTotal())).isEqualTo("865.00 USD");
    assertThat(s.reason().code()).isEqualTo(PricingReasonCodes.SETTLEMENT_UNCONSENTED);
  }

  @Test
  void aRecordedConsentCoversTheSupplement() {
    Settlement s = settle(brakes().addParts(parts("BD-200", 1)).build(), consent("650.00", "+1 303 555 0100"));
    assertThat(text(s.consentedTotal())).isEqualTo("1490.00 USD");
    assertThat(s.flagged()).isFalse();
    assertThat(text(s.unconsentedExcess())).isEqualTo("0.00 USD");
    assertThat(text(s.chargeableTotal())).isEqualTo("1490.00 USD");
    assertThat(s.warnings()).isEmpty();
  }

  @Test
  void anIncreaseWithinTheAllowanceIsNotFlaggedAtTheLimitButOneCentOverIs() {
    // 1.25 h = 375.00: invoice 855.00 (within 865.00)
    Settlement within = settle(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F", "1.25")).addParts(sets("BP-100", 1)).build());
    assertThat(within.flagged()).isFalse();
    LineDifference d = within.differences().get(0);
    assertThat(d.kind()).isEqualTo(DifferenceKind.CHANGED);
    assertThat(text(d.delta())).isEqualTo("15.00 USD");
    assertThat(d.reason().message()).isEqualTo("J1 BRK-PAD-F (LABOUR) changed from 360.00 USD to 375.00 USD (15.00 USD)");

    Settlement exactly =
        co.settle(
            SettlementRequest.builder()
                .authorized(authorized)
                .actual(
                    request(brakes().build(), job("J2").method(EstimateMethod.ITEM).addParts(parts("CLIP-9", 5)).build())
                        .build())
                .build());
    // five clips 5 × 5.00 = 25.00: invoice 865.00, exactly at the limit
    assertThat(text(exactly.invoiceTotal())).isEqualTo("865.00 USD");
    assertThat(exactly.flagged()).isFalse();
    Settlement oneCentOver =
        co.settle(
            SettlementRequest.builder()
                .authorized(authorized)
                .actual(
                    request(
                            brakes().build(),
                            job("J2").method(EstimateMethod.ITEM).addParts(parts("CLIP-9", 5)).addLabour(op("ROAD-TEST", "0.0001")).build())
                        .build())
                .build());
    // + 0.03 labour: 865.03
    assertThat(oneCentOver.flagged()).isTrue();
    assertThat(text(oneCentOver.chargeableTotal())).isEqualTo("865.00 USD");
  }

  @Test
  void removedWorkIsListed() {
    Settlement s = settle(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).build());
    assertThat(s.differences()).extracting(LineDifference::kind).containsExactly(DifferenceKind.REMOVED);
    assertThat(text(s.differences().get(0).delta())).isEqualTo("-480.00 USD");
    assertThat(s.flagged()).isFalse();
  }

  @Test
  void californiaWantsThePhoneNumberCalled() {
    Estimator ca = Estimator.of(us(Jurisdiction.california(), TaxPolicy.none()).build());
    Estimate est = ca.estimate(request(brakes().build()).build());
    Settlement s =
        ca.settle(
            SettlementRequest.builder()
                .authorized(est)
                .actual(request(brakes().addParts(parts("BD-200", 1)).build()).build())
                .addConsents(consent("650.00", null))
                .build());
    assertThat(s.flagged()).isFalse();
    assertThat(s.warnings()).extracting(r -> r.code()).containsExactly(PricingReasonCodes.WARN_CONSENT_EVIDENCE);
    assertThat(s.warnings().get(0).message()).doesNotContain("Customer");
  }

  @Test
  void anEstimateOfAnotherProfileOrBadActualLinesAreRefused() {
    Estimate chinese = Estimator.of(china().build()).estimate(request(brakes().build()).build());
    rejected(
        () -> co.settle(SettlementRequest.builder().authorized(chinese).actual(request(brakes().build()).build()).build()),
        "authorized.profileId",
        PricingErrorCode.ESTIMATE_PROFILE_MISMATCH);
    rejected(
        () -> settle(job("J1").system("BRAKES").addLabour(op("NOPE")).build()),
        "actual.jobs[0].labour[0].opCode",
        PricingErrorCode.LABOUR_OP_NOT_IN_CATALOGUE);
  }
}

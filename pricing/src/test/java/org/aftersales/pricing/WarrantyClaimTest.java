package org.aftersales.pricing;

import static org.aftersales.pricing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.aftersales.core.order.JobId;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.pricing.jurisdiction.Jurisdiction;
import org.aftersales.pricing.tax.TaxPolicy;
import org.junit.jupiter.api.Test;

/** Warranty claims: warranty rate × allowed hours, parts at dealer cost plus handling. */
class WarrantyClaimTest {

  final Estimator us =
      Estimator.of(us(Jurisdiction.colorado(), TaxPolicy.none()).warrantyPartsHandling(Percentage.of(15)).build());

  static WarrantyClaimRequest.Builder claim() {
    return WarrantyClaimRequest.builder().jobId(JobId.of("J1")).vehicle(CAMRY).date(DATE);
  }

  static ClaimPart disc(long n) {
    return new ClaimPart(PartNumber.of("BD-200"), Quantity.pieces(n));
  }

  @Test
  void labourAtTheWarrantyRatePartsAtCostPlusHandling() {
    WarrantyClaim c = us.claim(claim().addLabour(ClaimLabour.of("BRK-PAD-F")).addParts(disc(2)).reference("WC-1").build());
    // 1.2 × 180 = 216.00; 2 × 420.00 = 840.00; 15% = 126.00
    assertThat(text(c.labour())).isEqualTo("216.00 USD");
    assertThat(text(c.parts())).isEqualTo("840.00 USD");
    assertThat(text(c.handling())).isEqualTo("126.00 USD");
    assertThat(text(c.total())).isEqualTo("1182.00 USD");
    assertThat(c.hours()).isEqualTo(Hours.of("1.2"));
    assertThat(c.reference()).contains("WC-1");
    assertThat(line(lineOwner(c), "BD-200").reason().message())
        .isEqualTo("BD-200: 2 × dealer cost 420.00 USD = 840.00 USD");
    assertThat(c.lines()).extracting(EstimateLine::category)
        .containsExactly(LineCategory.LABOUR, LineCategory.PARTS, LineCategory.HANDLING);
    assertThat(c.lines().get(2).reason().message()).isEqualTo("handling 15% of parts cost 840.00 USD = 126.00 USD");
  }

  @Test
  void theClaimPaysTheAllowedHoursOrFewerClaimedOnes() {
    WarrantyClaim over =
        us.claim(claim().addLabour(ClaimLabour.builder().opCode("BRK-PAD-F").claimedHours(Hours.of("1.5")).build()).build());
    assertThat(text(over.total())).isEqualTo("216.00 USD");
    assertThat(over.lines().get(0).reason().code()).isEqualTo(PricingReasonCodes.CLAIM_LABOUR_LIMITED);
    WarrantyClaim under =
        us.claim(claim().addLabour(ClaimLabour.builder().opCode("BRK-PAD-F").claimedHours(Hours.of("1.0")).build()).build());
    assertThat(text(under.total())).isEqualTo("180.00 USD");
    WarrantyClaim approved =
        us.claim(claim().addLabour(ClaimLabour.builder().opCode("BRK-PAD-F").allowedHours(Hours.of("2")).build()).build());
    assertThat(text(approved.total())).isEqualTo("360.00 USD");
  }

  @Test
  void sharedTimeIsDeductedFromTheAllowedHours() {
    WarrantyClaim c = us.claim(claim().addLabour(ClaimLabour.of("BRK-PAD-F"), ClaimLabour.of("BRK-DISC-F")).build());
    // pads 0.4 h + discs 1.8 h = 2.2 h × 180
    assertThat(c.hours()).isEqualTo(Hours.of("2.2"));
    assertThat(text(c.total())).isEqualTo("396.00 USD");
  }

  @Test
  void noHandlingLineWithoutAHandlingPercentageAndVatAsTheProfileSays() {
    WarrantyClaim c = Estimator.of(china().build()).claim(claim().addParts(disc(1)).build());
    assertThat(c.lines()).extracting(EstimateLine::category).containsExactly(LineCategory.PARTS);
    // 420.00 including VAT: 420/1.13 = 371.68 → 48.32
    assertThat(text(c.total())).isEqualTo("420.00 CNY");
    assertThat(text(c.tax())).isEqualTo("48.32 CNY");
  }

  @Test
  void unknownOperationsAndExpiredCostsAreRefused() {
    rejected(() -> us.claim(claim().addLabour(ClaimLabour.of("NOPE")).build()), "labour[0].opCode",
        PricingErrorCode.LABOUR_OP_NOT_IN_CATALOGUE);
    rejected(
        () -> us.claim(claim().addParts(new ClaimPart(PartNumber.of("BP-OLD"), Quantity.pieces(1))).build()),
        "parts[0].partNumber",
        PricingErrorCode.PART_PRICE_EXPIRED);
  }

  /** The claim's lines as an estimate-like list for {@link Fixtures#line}. */
  static Estimate lineOwner(WarrantyClaim c) {
    return Estimate.builder()
        .profileId("X")
        .currency(c.total().getCurrency())
        .taxInclusion(org.aftersales.pricing.tax.TaxInclusion.EXCLUSIVE)
        .date(c.date())
        .validUntil(c.date())
        .vehicle(CAMRY)
        .addAllLines(c.lines())
        .subtotal(c.subtotal())
        .tax(c.tax())
        .total(c.total())
        .totalHours(c.hours())
        .reason(c.reason())
        .build();
  }
}

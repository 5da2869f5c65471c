package org.aftersales.pricing;

import static org.aftersales.pricing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.PayType;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.pricing.jurisdiction.Jurisdiction;
import org.aftersales.pricing.tax.TaxPolicy;
import org.junit.jupiter.api.Test;

/**
 * Discounts at line, job and order level, by percentage and amount, for loyalty tiers, campaigns
 * and advisors; the order of application; the zero and cost floors. The brake job is pads
 * 360.00 (labour), a pad set 480.00 (cost 300.00) and a disc 650.00 (cost 420.00): 1490.00.
 */
class DiscountsTest {

  static final DiscountRule CAMPAIGN =
      DiscountRule.builder()
          .code("BRAKES100")
          .description("Brake week")
          .campaignCode("BRAKE_WEEK")
          .amount(m("100.00", "USD"))
          .validFrom(LocalDate.of(2026, 6, 1))
          .validThrough(LocalDate.of(2026, 6, 15))
          .build();

  static Estimator profile(boolean belowCost, DiscountRule... rules) {
    return Estimator.of(
        us(Jurisdiction.colorado(), TaxPolicy.none())
            .addDiscounts(rules)
            .discountBelowCostAllowed(belowCost)
            .build());
  }

  static EstimateRequest.Builder brakeJob() {
    return request(
        job("J1")
            .system("BRAKES")
            .addLabour(op("BRK-PAD-F"))
            .addParts(sets("BP-100", 1), parts("BD-200", 1))
            .build());
  }

  static String discountOf(Estimate e, String code) {
    return text(line(e, code).discount());
  }

  @Test
  void aLoyaltyTierPercentageComesOffEachEligibleLine() {
    Estimator p = profile(false, DiscountRule.loyalty("GOLD", Percentage.of(10)));
    Estimate e = p.estimate(brakeJob().loyaltyTier("GOLD").build());
    assertThat(discountOf(e, "BRK-PAD-F")).isEqualTo("36.00 USD");
    assertThat(discountOf(e, "BP-100")).isEqualTo("48.00 USD");
    assertThat(discountOf(e, "BD-200")).isEqualTo("65.00 USD");
    assertThat(text(e.subtotals().get(LineCategory.DISCOUNT))).isEqualTo("-149.00 USD");
    assertThat(text(e.total())).isEqualTo("1341.00 USD");
    AppliedDiscount d = e.discounts().get(0);
    assertThat(d.trigger()).isEqualTo(DiscountTrigger.LOYALTY_TIER);
    assertThat(d.limited()).isFalse();
    assertThat(d.reason().message()).isEqualTo("LOYALTY_GOLD (10%) on 1490.00 USD over 3 lines = 149.00 USD");

    assertThat(p.estimate(brakeJob().loyaltyTier("SILVER").build()).discounts()).isEmpty();
    assertThat(p.estimate(brakeJob().build()).discounts()).isEmpty();
  }

  @Test
  void anOrderAmountIsSharedProRataWithTheLastCentToTheLargestRemainder() {
    Estimate e = profile(false, CAMPAIGN).estimate(brakeJob().addCampaignCodes("BRAKE_WEEK").build());
    // 100 × 360/1490 = 24.161, × 480/1490 = 32.214 (+0.01), × 650/1490 = 43.624
    assertThat(discountOf(e, "BRK-PAD-F")).isEqualTo("24.16 USD");
    assertThat(discountOf(e, "BP-100")).isEqualTo("32.22 USD");
    assertThat(discountOf(e, "BD-200")).isEqualTo("43.62 USD");
    assertThat(text(e.discounts().get(0).amount())).isEqualTo("100.00 USD");
    assertThat(e.discounts().get(0).trigger()).isEqualTo(DiscountTrigger.CAMPAIGN);
  }

  @Test
  void campaignsAreValidThroughTheirLastDayInclusiveAndUnknownCodesAreRefused() {
    Estimator p = profile(false, CAMPAIGN);
    assertThat(p.estimate(brakeJob().addCampaignCodes("BRAKE_WEEK").date(LocalDate.of(2026, 6, 15)).build()).discounts())
        .hasSize(1);
    rejected(
        () -> p.estimate(brakeJob().addCampaignCodes("BRAKE_WEEK").date(LocalDate.of(2026, 6, 16)).build()),
        "campaignCodes[0]",
        PricingErrorCode.DISCOUNT_CAMPAIGN_EXPIRED);
    rejected(
        () -> p.estimate(brakeJob().addCampaignCodes("SPRING").build()),
        "campaignCodes[0]",
        PricingErrorCode.DISCOUNT_CAMPAIGN_UNKNOWN);
  }

  @Test
  void aDiscountNeverTakesAPartBelowCostUnlessAllowed() {
    DiscountRule big =
        DiscountRule.builder()
            .code("PARTS1000")
            .description("Parts 1000 off")
            .amount(m("1000.00", "USD"))
            .categories(java.util.Set.of(LineCategory.PARTS))
            .build();
    Estimate floored = profile(false, big).estimate(brakeJob().build());
    assertThat(discountOf(floored, "BP-100")).isEqualTo("180.00 USD");
    assertThat(discountOf(floored, "BD-200")).isEqualTo("230.00 USD");
    assertThat(discountOf(floored, "BRK-PAD-F")).isEqualTo("0.00 USD");
    AppliedDiscount d = floored.discounts().get(0);
    assertThat(d.limited()).isTrue();
    assertThat(text(d.amount())).isEqualTo("410.00 USD");
    assertThat(d.reason().code()).isEqualTo(PricingReasonCodes.DISCOUNT_LIMITED);
    assertThat(floored.warnings()).contains(d.reason());

    Estimate allowed = profile(true, big).estimate(brakeJob().build());
    // 1000 × 480/1130 = 424.778 (+0.01 for the larger remainder), × 650/1130 = 575.221
    assertThat(discountOf(allowed, "BP-100")).isEqualTo("424.78 USD");
    assertThat(discountOf(allowed, "BD-200")).isEqualTo("575.22 USD");
    assertThat(allowed.discounts().get(0).limited()).isFalse();
  }

  @Test
  void linesThatReachTheirFloorTakeItAndTheRestIsSharedAgain() {
    DiscountRule seven =
        DiscountRule.builder().code("BIG").description("Big").amount(m("700.00", "USD")).build();
    Estimate e = profile(false, seven).estimate(brakeJob().build());
    // shares 169.13 / 225.50 / 305.37: both parts exceed their headroom (180, 230) and take it;
    // the pads' labour takes the remaining 290.00
    assertThat(discountOf(e, "BP-100")).isEqualTo("180.00 USD");
    assertThat(discountOf(e, "BD-200")).isEqualTo("230.00 USD");
    assertThat(discountOf(e, "BRK-PAD-F")).isEqualTo("290.00 USD");
    assertThat(text(e.total())).isEqualTo("790.00 USD");
  }

  @Test
  void aLabourLineNeverGoesBelowZero() {
    ManualDiscount off =
        ManualDiscount.builder()
            .code("GOODWILL")
            .description("Advisor goodwill")
            .scope(DiscountScope.LINE)
            .jobId(JobId.of("J1"))
            .lineCode("BRK-PAD-F")
            .amount(m("500.00", "USD"))
            .build();
    Estimate e = profile(false).estimate(brakeJob().addDiscounts(off).build());
    assertThat(text(line(e, "BRK-PAD-F").amount())).isEqualTo("0.00 USD");
    assertThat(e.discounts().get(0).limited()).isTrue();
    assertThat(e.discounts().get(0).trigger()).isEqualTo(DiscountTrigger.MANUAL);
  }

  @Test
  void jobDiscountsComeBeforeOrderDiscountsAndEachAppliesToWhatIsLeft() {
    ManualDiscount job100 =
        ManualDiscount.builder()
            .code("JOB100")
            .description("100 off the brake job")
            .scope(DiscountScope.JOB)
            .jobId(JobId.of("J1"))
            .amount(m("100.00", "USD"))
            .build();
    Estimate e =
        profile(false, DiscountRule.loyalty("GOLD", Percentage.of(10)))
            .estimate(brakeJob().loyaltyTier("GOLD").addDiscounts(job100).build());
    // job first: 24.16 / 32.22 / 43.62, leaving 335.84 / 447.78 / 606.38; then 10%: 33.58 / 44.78 / 60.64
    assertThat(e.discounts()).extracting(AppliedDiscount::code).containsExactly("JOB100", "LOYALTY_GOLD");
    assertThat(text(e.discounts().get(1).amount())).isEqualTo("139.00 USD");
    assertThat(text(e.subtotals().get(LineCategory.DISCOUNT))).isEqualTo("-239.00 USD");
    assertThat(discountOf(e, "BD-200")).isEqualTo("104.26 USD");
  }

  @Test
  void withinAScopePercentagesComeBeforeAmounts() {
    ManualDiscount order100 =
        ManualDiscount.builder()
            .code("ORDER100")
            .description("100 off")
            .scope(DiscountScope.ORDER)
            .amount(m("100.00", "USD"))
            .build();
    Estimate e =
        profile(false, DiscountRule.loyalty("GOLD", Percentage.of(10)))
            .estimate(brakeJob().loyaltyTier("GOLD").addDiscounts(order100).build());
    assertThat(e.discounts()).extracting(AppliedDiscount::code).containsExactly("LOYALTY_GOLD", "ORDER100");
    assertThat(text(e.subtotals().get(LineCategory.DISCOUNT))).isEqualTo("-249.00 USD");
    assertThat(text(e.total())).isEqualTo("1241.00 USD");
  }

  @Test
  void lineAndJobAmountsComeOffEachLineAndEachJob() {
    ManualDiscount perLine =
        ManualDiscount.builder()
            .code("TEN")
            .description("10 off a line")
            .scope(DiscountScope.LINE)
            .jobId(JobId.of("J1"))
            .lineCode("BD-200")
            .amount(m("10.00", "USD"))
            .build();
    Estimate e = profile(false).estimate(brakeJob().addDiscounts(perLine).build());
    assertThat(discountOf(e, "BD-200")).isEqualTo("10.00 USD");
    assertThat(discountOf(e, "BP-100")).isEqualTo("0.00 USD");

    DiscountRule fivePerLine =
        DiscountRule.builder().code("FIVE").description("5 off each").scope(DiscountScope.LINE).amount(m("5.00", "USD")).build();
    DiscountRule fiftyPerJob =
        DiscountRule.builder().code("FIFTY").description("50 off each job").scope(DiscountScope.JOB).amount(m("50.00", "USD")).build();
    Estimate f =
        profile(false, fivePerLine, fiftyPerJob)
            .estimate(
                request(
                        job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).addParts(sets("BP-100", 1)).build(),
                        job("J2").method(EstimateMethod.ITEM).addLabour(op("OIL-CHG")).build())
                    .build());
    assertThat(text(f.discounts().get(0).amount())).isEqualTo("15.00 USD");
    assertThat(text(f.discounts().get(1).amount())).isEqualTo("100.00 USD");
  }

  @Test
  void discountsApplyToCustomerPayJobsOnlyByDefault() {
    Estimate e =
        profile(false, DiscountRule.loyalty("GOLD", Percentage.of(10)))
            .estimate(
                request(
                        job("J1").system("BRAKES").payType(PayType.WARRANTY).addLabour(op("BRK-PAD-F")).build(),
                        job("J2").method(EstimateMethod.ITEM).addLabour(op("OIL-CHG")).build())
                    .loyaltyTier("GOLD")
                    .build());
    assertThat(discountOf(e, "BRK-PAD-F")).isEqualTo("0.00 USD");
    assertThat(discountOf(e, "OIL-CHG")).isEqualTo("15.00 USD");
  }

  @Test
  void ruleFiltersNarrowTheLines() {
    DiscountRule padsOnly =
        DiscountRule.builder()
            .code("PADS")
            .description("Pads 20%")
            .percent(Percentage.of(20))
            .addPartNumbers("BP-100")
            .addOpCodes("NONE")
            .build();
    Estimate e = profile(false, padsOnly).estimate(brakeJob().build());
    assertThat(discountOf(e, "BP-100")).isEqualTo("96.00 USD");
    assertThat(discountOf(e, "BD-200")).isEqualTo("0.00 USD");
    assertThat(discountOf(e, "BRK-PAD-F")).isEqualTo("0.00 USD");
  }

  @Test
  void manualDiscountsMustNameExistingTargetsInTheProfilesCurrency() {
    ManualDiscount.Builder b =
        ManualDiscount.builder().code("X").description("x").scope(DiscountScope.LINE).amount(m("1.00", "USD"));
    rejected(
        () -> profile(false).estimate(brakeJob().addDiscounts(b.jobId(JobId.of("J9")).lineCode("BP-100").build()).build()),
        "discounts[0].jobId",
        PricingErrorCode.DISCOUNT_TARGET_UNKNOWN);
    rejected(
        () -> profile(false).estimate(brakeJob().addDiscounts(b.jobId(JobId.of("J1")).lineCode("NOPE").build()).build()),
        "discounts[0].lineCode",
        PricingErrorCode.DISCOUNT_TARGET_UNKNOWN);
    rejected(
        () ->
            profile(false)
                .estimate(brakeJob().addDiscounts(b.jobId(JobId.of("J1")).lineCode("BP-100").amount(m("1.00", "EUR")).build()).build()),
        "discounts[0].amount",
        CoreErrorCode.CURRENCY_MISMATCH);
    rejected(
        () -> ManualDiscount.builder().code("X").description("x").scope(DiscountScope.JOB).percent(Percentage.of(5)).build(),
        "jobId",
        PricingErrorCode.TERMS_INVALID);
    rejected(
        () -> ManualDiscount.builder().code("X").description("x").scope(DiscountScope.ORDER).build(),
        "percent",
        PricingErrorCode.TERMS_INVALID);
  }
}

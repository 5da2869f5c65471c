package org.aftersales.pricing;

import static org.aftersales.pricing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.core.PolicyException;
import org.aftersales.core.order.JobType;
import org.aftersales.core.order.PayType;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.pricing.jurisdiction.Jurisdiction;
import org.aftersales.pricing.tax.TaxPolicy;
import org.junit.jupiter.api.Test;

/** Fees: shop supplies with a cap, flat environmental fees, the diagnostic fee and its waiver. */
class FeesTest {

  static Estimator colorado(FeeRule... fees) {
    return Estimator.of(us(Jurisdiction.colorado(), TaxPolicy.none()).addFees(fees).build());
  }

  static final FeeRule SUPPLIES = FeeRule.shopSupplies(Percentage.of(10), m("30.00", "USD"));

  @Test
  void shopSuppliesArePercentOfLabourUpToTheCapExactlyAtTheCapAndOneCentOver() {
    Estimator e = colorado(SUPPLIES);
    // labour 150.00 → 15.00
    Estimate small = e.estimate(request(job("J1").method(EstimateMethod.ITEM).addLabour(op("OIL-CHG")).build()).build());
    EstimateLine fee = lines(small, LineCategory.FEE).get(0);
    assertThat(text(fee.amount())).isEqualTo("15.00 USD");
    assertThat(fee.jobId()).isEmpty();
    assertThat(fee.reason().message()).isEqualTo("SHOP_SUPPLIES: 10% of labour 150.00 USD = 15.00 USD");

    // labour 300.00 → exactly the cap, 30.00, not "capped"
    Estimate atCap =
        e.estimate(request(job("J1").method(EstimateMethod.ITEM).addLabour(op("ROAD-TEST", "1")).build()).build());
    EstimateLine at = lines(atCap, LineCategory.FEE).get(0);
    assertThat(text(at.amount())).isEqualTo("30.00 USD");
    assertThat(at.reason().code()).isEqualTo(PricingReasonCodes.FEE_SHOP_SUPPLIES);

    // labour 300.09 → 30.01 → capped at 30.00
    Estimate over =
        e.estimate(request(job("J1").method(EstimateMethod.ITEM).addLabour(op("ROAD-TEST", "1.0003")).build()).build());
    EstimateLine o = lines(over, LineCategory.FEE).get(0);
    assertThat(text(o.amount())).isEqualTo("30.00 USD");
    assertThat(o.reason().code()).isEqualTo(PricingReasonCodes.FEE_SHOP_SUPPLIES_CAPPED);
    assertThat(o.reason().message())
        .isEqualTo("SHOP_SUPPLIES: 10% of labour 300.09 USD = 30.01 USD, capped at 30.00 USD");
  }

  @Test
  void shopSuppliesPerJobAndNeverOnWarrantyWork() {
    FeeRule perJob = FeeRule.builder().from(SUPPLIES).scope(FeeScope.JOB).build();
    Estimate e =
        colorado(perJob)
            .estimate(
                request(
                        job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).build(),
                        job("J2").system("ENGINE").addLabour(op("OIL-CHG")).build(),
                        job("J3").system("CLIMATE").payType(PayType.WARRANTY).addLabour(op("AC-REGAS")).build())
                    .build());
    assertThat(lines(e, LineCategory.FEE))
        .extracting(l -> l.jobId().orElseThrow().value(), l -> text(l.amount()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("J1", "30.00 USD"),
            org.assertj.core.groups.Tuple.tuple("J2", "15.00 USD"));
  }

  @Test
  void shopSuppliesAreComputedOnDiscountedLabourAndNotDiscounted() {
    Estimator e =
        Estimator.of(
            us(Jurisdiction.colorado(), TaxPolicy.none())
                .addFees(FeeRule.shopSupplies(Percentage.of(10), m("50.00", "USD")))
                .addDiscounts(DiscountRule.loyalty("GOLD", Percentage.of(10)))
                .build());
    Estimate est =
        e.estimate(request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).build()).loyaltyTier("GOLD").build());
    // 360.00 − 36.00 = 324.00; 10% = 32.40
    EstimateLine fee = lines(est, LineCategory.FEE).get(0);
    assertThat(text(fee.amount())).isEqualTo("32.40 USD");
    assertThat(text(fee.discount())).isEqualTo("0.00 USD");
    assertThat(text(est.total())).isEqualTo("356.40 USD");
  }

  @Test
  void flatFeesApplyWhenTheirOperationsArePresent() {
    FeeRule hazmat =
        FeeRule.builder()
            .code("HAZMAT")
            .description("Used oil disposal")
            .kind(FeeKind.FLAT)
            .amount(m("15.00", "USD"))
            .addWhenOpCodes("OIL-CHG")
            .build();
    Estimator e = colorado(hazmat);
    Estimate with =
        e.estimate(request(job("J1").method(EstimateMethod.ITEM).addLabour(op("OIL-CHG")).build()).build());
    assertThat(lines(with, LineCategory.FEE)).extracting(l -> text(l.amount())).containsExactly("15.00 USD");
    assertThat(lines(with, LineCategory.FEE).get(0).reason().message()).isEqualTo("HAZMAT: 15.00 USD");
    Estimate without =
        e.estimate(request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).build()).build());
    assertThat(lines(without, LineCategory.FEE)).isEmpty();

    FeeRule perJob = FeeRule.builder().from(hazmat).scope(FeeScope.JOB).build();
    Estimate twice =
        colorado(perJob)
            .estimate(
                request(
                        job("J1").method(EstimateMethod.ITEM).addLabour(op("OIL-CHG")).build(),
                        job("J2").method(EstimateMethod.ITEM).addLabour(op("OIL-CHG")).build())
                    .build());
    assertThat(lines(twice, LineCategory.FEE)).hasSize(2);
  }

  @Test
  void theDiagnosticFeeIsWaivedWhenTheRepairIsAuthorized() {
    Estimator e = colorado(FeeRule.diagnostic(m("89.00", "USD")));
    EstimateRequest.Builder r =
        request(job("J1").type(JobType.DIAGNOSIS).system("ELECTRICAL").addLabour(op("DIAG-EL")).build());
    Estimate charged = e.estimate(r.build());
    EstimateLine fee = lines(charged, LineCategory.FEE).get(0);
    assertThat(text(fee.amount())).isEqualTo("89.00 USD");
    assertThat(fee.reason().code()).isEqualTo(PricingReasonCodes.FEE_DIAGNOSTIC);
    assertThat(text(charged.total())).isEqualTo("489.00 USD");

    Estimate waived = e.estimate(r.repairAuthorized(true).build());
    EstimateLine w = lines(waived, LineCategory.FEE).get(0);
    assertThat(text(w.amount())).isEqualTo("0.00 USD");
    assertThat(w.reason().code()).isEqualTo(PricingReasonCodes.FEE_DIAGNOSTIC_WAIVED);
    assertThat(w.reason().parameters()).containsEntry("waived", "89.00 USD");
    assertThat(text(waived.total())).isEqualTo("400.00 USD");

    Estimate noDiagnosis =
        e.estimate(request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).build()).build());
    assertThat(lines(noDiagnosis, LineCategory.FEE)).isEmpty();
  }

  @Test
  void californiaForbidsAGenericShopSuppliesLine() {
    assertThatThrownBy(() -> us(Jurisdiction.california(), TaxPolicy.none()).addFees(SUPPLIES).build())
        .isInstanceOfSatisfying(
            PolicyException.class,
            e -> {
              assertThat(e.code()).isEqualTo(PricingErrorCode.SHOP_SUPPLIES_FORBIDDEN);
              assertThat(e.violations().get(0).path()).isEqualTo("fees[0]");
            });
    // a flat environmental fee is still fine
    us(Jurisdiction.california(), TaxPolicy.none()).addFees(FeeRule.flat("ENV", "Environmental fee", m("5.00", "USD"))).build();
  }

  @Test
  void floridaRequiresTheShopSuppliesChargeToBeDisclosed() {
    Estimator e = Estimator.of(us(Jurisdiction.florida(), TaxPolicy.none()).addFees(SUPPLIES).build());
    Estimate est = e.estimate(request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).build()).build());
    assertThat(est.warnings())
        .extracting(r -> r.code())
        .containsExactly(PricingReasonCodes.WARN_SHOP_SUPPLIES_DISCLOSURE);
    assertThat(est.warnings().get(0).message())
        .isEqualTo("the shop-supplies charge SHOP_SUPPLIES of 30.00 USD is disclosed on this estimate, as Florida requires");
    Estimate co = colorado(SUPPLIES).estimate(request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).build()).build());
    assertThat(co.warnings()).isEmpty();
  }

  @Test
  void feeTermsMustFitTheirKind() {
    rejectedPolicy(() -> FeeRule.builder().code("X").description("x").kind(FeeKind.SHOP_SUPPLIES).amount(m("1", "USD")).build(), "percent");
    rejectedPolicy(() -> FeeRule.builder().code("X").description("x").kind(FeeKind.FLAT).percent(Percentage.of(1)).build(), "amount");
    rejectedPolicy(
        () -> FeeRule.builder().from(FeeRule.diagnostic(m("1", "USD"))).scope(FeeScope.JOB).build(), "scope");
  }

  static void rejectedPolicy(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String path) {
    rejected(call, path, PricingErrorCode.TERMS_INVALID);
  }
}

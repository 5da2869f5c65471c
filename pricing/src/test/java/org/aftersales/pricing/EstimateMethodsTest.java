package org.aftersales.pricing;

import static org.aftersales.pricing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.aftersales.core.order.JobId;
import org.aftersales.core.quantity.Percentage;
import org.junit.jupiter.api.Test;

/** The three estimating methods of seed 001: system, symptom (risk allowance) and item. */
class EstimateMethodsTest {

  final Estimator cn = Estimator.of(china().build());

  @Test
  void aSystemEstimateNamesItsSystemAndKeepsToIt() {
    Estimate e =
        cn.estimate(
            request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F"), op("ROAD-TEST")).build()).build());
    JobTotal j = e.jobs().get(0);
    assertThat(j.method()).isEqualTo(EstimateMethod.SYSTEM);
    assertThat(j.system()).contains("BRAKES");
    assertThat(text(j.amount())).isEqualTo("450.00 CNY");
    assertThat(j.reason().code()).isEqualTo(PricingReasonCodes.JOB_SYSTEM);
    assertThat(j.reason().message())
        .isEqualTo("job J1 priced by vehicle system BRAKES (系统估价): 1.5 h, 450.00 CNY");

    rejected(
        () -> cn.estimate(request(job("J1").addLabour(op("BRK-PAD-F")).build()).build()),
        "jobs[0].system",
        PricingErrorCode.ESTIMATE_SYSTEM_REQUIRED);
    rejected(
        () ->
            cn.estimate(
                request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F"), op("OIL-CHG")).build()).build()),
        "jobs[0].labour[1].opCode",
        PricingErrorCode.OPERATION_OUTSIDE_SYSTEM);
  }

  @Test
  void aSymptomEstimateCarriesTheRiskAllowanceAsItsOwnLine() {
    // labour 360.00 + parts 480.00 = 840.00; 10% = 84.00
    Estimate e =
        cn.estimate(
            request(
                    job("J1")
                        .method(EstimateMethod.SYMPTOM)
                        .addLabour(op("BRK-PAD-F"))
                        .addParts(sets("BP-100", 1))
                        .build())
                .build());
    EstimateLine risk = lines(e, LineCategory.RISK_ALLOWANCE).get(0);
    assertThat(text(risk.amount())).isEqualTo("84.00 CNY");
    assertThat(risk.reason().message())
        .isEqualTo("symptom estimate (现象估价): risk allowance 10% of 840.00 CNY = 84.00 CNY");
    assertThat(text(e.total())).isEqualTo("924.00 CNY");
    assertThat(e.jobs().get(0).reason().code()).isEqualTo(PricingReasonCodes.JOB_SYMPTOM);
  }

  @Test
  void theRiskAllowanceIsCappedAndNeverDiscounted() {
    Estimator capped =
        Estimator.of(
            china()
                .riskAllowance(RiskAllowance.builder().percent(Percentage.of(10)).cap(m("50.00", "CNY")).build())
                .addDiscounts(DiscountRule.loyalty("GOLD", Percentage.of(10)))
                .build());
    Estimate e =
        capped.estimate(
            request(
                    job("J1")
                        .method(EstimateMethod.SYMPTOM)
                        .addLabour(op("BRK-PAD-F"))
                        .addParts(sets("BP-100", 1))
                        .build())
                .loyaltyTier("GOLD")
                .build());
    EstimateLine risk = lines(e, LineCategory.RISK_ALLOWANCE).get(0);
    assertThat(text(risk.amount())).isEqualTo("50.00 CNY");
    assertThat(text(risk.discount())).isEqualTo("0.00 CNY");
    assertThat(risk.reason().code()).isEqualTo(PricingReasonCodes.RISK_ALLOWANCE_CAPPED);
    // 840.00 − 84.00 discount + 50.00 risk
    assertThat(text(e.total())).isEqualTo("806.00 CNY");
  }

  @Test
  void anItemPriceCarriesTheQualityCaveat() {
    Estimate e =
        cn.estimate(request(job("J1").method(EstimateMethod.ITEM).addLabour(op("OIL-CHG")).build()).build());
    assertThat(e.warnings()).extracting(r -> r.code()).containsExactly(PricingReasonCodes.WARN_ITEM_PRICE);
    assertThat(e.warnings().get(0).message())
        .isEqualTo(
            "job J1 is priced per item (项目定价): quality cannot always be guaranteed; tell the"
                + " customer before the work (seed 001)");
    assertThat(e.jobs().get(0).reason().code()).isEqualTo(PricingReasonCodes.JOB_ITEM);
    assertThat(lines(e, LineCategory.RISK_ALLOWANCE)).isEmpty();
  }

  @Test
  void jobsTakeTheRequestsMethodUnlessTheyNameTheirOwn() {
    Estimate e =
        cn.estimate(
            request(
                    job("J1").addLabour(op("OIL-CHG")).build(),
                    job("J2").method(EstimateMethod.SYMPTOM).addLabour(op("AC-REGAS")).build())
                .method(EstimateMethod.ITEM)
                .build());
    assertThat(e.job(JobId.of("J1")).orElseThrow().method()).isEqualTo(EstimateMethod.ITEM);
    assertThat(e.job(JobId.of("J2")).orElseThrow().method()).isEqualTo(EstimateMethod.SYMPTOM);
    // AC-REGAS 0.7 h × 300 = 210.00, risk 21.00
    assertThat(text(e.job(JobId.of("J2")).orElseThrow().amount())).isEqualTo("231.00 CNY");
  }
}

package org.aftersales.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.quantity.Quantity;
import org.junit.jupiter.api.Test;

class JobTest {

  @Test
  void sumsFlatRateHoursPerSkill() {
    Job j =
        Job.builder()
            .from(Fixtures.job("J1"))
            .addLabour(
                LabourLine.builder()
                    .opCode("ALN-1")
                    .description("four-wheel alignment")
                    .flatRateHours(Hours.of("0.8"))
                    .skill(Skill.ALIGNMENT)
                    .build(),
                LabourLine.builder()
                    .opCode("BRK-2")
                    .description("bleed brakes")
                    .flatRateHours(Hours.of("0.5"))
                    .skill(Skill.MECHANICAL)
                    .build())
            .build();
    assertThat(j.flatRateHours()).isEqualTo(Hours.of("2.5"));
    assertThat(j.flatRateHoursBySkill())
        .containsExactly(Map.entry(Skill.ALIGNMENT, Hours.of("0.8")), Map.entry(Skill.MECHANICAL, Hours.of("1.7")));
    assertThat(j.effectivePayerSplits()).containsExactly(new PayerSplit(PayType.CUSTOMER, Percentage.HUNDRED));
  }

  @Test
  void payerSplitsMustAddUpToExactlyHundred() {
    Job ok =
        Job.builder()
            .from(Fixtures.job("J1"))
            .addPayerSplit(new PayerSplit(PayType.WARRANTY, Percentage.of("70")))
            .addPayerSplit(new PayerSplit(PayType.CUSTOMER, Percentage.of("30")))
            .build();
    assertThat(ok.effectivePayerSplits()).hasSize(2);
    assertThatThrownBy(
            () ->
                Job.builder()
                    .from(Fixtures.job("J1"))
                    .addPayerSplit(new PayerSplit(PayType.WARRANTY, Percentage.of("70")))
                    .addPayerSplit(new PayerSplit(PayType.CUSTOMER, Percentage.of("29.9999")))
                    .build())
        .hasMessageContaining("add up to 99.9999%, not 100%")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.PAYER_SPLIT_TOTAL);
    assertThatThrownBy(
            () ->
                Job.builder()
                    .from(Fixtures.job("J1"))
                    .addPayerSplit(new PayerSplit(PayType.WARRANTY, Percentage.of("50")))
                    .addPayerSplit(new PayerSplit(PayType.WARRANTY, Percentage.of("50")))
                    .build())
        .hasMessageContaining("payer WARRANTY appears twice");
  }

  @Test
  void statusNeedsItsRecord() {
    assertThatThrownBy(() -> Job.builder().from(Fixtures.job("J1")).status(JobStatus.AUTHORIZED).build())
        .hasMessageContaining("AUTHORIZED but has no authorization")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.JOB_STATUS);
    assertThatThrownBy(() -> Job.builder().from(Fixtures.job("J1")).status(JobStatus.DECLINED).build())
        .hasMessageContaining("DECLINED but has no refusal");
    assertThatThrownBy(
            () ->
                Job.builder()
                    .from(Fixtures.job("J1"))
                    .status(JobStatus.DONE)
                    .authorization(Fixtures.consent(0, "600"))
                    .build())
        .hasMessageContaining("DONE but has no correction");
  }

  @Test
  void opCodesAreUniqueAndCurrenciesAreNotMixed() {
    assertThatThrownBy(
            () -> Job.builder().from(Fixtures.job("J1")).addLabour(Fixtures.job("J1").labour().get(0)).build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.DUPLICATE_ID);
    assertThatThrownBy(
            () ->
                Job.builder()
                    .from(Fixtures.job("J1"))
                    .addFee(
                        FeeLine.builder().code("HAZMAT").description("waste oil").amount(Monies.of("5", "USD")).build())
                    .build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.CURRENCY_MISMATCH);
  }

  @Test
  void customerSuppliedPartsCarryNoPrice() {
    PartLine.Builder b =
        PartLine.builder()
            .partNumber(PartNumber.of("OIL-5W30"))
            .description("engine oil brought by the customer")
            .quantity(Quantity.of("4.5", org.aftersales.core.quantity.UnitOfMeasure.LITRE))
            .source(PartSource.CUSTOMER_SUPPLIED);
    assertThat(b.build().unitPrice()).isEmpty();
    assertThatThrownBy(() -> b.unitPrice(Monies.of("100", "CNY")).build())
        .hasMessageContaining("customer-supplied part OIL-5W30 must not carry a price");
    assertThatThrownBy(() -> PartLine.builder().from(Fixtures.job("J1").parts().get(0)).quantity(Quantity.pieces(0)).build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.NON_POSITIVE_QUANTITY);
  }

  @Test
  void personalDataStaysOutOfToString() {
    assertThat(Fixtures.consent(0, "600").toString()).doesNotContain("Li Wei").doesNotContain("138");
    assertThat(Fixtures.refusal(0).toString()).doesNotContain("Li Wei");
  }
}

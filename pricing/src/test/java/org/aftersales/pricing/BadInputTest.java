package org.aftersales.pricing;

import static org.aftersales.pricing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ErrorCode;
import org.aftersales.core.PolicyException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.SubletLine;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.pricing.catalogue.CatalogueErrorCode;
import org.aftersales.pricing.catalogue.LabourRate;
import org.aftersales.pricing.catalogue.LabourRateCard;
import org.aftersales.pricing.jurisdiction.Jurisdiction;
import org.aftersales.pricing.tax.TaxPolicy;
import org.junit.jupiter.api.Test;

/** Every bad input is a ValidationException naming the field; nothing leaks. */
class BadInputTest {

  static final AfterSalesJson JSON = AfterSalesJson.strict();

  static final String REQUEST =
      JSON.write(
          request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F", "1.2")).addParts(parts("BD-200", 1)).build())
              .build());

  static void jsonRejected(String json, Class<?> type, String path, ErrorCode code) {
    assertThatThrownBy(() -> JSON.read(json, type))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.violations().get(0).path()).isEqualTo(path);
            });
  }

  @Test
  void theRequestJsonReadsBack() {
    assertThat(REQUEST).contains("\"hours\":1.2").contains("\"value\":1");
    assertThat(JSON.read(REQUEST, EstimateRequest.class).jobs()).hasSize(1);
  }

  @Test
  void negativeOrNonFiniteHoursAndQuantities() {
    jsonRejected(REQUEST.replace("\"hours\":1.2", "\"hours\":-1.2"), EstimateRequest.class,
        "$.jobs[0].labour[0].hours", CoreErrorCode.NEGATIVE_QUANTITY);
    // not a JSON number at all: core's parser reports it at the enclosing object
    jsonRejected(REQUEST.replace("\"hours\":1.2", "\"hours\":NaN"), EstimateRequest.class,
        "$.jobs[0].labour[0]", CoreErrorCode.JSON_SYNTAX);
    jsonRejected(REQUEST.replace("\"hours\":1.2", "\"hours\":1e10000000"), EstimateRequest.class,
        "$.jobs[0].labour[0].hours", CoreErrorCode.NUMBER_OUT_OF_RANGE);
    jsonRejected(REQUEST.replace("\"value\":1", "\"value\":-1"), EstimateRequest.class,
        "$.jobs[0].parts[0].quantity.value", CoreErrorCode.NEGATIVE_QUANTITY);
    jsonRejected(REQUEST.replace("\"value\":1", "\"value\":0"), EstimateRequest.class,
        "$.jobs[0].parts[0].quantity", CoreErrorCode.NON_POSITIVE_QUANTITY);
    assertThatThrownBy(() -> Hours.of("-0.5")).isInstanceOf(ValidationException.class);
  }

  @Test
  void unknownOpCodesAndPartsAndExpiredPricesNameTheField() {
    Estimator cn = Estimator.of(china().build());
    rejected(() -> cn.estimate(JSON.read(REQUEST.replace("BRK-PAD-F", "BRK-XXX"), EstimateRequest.class)),
        "jobs[0].labour[0].opCode", PricingErrorCode.LABOUR_OP_NOT_IN_CATALOGUE);
    rejected(() -> cn.estimate(JSON.read(REQUEST.replace("BD-200", "BD-999"), EstimateRequest.class)),
        "jobs[0].parts[0].partNumber", PricingErrorCode.PART_NOT_IN_PRICE_LIST);
    rejected(() -> cn.estimate(JSON.read(REQUEST.replace("BD-200", "BP-OLD"), EstimateRequest.class)),
        "jobs[0].parts[0].partNumber", PricingErrorCode.PART_PRICE_EXPIRED);
  }

  @Test
  void mixedCurrenciesAreAnError() {
    Estimator cn = Estimator.of(china().build());
    SubletLine euro =
        SubletLine.builder().vendor("Glass").description("Windscreen").cost(m("100", "EUR")).price(m("150", "EUR")).build();
    rejected(
        () -> cn.estimate(request(job("J1").method(EstimateMethod.ITEM).addSublets(euro).build()).build()),
        "jobs[0].sublets[0].price",
        CoreErrorCode.CURRENCY_MISMATCH);
    rejected(
        () -> cn.estimate(request(job("J1").method(EstimateMethod.ITEM).deductible(m("100", "USD")).build()).build()),
        "jobs[0].deductible",
        CoreErrorCode.CURRENCY_MISMATCH);
    rejected(
        () -> china().labourRates(LabourRateCard.of(LabourRate.of(PayType.CUSTOMER, m("300", "USD")))).build(),
        "labourRates.rates[0].rate",
        CoreErrorCode.CURRENCY_MISMATCH);
    rejected(
        () -> china().jurisdiction(Jurisdiction.colorado()).build(),
        "jurisdiction.consentRule.maxExcessAmount",
        CoreErrorCode.CURRENCY_MISMATCH);
    rejected(
        () -> LabourRateCard.of(LabourRate.of(PayType.CUSTOMER, m("300", "USD")), LabourRate.of(PayType.WARRANTY, m("1", "CNY"))),
        "rates[1].rate",
        CoreErrorCode.CURRENCY_MISMATCH);
  }

  @Test
  void splitsOverOneHundredPercent() {
    String split =
        JSON.write(
            request(
                    job("J1")
                        .method(EstimateMethod.ITEM)
                        .addPayers(PayerShare.of(PayType.WARRANTY, Percentage.of(60)), PayerShare.of(PayType.CUSTOMER, Percentage.of(40)))
                        .build())
                .build());
    jsonRejected(split.replace("\"share\":40", "\"share\":41"), EstimateRequest.class, "$.jobs[0].payers",
        CoreErrorCode.PAYER_SPLIT_TOTAL);
    jsonRejected(split.replace("\"share\":40", "\"share\":140"), EstimateRequest.class, "$.jobs[0].payers[1].share",
        CoreErrorCode.PERCENTAGE_OUT_OF_RANGE);
  }

  @Test
  void taxRatesOutsideZeroToOneHundredPercent() {
    String tax = JSON.write(TaxPolicy.chinaVat());
    jsonRejected(tax.replace("\"GOODS\":13", "\"GOODS\":101"), TaxPolicy.class, "$.rates.GOODS",
        CoreErrorCode.PERCENTAGE_OUT_OF_RANGE);
    jsonRejected(tax.replace("\"GOODS\":13", "\"GOODS\":-1"), TaxPolicy.class, "$.rates.GOODS",
        CoreErrorCode.PERCENTAGE_OUT_OF_RANGE);
    assertThatThrownBy(() -> Percentage.of(101)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> TaxPolicy.builder().from(TaxPolicy.chinaVat()).putRate(org.aftersales.pricing.tax.TaxClass.EXEMPT, Percentage.of(5)).build())
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void requestsAreCheckedWhenBuilt() {
    rejected(() -> EstimateRequest.builder().vehicle(CAMRY).date(DATE).build(), "jobs", CoreErrorCode.REQUIRED_FIELD);
    rejected(() -> request(job("J1").build(), job("J1").build()).build(), "jobs[1]", CoreErrorCode.DUPLICATE_ID);
    rejected(() -> request(job("J1").build()).date(LocalDate.of(2300, 1, 1)).build(), "date", CoreErrorCode.VALUE_OUT_OF_RANGE);
    rejected(() -> job("J1").addLabour(op("A"), op("A")).build(), "labour[1]", CoreErrorCode.DUPLICATE_ID);
    rejected(() -> request(job("J1").build()).addCampaignCodes("lower").build(), "campaignCodes[0]", CoreErrorCode.INVALID_CODE);
    assertThatThrownBy(() -> EstimateRequest.builder().date(DATE).addJobs(job("J1").build()).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("vehicle");
  }

  @Test
  void inconsistentCataloguesArePolicyErrors() {
    assertThatThrownBy(
            () ->
                LabourRateCard.of(
                    LabourRate.builder().payType(PayType.CUSTOMER).rate(m("1", "CNY")).validThrough(LocalDate.of(2026, 6, 30)).build(),
                    LabourRate.builder().payType(PayType.CUSTOMER).rate(m("2", "CNY")).validFrom(LocalDate.of(2026, 6, 30)).build()))
        .isInstanceOfSatisfying(
            PolicyException.class, e -> assertThat(e.code()).isEqualTo(CatalogueErrorCode.PRICE_VALIDITY_OVERLAP));
    // the day after is fine: validThrough is inclusive
    LabourRateCard.of(
        LabourRate.builder().payType(PayType.CUSTOMER).rate(m("1", "CNY")).validThrough(LocalDate.of(2026, 6, 30)).build(),
        LabourRate.builder().payType(PayType.CUSTOMER).rate(m("2", "CNY")).validFrom(LocalDate.of(2026, 7, 1)).build());
    rejected(
        () -> org.aftersales.pricing.catalogue.PriceList.builder().addParts(part("X", "x", null, "1", "CNY").build()).build(),
        "parts[0].listPrice",
        CatalogueErrorCode.PART_PRICE_UNDEFINED);
    rejected(
        () -> org.aftersales.pricing.catalogue.LabourCatalogue.builder()
            .addOperations(org.aftersales.pricing.catalogue.LabourOperation.builder().opCode("A").description("a")
                .skill(org.aftersales.core.order.Skill.MECHANICAL).hours(Hours.of(1)).build())
            .addOverlaps(new org.aftersales.pricing.catalogue.LabourOverlap("A", "B", Hours.of(1)))
            .build(),
        "overlaps[0]",
        CoreErrorCode.UNKNOWN_REFERENCE);
  }

  @Test
  void amountsTooLargeToPriceAreRefusedNotLeaked() {
    var cny = Monies.currency("CNY");
    Estimator huge =
        Estimator.of(
            china()
                .tax(TaxPolicy.none())
                .lineRounding(new RoundingPolicy(cny, new BigDecimal("0.0001"), RoundingMode.HALF_UP))
                .labourRates(LabourRateCard.of(LabourRate.of(PayType.CUSTOMER, m("999999999999.9999", "CNY"))))
                .build());
    rejected(
        () -> huge.estimate(request(job("J1").method(EstimateMethod.ITEM).addLabour(op("ROAD-TEST", "9999.9999")).build()).build()),
        "",
        CoreErrorCode.NUMBER_OUT_OF_RANGE);
    Estimator big =
        Estimator.of(
            china().labourRates(LabourRateCard.of(LabourRate.of(PayType.CUSTOMER, m("999999999999", "CNY")))).build());
    assertThatThrownBy(
            () -> big.estimate(request(job("J1").method(EstimateMethod.ITEM).addLabour(op("ROAD-TEST", "9999")).build()).build()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NUMBER_OUT_OF_RANGE));
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> Estimator.of(null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Estimator.of(china().build()).estimate(null)).isInstanceOf(ValidationException.class);
  }
}

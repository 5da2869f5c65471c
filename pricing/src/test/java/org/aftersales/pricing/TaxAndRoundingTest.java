package org.aftersales.pricing;

import static org.aftersales.pricing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.order.PayType;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.aftersales.pricing.catalogue.LabourRate;
import org.aftersales.pricing.catalogue.LabourRateCard;
import org.aftersales.pricing.jurisdiction.ConsentRule;
import org.aftersales.pricing.jurisdiction.Jurisdiction;
import org.aftersales.pricing.tax.TaxClass;
import org.aftersales.pricing.tax.TaxInclusion;
import org.aftersales.pricing.tax.TaxPolicy;
import org.aftersales.pricing.tax.TaxRounding;
import org.junit.jupiter.api.Test;

/** VAT-inclusive and -exclusive prices, rounding per line and per total, China's mixed-rate rule, cash rounding. */
class TaxAndRoundingTest {

  static EstimateRequest oilAndFilter() {
    return request(
            job("J1")
                .method(EstimateMethod.ITEM)
                .addParts(PartRequest.of("OIL-5W30", Quantity.of("1", UnitOfMeasure.LITRE)), parts("FLT-01", 1))
                .build())
        .build();
  }

  @Test
  void chinaVatIsIncludedInThePricesAndRoundedPerLine() {
    Estimate e =
        Estimator.of(china().build())
            .estimate(
                request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).addParts(sets("BP-100", 1)).build())
                    .build());
    // 360/1.13 = 318.58 → 41.42; 480/1.13 = 424.78 → 55.22
    assertThat(e.taxInclusion()).isEqualTo(TaxInclusion.INCLUSIVE);
    assertThat(e.taxes()).hasSize(1);
    TaxAmount vat = e.taxes().get(0);
    assertThat(vat.rate()).isEqualTo(Percentage.of(13));
    assertThat(text(vat.taxable())).isEqualTo("743.36 CNY");
    assertThat(text(vat.tax())).isEqualTo("96.64 CNY");
    assertThat(vat.reason().message())
        .isEqualTo("13% VAT included in 840.00 CNY: net 743.36 CNY, tax 96.64 CNY, rounded per line");
    assertThat(text(e.total())).isEqualTo("840.00 CNY");
    assertThat(text(e.subtotal())).isEqualTo("840.00 CNY");
    assertThat(e.reason().message()).isEqualTo("lines 840.00 CNY (VAT 96.64 CNY included) = 840.00 CNY");
  }

  @Test
  void inclusiveTaxPerLineAndPerTotalDifferByACent() {
    Estimate perLine = Estimator.of(china().build()).estimate(oilAndFilter());
    // 88/1.13 = 77.88 → 10.12; 68/1.13 = 60.18 → 7.82
    assertThat(text(perLine.tax())).isEqualTo("17.94 CNY");
    Estimate perTotal =
        Estimator.of(china().tax(TaxPolicy.builder().from(TaxPolicy.chinaVat()).rounding(TaxRounding.PER_TOTAL).build()).build())
            .estimate(oilAndFilter());
    // 156/1.13 = 138.05 → 17.95
    assertThat(text(perTotal.tax())).isEqualTo("17.95 CNY");
    assertThat(text(perTotal.total())).isEqualTo("156.00 CNY");
  }

  static Estimator usSalesTax(TaxRounding rounding) {
    TaxPolicy tax =
        TaxPolicy.builder()
            .from(TaxPolicy.salesTax(Percentage.of("8.875"), Percentage.ZERO))
            .rounding(rounding)
            .build();
    return Estimator.of(us(Jurisdiction.colorado(), tax).build());
  }

  @Test
  void exclusiveTaxIsAddedPerRateAndRoundedOnTheTotalOrPerLine() {
    EstimateRequest r =
        request(
                job("J1")
                    .system("BRAKES")
                    .addLabour(op("BRK-PAD-F"))
                    .addParts(parts("BD-200", 1), parts("FLT-01", 1))
                    .build())
            .build();
    Estimate total = usSalesTax(TaxRounding.PER_TOTAL).estimate(r);
    // goods 718.00 × 8.875% = 63.7225 → 63.72; labour untaxed
    assertThat(total.taxes())
        .extracting(t -> t.rate(), t -> text(t.taxable()), t -> text(t.tax()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Percentage.of("8.875"), "718.00 USD", "63.72 USD"),
            org.assertj.core.groups.Tuple.tuple(Percentage.ZERO, "360.00 USD", "0.00 USD"));
    assertThat(text(total.total())).isEqualTo("1141.72 USD");
    assertThat(total.reason().message()).isEqualTo("lines 1078.00 USD + tax 63.72 USD = 1141.72 USD");

    Estimate perLine = usSalesTax(TaxRounding.PER_LINE).estimate(r);
    // 57.6875 → 57.69; 6.035 → 6.04
    assertThat(text(perLine.tax())).isEqualTo("63.73 USD");
    assertThat(text(perLine.total())).isEqualTo("1141.73 USD");
  }

  static final FeeRule WASH =
      FeeRule.builder()
          .code("WASH")
          .description("Car wash")
          .kind(FeeKind.FLAT)
          .amount(m("30.00", "CNY"))
          .taxClass(TaxClass.OTHER_SERVICE)
          .build();

  @Test
  void salesAtDifferentRatesAccountedSeparatelyKeepTheirRates() {
    Estimate e =
        Estimator.of(china().addFees(WASH).build())
            .estimate(request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).build()).build());
    assertThat(e.taxes())
        .extracting(t -> t.rate(), t -> text(t.tax()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Percentage.of(13), "41.42 CNY"),
            org.assertj.core.groups.Tuple.tuple(Percentage.of(6), "1.70 CNY"));
    assertThat(line(e, "WASH").taxRate()).isEqualTo(Percentage.of(6));
    assertThat(e.warnings()).isEmpty();
  }

  @Test
  void salesAtDifferentRatesNotAccountedSeparatelyAreAllTaxedAtTheHighest() {
    TaxPolicy mixed = TaxPolicy.builder().from(TaxPolicy.chinaVat()).separateRateAccounting(false).build();
    Estimate e =
        Estimator.of(china().tax(mixed).addFees(WASH).build())
            .estimate(request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).build()).build());
    // 30/1.13 = 26.55 → 3.45
    assertThat(e.taxes()).extracting(t -> t.rate(), t -> text(t.tax()))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Percentage.of(13), "44.87 CNY"));
    assertThat(line(e, "WASH").taxRate()).isEqualTo(Percentage.of(13));
    assertThat(e.warnings()).extracting(r -> r.code()).containsExactly(PricingReasonCodes.WARN_MIXED_RATE);
    assertThat(e.warnings().get(0).parameters()).containsEntry("rate", "13%");

    // one rate only: nothing to raise, no warning
    Estimate single =
        Estimator.of(china().tax(mixed).build())
            .estimate(request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).build()).build());
    assertThat(single.warnings()).isEmpty();
  }

  @Test
  void onlyActualSalesCountForTheMixedRateRule() {
    TaxPolicy mixed = TaxPolicy.builder().from(TaxPolicy.chinaVat()).separateRateAccounting(false).build();
    FeeRule diagnosis =
        FeeRule.builder().from(FeeRule.diagnostic(m("50.00", "CNY"))).taxClass(TaxClass.OTHER_SERVICE).build();
    Estimator e = Estimator.of(china().tax(mixed).addFees(diagnosis).build());
    EstimateRequest.Builder r =
        request(
            job("J1").type(org.aftersales.core.order.JobType.DIAGNOSIS).system("BRAKES").addLabour(op("BRK-PAD-F")).build());
    // the diagnostic fee is waived: nothing is sold at 6%
    assertThat(e.estimate(r.repairAuthorized(true).build()).warnings()).isEmpty();
    // charged: 50.00 at 6% is not accounted separately, so it is taxed at 13%
    Estimate charged = e.estimate(r.repairAuthorized(false).build());
    assertThat(charged.warnings()).extracting(w -> w.code()).containsExactly(PricingReasonCodes.WARN_MIXED_RATE);
    assertThat(line(charged, "DIAGNOSTIC").taxRate()).isEqualTo(Percentage.of(13));
  }

  static Estimator swiss() {
    var chf = Monies.currency("CHF");
    return Estimator.of(
        PricingProfile.builder()
            .id("CH-TEST")
            .name("Swiss garage")
            .currency(chf)
            .labourCatalogue(catalogue())
            .labourRates(rates("CHF"))
            .priceList(priceList("CHF"))
            .tax(TaxPolicy.none())
            .totalRounding(RoundingPolicy.cash(chf))
            .jurisdiction(
                Jurisdiction.builder().code("CH").name("Switzerland").consentRule(ConsentRule.anyExcess("CH", "OR 374")).build())
            .build());
  }

  @Test
  void cashRoundingOfTheTotalShowsAsARoundingLine() {
    Estimate up =
        swiss().estimate(request(job("J1").method(EstimateMethod.ITEM).addLabour(op("ROAD-TEST", "1.0001")).build()).build());
    // 300.03 → 300.05
    EstimateLine r = lines(up, LineCategory.ROUNDING).get(0);
    assertThat(text(r.amount())).isEqualTo("0.02 CHF");
    assertThat(r.payers()).containsExactly(new PayerAmount(PayType.CUSTOMER, m("0.02", "CHF")));
    assertThat(r.reason().message()).isEqualTo("CUSTOMER total 300.03 CHF rounded to 300.05 CHF (increment 0.05)");
    assertThat(text(up.total())).isEqualTo("300.05 CHF");
    assertThat(text(up.subtotal())).isEqualTo("300.05 CHF");
    assertThat(text(up.payers().get(0).rounding())).isEqualTo("0.02 CHF");

    Estimate down =
        swiss().estimate(request(job("J1").method(EstimateMethod.ITEM).addLabour(op("ROAD-TEST", "1.0004")).build()).build());
    // 300.12 → 300.10
    assertThat(text(lines(down, LineCategory.ROUNDING).get(0).amount())).isEqualTo("-0.02 CHF");
    assertThat(text(down.total())).isEqualTo("300.10 CHF");

    Estimate exact =
        swiss().estimate(request(job("J1").method(EstimateMethod.ITEM).addLabour(op("ROAD-TEST", "1")).build()).build());
    assertThat(lines(exact, LineCategory.ROUNDING)).isEmpty();
  }

  @Test
  void yenAmountsAreWholeYen() {
    var jpy = Monies.currency("JPY");
    TaxPolicy consumption =
        TaxPolicy.builder()
            .inclusion(TaxInclusion.EXCLUSIVE)
            .rounding(TaxRounding.PER_TOTAL)
            .putRate(TaxClass.GOODS, Percentage.of(10))
            .putRate(TaxClass.REPAIR_SERVICE, Percentage.of(10))
            .putRate(TaxClass.OTHER_SERVICE, Percentage.of(10))
            .build();
    Estimator e =
        Estimator.of(
            PricingProfile.builder()
                .id("JP-TEST")
                .name("Japanese garage")
                .currency(jpy)
                .labourCatalogue(catalogue())
                .labourRates(rates("JPY"))
                .priceList(priceList("JPY"))
                .tax(consumption)
                .jurisdiction(
                    Jurisdiction.builder().code("JP").name("Japan").consentRule(ConsentRule.anyExcess("JP", "house rule")).build())
                .build());
    Estimate est =
        e.estimate(
            request(job("J1").method(EstimateMethod.ITEM).addLabour(op("ROAD-TEST", "1.0017")).addParts(parts("FLT-01", 1)).build())
                .build());
    // 300 × 1.0017 = 300.51 → 301 yen; 369 × 10% = 36.9 → 37
    assertThat(text(line(est, "ROAD-TEST").amount())).isEqualTo("301 JPY");
    assertThat(text(est.tax())).isEqualTo("37 JPY");
    assertThat(text(est.total())).isEqualTo("406 JPY");
  }

  @Test
  void theLineRoundingModeIsTheProfiles() {
    var cny = Monies.currency("CNY");
    PricingProfile.Builder b =
        china().tax(TaxPolicy.none()).labourRates(LabourRateCard.of(LabourRate.of(PayType.CUSTOMER, m("1.01", "CNY"))));
    EstimateRequest r = request(job("J1").method(EstimateMethod.ITEM).addLabour(op("ROAD-TEST", "0.5")).build()).build();
    // 0.505
    assertThat(text(Estimator.of(b.build()).estimate(r).total())).isEqualTo("0.51 CNY");
    Estimate even =
        Estimator.of(b.lineRounding(new RoundingPolicy(cny, new BigDecimal("0.01"), RoundingMode.HALF_EVEN)).build())
            .estimate(r);
    assertThat(text(even.total())).isEqualTo("0.50 CNY");
  }

  @Test
  void theTotalRoundingMustFitTheLineRounding() {
    var cny = Monies.currency("CNY");
    rejected(
        () ->
            china()
                .lineRounding(new RoundingPolicy(cny, new BigDecimal("0.05"), RoundingMode.HALF_UP))
                .totalRounding(new RoundingPolicy(cny, new BigDecimal("0.02"), RoundingMode.HALF_UP))
                .build(),
        "totalRounding.increment",
        PricingErrorCode.ROUNDING_INCONSISTENT);
  }
}

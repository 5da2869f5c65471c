package org.aftersales.pricing;

import static org.aftersales.pricing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.PayType;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.pricing.jurisdiction.Jurisdiction;
import org.aftersales.pricing.tax.TaxPolicy;
import org.junit.jupiter.api.Test;

/** Payer splits by percentage, with caps and a deductible, conserving every cent. */
class PayerSplitTest {

  final Estimator us = Estimator.of(us(Jurisdiction.colorado(), TaxPolicy.none()).build());

  static PayerShare share(PayType p, long percent) {
    return PayerShare.of(p, Percentage.of(percent));
  }

  @Test
  void sharesRoundDownAndTheCustomerTakesTheRemainder() {
    // warranty-rate pads 1.2 × 180 = 216.00; 70% = 151.20
    Estimate e =
        us.estimate(
            request(
                    job("J1")
                        .system("BRAKES")
                        .payType(PayType.WARRANTY)
                        .addPayers(share(PayType.WARRANTY, 70), share(PayType.CUSTOMER, 30))
                        .addLabour(op("BRK-PAD-F"))
                        .build())
                .build());
    assertThat(line(e, "BRK-PAD-F").payers())
        .containsExactly(
            new PayerAmount(PayType.CUSTOMER, m("64.80", "USD")),
            new PayerAmount(PayType.WARRANTY, m("151.20", "USD")));
    assertThat(text(e.totalOf(PayType.WARRANTY))).isEqualTo("151.20 USD");
    assertThat(text(e.totalOf(PayType.CUSTOMER))).isEqualTo("64.80 USD");

    // 100.02 in thirds: 33.33 + 33.33 down, the customer 33.36
    Estimate thirds =
        us.estimate(
            request(
                    job("J1")
                        .method(EstimateMethod.ITEM)
                        .addPayers(
                            PayerShare.of(PayType.GOODWILL, Percentage.of("33.33")),
                            PayerShare.of(PayType.WARRANTY, Percentage.of("33.33")),
                            PayerShare.of(PayType.CUSTOMER, Percentage.of("33.34")))
                        .addLabour(op("ROAD-TEST", "0.3334"))
                        .build())
                .build());
    assertThat(line(thirds, "ROAD-TEST").payers())
        .extracting(p -> p.payer(), p -> text(p.amount()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PayType.CUSTOMER, "33.36 USD"),
            org.assertj.core.groups.Tuple.tuple(PayType.WARRANTY, "33.33 USD"),
            org.assertj.core.groups.Tuple.tuple(PayType.GOODWILL, "33.33 USD"));
  }

  @Test
  void withoutTheCustomerTheLargestShareFirstListedTakesTheRemainder() {
    // 99.99 half and half: 49.99 down, the remainder payer 50.00
    EstimateJob.Builder j = job("J1").method(EstimateMethod.ITEM).addLabour(op("ROAD-TEST", "0.3333"));
    Estimate warrantyFirst =
        us.estimate(request(j.addPayers(share(PayType.WARRANTY, 50), share(PayType.GOODWILL, 50)).build()).build());
    assertThat(text(warrantyFirst.totalOf(PayType.WARRANTY))).isEqualTo("50.00 USD");
    assertThat(text(warrantyFirst.totalOf(PayType.GOODWILL))).isEqualTo("49.99 USD");

    Estimate goodwillFirst =
        us.estimate(
            request(
                    job("J1")
                        .method(EstimateMethod.ITEM)
                        .addLabour(op("ROAD-TEST", "0.3333"))
                        .addPayers(share(PayType.GOODWILL, 50), share(PayType.WARRANTY, 50))
                        .build())
                .build());
    assertThat(text(goodwillFirst.totalOf(PayType.GOODWILL))).isEqualTo("50.00 USD");
    assertThat(text(goodwillFirst.totalOf(PayType.WARRANTY))).isEqualTo("49.99 USD");
  }

  @Test
  void aCappedShareStopsAtItsCapOverTheJobAndTheCustomerPaysTheRest() {
    Estimate e =
        us.estimate(
            request(
                    job("J1")
                        .method(EstimateMethod.ITEM)
                        .payType(PayType.INSURANCE)
                        .addPayers(
                            PayerShare.capped(PayType.INSURANCE, Percentage.of(80), m("500.00", "USD")),
                            share(PayType.CUSTOMER, 20))
                        .addParts(sets("BP-100", 1), parts("BD-200", 1))
                        .build())
                .build());
    // pads: insurance 384.00, customer 96.00; disc: insurance 116.00 (cap), customer 130.00 + 404.00
    assertThat(line(e, "BD-200").payers())
        .containsExactly(
            new PayerAmount(PayType.CUSTOMER, m("534.00", "USD")),
            new PayerAmount(PayType.INSURANCE, m("116.00", "USD")));
    assertThat(text(e.totalOf(PayType.INSURANCE))).isEqualTo("500.00 USD");
    assertThat(text(e.totalOf(PayType.CUSTOMER))).isEqualTo("630.00 USD");
    assertThat(text(e.total())).isEqualTo("1130.00 USD");
  }

  @Test
  void theDeductibleComesOffTheFirstLinesAndTheCustomerPaysIt() {
    Estimate e =
        us.estimate(
            request(
                    job("J1")
                        .system("BRAKES")
                        .payType(PayType.WARRANTY)
                        .deductible(m("100.00", "USD"))
                        .addLabour(op("BRK-PAD-F"))
                        .addParts(parts("BD-200", 1))
                        .build())
                .build());
    assertThat(line(e, "BRK-PAD-F").payers())
        .containsExactly(
            new PayerAmount(PayType.CUSTOMER, m("100.00", "USD")),
            new PayerAmount(PayType.WARRANTY, m("116.00", "USD")));
    assertThat(line(e, "BD-200").payers()).containsExactly(new PayerAmount(PayType.WARRANTY, m("650.00", "USD")));
    assertThat(text(e.totalOf(PayType.CUSTOMER))).isEqualTo("100.00 USD");
    assertThat(text(e.totalOf(PayType.WARRANTY))).isEqualTo("766.00 USD");
  }

  @Test
  void taxIsPerPayerAndOrderFeesGoToTheirPayer() {
    Estimator cn = Estimator.of(china().addFees(FeeRule.flat("ENV", "Environmental fee", m("10.00", "CNY"))).build());
    Estimate e =
        cn.estimate(
            request(
                    job("J1")
                        .method(EstimateMethod.ITEM)
                        .addPayers(share(PayType.GOODWILL, 50), share(PayType.CUSTOMER, 50))
                        .addParts(parts("BD-200", 1))
                        .build())
                .build());
    // 325.00 each; 325/1.13 = 287.61 → 37.39 each; the fee 10.00 (tax 1.15) is the customer's
    assertThat(e.payer(PayType.GOODWILL).orElseThrow())
        .satisfies(
            p -> {
              assertThat(text(p.total())).isEqualTo("325.00 CNY");
              assertThat(text(p.tax())).isEqualTo("37.39 CNY");
            });
    assertThat(e.payer(PayType.CUSTOMER).orElseThrow())
        .satisfies(
            p -> {
              assertThat(text(p.total())).isEqualTo("335.00 CNY");
              assertThat(text(p.tax())).isEqualTo("38.54 CNY");
            });
    assertThat(line(e, "ENV").payers()).containsExactly(new PayerAmount(PayType.CUSTOMER, m("10.00", "CNY")));
  }

  @Test
  void sharesMustAddUpToExactlyOneHundredPercent() {
    rejected(
        () -> job("J1").addPayers(share(PayType.WARRANTY, 70), share(PayType.CUSTOMER, 40)).build(),
        "payers",
        CoreErrorCode.PAYER_SPLIT_TOTAL);
    rejected(
        () -> job("J1").addPayers(share(PayType.WARRANTY, 50), share(PayType.CUSTOMER, 40)).build(),
        "payers",
        CoreErrorCode.PAYER_SPLIT_TOTAL);
    rejected(
        () -> job("J1").addPayers(share(PayType.WARRANTY, 50), share(PayType.WARRANTY, 50)).build(),
        "payers[1].payer",
        CoreErrorCode.PAYER_SPLIT_TOTAL);
    rejected(
        () -> PayerShare.capped(PayType.CUSTOMER, Percentage.of(50), m("1.00", "USD")),
        "cap",
        PricingErrorCode.CUSTOMER_SHARE_CAPPED);
  }
}

package org.aftersales.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.order.PayType;
import org.aftersales.pricing.PricingArbitraries.Priced;
import org.aftersales.pricing.tax.TaxInclusion;

/** Invariants of every estimate, over random requests and four kinds of profile. */
class PricingPropertiesTest {

  static BigDecimal n(MonetaryAmount a) {
    return Monies.number(a);
  }

  static BigDecimal sum(List<MonetaryAmount> amounts) {
    BigDecimal s = BigDecimal.ZERO;
    for (MonetaryAmount a : amounts) {
      s = s.add(n(a));
    }
    return s;
  }

  @Provide
  Arbitrary<Priced> priced() {
    return PricingArbitraries.priced();
  }

  @Property
  void totalIsTheSumOfTheLinesPlusTax(@ForAll("priced") Priced p) {
    Estimate e = p.profile().estimator().estimate(p.request());
    BigDecimal lines = sum(e.lines().stream().map(EstimateLine::amount).toList());
    assertThat(n(e.subtotal())).isEqualByComparingTo(lines);
    assertThat(n(e.tax())).isEqualByComparingTo(sum(e.taxes().stream().map(TaxAmount::tax).toList()));
    BigDecimal expected = e.taxInclusion() == TaxInclusion.EXCLUSIVE ? lines.add(n(e.tax())) : lines;
    assertThat(n(e.total())).isEqualByComparingTo(expected);
    assertThat(n(e.total())).isEqualByComparingTo(sum(e.payers().stream().map(PayerTotal::total).toList()));
    assertThat(sum(new ArrayList<>(e.subtotals().values()))).isEqualByComparingTo(lines);
    for (EstimateLine l : e.lines()) {
      assertThat(n(l.amount())).isEqualByComparingTo(n(l.price()).subtract(n(l.discount())));
    }
    if (e.taxInclusion() == TaxInclusion.INCLUSIVE) {
      BigDecimal net = sum(e.taxes().stream().map(TaxAmount::taxable).toList());
      BigDecimal rounding = e.subtotals().containsKey(LineCategory.ROUNDING)
          ? n(e.subtotals().get(LineCategory.ROUNDING)) : BigDecimal.ZERO;
      assertThat(net.add(n(e.tax())).add(rounding)).isEqualByComparingTo(lines);
    }
  }

  @Property
  void payerSplitsConserveEveryCent(@ForAll("priced") Priced p) {
    Estimate e = p.profile().estimator().estimate(p.request());
    BigDecimal[] byPayer = new BigDecimal[PayType.values().length];
    java.util.Arrays.fill(byPayer, BigDecimal.ZERO);
    for (EstimateLine l : e.lines()) {
      assertThat(sum(l.payers().stream().map(PayerAmount::amount).toList())).isEqualByComparingTo(n(l.amount()));
      for (PayerAmount a : l.payers()) {
        if (l.category() != LineCategory.ROUNDING) {
          assertThat(n(a.amount()).signum()).isGreaterThanOrEqualTo(0);
          byPayer[a.payer().ordinal()] = byPayer[a.payer().ordinal()].add(n(a.amount()));
        }
      }
    }
    for (PayerTotal t : e.payers()) {
      assertThat(n(t.subtotal())).isEqualByComparingTo(byPayer[t.payer().ordinal()]);
    }
  }

  @Property
  void everyAmountIsRoundedAndRoundingIsIdempotent(@ForAll("priced") Priced p) {
    Estimate e = p.profile().estimator().estimate(p.request());
    PricingProfile profile = p.profile().estimator().profile();
    RoundingPolicy line = profile.lineRounding();
    for (EstimateLine l : e.lines()) {
      assertThat(line.isRounded(n(l.amount()))).isTrue();
      assertThat(line.round(l.amount())).isEqualTo(l.amount());
    }
    for (PayerTotal t : e.payers()) {
      assertThat(profile.totalRounding().isRounded(n(t.total()))).isTrue();
    }
  }

  @Provide
  Arbitrary<RoundingPolicy> policies() {
    return Arbitraries.of(
        new RoundingPolicy(Monies.currency("CNY"), new BigDecimal("0.01"), RoundingMode.HALF_UP),
        new RoundingPolicy(Monies.currency("CNY"), new BigDecimal("0.1"), RoundingMode.HALF_EVEN),
        new RoundingPolicy(Monies.currency("CHF"), new BigDecimal("0.05"), RoundingMode.HALF_UP),
        new RoundingPolicy(Monies.currency("JPY"), BigDecimal.ONE, RoundingMode.HALF_UP),
        new RoundingPolicy(Monies.currency("USD"), new BigDecimal("0.01"), RoundingMode.DOWN));
  }

  @Provide
  Arbitrary<BigDecimal> values() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(6);
  }

  @Property
  void roundingIsIdempotent(@ForAll("policies") RoundingPolicy policy, @ForAll("values") BigDecimal x) {
    BigDecimal once = policy.round(x);
    assertThat(policy.round(once)).isEqualTo(once);
    assertThat(policy.isRounded(once)).isTrue();
    Units u = new Units(policy);
    assertThat(u.value(u.round(x))).isEqualByComparingTo(once);
    assertThat(u.text(u.round(x))).isEqualTo(once.toPlainString() + " " + policy.currency().getCurrencyCode());
  }

  @Property
  void aDiscountNeverMakesANegativeLineOrTotal(@ForAll("priced") Priced p) {
    Estimate e = p.profile().estimator().estimate(p.request());
    for (EstimateLine l : e.lines()) {
      if (l.category() != LineCategory.ROUNDING) {
        assertThat(n(l.amount()).signum()).as("line %s", l.number()).isGreaterThanOrEqualTo(0);
        assertThat(n(l.discount()).signum()).isGreaterThanOrEqualTo(0);
      }
    }
    assertThat(n(e.total()).signum()).isGreaterThanOrEqualTo(0);
    BigDecimal applied = sum(e.discounts().stream().map(AppliedDiscount::amount).toList());
    BigDecimal onLines = sum(e.lines().stream().map(EstimateLine::discount).toList());
    assertThat(applied).isEqualByComparingTo(onLines);
  }

  @Property
  void addingALineNeverLowersTheLabourHours(
      @ForAll("priced") Priced p, @ForAll("ops") String opCode, @ForAll("hoursOrNot") java.util.Optional<org.aftersales.core.quantity.Hours> hours) {
    EstimateRequest r = p.request();
    EstimateJob first = r.jobs().get(0);
    if (first.labour().stream().anyMatch(l -> l.opCode().equals(opCode))) {
      return;
    }
    EstimateJob more =
        EstimateJob.builder().from(first).addLabour(LabourRequest.builder().opCode(opCode).hours(hours).build()).build();
    List<EstimateJob> jobs = new ArrayList<>(r.jobs());
    jobs.set(0, more);
    EstimateRequest bigger = EstimateRequest.builder().from(r).jobs(jobs).build();
    Estimator est = p.profile().estimator();
    assertThat(est.estimate(bigger).totalHours()).isGreaterThanOrEqualTo(est.estimate(r).totalHours());
  }

  @Provide
  Arbitrary<String> ops() {
    return Arbitraries.of(PricingArbitraries.OPS);
  }

  @Provide
  Arbitrary<java.util.Optional<org.aftersales.core.quantity.Hours>> hoursOrNot() {
    return PricingArbitraries.hours().optional(0.3);
  }

  @Property(tries = 100)
  void estimatesAndRequestsSurviveJson(@ForAll("priced") Priced p) {
    AfterSalesJson json = AfterSalesJson.strict();
    Estimate e = p.profile().estimator().estimate(p.request());
    String text = json.write(e);
    Estimate back = json.read(text, Estimate.class);
    assertThat(back).isEqualTo(e);
    assertThat(json.write(back)).isEqualTo(text);
    String req = json.write(p.request());
    assertThat(json.read(req, EstimateRequest.class)).isEqualTo(p.request());
  }

  @Property(tries = 50)
  void settlingTheSameWorkChangesNothing(@ForAll("priced") Priced p) {
    Estimator est = p.profile().estimator();
    Estimate e = est.estimate(p.request());
    Settlement s = est.settle(SettlementRequest.builder().authorized(e).actual(p.request()).build());
    assertThat(s.differences()).isEmpty();
    assertThat(s.flagged()).isFalse();
    assertThat(s.invoice()).isEqualTo(e);
    assertThat(s.invoiceTotal()).isEqualTo(e.totalOf(PayType.CUSTOMER));
    AfterSalesJson json = AfterSalesJson.strict();
    assertThat(json.read(json.write(s), Settlement.class)).isEqualTo(s);
  }
}

package org.aftersales.pricing;

import static org.aftersales.pricing.Fixtures.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.JobType;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.order.PartSource;
import org.aftersales.core.order.PayType;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.aftersales.pricing.jurisdiction.ConsentRule;
import org.aftersales.pricing.jurisdiction.Jurisdiction;
import org.aftersales.pricing.tax.TaxPolicy;
import org.aftersales.pricing.tax.TaxRounding;

/**
 * Generators for property tests: four estimators covering VAT-inclusive and -exclusive prices,
 * rounding per line and per total, the mixed-rate rule and cash rounding, and random requests
 * priceable by all of them.
 */
final class PricingArbitraries {

  private PricingArbitraries() {}

  static final String[] OPS = {"BRK-PAD-F", "BRK-DISC-F", "OIL-CHG", "DIAG-EL", "ROAD-TEST", "AC-REGAS"};
  static final String[] PIECES = {"BD-200", "FLT-01", "BAT-60", "CLIP-9"};
  static final String[] SETS = {"BP-100", "BP-100A"};

  /** A profile under test with its currency. */
  record Case(String name, Estimator estimator, String currency) {
    javax.money.CurrencyUnit currencyUnit() {
      return org.aftersales.core.money.Monies.currency(currency);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<FeeRule> fees(String cur) {
    return List.of(
        FeeRule.shopSupplies(Percentage.of("7.5"), m("40.00", cur)),
        FeeRule.builder().code("HAZMAT").description("Oil disposal").kind(FeeKind.FLAT).amount(m("12.50", cur))
            .addWhenOpCodes("OIL-CHG").scope(FeeScope.JOB).build(),
        FeeRule.diagnostic(m("99.00", cur)));
  }

  static List<DiscountRule> discounts() {
    return List.of(DiscountRule.loyalty("GOLD", Percentage.of("12.5")));
  }

  static final List<Case> CASES = cases();

  private static List<Case> cases() {
    List<Case> all = new ArrayList<>();
    all.add(new Case("CN inclusive per line", Estimator.of(china().addAllFees(fees("CNY")).addAllDiscounts(discounts())
        .warrantyPartsHandling(Percentage.of(10)).build()), "CNY"));
    TaxPolicy mixed =
        TaxPolicy.builder().from(TaxPolicy.chinaVat()).rounding(TaxRounding.PER_TOTAL).separateRateAccounting(false).build();
    all.add(new Case("CN inclusive per total, mixed rates", Estimator.of(china().tax(mixed)
        .addAllFees(fees("CNY"))
        .addFees(FeeRule.builder().code("WASH").description("Wash").kind(FeeKind.FLAT).amount(m("30.00", "CNY"))
            .taxClass(org.aftersales.pricing.tax.TaxClass.OTHER_SERVICE).build())
        .addAllDiscounts(discounts()).discountBelowCostAllowed(true).build()), "CNY"));
    all.add(new Case("US exclusive per total", Estimator.of(us(Jurisdiction.colorado(),
        TaxPolicy.salesTax(Percentage.of("8.875"), Percentage.ZERO)).addAllFees(fees("USD")).addAllDiscounts(discounts())
        .build()), "USD"));
    var chf = Monies.currency("CHF");
    all.add(new Case("CH exclusive per line, cash rounding", Estimator.of(PricingProfile.builder()
        .id("CH").name("Swiss").currency(chf)
        .labourCatalogue(catalogue()).labourRates(rates("CHF")).priceList(priceList("CHF"))
        .tax(TaxPolicy.builder().from(TaxPolicy.salesTax(Percentage.of("8.1"), Percentage.of("8.1"))).rounding(TaxRounding.PER_LINE).build())
        .totalRounding(RoundingPolicy.cash(chf))
        .jurisdiction(Jurisdiction.builder().code("CH").name("Switzerland").consentRule(ConsentRule.anyExcess("CH", "OR")).build())
        .addAllFees(fees("CHF")).addAllDiscounts(discounts())
        .build()), "CHF"));
    return List.copyOf(all);
  }

  static Arbitrary<Case> cases_() {
    return Arbitraries.of(CASES);
  }

  static Arbitrary<Hours> hours() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(20)).ofScale(4).map(Hours::new);
  }

  static Arbitrary<LabourRequest> labour(String opCode) {
    return hours().optional(0.3).map(h -> LabourRequest.builder().opCode(opCode).hours(h).build());
  }

  static Arbitrary<PartRequest> part(String number, UnitOfMeasure unit) {
    Arbitrary<Quantity> q =
        unit == UnitOfMeasure.LITRE
            ? Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("8")).ofScale(1).map(v -> new Quantity(v, unit))
            : Arbitraries.longs().between(1, 5).map(n -> new Quantity(BigDecimal.valueOf(n), unit));
    return Combinators.combine(q, Arbitraries.of(PartSource.class))
        .as((qty, src) -> PartRequest.builder().partNumber(PartNumber.of(number)).quantity(qty).source(src).build());
  }

  static <T> Arbitrary<List<T>> someOf(List<Arbitrary<T>> each) {
    return Arbitraries.subsetOf(each.toArray(new Object[0]).length == 0 ? List.<Integer>of() : range(each.size()))
        .flatMap(
            idx -> {
              List<Arbitrary<T>> chosen = new ArrayList<>();
              idx.stream().sorted().forEach(i -> chosen.add(each.get(i)));
              return chosen.isEmpty() ? Arbitraries.just(List.<T>of()) : Combinators.combine(chosen).as(l -> l);
            });
  }

  private static List<Integer> range(int n) {
    List<Integer> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(i);
    }
    return l;
  }

  static Arbitrary<List<PayerShare>> shares(String cur) {
    Arbitrary<List<PayerShare>> split =
        Combinators.combine(
                Arbitraries.of(PayType.class),
                Arbitraries.of(PayType.class),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(800)).ofScale(2).optional(0.4))
            .as(
                (a, b, s, cap) -> {
                  if (a == b) {
                    return List.of(PayerShare.of(a, Percentage.HUNDRED));
                  }
                  PayerShare.Builder first = PayerShare.builder().payer(a).share(new Percentage(s));
                  if (a != PayType.CUSTOMER && cap.isPresent()) {
                    first.cap(Monies.of(cap.get(), Monies.currency(cur)));
                  }
                  return List.of(first.build(), PayerShare.of(b, new Percentage(BigDecimal.valueOf(100).subtract(s))));
                });
    return Arbitraries.oneOf(Arbitraries.just(List.of()), split);
  }

  static Arbitrary<EstimateJob> job(String id, String cur) {
    List<Arbitrary<LabourRequest>> ops = new ArrayList<>();
    for (String op : OPS) {
      ops.add(labour(op));
    }
    List<Arbitrary<PartRequest>> parts = new ArrayList<>();
    for (String p : PIECES) {
      parts.add(part(p, UnitOfMeasure.PIECE));
    }
    for (String p : SETS) {
      parts.add(part(p, UnitOfMeasure.SET));
    }
    parts.add(part("OIL-5W30", UnitOfMeasure.LITRE));
    Arbitrary<java.util.Optional<BigDecimal>> deductible =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(300)).ofScale(2).optional(0.2);
    return Combinators.combine(
            someOf(ops),
            someOf(parts),
            Arbitraries.of(EstimateMethod.ITEM, EstimateMethod.SYMPTOM),
            Arbitraries.of(JobType.REPAIR, JobType.MAINTENANCE, JobType.DIAGNOSIS),
            Arbitraries.of(PayType.class),
            shares(cur),
            deductible)
        .as(
            (l, p, method, type, payType, shares, ded) -> {
              EstimateJob.Builder b =
                  EstimateJob.builder()
                      .id(JobId.of(id))
                      .method(method)
                      .type(type)
                      .payType(payType)
                      .addAllLabour(l)
                      .addAllParts(p)
                      .addAllPayers(shares);
              ded.ifPresent(d -> b.deductible(Monies.of(d, Monies.currency(cur))));
              return b.build();
            });
  }

  static Arbitrary<ManualDiscount> manualDiscount(String cur) {
    Arbitrary<ManualDiscount> amount =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(5000)).ofScale(2)
            .map(a -> ManualDiscount.builder().code("MANUAL").description("Advisor").scope(DiscountScope.ORDER)
                .amount(Monies.of(a, Monies.currency(cur))).build());
    Arbitrary<ManualDiscount> percent =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2)
            .map(a -> ManualDiscount.builder().code("MANUAL").description("Advisor").scope(DiscountScope.JOB)
                .jobId(JobId.of("J1")).percent(new Percentage(a)).build());
    return Arbitraries.oneOf(amount, percent);
  }

  static Arbitrary<EstimateRequest> request(String cur) {
    Arbitrary<List<EstimateJob>> jobs =
        Arbitraries.integers().between(1, 3)
            .flatMap(n -> {
              List<Arbitrary<EstimateJob>> js = new ArrayList<>();
              for (int i = 1; i <= n; i++) {
                js.add(job("J" + i, cur));
              }
              return Combinators.combine(js).as(l -> l);
            });
    return Combinators.combine(
            jobs,
            Arbitraries.of(CAMRY, SEAL),
            Arbitraries.of("GOLD", "SILVER").optional(0.5),
            manualDiscount(cur).optional(0.4),
            Arbitraries.of(true, false))
        .as(
            (j, vehicle, tier, manual, authorized) -> {
              EstimateRequest.Builder b =
                  EstimateRequest.builder().vehicle(vehicle).date(DATE).addAllJobs(j).repairAuthorized(authorized);
              tier.ifPresent(b::loyaltyTier);
              manual.ifPresent(b::addDiscounts);
              return b.build();
            });
  }

  /** A case with a request in its currency. */
  record Priced(Case profile, EstimateRequest request) {
    @Override
    public String toString() {
      return profile + ": " + org.aftersales.core.json.AfterSalesJson.strict().write(request);
    }
  }

  static Arbitrary<Priced> priced() {
    return cases_().flatMap(c -> request(c.currency()).map(r -> new Priced(c, r)));
  }
}

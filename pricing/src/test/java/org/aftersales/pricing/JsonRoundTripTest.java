package org.aftersales.pricing;

import static org.aftersales.pricing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.Authorization;
import org.aftersales.core.order.ConsentChannel;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.pricing.PricingArbitraries.Priced;
import org.aftersales.pricing.catalogue.MarkupMatrix;
import org.aftersales.pricing.catalogue.VehicleApplication;
import org.aftersales.pricing.jurisdiction.ConsentRule;
import org.aftersales.pricing.jurisdiction.Jurisdiction;
import org.aftersales.pricing.tax.TaxPolicy;
import org.junit.jupiter.api.Test;

/** Every public value of the pricing module survives JSON → value → JSON unchanged. */
class JsonRoundTripTest {

  static final AfterSalesJson JSON = AfterSalesJson.strict();

  static <T> void roundTrips(T value, Class<? super T> type) {
    String json = JSON.write(value);
    Object back = JSON.read(json, type);
    assertThat(back).isEqualTo(value);
    assertThat(JSON.write(back)).isEqualTo(json);
  }

  @Test
  void profilesAndTheirPartsRoundTrip() {
    for (PricingArbitraries.Case c : PricingArbitraries.CASES) {
      roundTrips(c.estimator().profile(), PricingProfile.class);
    }
    PricingProfile p = PricingArbitraries.CASES.get(0).estimator().profile();
    roundTrips(p.labourCatalogue(), org.aftersales.pricing.catalogue.LabourCatalogue.class);
    roundTrips(p.labourRates(), org.aftersales.pricing.catalogue.LabourRateCard.class);
    roundTrips(p.priceList(), org.aftersales.pricing.catalogue.PriceList.class);
    roundTrips(p.priceList().markupMatrix().orElseThrow(), MarkupMatrix.class);
    roundTrips(p.fees().get(0), FeeRule.class);
    roundTrips(p.discounts().get(0), DiscountRule.class);
    roundTrips(p.riskAllowance(), RiskAllowance.class);
    roundTrips(
        VehicleApplication.builder().make("BYD").model("Seal").fromModelYear(java.time.Year.of(2023)).build(),
        VehicleApplication.class);
    roundTrips(SEAL, org.aftersales.pricing.catalogue.VehicleSpec.class);
    for (TaxPolicy t : List.of(TaxPolicy.chinaVat(), TaxPolicy.chinaSmallScale(), TaxPolicy.none())) {
      roundTrips(t, TaxPolicy.class);
    }
    for (Jurisdiction j :
        List.of(Jurisdiction.california(), Jurisdiction.colorado(), Jurisdiction.florida(), Jurisdiction.china())) {
      roundTrips(j, Jurisdiction.class);
      roundTrips(j.consentRule(), ConsentRule.class);
    }
    roundTrips(
        PricingProfile.usDealer(Jurisdiction.florida(), TaxPolicy.salesTax(Percentage.of(6), Percentage.ZERO))
            .id("FL").name("Florida dealer").labourCatalogue(catalogue()).labourRates(rates("USD")).priceList(priceList("USD"))
            .addFees(FeeRule.shopSupplies(Percentage.of(5), m("25.00", "USD")))
            .build(),
        PricingProfile.class);
  }

  @Test
  void decisionsRoundTrip() {
    roundTrips(ConsentRule.colorado().check(m("200.00", "USD"), m("230.00", "USD")), org.aftersales.pricing.jurisdiction.ConsentDecision.class);
    roundTrips(ConsentRule.florida().check(m("200.00", "USD"), m("205.00", "USD")), org.aftersales.pricing.jurisdiction.ConsentDecision.class);
    roundTrips(
        ManualDiscount.builder().code("M").description("m").scope(DiscountScope.LINE).jobId(JobId.of("J1")).lineCode("X")
            .amount(m("5", "CNY")).build(),
        ManualDiscount.class);
    roundTrips(PayerShare.capped(org.aftersales.core.order.PayType.INSURANCE, Percentage.of(80), m("500", "CNY")), PayerShare.class);
  }

  @Provide
  Arbitrary<Priced> priced() {
    return PricingArbitraries.priced();
  }

  @Property(tries = 60)
  void requestsEstimatesSettlementsAndClaimsRoundTrip(@ForAll("priced") Priced p) {
    Estimator est = p.profile().estimator();
    EstimateRequest r = p.request();
    roundTrips(r, EstimateRequest.class);
    for (EstimateJob j : r.jobs()) {
      roundTrips(j, EstimateJob.class);
    }
    Estimate e = est.estimate(r);
    roundTrips(e, Estimate.class);
    for (EstimateLine l : e.lines()) {
      roundTrips(l, EstimateLine.class);
    }
    e.jobs().forEach(j -> roundTrips(j, JobTotal.class));
    e.taxes().forEach(t -> roundTrips(t, TaxAmount.class));
    e.payers().forEach(t -> roundTrips(t, PayerTotal.class));
    e.discounts().forEach(d -> roundTrips(d, AppliedDiscount.class));

    Authorization consent =
        Authorization.builder()
            .authorizedBy("Customer")
            .channel(ConsentChannel.IN_PERSON)
            .amount(Monies.of(new java.math.BigDecimal("10.00"), p.profile().currencyUnit()))
            .at(Instant.parse("2026-06-15T03:00:00Z"))
            .build();
    EstimateRequest less = EstimateRequest.builder().from(r).jobs(r.jobs().subList(0, 1)).build();
    SettlementRequest sr = SettlementRequest.builder().authorized(est.estimate(less)).actual(r).addConsents(consent).build();
    roundTrips(sr, SettlementRequest.class);
    Settlement s = est.settle(sr);
    roundTrips(s, Settlement.class);
    s.differences().forEach(d -> roundTrips(d, LineDifference.class));

    WarrantyClaimRequest.Builder cr = WarrantyClaimRequest.builder().jobId(JobId.of("J1")).vehicle(r.vehicle()).date(r.date());
    r.jobs().get(0).labour().forEach(l -> cr.addLabour(ClaimLabour.builder().opCode(l.opCode()).claimedHours(l.hours()).build()));
    r.jobs().get(0).parts().forEach(pt -> cr.addParts(new ClaimPart(pt.partNumber(), pt.quantity())));
    if (r.jobs().get(0).labour().isEmpty() && r.jobs().get(0).parts().isEmpty()) {
      cr.addLabour(ClaimLabour.builder().opCode("ROAD-TEST").allowedHours(Hours.of("0.3")).build());
    }
    WarrantyClaimRequest claimRequest = cr.build();
    roundTrips(claimRequest, WarrantyClaimRequest.class);
    roundTrips(est.claim(claimRequest), WarrantyClaim.class);
    roundTrips(new ClaimPart(PartNumber.of("BD-200"), org.aftersales.core.quantity.Quantity.pieces(2)), ClaimPart.class);
  }
}

package org.aftersales.pricing;

import static org.aftersales.pricing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.order.PartOrigin;
import org.aftersales.core.order.PartSource;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.aftersales.pricing.catalogue.MarkupBand;
import org.aftersales.pricing.catalogue.MarkupMatrix;
import org.aftersales.pricing.catalogue.PartPricingBasis;
import org.aftersales.pricing.catalogue.PriceList;
import org.junit.jupiter.api.Test;

/** Parts: list price, markup matrix, packs, core charges, customer-supplied and key components. */
class PartsPricingTest {

  final Estimator cn = Estimator.of(china().build());

  Estimate priced(PartRequest... parts) {
    return cn.estimate(request(job("J1").method(EstimateMethod.ITEM).addParts(parts).build()).build());
  }

  @Test
  void quantityTimesListPrice() {
    Estimate e = priced(sets("BP-100", 1), parts("BD-200", 2));
    assertThat(text(line(e, "BP-100").amount())).isEqualTo("480.00 CNY");
    EstimateLine discs = line(e, "BD-200");
    assertThat(text(discs.amount())).isEqualTo("1300.00 CNY");
    assertThat(discs.reason().message()).isEqualTo("BD-200: 2 × 650.00 CNY = 1300.00 CNY");
    assertThat(discs.origin()).contains(PartOrigin.OEM);
    assertThat(discs.source()).contains(PartSource.STOCK);
    assertThat(text(e.subtotals().get(LineCategory.PARTS))).isEqualTo("1780.00 CNY");
  }

  @Test
  void partsWithoutListPriceArePricedFromCostByTheMatrix() {
    Estimate e = priced(parts("CLIP-9", 10));
    EstimateLine clip = line(e, "CLIP-9");
    assertThat(text(clip.unitPrice().orElseThrow())).isEqualTo("5.00 CNY");
    assertThat(text(clip.amount())).isEqualTo("50.00 CNY");
    assertThat(clip.reason().code()).isEqualTo(PricingReasonCodes.PART_MATRIX);
    assertThat(clip.reason().message())
        .isEqualTo("CLIP-9: cost 2.50 CNY + 100% = 5.00 CNY; 10 × 5.00 CNY = 50.00 CNY");
  }

  @Test
  void matrixBandsStartInclusive() {
    PriceList list =
        PriceList.builder()
            .addParts(
                part("A", "below 10", null, "9.99", "CNY").build(),
                part("B", "at 10", null, "10.00", "CNY").build(),
                part("C", "list 480", "480.00", "300.00", "CNY").build())
            .markupMatrix(
                MarkupMatrix.of(
                    new MarkupBand(m("0", "CNY"), new BigDecimal("100")),
                    new MarkupBand(m("10", "CNY"), new BigDecimal("60")),
                    new MarkupBand(m("100", "CNY"), new BigDecimal("35"))))
            .build();
    Estimator listFirst = Estimator.of(china().priceList(list).build());
    Estimate e =
        listFirst.estimate(
            request(job("J1").method(EstimateMethod.ITEM).addParts(parts("A", 1), parts("B", 1), parts("C", 1)).build())
                .build());
    assertThat(text(line(e, "A").amount())).isEqualTo("19.98 CNY");
    assertThat(text(line(e, "B").amount())).isEqualTo("16.00 CNY");
    assertThat(text(line(e, "C").amount())).isEqualTo("480.00 CNY");

    Estimator costPlus =
        Estimator.of(
            china().priceList(PriceList.builder().from(list).basis(PartPricingBasis.COST_PLUS_MATRIX).build()).build());
    Estimate f =
        costPlus.estimate(request(job("J1").method(EstimateMethod.ITEM).addParts(parts("C", 1)).build()).build());
    assertThat(text(line(f, "C").amount())).isEqualTo("405.00 CNY");
  }

  @Test
  void quantitiesAreRoundedUpToWholePacks() {
    Estimate e = priced(PartRequest.of("OIL-5W30", Quantity.of("4.5", UnitOfMeasure.LITRE)));
    EstimateLine oil = line(e, "OIL-5W30");
    assertThat(oil.quantity()).contains(Quantity.of("5", UnitOfMeasure.LITRE));
    assertThat(text(oil.amount())).isEqualTo("440.00 CNY");
    assertThat(oil.reason().code()).isEqualTo(PricingReasonCodes.PART_PACK);
    assertThat(oil.reason().message())
        .isEqualTo("OIL-5W30: 4.5 rounded up to whole packs of 1 = 5 × 88.00 CNY = 440.00 CNY");

    Estimate exact = priced(PartRequest.of("OIL-5W30", Quantity.of("4", UnitOfMeasure.LITRE)));
    assertThat(text(line(exact, "OIL-5W30").amount())).isEqualTo("352.00 CNY");
    assertThat(line(exact, "OIL-5W30").reason().code()).isEqualTo(PricingReasonCodes.PART);
  }

  @Test
  void aCoreChargeIsItsOwnLineAfterThePart() {
    Estimate e = priced(parts("BAT-60", 1));
    assertThat(e.lines()).hasSize(2);
    assertThat(e.lines().get(0).category()).isEqualTo(LineCategory.PARTS);
    EstimateLine core = e.lines().get(1);
    assertThat(core.category()).isEqualTo(LineCategory.CORE_CHARGE);
    assertThat(text(core.amount())).isEqualTo("100.00 CNY");
    assertThat(text(e.subtotals().get(LineCategory.CORE_CHARGE))).isEqualTo("100.00 CNY");
    assertThat(text(e.total())).isEqualTo("1000.00 CNY");
  }

  @Test
  void customerSuppliedPartsAreNotChargedAndCarryTheNoGuaranteeWarning() {
    PartRequest own =
        PartRequest.builder()
            .partNumber(PartNumber.of("BP-100"))
            .quantity(new Quantity(BigDecimal.ONE, UnitOfMeasure.SET))
            .source(PartSource.CUSTOMER_SUPPLIED)
            .build();
    PartRequest unknown =
        PartRequest.builder()
            .partNumber(PartNumber.of("OWN-1"))
            .quantity(Quantity.pieces(4))
            .source(PartSource.CUSTOMER_SUPPLIED)
            .description("Customer's winter tyres")
            .origin(PartOrigin.AFTERMARKET)
            .build();
    Estimate e = priced(own, unknown);
    assertThat(text(line(e, "BP-100").amount())).isEqualTo("0.00 CNY");
    assertThat(line(e, "BP-100").source()).contains(PartSource.CUSTOMER_SUPPLIED);
    assertThat(line(e, "OWN-1").description()).isEqualTo("Customer's winter tyres");
    assertThat(e.warnings())
        .extracting(r -> r.code())
        .containsExactly(
            PricingReasonCodes.WARN_CUSTOMER_SUPPLIED,
            PricingReasonCodes.WARN_CUSTOMER_SUPPLIED,
            PricingReasonCodes.WARN_ITEM_PRICE);
    assertThat(e.warnings().get(0).message())
        .isEqualTo(
            "part BP-100 is supplied by the customer: the dealer gives no quality guarantee for it,"
                + " and the repair order says so (seed 001)");
  }

  @Test
  void aftermarketPartsOnKeyComponentsCarryTheNoGuaranteeWarning() {
    Estimate e = priced(sets("BP-100A", 1));
    assertThat(e.warnings())
        .extracting(r -> r.code())
        .contains(PricingReasonCodes.WARN_AFTERMARKET_KEY_COMPONENT);
    assertThat(e.warnings().get(0).parameters()).containsEntry("component", "BRAKES");

    Estimator notKey = Estimator.of(china().keyComponents(java.util.List.of("ENGINE")).build());
    Estimate f =
        notKey.estimate(request(job("J1").method(EstimateMethod.ITEM).addParts(sets("BP-100A", 1)).build()).build());
    assertThat(f.warnings()).extracting(r -> r.code()).doesNotContain(PricingReasonCodes.WARN_AFTERMARKET_KEY_COMPONENT);
    // an OEM part on a key component is fine
    assertThat(priced(sets("BP-100", 1)).warnings())
        .extracting(r -> r.code())
        .doesNotContain(PricingReasonCodes.WARN_AFTERMARKET_KEY_COMPONENT);
  }

  @Test
  void pricesAreEffectiveDatedBothEndsInclusive() {
    EstimateRequest.Builder old =
        request(job("J1").method(EstimateMethod.ITEM).addParts(parts("BP-OLD", 1)).build());
    assertThat(text(cn.estimate(old.date(LocalDate.of(2026, 3, 31)).build()).total())).isEqualTo("300.00 CNY");
    rejected(
        () -> cn.estimate(old.date(LocalDate.of(2026, 4, 1)).build()),
        "jobs[0].parts[0].partNumber",
        PricingErrorCode.PART_PRICE_EXPIRED);

    EstimateRequest.Builder next =
        request(job("J1").method(EstimateMethod.ITEM).addParts(parts("BP-NEW", 1)).build());
    rejected(
        () -> cn.estimate(next.date(LocalDate.of(2026, 6, 30)).build()),
        "jobs[0].parts[0].partNumber",
        PricingErrorCode.PART_PRICE_NOT_YET_VALID);
    assertThat(text(cn.estimate(next.date(LocalDate.of(2026, 7, 1)).build()).total())).isEqualTo("500.00 CNY");
  }

  @Test
  void theQuoteIsNeverValidBeyondAPriceItUses() {
    Estimate e =
        cn.estimate(
            request(job("J1").method(EstimateMethod.ITEM).addParts(parts("BP-OLD", 1)).build())
                .date(LocalDate.of(2026, 3, 28))
                .build());
    assertThat(e.validUntil()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(e.warnings()).extracting(r -> r.code()).contains(PricingReasonCodes.WARN_VALIDITY_SHORTENED);

    Estimate g = priced(parts("BD-200", 1));
    assertThat(g.validUntil()).isEqualTo(DATE.plusDays(7));
  }

  @Test
  void unknownPartsWrongUnitsAndWrongOriginsAreRefused() {
    rejected(() -> priced(parts("NOPE", 1)), "jobs[0].parts[0].partNumber", PricingErrorCode.PART_NOT_IN_PRICE_LIST);
    rejected(() -> priced(sets("BD-200", 1)), "jobs[0].parts[0].quantity", CoreErrorCode.UNIT_MISMATCH);
    PartRequest wrongOrigin =
        PartRequest.builder()
            .partNumber(PartNumber.of("BD-200"))
            .quantity(Quantity.pieces(1))
            .origin(PartOrigin.AFTERMARKET)
            .build();
    rejected(() -> priced(wrongOrigin), "jobs[0].parts[0].origin", PricingErrorCode.PART_ORIGIN_MISMATCH);
  }
}

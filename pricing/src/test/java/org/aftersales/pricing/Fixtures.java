package org.aftersales.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import javax.money.MonetaryAmount;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.order.PartOrigin;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.Skill;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.pricing.catalogue.ApplicationHours;
import org.aftersales.pricing.catalogue.LabourCatalogue;
import org.aftersales.pricing.catalogue.LabourOperation;
import org.aftersales.pricing.catalogue.LabourOverlap;
import org.aftersales.pricing.catalogue.LabourRate;
import org.aftersales.pricing.catalogue.LabourRateCard;
import org.aftersales.pricing.catalogue.MarkupBand;
import org.aftersales.pricing.catalogue.MarkupMatrix;
import org.aftersales.pricing.catalogue.PartPrice;
import org.aftersales.pricing.catalogue.PriceList;
import org.aftersales.pricing.catalogue.VehicleApplication;
import org.aftersales.pricing.catalogue.VehicleSpec;

/**
 * Shared test data: a small catalogue, rate card and price list in any currency, and the profiles
 * built from them.
 *
 * <p>Catalogue: BRK-PAD-F 1.2 h (1.5 h on a BYD Seal BEV), BRK-DISC-F 1.8 h including 0.8 h of
 * BRK-PAD-F, OIL-CHG 0.5 h, DIAG-EL 1.0 h (DIAGNOSIS), ROAD-TEST 0.3 h (no system), AC-REGAS
 * 0.7 h. Rates: customer 300.00 per hour in 2026 and 320.00 from 2027, diagnosis 400.00,
 * warranty 180.00. Parts: see {@link #priceList(String)}.
 */
final class Fixtures {

  static final LocalDate DATE = LocalDate.of(2026, 6, 15);
  static final VehicleSpec SEAL = VehicleSpec.of("BYD", "Seal", 2024, Powertrain.BEV);
  static final VehicleSpec CAMRY = VehicleSpec.of("Toyota", "Camry", 2022, Powertrain.ICE);

  private Fixtures() {}

  static MonetaryAmount m(String amount, String currency) {
    return Monies.of(amount, currency);
  }

  static LabourCatalogue catalogue() {
    return LabourCatalogue.builder()
        .addOperations(
            LabourOperation.builder()
                .opCode("BRK-PAD-F")
                .description("Replace front brake pads")
                .skill(Skill.MECHANICAL)
                .system("BRAKES")
                .hours(Hours.of("1.2"))
                .addApplications(
                    new ApplicationHours(
                        VehicleApplication.builder().make("BYD").model("Seal").powertrain(Powertrain.BEV).build(),
                        Hours.of("1.5")))
                .build(),
            LabourOperation.builder()
                .opCode("BRK-DISC-F")
                .description("Replace front brake discs")
                .skill(Skill.MECHANICAL)
                .system("BRAKES")
                .hours(Hours.of("1.8"))
                .build(),
            LabourOperation.builder()
                .opCode("OIL-CHG")
                .description("Engine oil and filter change")
                .skill(Skill.MAINTENANCE)
                .system("ENGINE")
                .hours(Hours.of("0.5"))
                .build(),
            LabourOperation.builder()
                .opCode("DIAG-EL")
                .description("Electrical diagnosis")
                .skill(Skill.DIAGNOSIS)
                .system("ELECTRICAL")
                .hours(Hours.of("1.0"))
                .build(),
            LabourOperation.builder()
                .opCode("ROAD-TEST")
                .description("Road test")
                .skill(Skill.MECHANICAL)
                .hours(Hours.of("0.3"))
                .build(),
            LabourOperation.builder()
                .opCode("AC-REGAS")
                .description("Air conditioning regas")
                .skill(Skill.MECHANICAL)
                .system("CLIMATE")
                .hours(Hours.of("0.7"))
                .build())
        .addOverlaps(new LabourOverlap("BRK-DISC-F", "BRK-PAD-F", Hours.of("0.8")))
        .build();
  }

  static LabourRateCard rates(String cur) {
    return LabourRateCard.builder()
        .addRates(
            LabourRate.builder()
                .payType(PayType.CUSTOMER)
                .rate(m("300.00", cur))
                .validFrom(LocalDate.of(2026, 1, 1))
                .validThrough(LocalDate.of(2026, 12, 31))
                .build(),
            LabourRate.builder()
                .payType(PayType.CUSTOMER)
                .rate(m("320.00", cur))
                .validFrom(LocalDate.of(2027, 1, 1))
                .build(),
            LabourRate.of(Skill.DIAGNOSIS, PayType.CUSTOMER, m("400.00", cur)),
            LabourRate.of(PayType.WARRANTY, m("180.00", cur)))
        .build();
  }

  static PartPrice.Builder part(String number, String description, String list, String cost, String cur) {
    PartPrice.Builder b =
        PartPrice.builder().partNumber(PartNumber.of(number)).description(description).dealerCost(m(cost, cur));
    if (list != null) {
      b.listPrice(m(list, cur));
    }
    return b;
  }

  /**
   * BP-100 OEM pad set 480.00 (cost 300.00, BRAKES); BP-100A aftermarket pads 260.00 (cost
   * 150.00, BRAKES); BD-200 disc 650.00 (cost 420.00); OIL-5W30 88.00 per litre in whole litres
   * (cost 50.00); FLT-01 filter 68.00 (cost 30.00); BAT-60 battery 900.00 (cost 600.00) with a
   * core of 100.00; CLIP-9 clip without list price, cost 2.50 (matrix: from 0 +100%, from 10
   * +60%, from 100 +35%); BP-OLD pads 300.00 valid through 2026-03-31; BP-NEW pads 500.00 valid
   * from 2026-07-01.
   */
  static PriceList priceList(String cur) {
    return PriceList.builder()
        .addParts(
            part("BP-100", "Front brake pad set", "480.00", "300.00", cur)
                .unit(UnitOfMeasure.SET)
                .component("BRAKES")
                .build(),
            part("BP-100A", "Front brake pads (aftermarket)", "260.00", "150.00", cur)
                .unit(UnitOfMeasure.SET)
                .origin(PartOrigin.AFTERMARKET)
                .component("BRAKES")
                .build(),
            part("BD-200", "Front brake disc", "650.00", "420.00", cur).build(),
            part("OIL-5W30", "Engine oil 5W-30", "88.00", "50.00", cur)
                .unit(UnitOfMeasure.LITRE)
                .packQuantity(BigDecimal.ONE)
                .build(),
            part("FLT-01", "Oil filter", "68.00", "30.00", cur).build(),
            part("BAT-60", "12 V battery 60 Ah", "900.00", "600.00", cur).coreCharge(m("100.00", cur)).build(),
            part("CLIP-9", "Trim clip", null, "2.50", cur).build(),
            part("BP-OLD", "Old pad set", "300.00", "200.00", cur)
                .validThrough(LocalDate.of(2026, 3, 31))
                .build(),
            part("BP-NEW", "New pad set", "500.00", "300.00", cur)
                .validFrom(LocalDate.of(2026, 7, 1))
                .build())
        .markupMatrix(
            MarkupMatrix.of(
                new MarkupBand(m("0", cur), new BigDecimal("100")),
                new MarkupBand(m("10", cur), new BigDecimal("60")),
                new MarkupBand(m("100", cur), new BigDecimal("35"))))
        .build();
  }

  /** A China 4S profile (preset) with the fixture data, no fees or discounts. */
  static PricingProfile.Builder china() {
    return PricingProfile.china4sDealer()
        .id("CN-4S-TEST")
        .name("Test 4S dealer")
        .labourCatalogue(catalogue())
        .labourRates(rates("CNY"))
        .priceList(priceList("CNY"));
  }

  /** A US profile for a jurisdiction with the given tax, no fees or discounts. */
  static PricingProfile.Builder us(org.aftersales.pricing.jurisdiction.Jurisdiction j, org.aftersales.pricing.tax.TaxPolicy tax) {
    return PricingProfile.usDealer(j, tax)
        .id("US-TEST")
        .name("Test US dealer")
        .labourCatalogue(catalogue())
        .labourRates(rates("USD"))
        .priceList(priceList("USD"));
  }

  static EstimateJob.Builder job(String id) {
    return EstimateJob.builder().id(JobId.of(id));
  }

  static EstimateRequest.Builder request(EstimateJob... jobs) {
    return EstimateRequest.builder().vehicle(CAMRY).date(DATE).addAllJobs(Arrays.asList(jobs));
  }

  static PartRequest parts(String number, long pieces) {
    return PartRequest.of(number, Quantity.pieces(pieces));
  }

  static PartRequest sets(String number, long sets) {
    return PartRequest.of(number, new Quantity(BigDecimal.valueOf(sets), UnitOfMeasure.SET));
  }

  static LabourRequest op(String code) {
    return LabourRequest.of(code);
  }

  static LabourRequest op(String code, String hours) {
    return LabourRequest.builder().opCode(code).hours(Hours.of(hours)).build();
  }

  /** An amount as {@code "12.30 CNY"}. */
  static String text(MonetaryAmount amount) {
    return Monies.format(amount);
  }

  /** Asserts that the call is refused with the code at the path. */
  static void rejected(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
      String path,
      org.aftersales.core.ErrorCode code) {
    org.assertj.core.api.Assertions.assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            org.aftersales.core.ValidationException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code);
              org.assertj.core.api.Assertions.assertThat(e.violations().get(0).path()).isEqualTo(path);
            });
  }

  /** The lines of a category. */
  static java.util.List<EstimateLine> lines(Estimate e, LineCategory category) {
    return e.lines().stream().filter(l -> l.category() == category).toList();
  }

  /** The line with a code. */
  static EstimateLine line(Estimate e, String code) {
    return e.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
  }
}

package org.aftersales.pricing;

import static org.aftersales.pricing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.Skill;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.pricing.catalogue.ApplicationHours;
import org.aftersales.pricing.catalogue.LabourCatalogue;
import org.aftersales.pricing.catalogue.LabourOperation;
import org.aftersales.pricing.catalogue.LabourRate;
import org.aftersales.pricing.catalogue.LabourRateCard;
import org.aftersales.pricing.catalogue.VehicleApplication;
import org.junit.jupiter.api.Test;

/** Labour: flat-rate hours by vehicle, overlaps, rates by skill, pay type and date. */
class LabourPricingTest {

  final Estimator cn = Estimator.of(china().build());

  Estimate brakes(EstimateRequest.Builder r) {
    return cn.estimate(r.build());
  }

  @Test
  void hoursTimesRateForTheCatalogueTime() {
    Estimate e = brakes(request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).build()));
    EstimateLine l = line(e, "BRK-PAD-F");
    assertThat(l.hours()).contains(Hours.of("1.2"));
    assertThat(text(l.unitPrice().orElseThrow())).isEqualTo("300.00 CNY");
    assertThat(text(l.amount())).isEqualTo("360.00 CNY");
    assertThat(l.reason().code()).isEqualTo(PricingReasonCodes.LABOUR);
    assertThat(l.reason().message()).isEqualTo("BRK-PAD-F: 1.2 h × 300.00 CNY/h = 360.00 CNY");
  }

  @Test
  void hoursDifferByVehicleApplication() {
    Estimate e =
        brakes(request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).build()).vehicle(SEAL));
    assertThat(text(line(e, "BRK-PAD-F").amount())).isEqualTo("450.00 CNY");
    assertThat(e.totalHours()).isEqualTo(Hours.of("1.5"));
  }

  @Test
  void applicationsMatchModelYearRangeInclusiveAndFirstMatchWins() {
    LabourOperation op =
        LabourOperation.builder()
            .opCode("X")
            .description("x")
            .skill(Skill.MECHANICAL)
            .hours(Hours.of(1))
            .addApplications(
                new ApplicationHours(
                    VehicleApplication.builder()
                        .make("toyota")
                        .fromModelYear(java.time.Year.of(2020))
                        .toModelYear(java.time.Year.of(2022))
                        .build(),
                    Hours.of(2)),
                new ApplicationHours(VehicleApplication.make("Toyota"), Hours.of(3)))
            .build();
    assertThat(op.hoursFor(CAMRY)).contains(Hours.of(2)); // 2022 is inside 2020–2022
    assertThat(op.hoursFor(org.aftersales.pricing.catalogue.VehicleSpec.of("Toyota", "Camry", 2023, Powertrain.ICE)))
        .contains(Hours.of(3));
    assertThat(op.hoursFor(SEAL)).contains(Hours.of(1));
  }

  @Test
  void sharedTimeIsDeductedOnceFromTheIncludedOperation() {
    Estimate e =
        brakes(
            request(
                job("J1").system("BRAKES").addLabour(op("BRK-PAD-F"), op("BRK-DISC-F")).build()));
    EstimateLine pads = line(e, "BRK-PAD-F");
    assertThat(pads.hours()).contains(Hours.of("0.4"));
    assertThat(text(pads.amount())).isEqualTo("120.00 CNY");
    assertThat(pads.reason().code()).isEqualTo(PricingReasonCodes.LABOUR_OVERLAP);
    assertThat(pads.reason().message())
        .isEqualTo(
            "BRK-PAD-F: 1.2 h less 0.8 h shared with BRK-DISC-F = 0.4 h × 300.00 CNY/h = 120.00 CNY");
    assertThat(text(line(e, "BRK-DISC-F").amount())).isEqualTo("540.00 CNY");
    assertThat(e.totalHours()).isEqualTo(Hours.of("2.2"));
  }

  @Test
  void sharedTimeIsDeductedAcrossJobsAndRegardlessOfLineOrder() {
    Estimate e =
        brakes(
            request(
                job("J1").system("BRAKES").addLabour(op("BRK-DISC-F")).build(),
                job("J2").system("BRAKES").addLabour(op("BRK-PAD-F")).build()));
    assertThat(line(e, "BRK-PAD-F").hours()).contains(Hours.of("0.4"));
    assertThat(e.totalHours()).isEqualTo(Hours.of("2.2"));
  }

  @Test
  void sharedTimeNeverExceedsTheIncludingOperationsTime() {
    // entered 0.5 h for the discs: only 0.5 h of the pads' time can be shared
    Estimate e =
        brakes(
            request(
                job("J1").system("BRAKES").addLabour(op("BRK-PAD-F"), op("BRK-DISC-F", "0.5")).build()));
    assertThat(line(e, "BRK-PAD-F").hours()).contains(Hours.of("0.7"));
    assertThat(e.totalHours()).isEqualTo(Hours.of("1.2"));
  }

  @Test
  void enteredHoursReplaceTheCatalogues() {
    Estimate e = brakes(request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F", "2.5")).build()));
    assertThat(text(line(e, "BRK-PAD-F").amount())).isEqualTo("750.00 CNY");
  }

  @Test
  void rateBySkillAndPayType() {
    Estimate diag = brakes(request(job("J1").system("ELECTRICAL").addLabour(op("DIAG-EL")).build()));
    assertThat(text(line(diag, "DIAG-EL").amount())).isEqualTo("400.00 CNY");

    Estimate warranty =
        brakes(
            request(job("J1").system("BRAKES").payType(PayType.WARRANTY).addLabour(op("BRK-PAD-F")).build()));
    assertThat(text(line(warranty, "BRK-PAD-F").amount())).isEqualTo("216.00 CNY");
    assertThat(line(warranty, "BRK-PAD-F").payers())
        .containsExactly(new PayerAmount(PayType.WARRANTY, m("216.00", "CNY")));
  }

  @Test
  void payTypesWithoutRatesUseTheCustomerRateButWarrantyNeverDoes() {
    Estimate internal =
        brakes(
            request(job("J1").system("BRAKES").payType(PayType.INTERNAL).addLabour(op("BRK-PAD-F")).build()));
    assertThat(text(line(internal, "BRK-PAD-F").amount())).isEqualTo("360.00 CNY");

    Estimator noWarranty =
        Estimator.of(
            china().labourRates(LabourRateCard.of(LabourRate.of(PayType.CUSTOMER, m("300.00", "CNY")))).build());
    rejected(
        () ->
            noWarranty.estimate(
                request(job("J1").system("BRAKES").payType(PayType.WARRANTY).addLabour(op("BRK-PAD-F")).build())
                    .build()),
        "jobs[0].labour[0]",
        PricingErrorCode.LABOUR_RATE_MISSING);
  }

  @Test
  void theRateOfTheEstimatesDateAppliesBothEndsInclusive() {
    EstimateRequest.Builder r = request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).build());
    Estimate lastDay = brakes(r.date(LocalDate.of(2026, 12, 31)));
    assertThat(text(line(lastDay, "BRK-PAD-F").amount())).isEqualTo("360.00 CNY");
    Estimate nextDay = brakes(r.date(LocalDate.of(2027, 1, 1)));
    assertThat(text(line(nextDay, "BRK-PAD-F").amount())).isEqualTo("384.00 CNY");
    Estimate firstDay = brakes(r.date(LocalDate.of(2026, 1, 1)));
    assertThat(text(line(firstDay, "BRK-PAD-F").amount())).isEqualTo("360.00 CNY");
  }

  @Test
  void anExpiredOrNotYetValidRateIsRefusedNamingTheLine() {
    Estimator expiring =
        Estimator.of(
            china()
                .labourRates(
                    LabourRateCard.of(
                        LabourRate.builder()
                            .payType(PayType.CUSTOMER)
                            .rate(m("300.00", "CNY"))
                            .validFrom(LocalDate.of(2026, 1, 1))
                            .validThrough(LocalDate.of(2026, 12, 31))
                            .build()))
                .build());
    EstimateRequest.Builder r = request(job("J1").system("BRAKES").addLabour(op("BRK-PAD-F")).build());
    rejected(
        () -> expiring.estimate(r.date(LocalDate.of(2027, 1, 1)).build()),
        "jobs[0].labour[0]",
        PricingErrorCode.LABOUR_RATE_EXPIRED);
    rejected(
        () -> expiring.estimate(r.date(LocalDate.of(2025, 12, 31)).build()),
        "jobs[0].labour[0]",
        PricingErrorCode.LABOUR_RATE_NOT_YET_VALID);
  }

  @Test
  void unknownOpCodesAndOperationsWithoutTimeForTheVehicleAreRefused() {
    rejected(
        () -> cn.estimate(request(job("J1").system("BRAKES").addLabour(op("NOPE")).build()).build()),
        "jobs[0].labour[0].opCode",
        PricingErrorCode.LABOUR_OP_NOT_IN_CATALOGUE);

    LabourCatalogue evOnly =
        LabourCatalogue.builder()
            .addOperations(
                LabourOperation.builder()
                    .opCode("HV-BAT")
                    .description("Traction battery check")
                    .skill(Skill.HIGH_VOLTAGE)
                    .addApplications(
                        new ApplicationHours(
                            VehicleApplication.builder().make("BYD").powertrain(Powertrain.BEV).build(),
                            Hours.of(2)))
                    .build())
            .build();
    Estimator ev = Estimator.of(china().labourCatalogue(evOnly).build());
    EstimateRequest.Builder r = request(job("J1").method(EstimateMethod.ITEM).addLabour(op("HV-BAT")).build());
    assertThat(text(ev.estimate(r.vehicle(SEAL).build()).total())).isEqualTo("600.00 CNY");
    rejected(
        () -> ev.estimate(r.vehicle(CAMRY).build()),
        "jobs[0].labour[0].opCode",
        PricingErrorCode.LABOUR_HOURS_NOT_FOR_VEHICLE);
  }

  @Test
  void hoursBySkillForScheduling() {
    Estimate e =
        brakes(
            request(
                job("J1").method(EstimateMethod.ITEM).addLabour(op("BRK-PAD-F"), op("OIL-CHG"), op("DIAG-EL")).build()));
    assertThat(e.hoursBySkill())
        .containsExactly(
            java.util.Map.entry(Skill.DIAGNOSIS, Hours.of(1)),
            java.util.Map.entry(Skill.MAINTENANCE, Hours.of("0.5")),
            java.util.Map.entry(Skill.MECHANICAL, Hours.of("1.2")));
    assertThat(e.totalHours()).isEqualTo(Hours.of("2.7"));
    assertThat(e.job(org.aftersales.core.order.JobId.of("J1")).orElseThrow().hours()).isEqualTo(Hours.of("2.7"));
  }
}

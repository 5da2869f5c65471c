package org.aftersales.rules.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.ValidationException;
import org.aftersales.core.customer.ContactChannel;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.customer.CustomerType;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.AdvisorId;
import org.aftersales.core.order.Authorization;
import org.aftersales.core.order.ConsentChannel;
import org.aftersales.core.order.FuelLevel;
import org.aftersales.core.order.Job;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.JobStatus;
import org.aftersales.core.order.JobType;
import org.aftersales.core.order.LabourLine;
import org.aftersales.core.order.OldPartsDisposition;
import org.aftersales.core.order.PartLine;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.order.PartOrigin;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.PaymentMethod;
import org.aftersales.core.order.QualityCheck;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.order.RepairOrderStatus;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.StatusChange;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.order.WalkAround;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.OdometerSource;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.Vin;
import org.junit.jupiter.api.Test;

class ClaimPreCheckTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant IN = Instant.parse("2026-11-23T01:00:00Z"); // 09:00 Shanghai
  static final Instant READY = Instant.parse("2026-11-23T08:00:00Z"); // 16:00 Shanghai
  static final PartNumber SENSOR = PartNumber.of("CKP-100");
  static final ClaimRules RULES =
      ClaimRules.builder()
          .zone(SHANGHAI)
          .addLabourOperation(new LabourAllowance("ENG-0420", Hours.of("1.2")))
          .addLabourOperation(new LabourAllowance("DIAG-01", Hours.of("0.5")))
          .build();
  static final ClaimPreCheck CHECK = ClaimPreCheck.of(RULES);

  static Job.Builder job() {
    return Job.builder()
        .id(JobId.of("J1"))
        .concern("engine stalls at idle")
        .cause("crankshaft position sensor intermittent")
        .correction("replaced crankshaft position sensor")
        .type(JobType.WARRANTY)
        .payType(PayType.WARRANTY)
        .status(JobStatus.DONE)
        .authorization(
            Authorization.builder().authorizedBy("customer").channel(ConsentChannel.IN_PERSON)
                .amount(Monies.of("0.00", "CNY")).at(IN.plusSeconds(600)).build())
        .addLabour(LabourLine.builder().opCode("DIAG-01").description("diagnosis").flatRateHours(Hours.of("0.5"))
            .skill(Skill.DIAGNOSIS).build())
        .addLabour(LabourLine.builder().opCode("ENG-0420").description("replace crankshaft sensor")
            .flatRateHours(Hours.of("1.2")).skill(Skill.MECHANICAL).build())
        .addPart(PartLine.builder().partNumber(SENSOR).description("crankshaft position sensor")
            .quantity(Quantity.pieces(1)).unitPrice(Monies.of("320.00", "CNY")).build());
  }

  static RepairOrder.Builder order(Job job, long kmOut) {
    return RepairOrder.builder()
        .id(RepairOrderId.of("RO-9"))
        .vehicle(Vehicle.builder().vin(Vin.parse("LGXCE4CB5R0123456")).make("BYD").model("Seal")
            .modelYear(Year.of(2025)).powertrain(Powertrain.BEV).build())
        .customer(new CustomerRef("C-1", CustomerType.INDIVIDUAL, ContactChannel.PHONE))
        .advisor(AdvisorId.of("SA-1"))
        .openedAt(IN.minusSeconds(3600))
        .walkAround(WalkAround.builder()
            .odometer(new OdometerReading(Distance.ofKilometres(12_000), IN, OdometerSource.CHECK_IN))
            .fuelLevel(new FuelLevel(70)).keyTag("K-9").build())
        .odometerOut(new OdometerReading(Distance.ofKilometres(kmOut), READY, OdometerSource.DELIVERY))
        .paymentMethod(PaymentMethod.NO_CHARGE)
        .oldPartsDisposition(OldPartsDisposition.RETAIN_FOR_MANUFACTURER)
        .addQualityCheck(QualityCheck.builder().inspector(TechnicianId.of("T-1")).at(READY.minusSeconds(60)).passed(true).build())
        .addJob(job)
        .status(RepairOrderStatus.DELIVERED)
        .statusHistory(List.of(
            new StatusChange(RepairOrderStatus.CHECKED_IN, IN),
            new StatusChange(RepairOrderStatus.READY, READY),
            new StatusChange(RepairOrderStatus.DELIVERED, READY.plusSeconds(1800))));
  }

  static WarrantyClaim.Builder claim(RepairOrder o) {
    return WarrantyClaim.builder().order(o).jobId(JobId.of("J1")).causalPart(SENSOR).submittedOn(LocalDate.of(2026, 11, 24));
  }

  static WarrantyClaim complete() {
    return claim(order(job().build(), 12_050).build()).build();
  }

  @Test
  void aCompleteClaimHasNoFindings() {
    ClaimPreCheckResult r = CHECK.check(complete());
    assertThat(r.findings()).isEmpty();
    assertThat(r.submittable()).isTrue();
  }

  @Test
  void theThreeCAndTheCausalPart() {
    RepairOrder noCause = order(job().cause(java.util.Optional.empty()).build(), 12_050).build();
    assertThat(CHECK.check(claim(noCause).build()).codes()).containsExactly(ClaimFindingCode.CAUSE_MISSING);
    ClaimPreCheckResult noPart = CHECK.check(claim(order(job().build(), 12_050).build()).causalPart(java.util.Optional.empty()).build());
    assertThat(noPart.codes()).containsExactly(ClaimFindingCode.CAUSAL_PART_MISSING);
    assertThat(noPart.submittable()).isFalse();
    ClaimPreCheckResult other = CHECK.check(claim(order(job().build(), 12_050).build()).causalPart(PartNumber.of("ECU-1")).build());
    assertThat(other.codes()).containsExactly(ClaimFindingCode.CAUSAL_PART_NOT_ON_JOB);
    assertThat(other.submittable()).isTrue();
  }

  @Test
  void claimedHoursUpToTheAllowanceOrJustified() {
    Job over = job().labour(List.of(LabourLine.builder().opCode("ENG-0420").description("replace crankshaft sensor")
        .flatRateHours(Hours.of("1.3")).skill(Skill.MECHANICAL).build())).build();
    ClaimPreCheckResult r = CHECK.check(claim(order(over, 12_050).build()).build());
    assertThat(r.codes()).containsExactly(ClaimFindingCode.HOURS_OVER_ALLOWED);
    assertThat(r.findings().get(0).reason().parameters())
        .containsEntry("claimed", "1.3 h").containsEntry("allowed", "1.2 h");
    ClaimPreCheckResult justified =
        CHECK.check(claim(order(over, 12_050).build())
            .addJustification(new HoursJustification("ENG-0420", "seized sensor bolt")).build());
    assertThat(justified.codes()).containsExactly(ClaimFindingCode.HOURS_OVER_ALLOWED_JUSTIFIED);
    assertThat(justified.findings().get(0).severity()).isEqualTo(FindingSeverity.WARNING);
    Job unknown = job().addLabour(LabourLine.builder().opCode("XYZ-9").description("other").flatRateHours(Hours.of("0.1"))
        .skill(Skill.MECHANICAL).build()).build();
    assertThat(CHECK.check(claim(order(unknown, 12_050).build()).build()).codes())
        .containsExactly(ClaimFindingCode.UNKNOWN_OP_CODE);
    Job noLabour = job().labour(List.of()).build();
    assertThat(CHECK.check(claim(order(noLabour, 12_050).build()).build()).codes())
        .containsExactly(ClaimFindingCode.LABOUR_MISSING);
  }

  @Test
  void partsAreGenuineAndRetained() {
    Job aftermarket = job().parts(List.of(PartLine.builder().partNumber(SENSOR).description("sensor")
        .quantity(Quantity.pieces(1)).origin(PartOrigin.AFTERMARKET).unitPrice(Monies.of("100.00", "CNY")).build())).build();
    assertThat(CHECK.check(claim(order(aftermarket, 12_050).build()).build()).codes())
        .containsExactly(ClaimFindingCode.AFTERMARKET_PART);
    RepairOrder disposed = order(job().build(), 12_050).oldPartsDisposition(OldPartsDisposition.DISPOSE).build();
    assertThat(CHECK.check(claim(disposed).build()).codes()).containsExactly(ClaimFindingCode.PARTS_NOT_RETAINED);
  }

  @Test
  void odometerOutWithinARoadTest() {
    assertThat(CHECK.check(claim(order(job().build(), 12_050).build()).build()).findings()).isEmpty();
    ClaimPreCheckResult r = CHECK.check(claim(order(job().build(), 12_051).build()).build());
    assertThat(r.codes()).containsExactly(ClaimFindingCode.ODOMETER_IMPLAUSIBLE_DISTANCE);
    assertThat(r.submittable()).isTrue();
  }

  @Test
  void submissionWindowInclusive() {
    RepairOrder o = order(job().build(), 12_010).build();
    assertThat(CHECK.check(claim(o).submittedOn(LocalDate.of(2026, 11, 23)).build()).findings()).isEmpty();
    assertThat(CHECK.check(claim(o).submittedOn(LocalDate.of(2026, 12, 23)).build()).findings()).isEmpty();
    ClaimPreCheckResult late = CHECK.check(claim(o).submittedOn(LocalDate.of(2026, 12, 24)).build());
    assertThat(late.codes()).containsExactly(ClaimFindingCode.SUBMISSION_WINDOW_CLOSED);
    assertThat(late.findings().get(0).reason().parameters()).containsEntry("last", "2026-12-23");
    assertThat(CHECK.check(claim(o).submittedOn(LocalDate.of(2026, 11, 22)).build()).codes())
        .containsExactly(ClaimFindingCode.SUBMITTED_BEFORE_COMPLETION);
  }

  @Test
  void anUnfinishedCustomerPayJobHasEveryFinding() {
    Job open = Job.builder().id(JobId.of("J1")).concern("rattle").type(JobType.REPAIR).build();
    RepairOrder o =
        order(open, 12_050)
            .status(RepairOrderStatus.CHECKED_IN)
            .odometerOut(java.util.Optional.empty())
            .qualityChecks(List.of())
            .oldPartsDisposition(java.util.Optional.empty())
            .statusHistory(List.of(new StatusChange(RepairOrderStatus.CHECKED_IN, IN)))
            .build();
    assertThat(CHECK.check(claim(o).build()).codes())
        .containsExactly(
            ClaimFindingCode.NOT_A_WARRANTY_JOB, ClaimFindingCode.JOB_NOT_DONE, ClaimFindingCode.CAUSE_MISSING,
            ClaimFindingCode.CORRECTION_MISSING, ClaimFindingCode.LABOUR_MISSING, ClaimFindingCode.ODOMETER_OUT_MISSING,
            ClaimFindingCode.REPAIR_NOT_COMPLETED);
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> claim(order(job().build(), 12_050).build()).jobId(JobId.of("J7")).build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ClaimErrorCode.CLAIM_JOB_NOT_ON_ORDER);
    assertThatThrownBy(() -> ClaimRules.builder().zone(SHANGHAI)
            .addLabourOperation(new LabourAllowance("A", Hours.of(1)))
            .addLabourOperation(new LabourAllowance("A", Hours.of(2))).build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ClaimErrorCode.CLAIM_RULES_INVALID);
  }

  @Test
  void rulesClaimsAndResultsRoundTripThroughJson() {
    AfterSalesJson json = AfterSalesJson.strict();
    assertThat(json.read(json.write(RULES), ClaimRules.class)).isEqualTo(RULES);
    WarrantyClaim c = claim(order(job().build(), 12_051).build())
        .addJustification(new HoursJustification("ENG-0420", "seized bolt")).build();
    assertThat(json.read(json.write(c), WarrantyClaim.class)).isEqualTo(c);
    ClaimPreCheckResult r = CHECK.check(c);
    assertThat(json.read(json.write(r), ClaimPreCheckResult.class)).isEqualTo(r);
  }
}

package org.aftersales.core.order;

import static org.aftersales.core.order.Fixtures.at;
import static org.aftersales.core.order.Fixtures.consent;
import static org.aftersales.core.order.Fixtures.job;
import static org.aftersales.core.order.Fixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.aftersales.core.AfterSalesException;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.IllegalTransitionException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.order.RepairOrderCommand.AddJob;
import org.aftersales.core.order.RepairOrderCommand.AgreeTerms;
import org.aftersales.core.order.RepairOrderCommand.Authorize;
import org.aftersales.core.order.RepairOrderCommand.Cancel;
import org.aftersales.core.order.RepairOrderCommand.CheckIn;
import org.aftersales.core.order.RepairOrderCommand.Close;
import org.aftersales.core.order.RepairOrderCommand.CompleteJob;
import org.aftersales.core.order.RepairOrderCommand.Decline;
import org.aftersales.core.order.RepairOrderCommand.Defer;
import org.aftersales.core.order.RepairOrderCommand.Deliver;
import org.aftersales.core.order.RepairOrderCommand.Dispatch;
import org.aftersales.core.order.RepairOrderCommand.FailQualityCheck;
import org.aftersales.core.order.RepairOrderCommand.MarkNoShow;
import org.aftersales.core.order.RepairOrderCommand.PassQualityCheck;
import org.aftersales.core.order.RepairOrderCommand.PresentEstimate;
import org.aftersales.core.order.RepairOrderCommand.Promise;
import org.aftersales.core.order.RepairOrderCommand.ProposeSupplement;
import org.aftersales.core.order.RepairOrderCommand.RecordCause;
import org.aftersales.core.order.RepairOrderCommand.RecordConsent;
import org.aftersales.core.order.RepairOrderCommand.RecordFollowUp;
import org.aftersales.core.order.RepairOrderCommand.RecordRefusal;
import org.aftersales.core.order.RepairOrderCommand.RequestQualityCheck;
import org.aftersales.core.order.RepairOrderCommand.StartDiagnosis;
import org.aftersales.core.order.RepairOrderCommand.StartJob;
import org.aftersales.core.order.RepairOrderCommand.StartRework;
import org.aftersales.core.order.RepairOrderEvent.JobStatusChanged;
import org.aftersales.core.order.RepairOrderEvent.StatusChanged;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.OdometerSource;
import org.junit.jupiter.api.Test;

class RepairOrderLifecycleTest {

  static final TechnicianId TECH = TechnicianId.of("T-1");

  /** Runs commands in order and returns the final order. */
  static RepairOrder run(RepairOrder start, RepairOrderCommand... commands) {
    RepairOrder o = start;
    for (RepairOrderCommand c : commands) {
      o = o.apply(c).order();
    }
    return o;
  }

  static RepairOrder inProgress() {
    return run(
        Fixtures.appointment(),
        new AddJob(at(-60), job("J1")),
        new CheckIn(at(0), Fixtures.walkAround(12_000)),
        new StartDiagnosis(at(5)),
        new RecordCause(at(20), JobId.of("J1"), "pads worn to 2 mm"),
        new PresentEstimate(at(25)),
        new Authorize(at(30), List.of(JobId.of("J1")), consent(30, "696.00")),
        new AgreeTerms(at(31), PaymentMethod.MOBILE, OldPartsDisposition.RETURN_TO_CUSTOMER, true),
        new Promise(at(32), at(240)),
        new Dispatch(at(40), Map.of(JobId.of("J1"), TECH)),
        new StartJob(at(45), JobId.of("J1")));
  }

  @Test
  void followsTheSeedProcessFromAppointmentToClose() {
    RepairOrder o = inProgress();
    assertThat(o.status()).isEqualTo(RepairOrderStatus.IN_PROGRESS);
    assertThat(o.job(JobId.of("J1")).orElseThrow().labour().get(0).technician()).contains(TECH);
    assertThat(o.job(JobId.of("J1")).orElseThrow().cause()).contains("pads worn to 2 mm");
    assertThat(o.promisedAt()).contains(at(240));
    assertThat(o.wash()).isTrue();

    Transition done =
        o.apply(new CompleteJob(at(120), JobId.of("J1"), "replaced front pads", Map.of("BRK-J1", Hours.of("1.1"))));
    assertThat(done.events())
        .containsExactly(
            new JobStatusChanged(o.id(), at(120), JobId.of("J1"), JobStatus.IN_PROGRESS, JobStatus.DONE));
    o = run(
        done.order(),
        new RequestQualityCheck(at(125)),
        new PassQualityCheck(at(135), TechnicianId.of("QC-1"), List.of()),
        new Deliver(at(200), Fixtures.odometer(12_003, 200), PaymentMethod.MOBILE));
    assertThat(o.status()).isEqualTo(RepairOrderStatus.DELIVERED);
    assertThat(o.odometerOut().orElseThrow().distance()).isEqualTo(Distance.ofKilometres(12_003));
    assertThat(o.job(JobId.of("J1")).orElseThrow().labour().get(0).clockedHours()).contains(Hours.of("1.1"));

    o = run(o, new RecordFollowUp(at(4_000), false, false));
    assertThat(o.status()).isEqualTo(RepairOrderStatus.DELIVERED);
    o = run(o, new RecordFollowUp(at(5_000), true, false), new Close(at(5_001)));
    assertThat(o.status()).isEqualTo(RepairOrderStatus.CLOSED);
    assertThat(o.followUps()).hasSize(2);
    assertThat(o.statusHistory())
        .extracting(StatusChange::status)
        .containsExactly(
            RepairOrderStatus.APPOINTMENT,
            RepairOrderStatus.CHECKED_IN,
            RepairOrderStatus.DIAGNOSING,
            RepairOrderStatus.ESTIMATED,
            RepairOrderStatus.AUTHORIZED,
            RepairOrderStatus.DISPATCHED,
            RepairOrderStatus.IN_PROGRESS,
            RepairOrderStatus.QUALITY_CHECK,
            RepairOrderStatus.READY,
            RepairOrderStatus.DELIVERED,
            RepairOrderStatus.FOLLOWED_UP,
            RepairOrderStatus.CLOSED);
    assertThat(o.enteredAt(RepairOrderStatus.DELIVERED)).contains(at(200));
    assertThat(o.allowedCommands()).isEmpty();
  }

  @Test
  void anIllegalCommandNamesStateAndCommandAndChangesNothing() {
    RepairOrder o = Fixtures.appointment();
    RepairOrder copy = RepairOrder.builder().from(o).build();
    assertThatThrownBy(() -> o.apply(new StartJob(at(1), JobId.of("J1"))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("StartJob is not allowed on repair order RO-1 in status APPOINTMENT")
        .hasMessageContaining("allowed now: [AddJob, AgreeTerms, Promise, CheckIn, MarkNoShow, Cancel]")
        .satisfies(
            e -> {
              IllegalTransitionException t = (IllegalTransitionException) e;
              assertThat(t.state()).isEqualTo("APPOINTMENT");
              assertThat(t.command()).isEqualTo("StartJob");
              assertThat(t.code()).isEqualTo(CoreErrorCode.ILLEGAL_TRANSITION);
            });
    assertThat(o).isEqualTo(copy);
  }

  @Test
  void aSupplementCannotStartBeforeConsent() {
    RepairOrder o = run(inProgress(), new ProposeSupplement(at(60), job("S1")));
    assertThat(o.status()).isEqualTo(RepairOrderStatus.SUPPLEMENT_PENDING);
    assertThat(o.job(JobId.of("S1")).orElseThrow().supplement()).isTrue();
    RepairOrder pending = o;
    assertThatThrownBy(() -> pending.apply(new StartJob(at(61), JobId.of("S1"))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("supplement S1 has no recorded consent")
        .extracting(e -> ((AfterSalesException) e).code())
        .isEqualTo(CoreErrorCode.SUPPLEMENT_NOT_CONSENTED);
    // a supplement is not answered through Authorize
    assertThatThrownBy(() -> pending.apply(new Authorize(at(61), List.of(JobId.of("S1")), consent(61, "900"))))
        .hasMessageContaining("S1 is a supplement");
    // other authorized work may go on meanwhile
    o = run(o, new CompleteJob(at(70), JobId.of("J1"), "replaced pads", Map.of()));
    assertThat(o.status()).isEqualTo(RepairOrderStatus.SUPPLEMENT_PENDING);
    // the quality check waits for the answer
    RepairOrder waiting = o;
    assertThatThrownBy(() -> waiting.apply(new RequestQualityCheck(at(71))))
        .isInstanceOf(IllegalTransitionException.class);

    Transition consented = o.apply(new RecordConsent(at(80), JobId.of("S1"), consent(80, "1296.00")));
    assertThat(consented.order().status()).isEqualTo(RepairOrderStatus.IN_PROGRESS);
    assertThat(consented.events())
        .containsExactly(
            new JobStatusChanged(o.id(), at(80), JobId.of("S1"), JobStatus.PROPOSED, JobStatus.AUTHORIZED),
            new StatusChanged(o.id(), at(80), RepairOrderStatus.SUPPLEMENT_PENDING, RepairOrderStatus.IN_PROGRESS));
    o = run(
        consented.order(),
        new Dispatch(at(81), Map.of(JobId.of("S1"), TechnicianId.of("T-2"))),
        new StartJob(at(82), JobId.of("S1")));
    assertThat(o.job(JobId.of("S1")).orElseThrow().status()).isEqualTo(JobStatus.IN_PROGRESS);
  }

  @Test
  void aRefusedSupplementIsRecordedWithWhoWasToldAndWhen() {
    RepairOrder o =
        run(
            inProgress(),
            new ProposeSupplement(at(60), job("S1")),
            new ProposeSupplement(at(61), job("S2")),
            new RecordRefusal(at(70), JobId.of("S1"), refusal(70)));
    assertThat(o.status()).isEqualTo(RepairOrderStatus.SUPPLEMENT_PENDING);
    o = run(o, new RecordRefusal(at(71), JobId.of("S2"), refusal(71)));
    assertThat(o.status()).isEqualTo(RepairOrderStatus.IN_PROGRESS);
    assertThat(o.job(JobId.of("S1")).orElseThrow().refusal().orElseThrow().at()).isEqualTo(at(70));
  }

  @Test
  void deliveryRequiresAPassedQualityCheck() {
    RepairOrder o =
        run(
            inProgress(),
            new CompleteJob(at(100), JobId.of("J1"), "replaced pads", Map.of()),
            new RequestQualityCheck(at(101)));
    RepairOrder inQc = o;
    assertThatThrownBy(() -> inQc.apply(new Deliver(at(102), Fixtures.odometer(12_001, 102), PaymentMethod.CARD)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("not allowed")
        .hasMessageContaining("QUALITY_CHECK");
    o = run(o, new FailQualityCheck(at(110), TechnicianId.of("QC-1"), List.of(JobId.of("J1")), List.of("pad squeal")));
    assertThat(o.status()).isEqualTo(RepairOrderStatus.REWORK);
    assertThat(o.job(JobId.of("J1")).orElseThrow().status()).isEqualTo(JobStatus.AUTHORIZED);
    RepairOrder rework = o;
    assertThatThrownBy(() -> rework.apply(new Deliver(at(111), Fixtures.odometer(12_001, 111), PaymentMethod.CARD)))
        .isInstanceOf(IllegalTransitionException.class);
    o = run(
        o,
        new StartRework(at(115)),
        new StartJob(at(116), JobId.of("J1")),
        new CompleteJob(at(130), JobId.of("J1"), "replaced pads and shims", Map.of()),
        new RequestQualityCheck(at(131)),
        new PassQualityCheck(at(140), TechnicianId.of("QC-1"), List.of("no noise")),
        new Deliver(at(150), Fixtures.odometer(12_001, 150), PaymentMethod.CARD));
    assertThat(o.status()).isEqualTo(RepairOrderStatus.DELIVERED);
    assertThat(o.qualityChecks()).extracting(QualityCheck::passed).containsExactly(false, true);
  }

  @Test
  void qualityCheckRequiresEveryJobDoneOrExplicitlyDeferred() {
    RepairOrder o =
        run(
            Fixtures.appointment(),
            new AddJob(at(-60), job("J1")),
            new AddJob(at(-60), job("J2")),
            new AddJob(at(-60), job("J3")),
            new CheckIn(at(0), Fixtures.walkAround(12_000)),
            new PresentEstimate(at(10)),
            new Authorize(at(20), List.of(JobId.of("J1"), JobId.of("J2")), consent(20, "1392.00")),
            new Decline(at(21), List.of(JobId.of("J3")), refusal(21)),
            new Dispatch(at(30), Map.of(JobId.of("J1"), TECH, JobId.of("J2"), TECH)),
            new StartJob(at(31), JobId.of("J1")),
            new CompleteJob(at(60), JobId.of("J1"), "replaced pads", Map.of()));
    RepairOrder open = o;
    assertThatThrownBy(() -> open.apply(new RequestQualityCheck(at(61))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("still open: J2 AUTHORIZED")
        .extracting(e -> ((AfterSalesException) e).code())
        .isEqualTo(CoreErrorCode.WORK_NOT_FINISHED);
    o = run(o, new Defer(at(62), List.of(JobId.of("J2")), refusal(62)), new RequestQualityCheck(at(63)));
    assertThat(o.status()).isEqualTo(RepairOrderStatus.QUALITY_CHECK);
  }

  @Test
  void odometerOutCannotBeBelowOdometerIn() {
    RepairOrder ready =
        run(
            inProgress(),
            new CompleteJob(at(100), JobId.of("J1"), "replaced pads", Map.of()),
            new RequestQualityCheck(at(101)),
            new PassQualityCheck(at(102), TechnicianId.of("QC-1"), List.of()));
    assertThatThrownBy(() -> ready.apply(new Deliver(at(103), Fixtures.odometer(11_999, 103), PaymentMethod.CASH)))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.ODOMETER_ROLLBACK);
    OdometerReading replaced =
        new OdometerReading(Distance.ofKilometres(5), at(103), OdometerSource.CLUSTER_REPLACEMENT);
    assertThat(ready.apply(new Deliver(at(103), replaced, PaymentMethod.CASH)).order().status())
        .isEqualTo(RepairOrderStatus.DELIVERED);
  }

  @Test
  void commandsCannotPredateTheLastChange() {
    RepairOrder o = inProgress();
    assertThatThrownBy(() -> o.apply(new CompleteJob(at(44), JobId.of("J1"), "x", Map.of())))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("earlier than the last change")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.OUT_OF_ORDER);
  }

  @Test
  void unknownJobsAndWrongJobStatusesAreNamed() {
    RepairOrder o = inProgress();
    assertThatThrownBy(() -> o.apply(new StartJob(at(50), JobId.of("NOPE"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("has no job NOPE")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.UNKNOWN_REFERENCE);
    assertThatThrownBy(() -> o.apply(new StartJob(at(50), JobId.of("J1"))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("job J1 is IN_PROGRESS, not AUTHORIZED");
    assertThatThrownBy(
            () -> o.apply(new CompleteJob(at(50), JobId.of("J1"), "x", Map.of("NOT-ON-JOB", Hours.of("1")))))
        .hasMessageContaining("operation NOT-ON-JOB is not on job J1");
  }

  @Test
  void newJobsMustBeFreshProposals() {
    RepairOrder o = Fixtures.appointment();
    Job authorized = Job.builder().from(job("J9")).status(JobStatus.AUTHORIZED).authorization(consent(0, "1")).build();
    assertThatThrownBy(() -> o.apply(new AddJob(at(0), authorized)))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.JOB_STATUS);
    RepairOrder withJob = run(o, new AddJob(at(0), job("J1")));
    assertThatThrownBy(() -> withJob.apply(new AddJob(at(0), job("J1"))))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.DUPLICATE_ID);
    assertThatThrownBy(() -> withJob.apply(new PresentEstimate(at(1))))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void cancelAndNoShowEndTheOrder() {
    RepairOrder noShow = run(Fixtures.appointment(), new MarkNoShow(at(30)));
    assertThat(noShow.status()).isEqualTo(RepairOrderStatus.NO_SHOW);
    assertThat(noShow.status().isTerminal()).isTrue();
    RepairOrder cancelled =
        run(Fixtures.appointment(), new CheckIn(at(0), Fixtures.walkAround(100)), new Cancel(at(10), " customer left "));
    assertThat(cancelled.cancellationReason()).contains("customer left");
    assertThatThrownBy(() -> inProgress().apply(new Cancel(at(50), "too late")))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void presentEstimateNeedsAProposedJob() {
    RepairOrder o = run(Fixtures.appointment(), new CheckIn(at(0), Fixtures.walkAround(100)));
    assertThatThrownBy(() -> o.apply(new PresentEstimate(at(1))))
        .hasMessageContaining("there is no proposed job to present");
  }

  @Test
  void consentedHoursBySkillCountOnlyConsentedJobs() {
    RepairOrder o = run(inProgress(), new ProposeSupplement(at(60), job("S1")));
    assertThat(o.consentedHoursBySkill()).containsExactly(Map.entry(Skill.MECHANICAL, Hours.of("1.2")));
    assertThat(o.currency()).map(c -> c.getCurrencyCode()).contains("CNY");
  }

  @Test
  void theBuilderChecksTheInvariants() {
    RepairOrder o = inProgress();
    assertThatThrownBy(() -> RepairOrder.builder().from(o).status(RepairOrderStatus.READY).build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () -> RepairOrder.builder().from(Fixtures.appointment()).status(RepairOrderStatus.CHECKED_IN)
                .statusHistory(List.of(new StatusChange(RepairOrderStatus.CHECKED_IN, at(0))))
                .lastUpdatedAt(at(0)).build())
        .hasMessageContaining("has no walk-around");
    assertThatThrownBy(() -> RepairOrder.builder().from(o).odometerOut(Fixtures.odometer(20_000, 50)).build())
        .hasMessageContaining("cannot have an odometer out yet");
  }
}

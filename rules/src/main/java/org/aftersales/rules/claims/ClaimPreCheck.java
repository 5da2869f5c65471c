package org.aftersales.rules.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.aftersales.core.order.Job;
import org.aftersales.core.order.JobStatus;
import org.aftersales.core.order.JobType;
import org.aftersales.core.order.LabourLine;
import org.aftersales.core.order.OldPartsDisposition;
import org.aftersales.core.order.PartLine;
import org.aftersales.core.order.PartOrigin;
import org.aftersales.core.order.PartSource;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.PayerSplit;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderStatus;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.OdometerReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a warranty claim before it is submitted to the manufacturer (DOMAIN §3.4), so the dealer
 * fixes what the manufacturer would reject: {@code ClaimPreCheck.of(rules).check(claim)}.
 *
 * <ol>
 *   <li><b>Job:</b> paid by warranty (a {@link JobType#WARRANTY} job, or a {@link
 *       PayType#WARRANTY} pay type or split), and done.
 *   <li><b>3C complete:</b> the concern is always there (core requires it); the cause and the
 *       correction must be recorded.
 *   <li><b>Causal part</b> named; when the job replaced parts, the causal part should be among
 *       them (a warning otherwise: a repair may fix the causal part without replacing it).
 *   <li><b>Labour:</b> at least one operation; every operation code in the catalogue; claimed
 *       (flat-rate) hours not above the allowed hours, inclusive; above them only with a
 *       justification, which makes it a warning the manufacturer reviews.
 *   <li><b>Parts:</b> no aftermarket or customer-supplied part on a warranty claim; replaced
 *       parts retained for the manufacturer ({@link OldPartsDisposition#RETAIN_FOR_MANUFACTURER}).
 *   <li><b>Odometer:</b> in and out recorded, out not below in (unless the cluster was replaced),
 *       and the distance between them not above the longest plausible road test, inclusive (a
 *       warning otherwise).
 *   <li><b>Submission window:</b> the repair is completed (ready, else delivered), the claim is
 *       not dated before completion, and at most {@link ClaimRules#submissionWindowDays()} days
 *       after it, inclusive, in the dealer's zone.
 * </ol>
 *
 * <p>Findings come in this order, each with its code, severity and reason. Immutable and
 * thread-safe.
 */
public final class ClaimPreCheck {

  private static final Logger LOG = LoggerFactory.getLogger(ClaimPreCheck.class);

  private final ClaimRules rules;

  private ClaimPreCheck(ClaimRules rules) {
    this.rules = rules;
  }

  /**
   * A pre-check under a manufacturer's rules.
   *
   * @param rules the rules
   * @return the pre-check
   */
  public static ClaimPreCheck of(ClaimRules rules) {
    Checks.requireNonNull(rules, "rules");
    return new ClaimPreCheck(rules);
  }

  /**
   * Checks a claim.
   *
   * @param claim the claim
   * @return the findings
   */
  public ClaimPreCheckResult check(WarrantyClaim claim) {
    Checks.requireNonNull(claim, "claim");
    List<ClaimFinding> out = new ArrayList<>(4);
    RepairOrder order = claim.order();
    Job job = claim.job();

    boolean warranty =
        job.type() == JobType.WARRANTY
            || job.effectivePayerSplits().stream().map(PayerSplit::payer).anyMatch(p -> p == PayType.WARRANTY);
    if (!warranty) {
      error(out, ClaimFindingCode.NOT_A_WARRANTY_JOB,
          Reason.of("NOT_A_WARRANTY_JOB", "job {job} is a {type} job paid by {payers}, not by warranty",
              "job", job.id(), "type", job.type(),
              "payers", job.effectivePayerSplits().stream().map(PayerSplit::payer).toList()));
    }
    if (job.status() != JobStatus.DONE) {
      error(out, ClaimFindingCode.JOB_NOT_DONE,
          Reason.of("JOB_NOT_DONE", "job {job} is {status}, not done", "job", job.id(), "status", job.status()));
    }
    if (job.cause().isEmpty()) {
      error(out, ClaimFindingCode.CAUSE_MISSING,
          Reason.of("CAUSE_MISSING", "job {job} has no cause: the 3C is incomplete", "job", job.id()));
    }
    if (job.correction().isEmpty()) {
      error(out, ClaimFindingCode.CORRECTION_MISSING,
          Reason.of("CORRECTION_MISSING", "job {job} has no correction: the 3C is incomplete", "job", job.id()));
    }
    if (claim.causalPart().isEmpty()) {
      error(out, ClaimFindingCode.CAUSAL_PART_MISSING,
          Reason.of("CAUSAL_PART_MISSING", "the claim names no causal part"));
    } else if (!job.parts().isEmpty()
        && job.parts().stream().noneMatch(p -> p.partNumber().equals(claim.causalPart().get()))) {
      warning(out, ClaimFindingCode.CAUSAL_PART_NOT_ON_JOB,
          Reason.of("CAUSAL_PART_NOT_ON_JOB", "causal part {part} is not among the parts replaced on job {job}",
              "part", claim.causalPart().get(), "job", job.id()));
    }

    if (job.labour().isEmpty()) {
      error(out, ClaimFindingCode.LABOUR_MISSING,
          Reason.of("LABOUR_MISSING", "job {job} has no labour operation", "job", job.id()));
    }
    for (LabourLine l : job.labour()) {
      Hours allowed = rules.allowed().get(l.opCode());
      if (allowed == null) {
        error(out, ClaimFindingCode.UNKNOWN_OP_CODE,
            Reason.of("UNKNOWN_OP_CODE", "operation {op} is not in the warranty labour catalogue", "op", l.opCode()));
        continue;
      }
      if (l.flatRateHours().compareTo(allowed) > 0) {
        Optional<HoursJustification> why =
            claim.justifications().stream().filter(j -> j.opCode().equals(l.opCode())).findFirst();
        if (why.isPresent()) {
          warning(out, ClaimFindingCode.HOURS_OVER_ALLOWED_JUSTIFIED,
              Reason.of("HOURS_OVER_ALLOWED_JUSTIFIED",
                  "operation {op} claims {claimed} against {allowed} allowed, justified: {why}",
                  "op", l.opCode(), "claimed", l.flatRateHours(), "allowed", allowed, "why", why.get().text()));
        } else {
          error(out, ClaimFindingCode.HOURS_OVER_ALLOWED,
              Reason.of("HOURS_OVER_ALLOWED",
                  "operation {op} claims {claimed} against {allowed} allowed, without a justification",
                  "op", l.opCode(), "claimed", l.flatRateHours(), "allowed", allowed));
        }
      }
    }

    for (PartLine p : job.parts()) {
      if (p.source() == PartSource.CUSTOMER_SUPPLIED) {
        error(out, ClaimFindingCode.CUSTOMER_SUPPLIED_PART,
            Reason.of("CUSTOMER_SUPPLIED_PART", "part {part} was supplied by the customer", "part", p.partNumber()));
      } else if (p.origin() == PartOrigin.AFTERMARKET) {
        error(out, ClaimFindingCode.AFTERMARKET_PART,
            Reason.of("AFTERMARKET_PART", "part {part} is an aftermarket part", "part", p.partNumber()));
      }
    }
    if (!job.parts().isEmpty()
        && order.oldPartsDisposition().map(d -> d != OldPartsDisposition.RETAIN_FOR_MANUFACTURER).orElse(true)) {
      error(out, ClaimFindingCode.PARTS_NOT_RETAINED,
          Reason.of("PARTS_NOT_RETAINED", "replaced parts are to be {disposition}, not retained for the manufacturer",
              "disposition", order.oldPartsDisposition().map(Enum::name).orElse("UNDECIDED")));
    }

    Optional<OdometerReading> in = order.odometerIn();
    Optional<OdometerReading> outReading = order.odometerOut();
    if (in.isEmpty()) {
      error(out, ClaimFindingCode.ODOMETER_IN_MISSING, Reason.of("ODOMETER_IN_MISSING", "no odometer at check-in"));
    }
    if (outReading.isEmpty()) {
      error(out, ClaimFindingCode.ODOMETER_OUT_MISSING, Reason.of("ODOMETER_OUT_MISSING", "no odometer at delivery"));
    }
    if (in.isPresent() && outReading.isPresent() && !outReading.get().isClusterReplacement()) {
      Distance a = in.get().distance();
      Distance b = outReading.get().distance();
      if (b.compareTo(a) < 0) {
        error(out, ClaimFindingCode.ODOMETER_OUT_BELOW_IN,
            Reason.of("ODOMETER_OUT_BELOW_IN", "odometer out {out} is below odometer in {in}", "out", b, "in", a));
      } else if (b.minus(a).compareTo(rules.maxRoadTest()) > 0) {
        warning(out, ClaimFindingCode.ODOMETER_IMPLAUSIBLE_DISTANCE,
            Reason.of("ODOMETER_IMPLAUSIBLE_DISTANCE",
                "{distance} between check-in and delivery, more than a road test of {max}",
                "distance", b.minus(a), "max", rules.maxRoadTest()));
      }
    }

    Optional<Instant> completed =
        order.enteredAt(RepairOrderStatus.READY).or(() -> order.enteredAt(RepairOrderStatus.DELIVERED));
    if (completed.isEmpty()) {
      error(out, ClaimFindingCode.REPAIR_NOT_COMPLETED,
          Reason.of("REPAIR_NOT_COMPLETED", "order {order} is {status}: the repair is not completed",
              "order", order.id(), "status", order.status()));
    } else {
      LocalDate done = LocalDate.ofInstant(completed.get(), rules.zone());
      LocalDate last = done.plusDays(rules.submissionWindowDays());
      if (claim.submittedOn().isBefore(done)) {
        error(out, ClaimFindingCode.SUBMITTED_BEFORE_COMPLETION,
            Reason.of("SUBMITTED_BEFORE_COMPLETION", "claim dated {submitted}, before the repair was completed on {done}",
                "submitted", claim.submittedOn(), "done", done));
      } else if (claim.submittedOn().isAfter(last)) {
        error(out, ClaimFindingCode.SUBMISSION_WINDOW_CLOSED,
            Reason.of("SUBMISSION_WINDOW_CLOSED",
                "claim dated {submitted}; the window of {days} days after completion on {done} closed on {last}",
                "submitted", claim.submittedOn(), "days", rules.submissionWindowDays(), "done", done, "last", last));
      }
    }
    ClaimPreCheckResult result = ClaimPreCheckResult.builder().findings(out).build();
    if (LOG.isDebugEnabled()) {
      LOG.debug("warranty claim pre-check of job {}: {}", claim.jobId(), result.codes());
    }
    return result;
  }

  private static void error(List<ClaimFinding> out, ClaimFindingCode code, Reason reason) {
    out.add(new ClaimFinding(code, FindingSeverity.ERROR, reason));
  }

  private static void warning(List<ClaimFinding> out, ClaimFindingCode code, Reason reason) {
    out.add(new ClaimFinding(code, FindingSeverity.WARNING, reason));
  }
}

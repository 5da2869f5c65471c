package org.aftersales.core.order;

import static org.aftersales.core.order.RepairOrderStatus.DISPATCHED;
import static org.aftersales.core.order.RepairOrderStatus.CANCELLED;
import static org.aftersales.core.order.RepairOrderStatus.NO_SHOW;
import static org.aftersales.core.order.RepairOrderStatus.QUALITY_CHECK;
import static org.aftersales.core.order.RepairOrderStatus.READY;
import static org.aftersales.core.order.RepairOrderStatus.REWORK;
import static org.aftersales.core.order.RepairOrderStatus.SUPPLEMENT_PENDING;

import java.time.Instant;
import java.util.List;
import javax.money.MonetaryAmount;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.money.Monies;
import org.aftersales.core.vehicle.OdometerReading;

/** The consistency rules of a {@link RepairOrder}, listed in its Javadoc. */
final class Invariants {

  private Invariants() {}

  static void check(RepairOrder o) {
    Checks.requireUnique(o.jobs(), Job::id, "jobs");
    MonetaryAmount first = o.amounts().findFirst().orElse(null);
    if (first != null) {
      o.amounts().forEach(a -> Monies.requireSameCurrency(first, a, "jobs"));
    }
    checkHistory(o);
    RepairOrderStatus s = o.status();

    boolean onSite = s.isOnSite() && !(s == CANCELLED);
    Checks.require(
        !onSite || o.walkAround().isPresent(),
        "walkAround",
        CoreErrorCode.REQUIRED_FIELD,
        "order %s is %s but has no walk-around (check-in record)",
        o.id(),
        s);

    if (s.isDelivered()) {
      OdometerReading out =
          require(o.odometerOut().orElse(null), "odometerOut", o, "has no odometer out");
      OdometerReading in = o.odometerIn().orElseThrow();
      Checks.require(
          out.isClusterReplacement() || out.distance().compareTo(in.distance()) >= 0,
          "odometerOut",
          CoreErrorCode.ODOMETER_ROLLBACK,
          "odometer out %s is below odometer in %s",
          out.distance(),
          in.distance());
      require(o.paymentMethod().orElse(null), "paymentMethod", o, "has no payment method");
      Checks.require(
          o.lastQualityCheck().map(QualityCheck::passed).orElse(false),
          "qualityChecks",
          CoreErrorCode.QUALITY_CHECK_NOT_PASSED,
          "order %s is %s without a passed quality check",
          o.id(),
          s);
    } else {
      Checks.require(
          o.odometerOut().isEmpty(),
          "odometerOut",
          CoreErrorCode.VALUE_OUT_OF_RANGE,
          "order %s is %s and cannot have an odometer out yet",
          o.id(),
          s);
    }
    if (s == READY) {
      Checks.require(
          o.lastQualityCheck().map(QualityCheck::passed).orElse(false),
          "qualityChecks",
          CoreErrorCode.QUALITY_CHECK_NOT_PASSED,
          "order %s is READY without a passed quality check",
          o.id());
    }
    if (s == REWORK) {
      Checks.require(
          o.lastQualityCheck().map(q -> !q.passed()).orElse(false),
          "qualityChecks",
          CoreErrorCode.VALUE_OUT_OF_RANGE,
          "order %s is REWORK without a failed quality check",
          o.id());
    }

    boolean supplementWaiting =
        o.jobs().stream().anyMatch(j -> j.supplement() && j.status() == JobStatus.PROPOSED);
    Checks.require(
        supplementWaiting == (s == SUPPLEMENT_PENDING),
        "status",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        supplementWaiting
            ? "order %s has a supplement waiting for consent but is %s"
            : "order %s is %s but no supplement waits for consent",
        o.id(),
        s);

    for (int i = 0; i < o.jobs().size(); i++) {
      Job j = o.jobs().get(i);
      String path = "jobs[" + i + "].status";
      boolean finishedStage = s.compareTo(QUALITY_CHECK) >= 0 && s != REWORK && s.compareTo(CANCELLED) < 0;
      if (finishedStage) {
        Checks.require(
            j.status().isSettled(),
            path,
            CoreErrorCode.WORK_NOT_FINISHED,
            "job %s is %s but order %s is %s: every job must be done, declined or deferred",
            j.id(),
            j.status(),
            o.id(),
            s);
      }
      boolean beforeWork = s.compareTo(DISPATCHED) <= 0 || s == CANCELLED || s == NO_SHOW;
      if (beforeWork) {
        Checks.require(
            j.status() != JobStatus.IN_PROGRESS && j.status() != JobStatus.DONE,
            path,
            CoreErrorCode.JOB_STATUS,
            "job %s is %s but order %s is %s: no work before dispatch",
            j.id(),
            j.status(),
            o.id(),
            s);
      }
    }
  }

  private static void checkHistory(RepairOrder o) {
    List<StatusChange> h = o.statusHistory();
    Instant previous = o.openedAt();
    for (int i = 0; i < h.size(); i++) {
      Instant at = h.get(i).at();
      Checks.require(
          !at.isBefore(previous),
          "statusHistory[" + i + "].at",
          CoreErrorCode.OUT_OF_ORDER,
          "status %s at %s is earlier than %s",
          h.get(i).status(),
          at,
          previous);
      previous = at;
    }
    Checks.require(
        h.get(h.size() - 1).status() == o.status(),
        "statusHistory",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "status history ends with %s but the order is %s",
        h.get(h.size() - 1).status(),
        o.status());
    Checks.require(
        !o.lastUpdatedAt().isBefore(previous),
        "lastUpdatedAt",
        CoreErrorCode.OUT_OF_ORDER,
        "lastUpdatedAt %s is earlier than the last status change at %s",
        o.lastUpdatedAt(),
        previous);
  }

  private static <T> T require(T value, String path, RepairOrder o, String what) {
    Checks.require(
        value != null,
        path,
        CoreErrorCode.REQUIRED_FIELD,
        "order %s is %s but %s",
        o.id(),
        o.status(),
        what);
    return value;
  }
}

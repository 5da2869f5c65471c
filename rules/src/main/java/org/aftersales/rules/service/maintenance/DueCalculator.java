package org.aftersales.rules.service.maintenance;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.core.Reason;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.Vehicle;
import org.jspecify.annotations.Nullable;

/**
 * The due-date rules of {@link MaintenancePlan}, shared by the single-vehicle outlook and the
 * one-pass proactive list. Package-private; stateless.
 */
final class DueCalculator {

  /** Predictions further out than this are "not within 100 years": no distance due date. */
  private static final long MAX_FORECAST_DAYS = 36_525;

  private DueCalculator() {}

  /** One item's due date and status, before it is turned into a {@link DueService}. */
  static final class ItemDue {
    final MaintenanceItem item;
    BaselineKind baseline = BaselineKind.DELIVERY;
    LocalDate baseDate = LocalDate.MIN;
    boolean baseKnown;
    boolean baseEstimated;
    long baseCont;
    @Nullable Period time;
    @Nullable Distance distance;
    final Set<SevereCondition> conditions = EnumSet.noneOf(SevereCondition.class);
    @Nullable LocalDate timeDue;
    boolean hasDueDistance;
    long dueCont;
    @Nullable LocalDate distanceDue;
    boolean observedCrossing;
    LocalDate dueDate = LocalDate.MIN;
    DueTrigger trigger = DueTrigger.TIME;
    DueStatus status = DueStatus.NOT_DUE;

    ItemDue(MaintenanceItem item) {
      this.item = item;
    }
  }

  /**
   * Computes every applicable item of the plan for the vehicle.
   *
   * @param out receives the scheduled items, in plan order
   * @param notes receives reasons for items left out, or {@code null} to skip them
   */
  static void compute(
      MaintenancePlan plan,
      VehicleServiceRecord record,
      LocalDate asOf,
      OdometerSeries s,
      MileageForecaster.Estimate est,
      List<ItemDue> out,
      @Nullable List<Reason> notes) {
    Vehicle v = record.vehicle();
    Set<SevereCondition> conditions = record.effectiveConditions();
    Map<String, PerformedService> last = latestPerformances(record, asOf);
    LocalDate delivery = v.warrantyStartDate().filter(d -> !d.isAfter(asOf)).orElse(null);
    DueThresholds th = plan.thresholds();
    for (MaintenanceItem item : plan.items()) {
      if (!item.appliesTo(v.powertrain())) {
        continue;
      }
      ItemDue d = new ItemDue(item);
      PerformedService p = last.get(item.code());
      ServiceInterval base;
      if (p != null) {
        if (item.every().isEmpty()) {
          if (notes != null) {
            notes.add(
                Reason.of(
                    "MAINTENANCE_ONE_TIME_DONE",
                    "{item} is done once only and was performed on {date}",
                    "item", item.code(), "date", p.date()));
          }
          continue;
        }
        base = item.every().get();
        d.baseline = BaselineKind.LAST_SERVICE;
        d.baseDate = p.date();
        if (p.odometer().isPresent()) {
          d.baseKnown = true;
          d.baseCont = s.toContinuous(p.odometer().get(), p.date());
        } else if (est.hasAnchor) {
          d.baseKnown = true;
          d.baseEstimated = true;
          long days = ChronoUnit.DAYS.between(est.anchorDate, p.date());
          d.baseCont =
              Math.max(0, est.anchorCont + OdometerSeries.saturatedMultiply(est.rateMicros, days));
        }
      } else {
        if (delivery == null) {
          if (notes != null) {
            notes.add(
                Reason.of(
                    "MAINTENANCE_NOT_DELIVERED",
                    "{item} is counted from delivery, and the vehicle has no delivery or invoice"
                        + " date on or before {asOf}",
                    "item", item.code(), "asOf", asOf));
          }
          continue;
        }
        base = item.first().or(item::every).orElseThrow();
        d.baseline = BaselineKind.DELIVERY;
        d.baseDate = delivery;
        d.baseKnown = true;
        d.baseCont = 0;
      }
      tighten(d, base, item, conditions);
      distanceDue(d, s, est);
      if (d.timeDue == null && d.distanceDue == null) {
        if (notes != null) {
          notes.add(
              Reason.of(
                  "MAINTENANCE_UNSCHEDULABLE",
                  "{item} has only a distance limit and no date can be predicted for it",
                  "item", item.code()));
        }
        continue;
      }
      LocalDate distanceDue = d.distanceDue;
      LocalDate timeDue = d.timeDue;
      if (distanceDue != null && (timeDue == null || distanceDue.isBefore(timeDue))) {
        d.dueDate = distanceDue;
        d.trigger = DueTrigger.DISTANCE;
      } else {
        d.dueDate = java.util.Objects.requireNonNull(timeDue);
        d.trigger = DueTrigger.TIME;
      }
      if (d.dueDate.isBefore(d.baseDate)) {
        d.dueDate = d.baseDate;
      }
      d.status = status(d, asOf, th, s, est);
      out.add(d);
    }
  }

  private static Map<String, PerformedService> latestPerformances(
      VehicleServiceRecord record, LocalDate asOf) {
    Map<String, PerformedService> last = new HashMap<>();
    for (PerformedService p : record.performed()) {
      if (p.date().isAfter(asOf)) {
        continue;
      }
      last.merge(p.itemCode(), p, DueCalculator::later);
    }
    return last;
  }

  private static PerformedService later(PerformedService a, PerformedService b) {
    int c = a.date().compareTo(b.date());
    if (c != 0) {
      return c > 0 ? a : b;
    }
    if (a.odometer().isPresent() && b.odometer().isPresent()) {
      return a.odometer().get().compareTo(b.odometer().get()) >= 0 ? a : b;
    }
    return a.odometer().isPresent() ? a : b;
  }

  /** Applies the normal interval, then every severe variant that comes first. */
  private static void tighten(
      ItemDue d, ServiceInterval base, MaintenanceItem item, Set<SevereCondition> conditions) {
    d.time = base.time().orElse(null);
    d.timeDue = d.time == null ? null : d.baseDate.plus(d.time);
    d.distance = base.distance().orElse(null);
    if (conditions.isEmpty()) {
      return;
    }
    for (Map.Entry<SevereCondition, ServiceInterval> e : item.severe().entrySet()) {
      if (!conditions.contains(e.getKey())) {
        continue;
      }
      ServiceInterval variant = e.getValue();
      boolean tightened = false;
      if (variant.time().isPresent()) {
        LocalDate t = d.baseDate.plus(variant.time().get());
        LocalDate current = d.timeDue;
        if (current == null || t.isBefore(current)) {
          d.time = variant.time().get();
          d.timeDue = t;
          tightened = true;
        }
      }
      if (variant.distance().isPresent()) {
        Distance current = d.distance;
        if (current == null || variant.distance().get().compareTo(current) < 0) {
          d.distance = variant.distance().get();
          tightened = true;
        }
      }
      if (tightened) {
        d.conditions.add(e.getKey());
      }
    }
  }

  /** The date the due distance is reached: forecast ahead, or observed when already passed. */
  private static void distanceDue(ItemDue d, OdometerSeries s, MileageForecaster.Estimate est) {
    Distance limit = d.distance;
    if (limit == null || !d.baseKnown) {
      return;
    }
    d.hasDueDistance = true;
    d.dueCont = d.baseCont + OdometerSeries.micros(limit);
    boolean fromBase = !est.hasAnchor || d.baseDate.isAfter(est.anchorDate);
    LocalDate anchorDate = fromBase ? d.baseDate : est.anchorDate;
    long anchorCont = fromBase ? d.baseCont : est.anchorCont;
    LocalDate date = null;
    if (d.dueCont > anchorCont) {
      if (est.rateMicros > 0) {
        long remaining = d.dueCont - anchorCont;
        long days = remaining / est.rateMicros + (remaining % est.rateMicros == 0 ? 0 : 1);
        if (days <= MAX_FORECAST_DAYS) {
          date = anchorDate.plusDays(days);
        }
      }
    } else {
      d.observedCrossing = true;
      date = anchorDate;
      for (int i = 0; i < s.size; i++) {
        if (!s.dates[i].isBefore(d.baseDate) && s.cont[i] >= d.dueCont) {
          date = s.dates[i];
          break;
        }
      }
    }
    if (date != null && date.isBefore(d.baseDate)) {
      date = d.baseDate;
    }
    d.distanceDue = date;
  }

  private static DueStatus status(
      ItemDue d, LocalDate asOf, DueThresholds th, OdometerSeries s, MileageForecaster.Estimate est) {
    boolean hasObserved = false;
    long observed = 0;
    if (d.hasDueDistance) {
      boolean fromBase = !est.hasAnchor || d.baseDate.isAfter(est.anchorDate);
      if (!fromBase) {
        hasObserved = true;
        observed = est.anchorCont;
      } else if (!d.baseEstimated) {
        hasObserved = true;
        observed = d.baseCont;
      }
    }
    boolean byDistance = d.hasDueDistance && hasObserved;
    if (asOf.isAfter(d.dueDate.plusDays(th.graceDays()))
        || (byDistance && observed > d.dueCont + OdometerSeries.micros(th.graceDistance()))) {
      return DueStatus.OVERDUE;
    }
    if (!asOf.isBefore(d.dueDate) || (byDistance && observed >= d.dueCont)) {
      return DueStatus.DUE;
    }
    if (!asOf.isBefore(d.dueDate.minusDays(th.dueSoonDays()))
        || (byDistance && observed >= d.dueCont - OdometerSeries.micros(th.dueSoonDistance()))) {
      return DueStatus.DUE_SOON;
    }
    return DueStatus.NOT_DUE;
  }

  /** The public value, with its reasons. */
  static DueService toDueService(
      ItemDue d, LocalDate asOf, OdometerSeries s, MileageForecaster.Estimate est) {
    MaintenanceItem item = d.item;
    DueService.Builder b =
        DueService.builder()
            .itemCode(item.code())
            .description(item.description())
            .baseline(d.baseline)
            .baselineDate(d.baseDate)
            .conditions(d.conditions)
            .dueDate(d.dueDate)
            .trigger(d.trigger)
            .status(d.status);
    ServiceInterval.Builder interval = ServiceInterval.builder();
    if (d.time != null) {
      interval.time(d.time);
    }
    if (d.distance != null) {
      interval.distance(d.distance);
    }
    ServiceInterval applied = interval.build();
    b.interval(applied);
    if (d.baseKnown) {
      b.baselineDistance(s.toDisplay(d.baseCont));
    }
    if (d.baseline == BaselineKind.LAST_SERVICE) {
      b.addReason(
          Reason.of(
              "MAINTENANCE_BASELINE_LAST_SERVICE",
              "{item} last performed on {date}{odometer}",
              "item", item.code(),
              "date", d.baseDate,
              "odometer",
              !d.baseKnown
                  ? ", odometer unknown"
                  : (d.baseEstimated ? ", odometer estimated at " : " at ") + s.toDisplay(d.baseCont)));
    } else {
      b.addReason(
          Reason.of(
              "MAINTENANCE_BASELINE_DELIVERY",
              "{item} not performed yet: counted from delivery on {date}",
              "item", item.code(), "date", d.baseDate));
    }
    if (!d.conditions.isEmpty()) {
      b.addReason(
          Reason.of(
              "MAINTENANCE_SEVERE_SERVICE",
              "severe service ({conditions}) tightens {item} to {interval}",
              "conditions", d.conditions, "item", item.code(), "interval", applied));
    }
    LocalDate timeDue = d.timeDue;
    if (timeDue != null) {
      b.timeDueDate(timeDue);
      b.addReason(
          Reason.of(
              "MAINTENANCE_DUE_BY_TIME",
              "{period} after {baseline}: due by time on {date}",
              "period", d.time, "baseline", d.baseDate, "date", timeDue));
    }
    if (d.hasDueDistance) {
      Distance due = s.toDisplay(d.dueCont);
      b.dueDistance(due);
      LocalDate distanceDue = d.distanceDue;
      if (distanceDue == null) {
        b.addReason(
            Reason.of(
                "MAINTENANCE_DISTANCE_NOT_FORECAST",
                "{distance} cannot be dated: {daily} a day does not reach it within 100 years",
                "distance", due, "daily", est.daily));
      } else {
        b.distanceDueDate(distanceDue);
        b.addReason(
            d.observedCrossing
                ? Reason.of(
                    "MAINTENANCE_DISTANCE_REACHED",
                    "{distance} reached by {date}",
                    "distance", due, "date", distanceDue)
                : Reason.of(
                    "MAINTENANCE_DISTANCE_FORECAST",
                    "{distance} predicted on {date} at {daily} a day ({method})",
                    "distance", due, "date", distanceDue, "daily", est.daily,
                    "method", est.method));
      }
    } else if (d.distance != null) {
      b.addReason(
          Reason.of(
              "MAINTENANCE_DISTANCE_UNKNOWN",
              "the odometer at the baseline is unknown: {item} is due by time only",
              "item", item.code()));
    }
    long days = ChronoUnit.DAYS.between(asOf, d.dueDate);
    b.addReason(
        Reason.of(
            "MAINTENANCE_" + d.status.name(),
            "{item} is {status} on {asOf}: due on {dueDate} by {trigger} ({days} days {when})",
            "item", item.code(),
            "status", d.status,
            "asOf", asOf,
            "dueDate", d.dueDate,
            "trigger", d.trigger,
            "days", Math.abs(days),
            "when", days >= 0 ? "ahead" : "ago"));
    return b.build();
  }
}

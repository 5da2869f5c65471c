package org.aftersales.rules.service.maintenance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.aftersales.core.calendar.WorkingCalendar;
import org.aftersales.core.customer.ContactChannel;
import org.aftersales.core.customer.CustomerRef;

/**
 * Builds the proactive appointment list (主动预约, DOMAIN §2 step 1; seed 001: "from the customer
 * file, call the customer before service is due, and plan the visit around the workshop's load").
 *
 * <p><b>One pass.</b> Each vehicle record is read once: the first plan (in the given order) that
 * applies to the vehicle is used (list specific plans before general ones), its mileage is
 * forecast, and each item's due date computed ({@link MaintenancePlan}); only the items due in
 * the window are turned into {@link DueService}s. Vehicles without a plan, and those whose
 * customer's preferred channel is {@link ContactChannel#NONE}, are counted and left out. The
 * entries are then sorted: due date, contact date, VIN. Cost: O(n &middot; (items + r&sup3;) + k
 * log k) for n vehicles with at most r readings used and k entries; memory O(k). The records may
 * be streamed (any {@link Iterable}).
 *
 * <p><b>Contact date.</b> {@link ProactiveSettings#contactLeadDays()} before the earliest due
 * date, moved back to the previous working day, and never before the list's day (then the first
 * working day on or after it). Stateless and thread-safe.
 */
public final class ProactiveAppointments {

  private ProactiveAppointments() {}

  /**
   * The list of vehicles to call.
   *
   * @param vehicles the vehicle records, in any order
   * @param plans the plans, most specific first
   * @param settings the window, contact rule and forecast settings
   * @return the sorted list
   */
  public static ProactiveAppointmentList list(
      Iterable<VehicleServiceRecord> vehicles, List<MaintenancePlan> plans, ProactiveSettings settings) {
    Checks.requireNonNull(vehicles, "vehicles");
    Checks.requireNonNull(plans, "plans");
    Checks.requireNonNull(settings, "settings");
    for (int i = 0; i < plans.size(); i++) {
      Checks.requireNonNull(plans.get(i), "plans[" + i + "]");
    }
    MileageForecaster forecaster = MileageForecaster.of(settings.forecast());
    LocalDate asOf = settings.asOf();
    LocalDate from = settings.window().start().minusDays(settings.overdueLookbackDays());
    LocalDate to = settings.window().end();
    List<ProactiveEntry> entries = new ArrayList<>();
    List<DueCalculator.ItemDue> due = new ArrayList<>();
    long scanned = 0;
    long withoutPlan = 0;
    long optedOut = 0;
    int index = 0;
    for (VehicleServiceRecord record : vehicles) {
      String path = "vehicles[" + index++ + "]";
      Checks.requireNonNull(record, path);
      scanned++;
      MaintenancePlan plan = planFor(record, plans);
      if (plan == null) {
        withoutPlan++;
        continue;
      }
      Optional<CustomerRef> customer = record.customer();
      if (customer.isPresent() && customer.get().preferredChannel() == ContactChannel.NONE) {
        optedOut++;
        continue;
      }
      OdometerSeries s;
      try {
        s = OdometerSeries.of(
            record.odometer().readings(), settings.forecast().zone(), asOf, "odometer");
      } catch (org.aftersales.core.ValidationException e) {
        throw e.under(path);
      }
      MileageForecaster.Estimate est = forecaster.estimate(record.vehicle(), s, asOf);
      due.clear();
      DueCalculator.compute(plan, record, asOf, s, est, due, null);
      List<DueCalculator.ItemDue> inWindow = null;
      for (DueCalculator.ItemDue d : due) {
        if (!d.dueDate.isBefore(from) && d.dueDate.isBefore(to)) {
          if (inWindow == null) {
            inWindow = new ArrayList<>(2);
          }
          inWindow.add(d);
        }
      }
      if (inWindow != null) {
        entries.add(entry(record, plan, inWindow, s, est, settings));
      }
    }
    entries.sort(
        Comparator.comparing(ProactiveEntry::dueDate)
            .thenComparing(ProactiveEntry::contactDate)
            .thenComparing(ProactiveEntry::vin));
    return ProactiveAppointmentList.builder()
        .asOf(asOf)
        .window(settings.window())
        .entries(entries)
        .vehiclesScanned(scanned)
        .vehiclesWithoutPlan(withoutPlan)
        .vehiclesOptedOut(optedOut)
        .build();
  }

  private static @org.jspecify.annotations.Nullable MaintenancePlan planFor(VehicleServiceRecord record, List<MaintenancePlan> plans) {
    for (MaintenancePlan p : plans) {
      if (p.appliesTo(record.vehicle())) {
        return p;
      }
    }
    return null;
  }

  private static ProactiveEntry entry(
      VehicleServiceRecord record,
      MaintenancePlan plan,
      List<DueCalculator.ItemDue> items,
      OdometerSeries s,
      MileageForecaster.Estimate est,
      ProactiveSettings settings) {
    items.sort(
        Comparator.comparing((DueCalculator.ItemDue d) -> d.dueDate).thenComparing(d -> d.item.code()));
    LocalDate dueDate = items.get(0).dueDate;
    LocalDate asOf = settings.asOf();
    WorkingCalendar calendar = settings.calendar();
    LocalDate target = dueDate.minusDays(settings.contactLeadDays());
    LocalDate contact = calendar.onOrPreviousWorkingDay(target);
    Reason reason;
    if (contact.isBefore(asOf)) {
      contact = calendar.onOrNextWorkingDay(asOf);
      reason =
          Reason.of(
              "PROACTIVE_CONTACT_NOW",
              "due on {dueDate}, {lead} days' notice is no longer possible: call on {contact}",
              "dueDate", dueDate, "lead", settings.contactLeadDays(), "contact", contact);
    } else {
      reason =
          Reason.of(
              "PROACTIVE_CONTACT_AHEAD",
              "due on {dueDate}: call {days} days ahead on {contact}, the working day on or before"
                  + " {target}",
              "dueDate", dueDate,
              "days", ChronoUnit.DAYS.between(contact, dueDate),
              "contact", contact,
              "target", target);
    }
    ProactiveEntry.Builder b =
        ProactiveEntry.builder()
            .vin(record.vehicle().vin())
            .customer(record.customer())
            .planId(plan.id())
            .dueDate(dueDate)
            .contactDate(contact)
            .addReason(reason);
    for (DueCalculator.ItemDue d : items) {
      b.addService(DueCalculator.toDueService(d, asOf, s, est));
    }
    return b.build();
  }
}

package org.aftersales.rules.service.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.aftersales.core.Checks;
import org.aftersales.core.calendar.DateRange;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.FollowUpCall;
import org.aftersales.core.order.Job;
import org.aftersales.core.order.JobStatus;
import org.aftersales.core.order.JobType;
import org.aftersales.core.order.LabourLine;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.PayerSplit;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.order.RepairOrderStatus;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.Vin;

/**
 * Computes the service KPIs management reviews every month (DOMAIN §6; seeds 003 and 004) from
 * repair orders, invoices, vehicles sold and attendance. {@link KpiReport} defines each KPI.
 *
 * <p>Every KPI is a sum over the input, and comebacks are searched per vehicle in check-in order
 * (ties broken by order id), so the report is the same for any order of the input. Cost: O(n log
 * n) in the number of orders. Stateless and thread-safe.
 */
public final class ServiceKpis {

  private ServiceKpis() {}

  /**
   * The KPIs of a period.
   *
   * @param input the orders, invoices, vehicles sold, attendance and period
   * @return the report
   */
  public static KpiReport compute(KpiInput input) {
    Checks.requireNonNull(input, "input");
    return new Run(input).report();
  }

  /** One computation; not shared. */
  private static final class Run {
    final KpiInput in;
    final ZoneId zone;
    final DateRange period;
    final KpiSettings settings;
    final Map<Vin, List<RepairOrder>> byVin = new HashMap<>();

    Run(KpiInput in) {
      this.in = in;
      this.zone = in.zone();
      this.period = in.period();
      this.settings = in.settings();
      for (RepairOrder o : in.orders()) {
        byVin.computeIfAbsent(o.vehicle().vin(), v -> new ArrayList<>()).add(o);
      }
      Comparator<RepairOrder> byCheckIn =
          Comparator.comparing((RepairOrder o) -> o.enteredAt(RepairOrderStatus.CHECKED_IN).orElse(Instant.MAX))
              .thenComparing(RepairOrder::id);
      byVin.values().forEach(l -> l.sort(byCheckIn));
    }

    LocalDate date(Instant at) {
      return LocalDate.ofInstant(at, zone);
    }

    KpiReport report() {
      long delivered = 0;
      long firstFix = 0;
      long promised = 0;
      long onTime = 0;
      long checkedIn = 0;
      long sameDay = 0;
      long byAppointment = 0;
      long repairs = 0;
      long comebacks = 0;
      long called = 0;
      long reached = 0;
      long complaints = 0;
      long appointments = 0;
      long shows = 0;
      long paidMaintenance = 0;
      long paidRepair = 0;
      long freeInspection = 0;
      long freeRepair = 0;
      long warranty = 0;
      Set<RepairOrderId> deliveredIds = new HashSet<>();
      Hours hours = new Hours();

      for (RepairOrder o : in.orders()) {
        Optional<Instant> in0 = o.enteredAt(RepairOrderStatus.CHECKED_IN);
        Optional<Instant> out = o.enteredAt(RepairOrderStatus.DELIVERED);
        if (in0.isPresent() && period.contains(date(in0.get()))) {
          checkedIn++;
          if (out.isPresent() && date(out.get()).equals(date(in0.get()))) {
            sameDay++;
          }
          if (o.appointmentAt().isPresent()) {
            byAppointment++;
          }
        }
        if (o.appointmentAt().isPresent() && period.contains(date(o.appointmentAt().get()))) {
          if (in0.isPresent()) {
            appointments++;
            shows++;
          } else if (o.status() == RepairOrderStatus.NO_SHOW
              || (o.status() == RepairOrderStatus.CANCELLED
                  && settings.cancelledAppointmentsCountAsMissed())) {
            appointments++;
          }
        }
        if (out.isEmpty() || !period.contains(date(out.get()))) {
          continue;
        }
        delivered++;
        deliveredIds.add(o.id());
        boolean repair = hasDoneRepair(o);
        boolean cameBack = repair && hasComeback(o, out.get());
        if (repair) {
          repairs++;
          if (cameBack) {
            comebacks++;
          }
        }
        boolean firstPassed = !o.qualityChecks().isEmpty() && o.qualityChecks().get(0).passed();
        if (firstPassed && !(settings.firstTimeFixExcludesComebacks() && cameBack)) {
          firstFix++;
        }
        if (o.promisedAt().isPresent()) {
          promised++;
          if (!out.get().isAfter(o.promisedAt().get())) {
            onTime++;
          }
        }
        if (!o.followUps().isEmpty()) {
          called++;
          if (o.followUps().stream().anyMatch(FollowUpCall::reached)) {
            reached++;
          }
        }
        if (o.followUps().stream().anyMatch(FollowUpCall::complaint)) {
          complaints++;
        }
        boolean paid = false;
        boolean paidNonMaintenance = false;
        boolean nonMaintenance = false;
        boolean warrantyWork = false;
        for (Job j : o.jobs()) {
          if (j.status() != JobStatus.DONE) {
            continue;
          }
          boolean jobPaid = false;
          for (PayerSplit s : j.effectivePayerSplits()) {
            if (s.share().value().signum() == 0) {
              continue;
            }
            if (s.payer() == PayType.CUSTOMER || s.payer() == PayType.INSURANCE) {
              jobPaid = true;
            }
            if (s.payer() == PayType.WARRANTY) {
              warrantyWork = true;
            }
          }
          if (j.type() == JobType.WARRANTY) {
            warrantyWork = true;
          }
          boolean maintenance = j.type() == JobType.MAINTENANCE;
          nonMaintenance |= !maintenance;
          paid |= jobPaid;
          paidNonMaintenance |= jobPaid && !maintenance;
          for (LabourLine l : j.labour()) {
            hours.add(l);
          }
        }
        if (paid) {
          if (paidNonMaintenance) {
            paidRepair++;
          } else {
            paidMaintenance++;
          }
        } else if (nonMaintenance) {
          freeRepair++;
        } else {
          freeInspection++;
        }
        if (warrantyWork) {
          warranty++;
        }
      }

      long due = 0;
      long uptake = 0;
      for (Vehicle v : in.soldVehicles()) {
        Optional<LocalDate> start = v.warrantyStartDate();
        if (start.isEmpty()) {
          continue;
        }
        LocalDate dueDate = start.get().plus(settings.firstServiceDue());
        if (!period.contains(dueDate)) {
          continue;
        }
        due++;
        LocalDate last = dueDate.plus(settings.firstServiceGrace());
        if (hasMaintenanceVisit(v.vin(), start.get(), last)) {
          uptake++;
        }
      }

      return KpiReport.builder()
          .period(period)
          .firstTimeFix(new Rate(firstFix, delivered))
          .onTimeDelivery(new Rate(onTime, promised))
          .sameDayDelivery(new Rate(sameDay, checkedIn))
          .comebacks(new Rate(comebacks, repairs))
          .appointmentRate(new Rate(byAppointment, checkedIn))
          .appointmentShowRate(new Rate(shows, appointments))
          .followUpReach(new Rate(reached, called))
          .complaintRate(new Rate(complaints, delivered))
          .firstServiceUptake(new Rate(uptake, due))
          .productivity(new HoursRatio(hours.flatClocked, hours.clocked))
          .utilisation(hours.utilisation(in.attendance()))
          .efficiency(hours.efficiency(in.attendance()))
          .technicians(hours.technicians(in.attendance()))
          .visits(
              VisitCounts.builder()
                  .paidMaintenance(paidMaintenance)
                  .paidRepair(paidRepair)
                  .freeInspection(freeInspection)
                  .freeRepair(freeRepair)
                  .warrantyRepair(warranty)
                  .build())
          .averageOrderValues(averages(deliveredIds))
          .build();
    }

    private static boolean isRepairType(JobType t) {
      return t == JobType.REPAIR || t == JobType.WARRANTY;
    }

    private static boolean hasDoneRepair(RepairOrder o) {
      for (Job j : o.jobs()) {
        if (j.status() == JobStatus.DONE && isRepairType(j.type())) {
          return true;
        }
      }
      return false;
    }

    /** A later visit of the same vehicle, within the comeback days, for the same concern. */
    private boolean hasComeback(RepairOrder origin, Instant deliveredAt) {
      LocalDate deliveredOn = date(deliveredAt);
      Set<String> opCodes = new HashSet<>();
      Set<String> concerns = new HashSet<>();
      for (Job j : origin.jobs()) {
        if (j.status() == JobStatus.DONE && isRepairType(j.type())) {
          for (LabourLine l : j.labour()) {
            opCodes.add(l.opCode());
          }
          concerns.add(normalise(j.concern()));
        }
      }
      for (RepairOrder later : byVin.get(origin.vehicle().vin())) {
        if (later == origin) {
          continue;
        }
        Optional<Instant> checkIn = later.enteredAt(RepairOrderStatus.CHECKED_IN);
        if (checkIn.isEmpty() || checkIn.get().isBefore(deliveredAt)) {
          continue;
        }
        if (ChronoUnit.DAYS.between(deliveredOn, date(checkIn.get())) > settings.comebackDays()) {
          break;
        }
        for (Job j : later.jobs()) {
          if (!(isRepairType(j.type()) || j.type() == JobType.DIAGNOSIS)) {
            continue;
          }
          if (sameConcern(j, opCodes, concerns)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean sameConcern(Job j, Set<String> opCodes, Set<String> concerns) {
      ComebackMatch m = settings.comebackMatch();
      if (m != ComebackMatch.CONCERN) {
        for (LabourLine l : j.labour()) {
          if (opCodes.contains(l.opCode())) {
            return true;
          }
        }
      }
      return m != ComebackMatch.OP_CODE && concerns.contains(normalise(j.concern()));
    }

    private static String normalise(String concern) {
      return concern.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private boolean hasMaintenanceVisit(Vin vin, LocalDate from, LocalDate last) {
      for (RepairOrder o : byVin.getOrDefault(vin, List.of())) {
        Optional<Instant> checkIn = o.enteredAt(RepairOrderStatus.CHECKED_IN);
        if (checkIn.isEmpty()) {
          continue;
        }
        LocalDate d = date(checkIn.get());
        if (d.isBefore(from) || d.isAfter(last)) {
          continue;
        }
        for (Job j : o.jobs()) {
          if (j.status() == JobStatus.DONE && j.type() == JobType.MAINTENANCE) {
            return true;
          }
        }
      }
      return false;
    }

    private List<AverageOrderValue> averages(Set<RepairOrderId> deliveredIds) {
      Map<PayType, BigDecimal> totals = new EnumMap<>(PayType.class);
      Map<PayType, Long> counts = new EnumMap<>(PayType.class);
      CurrencyUnit currency = null;
      for (OrderInvoice inv : in.invoices()) {
        if (!deliveredIds.contains(inv.orderId())) {
          continue;
        }
        currency = inv.amount().getCurrency();
        totals.merge(inv.payer(), Monies.number(inv.amount()), BigDecimal::add);
        counts.merge(inv.payer(), 1L, Long::sum);
      }
      List<AverageOrderValue> out = new ArrayList<>();
      for (Map.Entry<PayType, BigDecimal> e : totals.entrySet()) {
        out.add(
            new AverageOrderValue(
                e.getKey(),
                Monies.of(e.getValue(), java.util.Objects.requireNonNull(currency), "total"),
                counts.get(e.getKey())));
      }
      return out;
    }
  }

  /** Sums of labour hours on done jobs of delivered orders. */
  private static final class Hours {
    BigDecimal flatClocked = BigDecimal.ZERO;
    BigDecimal clocked = BigDecimal.ZERO;
    final Map<TechnicianId, BigDecimal[]> byTech = new TreeMap<>();

    /** [flat of clocked lines, clocked, flat of all lines]. */
    void add(LabourLine l) {
      BigDecimal flat = l.flatRateHours().value();
      Optional<BigDecimal> c = l.clockedHours().map(org.aftersales.core.quantity.Hours::value);
      if (c.isPresent()) {
        flatClocked = flatClocked.add(flat);
        clocked = clocked.add(c.get());
      }
      l.technician()
          .ifPresent(
              t -> {
                BigDecimal[] s =
                    byTech.computeIfAbsent(
                        t, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                if (c.isPresent()) {
                  s[0] = s[0].add(flat);
                  s[1] = s[1].add(c.get());
                }
                s[2] = s[2].add(flat);
              });
    }

    private BigDecimal[] sums(TechnicianId t) {
      return byTech.getOrDefault(t, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
    }

    HoursRatio utilisation(List<Attendance> attendance) {
      BigDecimal num = BigDecimal.ZERO;
      BigDecimal den = BigDecimal.ZERO;
      for (Attendance a : attendance) {
        num = num.add(sums(a.technician())[1]);
        den = den.add(a.hours().value());
      }
      return new HoursRatio(num, den);
    }

    HoursRatio efficiency(List<Attendance> attendance) {
      BigDecimal num = BigDecimal.ZERO;
      BigDecimal den = BigDecimal.ZERO;
      for (Attendance a : attendance) {
        num = num.add(sums(a.technician())[2]);
        den = den.add(a.hours().value());
      }
      return new HoursRatio(num, den);
    }

    List<TechnicianKpis> technicians(List<Attendance> attendance) {
      Map<TechnicianId, BigDecimal> attended = new TreeMap<>();
      for (Attendance a : attendance) {
        attended.put(a.technician(), a.hours().value());
      }
      Set<TechnicianId> all = new java.util.TreeSet<>(byTech.keySet());
      all.addAll(attended.keySet());
      List<TechnicianKpis> out = new ArrayList<>();
      for (TechnicianId t : all) {
        BigDecimal[] s = sums(t);
        BigDecimal att = attended.getOrDefault(t, BigDecimal.ZERO);
        out.add(
            TechnicianKpis.builder()
                .technician(t)
                .productivity(new HoursRatio(s[0], s[1]))
                .utilisation(new HoursRatio(s[1], att))
                .efficiency(new HoursRatio(s[2], att))
                .build());
      }
      return out;
    }
  }
}

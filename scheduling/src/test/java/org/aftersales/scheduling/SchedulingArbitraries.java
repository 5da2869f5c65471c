package org.aftersales.scheduling;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.aftersales.core.calendar.DateRange;
import org.aftersales.core.order.AdvisorId;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.scheduling.booking.AdvisorAbsence;
import org.aftersales.scheduling.booking.AppointmentRequest;
import org.aftersales.scheduling.booking.AppointmentType;
import org.aftersales.scheduling.booking.ReceptionPattern;
import org.aftersales.scheduling.calendar.DayHours;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.aftersales.scheduling.calendar.TimeWindow;
import org.aftersales.scheduling.capacity.Bay;
import org.aftersales.scheduling.capacity.BayType;
import org.aftersales.scheduling.capacity.Shift;
import org.aftersales.scheduling.capacity.Technician;
import org.aftersales.scheduling.capacity.TransportOption;
import org.aftersales.scheduling.capacity.WorkloadDeduction;
import org.aftersales.scheduling.capacity.WorkshopCapacity;

/**
 * Generators of shops, patterns, capacities and requests for the module's property tests. Zones
 * include DST zones on both hemispheres and 30- and 45-minute offsets; base dates sit next to
 * clock changes. Opening hours start at 06:00 or later, so no working window crosses a clock
 * change and a wall-clock oracle can check the slot grid.
 */
public final class SchedulingArbitraries {

  private SchedulingArbitraries() {}

  public static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Asia/Shanghai"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
          ZoneId.of("Asia/Kathmandu"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/St_Johns"), ZoneId.of("Pacific/Chatham"), ZoneId.of("UTC"));

  /** Dates next to clock changes somewhere, and ordinary ones. */
  public static final List<LocalDate> BASE_DATES =
      List.of(
          LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 27),
          LocalDate.of(2026, 4, 3), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 23),
          LocalDate.of(2026, 10, 31), LocalDate.of(2026, 9, 26));

  public static final List<Skill> SKILLS = List.of(Skill.MECHANICAL, Skill.ALIGNMENT, Skill.ELECTRICAL);

  /** A generated shop with a date range to look at and a moment to look from. */
  public record Shop(
      ShopCalendar calendar, ReceptionPattern pattern, WorkshopCapacity capacity, DateRange dates, Instant now) {}

  public static Arbitrary<DayHours> dayHours() {
    Arbitrary<Integer> opens = Arbitraries.integers().between(6 * 12, 10 * 12).map(i -> i * 5);
    Arbitrary<Integer> length = Arbitraries.integers().between(12, 10 * 12).map(i -> i * 5);
    Arbitrary<Integer> breakAt = Arbitraries.integers().between(0, 100);
    Arbitrary<Integer> breakLength = Arbitraries.of(0, 0, 15, 30, 60);
    return Combinators.combine(opens, length, breakAt, breakLength)
        .as(
            (o, len, at, bl) -> {
              LocalTime open = LocalTime.of(0, 0).plusMinutes(o);
              LocalTime close = open.plusMinutes(len);
              if (bl == 0 || bl >= len) {
                return DayHours.of(open, close);
              }
              int start = 5 * ((at * (len - bl)) / 100 / 5);
              return DayHours.of(open, close, TimeWindow.of(open.plusMinutes(start), open.plusMinutes(start + bl)));
            });
  }

  public static Arbitrary<ShopCalendar> calendars(LocalDate base) {
    Arbitrary<ZoneId> zone = Arbitraries.of(ZONES);
    Arbitrary<Set<DayOfWeek>> days =
        Arbitraries.of(DayOfWeek.class).set().ofMinSize(3).ofMaxSize(7);
    Arbitrary<List<DayHours>> hours = dayHours().list().ofSize(7);
    Arbitrary<Set<Integer>> holidays = Arbitraries.integers().between(-1, 5).set().ofMaxSize(2);
    Arbitrary<List<DayHours>> overrides =
        Arbitraries.oneOf(dayHours(), Arbitraries.just(DayHours.closed())).list().ofMaxSize(2);
    Arbitrary<List<Integer>> overrideDays = Arbitraries.integers().between(-1, 5).list().ofSize(2);
    return Combinators.combine(zone, days, hours, holidays, overrides, overrideDays)
        .as(
            (z, ds, hs, hol, ovs, ovDays) -> {
              ShopCalendar.Builder b = ShopCalendar.builder().zone(z);
              for (DayOfWeek d : ds) {
                b.weeklyHours(d, hs.get(d.ordinal()));
              }
              for (int h : hol) {
                b.addHoliday(base.plusDays(h));
              }
              java.util.TreeMap<LocalDate, DayHours> o = new java.util.TreeMap<>();
              for (int i = 0; i < ovs.size(); i++) {
                o.put(base.plusDays(ovDays.get(i)), ovs.get(i));
              }
              b.overrides(o);
              return b.build();
            });
  }

  public static Arbitrary<ReceptionPattern> patterns(LocalDate base) {
    Arbitrary<Integer> slot = Arbitraries.of(10, 15, 20, 30);
    Arbitrary<Integer> perRun = Arbitraries.integers().between(1, 4);
    Arbitrary<Integer> buffer = Arbitraries.of(0, 10, 15, 30);
    Arbitrary<Integer> advisors = Arbitraries.integers().between(1, 3);
    Arbitrary<Integer> noticeMinutes = Arbitraries.of(0, 0, 30, 120);
    Arbitrary<Boolean> sameDay = Arbitraries.of(true, true, false);
    Arbitrary<Integer> reserve = Arbitraries.of(0, 0, 0, 20, 50);
    Arbitrary<Integer> absentDay = Arbitraries.of(-1, -1, 0, 1, 2);
    return Combinators.combine(slot, perRun, buffer, advisors, noticeMinutes, sameDay, reserve, absentDay)
        .as(
            (s, n, m, a, notice, same, r, absent) -> {
              ReceptionPattern.Builder b =
                  ReceptionPattern.builder()
                      .slotLength(Duration.ofMinutes(s))
                      .slotsBeforeBuffer(n)
                      .buffer(Duration.ofMinutes(m))
                      .minimumNotice(Duration.ofMinutes(notice))
                      .sameDayBooking(same)
                      .horizonDays(30)
                      .walkInReserve(Percentage.of(r))
                      .addAppointmentTypes(AppointmentType.of("EXPRESS_MAINTENANCE", 1))
                      .addAppointmentTypes(AppointmentType.of("DIAGNOSIS", m == 0 ? 2 : Math.min(2, n)));
              for (int i = 1; i <= a; i++) {
                b.addAdvisors(AdvisorId.of("A" + i));
              }
              if (absent >= 0) {
                b.addAdvisorAbsences(AdvisorAbsence.of(AdvisorId.of("A1"), base.plusDays(absent)));
              }
              return b.build();
            });
  }

  public static Arbitrary<Technician> technicians(int index, LocalDate base) {
    Arbitrary<Set<Skill>> skills = Arbitraries.of(SKILLS).set().ofMinSize(1).ofMaxSize(3);
    Arbitrary<Integer> from = Arbitraries.integers().between(5, 10);
    Arbitrary<Integer> hours = Arbitraries.integers().between(4, 12);
    Arbitrary<Integer> availability = Arbitraries.of(100, 100, 80);
    Arbitrary<Integer> efficiency = Arbitraries.of(100, 100, 90, 125);
    Arbitrary<Set<Integer>> absent = Arbitraries.integers().between(0, 4).set().ofMaxSize(1);
    return Combinators.combine(skills, from, hours, availability, efficiency, absent)
        .as(
            (sk, f, h, av, ef, ab) -> {
              Technician.Builder b =
                  Technician.builder()
                      .id(TechnicianId.of("T" + index))
                      .skills(sk)
                      .availability(Percentage.of(av))
                      .efficiency(BigDecimal.valueOf(ef));
              for (DayOfWeek d : DayOfWeek.values()) {
                b.addShifts(Shift.of(d, LocalTime.of(f, 0), LocalTime.of(Math.min(23, f + h), 0)));
              }
              for (int a : ab) {
                b.addAbsences(base.plusDays(a));
              }
              return b.build();
            });
  }

  public static Arbitrary<WorkshopCapacity> capacities(LocalDate base) {
    Arbitrary<List<Technician>> techs =
        Arbitraries.integers().between(1, 3).flatMap(n -> {
          List<Arbitrary<Technician>> each = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            each.add(technicians(i, base));
          }
          return Combinators.combine(each).as(l -> l);
        });
    Arbitrary<Integer> lifts = Arbitraries.integers().between(0, 2);
    Arbitrary<Boolean> rig = Arbitraries.of(true, false);
    Arbitrary<Integer> maxAppointments = Arbitraries.of(-1, -1, 3, 6);
    Arbitrary<Integer> waitingQuota = Arbitraries.of(-1, 1, 2);
    Arbitrary<Integer> fleet = Arbitraries.integers().between(0, 2);
    Arbitrary<Integer> carry = Arbitraries.of(0, 0, 2);
    return Combinators.combine(techs, lifts, rig, maxAppointments, waitingQuota, fleet, carry)
        .as(
            (ts, l, r, max, wq, fl, co) -> {
              WorkshopCapacity.Builder b = WorkshopCapacity.builder().technicians(ts).loanerFleet(fl);
              for (int i = 1; i <= l; i++) {
                b.addBays(Bay.of("L" + i, BayType.LIFT));
              }
              if (r) {
                b.addBays(Bay.of("AL1", BayType.ALIGNMENT));
              }
              if (max >= 0) {
                b.maxAppointmentsPerDay(max);
              }
              if (wq >= 0) {
                b.putTransportQuota(TransportOption.WAITING, wq);
              }
              if (co > 0) {
                Skill s = ts.get(0).skills().first();
                b.addCarryOver(WorkloadDeduction.of(base, s, Hours.of(co)));
              }
              return b.build();
            });
  }

  public static Arbitrary<Shop> shops() {
    return Arbitraries.of(BASE_DATES)
        .flatMap(
            base ->
                Combinators.combine(
                        calendars(base),
                        patterns(base),
                        capacities(base),
                        Arbitraries.integers().between(-36, 60))
                    .as(
                        (cal, p, cap, hoursFromBase) -> {
                          Instant now =
                              ZonedDateTime.of(base, LocalTime.of(6, 0), cal.zone()).toInstant()
                                  .plus(Duration.ofHours(hoursFromBase)).plusSeconds(hoursFromBase * 97L);
                          return new Shop(cal, p, cap, DateRange.of(base, base.plusDays(3)), now);
                        }));
  }

  /** Requests that only name what the shop has. */
  public static Arbitrary<AppointmentRequest> requests(Shop shop) {
    List<Skill> skills = new ArrayList<>(shop.capacity().skills());
    List<BayType> bays = new ArrayList<>(shop.capacity().bayTypes());
    Arbitrary<String> type = Arbitraries.of("EXPRESS_MAINTENANCE", "EXPRESS_MAINTENANCE", "DIAGNOSIS");
    Arbitrary<List<Skill>> labourSkills =
        Arbitraries.of(skills).set().ofMaxSize(2).map(x -> new ArrayList<>(new java.util.TreeSet<>(x)));
    Arbitrary<List<Integer>> labourTenths = Arbitraries.integers().between(1, 40).list().ofSize(2);
    Arbitrary<TransportOption> transport =
        Arbitraries.of(TransportOption.DROP_OFF, TransportOption.DROP_OFF, TransportOption.WAITING, TransportOption.LOANER);
    Arbitrary<Integer> loanerDays = Arbitraries.integers().between(1, 3);
    Arbitrary<Integer> etaHours = Arbitraries.of(-1, -1, -1, 20, 40);
    Arbitrary<Integer> bay = Arbitraries.integers().between(-1, bays.size() - 1);
    Arbitrary<Integer> advisor = Arbitraries.integers().between(-2, shop.pattern().advisors().size() - 1);
    return Combinators.combine(type, labourSkills, labourTenths, transport, loanerDays, etaHours, bay, advisor)
        .as(
            (t, ls, lt, tr, ld, eta, b, a) -> {
              AppointmentRequest.Builder r =
                  AppointmentRequest.builder().appointmentType(t).transport(tr).loanerDays(ld);
              for (int i = 0; i < ls.size(); i++) {
                r.putLabour(ls.get(i), Hours.of(BigDecimal.valueOf(lt.get(i), 1).toPlainString()));
              }
              if (eta >= 0) {
                r.partsEta(shop.now().plus(Duration.ofHours(eta)).plusSeconds(7));
              }
              if (b >= 0) {
                r.bayType(bays.get(b));
              }
              if (a >= 0) {
                r.advisor(shop.pattern().advisors().get(a));
              }
              return r.build();
            });
  }

  /** Every weekday, for hosts of generated calendars. */
  public static Set<DayOfWeek> everyDay() {
    return EnumSet.allOf(DayOfWeek.class);
  }
}

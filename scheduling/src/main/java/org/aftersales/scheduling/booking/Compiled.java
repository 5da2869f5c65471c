package org.aftersales.scheduling.booking;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.core.PolicyException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.order.AdvisorId;
import org.aftersales.core.order.Skill;
import org.aftersales.core.quantity.Hours;
import org.aftersales.scheduling.SchedulingErrorCode;
import org.aftersales.scheduling.calendar.DayHours;
import org.aftersales.scheduling.calendar.DayStatus;
import org.aftersales.scheduling.calendar.Interval;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.aftersales.scheduling.calendar.TimeWindow;
import org.aftersales.scheduling.capacity.Bay;
import org.aftersales.scheduling.capacity.BayType;
import org.aftersales.scheduling.capacity.Technician;
import org.aftersales.scheduling.capacity.TransportOption;
import org.aftersales.scheduling.capacity.WorkloadDeduction;
import org.aftersales.scheduling.capacity.WorkshopCapacity;
import org.jspecify.annotations.Nullable;

/**
 * A book's policy (calendar, reception pattern, capacity) turned into indexes, units and one
 * {@link DayShape} per weekday, so that checking a date costs no time-zone arithmetic unless the
 * date is special (an override, a holiday, an absence, a clock change). Derived once per policy;
 * immutable.
 */
final class Compiled {

  static final long UNITS_PER_HOUR = 10_000;
  private static final long MAX_OFFSET = 18 * 3600;

  final ShopCalendar calendar;
  final ReceptionPattern pattern;
  final WorkshopCapacity capacity;
  final ZoneId zone;
  final ZoneRules rules;
  final boolean fixedOffset;
  private final int fixedOffsetSeconds;

  final List<AdvisorId> advisors;
  final Map<AdvisorId, Integer> advisorIndex = new HashMap<>();
  final Map<String, AppointmentType> types = new HashMap<>();
  final List<Skill> skills;
  final Map<Skill, Integer> skillIndex = new HashMap<>();
  final List<Technician> technicians;
  final int[] techMask;
  final List<BayType> bayTypes;
  final Map<BayType, Integer> bayIndex = new HashMap<>();
  final int[] baysPerType;

  final int slotSeconds;
  final int bufferSeconds;
  final int perRun;
  final Duration notice;
  final int horizonDays;
  final boolean sameDay;
  /** Walk-in reserve in millionths (percentage × 10,000). */
  final long reserveMillionths;

  /** Dates (epoch days) that need their own shape, sorted: overrides, holidays, absences. */
  final long[] specialDays;
  final Map<Long, long[]> deductions = new HashMap<>();
  /** Advisors off duty by date (epoch day). */
  private final Map<Long, boolean[]> absent = new HashMap<>();
  final DayShape[] templates = new DayShape[7];

  final int maxAppointments;
  final long maxHoursUnits;
  final int[] transportQuota;
  final int loanerFleet;

  Compiled(ShopCalendar calendar, ReceptionPattern pattern, WorkshopCapacity capacity) {
    Set<Long> special = new HashSet<>();
    this.calendar = calendar;
    this.pattern = pattern;
    this.capacity = capacity;
    this.zone = calendar.zone();
    this.rules = zone.getRules();
    this.fixedOffset = rules.isFixedOffset();
    this.fixedOffsetSeconds = fixedOffset ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;

    this.advisors = List.copyOf(pattern.advisors());
    for (int i = 0; i < advisors.size(); i++) {
      advisorIndex.put(advisors.get(i), i);
    }
    for (AppointmentType t : pattern.appointmentTypes()) {
      types.put(t.code(), t);
    }
    this.skills = List.copyOf(capacity.skills());
    for (int i = 0; i < skills.size(); i++) {
      skillIndex.put(skills.get(i), i);
    }
    this.technicians = List.copyOf(capacity.technicians());
    this.techMask = new int[technicians.size()];
    for (int t = 0; t < technicians.size(); t++) {
      for (Skill s : technicians.get(t).skills()) {
        techMask[t] |= 1 << skillIndex.get(s);
      }
      for (LocalDate d : technicians.get(t).absences()) {
        special.add(d.toEpochDay());
      }
    }
    this.bayTypes = List.copyOf(capacity.bayTypes());
    this.baysPerType = new int[bayTypes.size()];
    for (int i = 0; i < bayTypes.size(); i++) {
      bayIndex.put(bayTypes.get(i), i);
    }
    for (Bay b : capacity.bays()) {
      baysPerType[bayIndex.get(b.type())]++;
    }

    this.slotSeconds = pattern.slotSeconds();
    this.bufferSeconds = pattern.bufferSeconds();
    this.perRun = pattern.slotsBeforeBuffer();
    this.notice = pattern.minimumNotice();
    this.horizonDays = pattern.horizonDays();
    this.sameDay = pattern.sameDayBooking();
    this.reserveMillionths = pattern.walkInReserve().value().movePointRight(4).longValueExact();

    for (AdvisorAbsence a : pattern.advisorAbsences()) {
      special.add(a.date().toEpochDay());
      absent.computeIfAbsent(a.date().toEpochDay(), k -> new boolean[advisors.size()])[advisorIndex.get(a.advisor())] = true;
    }
    for (LocalDate d : calendar.holidays()) {
      special.add(d.toEpochDay());
    }
    for (LocalDate d : calendar.overrides().keySet()) {
      special.add(d.toEpochDay());
    }
    this.specialDays = special.stream().mapToLong(Long::longValue).sorted().toArray();
    for (List<WorkloadDeduction> list : List.of(capacity.carryOver(), capacity.internalWork())) {
      for (WorkloadDeduction w : list) {
        long[] u = deductions.computeIfAbsent(w.date().toEpochDay(), k -> new long[skills.size()]);
        u[skillIndex.get(w.skill())] += units(w.hours());
      }
    }

    this.maxAppointments = capacity.maxAppointmentsPerDay().orElse(-1);
    this.maxHoursUnits = capacity.maxHoursPerDay().map(Compiled::units).orElse(-1L);
    this.transportQuota = new int[TransportOption.values().length];
    java.util.Arrays.fill(transportQuota, -1);
    capacity.transportQuotas().forEach((k, v) -> transportQuota[k.ordinal()] = v);
    this.loanerFleet = capacity.loanerFleet();

    checkAlignment();
    for (DayOfWeek dow : DayOfWeek.values()) {
      templates[dow.ordinal()] = template(dow);
    }
  }

  static long units(Hours h) {
    return h.value().movePointRight(4).longValueExact();
  }

  static BigDecimal hours(long units) {
    BigDecimal h = BigDecimal.valueOf(units, 4).stripTrailingZeros();
    return h.scale() < 0 ? h.setScale(0) : h;
  }

  private void checkAlignment() {
    if (!pattern.requireAlignedWindows()) {
      return;
    }
    long slotMinutes = slotSeconds / 60;
    calendar.weeklyHours().forEach((day, h) -> checkAligned(h, "weeklyHours." + day, slotMinutes));
    calendar.overrides().forEach((date, h) -> checkAligned(h, "overrides." + date, slotMinutes));
  }

  private static void checkAligned(DayHours h, String path, long slotMinutes) {
    for (TimeWindow w : h.workingWindows()) {
      if (w.minutes() % slotMinutes != 0) {
        throw PolicyException.of(
            path,
            SchedulingErrorCode.SLOT_LENGTH_MISALIGNED,
            "the slot length of " + slotMinutes + " min does not divide the working window " + w
                + " (" + w.minutes() + " min) of " + path);
      }
    }
  }

  private DayShape template(DayOfWeek dow) {
    DayHours h = calendar.weeklyHours().get(dow);
    if (h == null || h.isClosed()) {
      return closed(DayStatus.CLOSED_DAY);
    }
    List<TimeWindow> windows = h.workingWindows();
    int[] ws = new int[windows.size()];
    int[] we = new int[windows.size()];
    for (int i = 0; i < ws.length; i++) {
      ws[i] = windows.get(i).start().toSecondOfDay();
      we[i] = windows.get(i).end().toSecondOfDay();
    }
    long[] techSeconds = new long[technicians.size()];
    for (int t = 0; t < techSeconds.length; t++) {
      for (TimeWindow w : technicians.get(t).workingWindows(h, dow)) {
        techSeconds[t] += w.minutes() * 60;
      }
    }
    return shape(DayStatus.OPEN, ws, we, techSeconds, null);
  }

  DayShape closed(DayStatus status) {
    return new DayShape(
        status, new int[0], new int[0], SlotGrid.EMPTY, new long[technicians.size()],
        new long[bayTypes.size()], 0, 0, null);
  }

  private DayShape shape(DayStatus status, int[] ws, int[] we, long[] techSeconds, boolean @Nullable [] off) {
    SlotGrid grid = SlotGrid.build(ws, we, slotSeconds, perRun, bufferSeconds);
    long open = 0;
    for (int i = 0; i < ws.length; i++) {
      open += we[i] - ws[i];
    }
    long[] techUnits = new long[techSeconds.length];
    for (int t = 0; t < techUnits.length; t++) {
      techUnits[t] = units(technicians.get(t).loadableHours(Duration.ofSeconds(techSeconds[t])));
    }
    long[] bayUnits = new long[bayTypes.size()];
    for (int b = 0; b < bayUnits.length; b++) {
      bayUnits[b] = baysPerType[b] * open * UNITS_PER_HOUR / 3600;
    }
    int onDuty = advisors.size();
    if (off != null) {
      for (boolean o : off) {
        onDuty -= o ? 1 : 0;
      }
    }
    long total = (long) grid.starts.length * onDuty;
    long allowed = Math.floorDiv(total * (1_000_000 - reserveMillionths), 1_000_000);
    return new DayShape(status, ws, we, grid, techUnits, bayUnits, open, allowed, off);
  }

  /** The plan of a date: a weekday template when the date is ordinary, else computed. */
  DayPlan plan(LocalDate date) {
    long ed = date.toEpochDay();
    if (java.util.Arrays.binarySearch(specialDays, ed) < 0) {
      int offset = steadyOffset(date, ed);
      if (offset != Integer.MIN_VALUE) {
        return new DayPlan(date, ed, ed * 86400 - offset, templates[date.getDayOfWeek().ordinal()]);
      }
    }
    return special(date, ed);
  }

  /**
   * The date's offset in seconds when it is the same all day, else {@link Integer#MIN_VALUE}.
   * Transitions are looked for from 18 hours before the date's UTC midnight (no offset is larger)
   * to 18 hours after its end; when none is that close, the offset is the one at UTC noon. When one
   * is, the date changes offset exactly when the transition's local date-time, before or after it,
   * falls on the date.
   */
  private int steadyOffset(LocalDate date, long ed) {
    if (fixedOffset) {
      return fixedOffsetSeconds;
    }
    long until = (ed + 1) * 86400 + MAX_OFFSET;
    ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(ed * 86400 - MAX_OFFSET - 1));
    if (t == null || t.toEpochSecond() >= until) {
      return rules.getOffset(Instant.ofEpochSecond(ed * 86400 + 43200)).getTotalSeconds();
    }
    while (t != null && t.toEpochSecond() < until) {
      if (t.getDateTimeBefore().toLocalDate().equals(date)
          || t.getDateTimeAfter().toLocalDate().equals(date)) {
        return Integer.MIN_VALUE;
      }
      t = rules.nextTransition(t.getInstant());
    }
    return rules.getOffset(LocalDateTime.of(date, LocalTime.NOON)).getTotalSeconds();
  }

  /** The plan computed the slow, exact way, through the calendar's instants. */
  DayPlan special(LocalDate date, long ed) {
    long base = calendar.startOfDay(date).getEpochSecond();
    DayStatus status = calendar.statusOn(date);
    if (status != DayStatus.OPEN) {
      return new DayPlan(date, ed, base, closed(status));
    }
    List<Interval> open = calendar.openIntervals(date);
    int[] ws = new int[open.size()];
    int[] we = new int[open.size()];
    for (int i = 0; i < ws.length; i++) {
      ws[i] = (int) (open.get(i).start().getEpochSecond() - base);
      we[i] = (int) (open.get(i).end().getEpochSecond() - base);
    }
    long[] techSeconds = new long[technicians.size()];
    for (int t = 0; t < techSeconds.length; t++) {
      for (Interval i : technicians.get(t).workingIntervals(calendar, date)) {
        techSeconds[t] += i.duration().getSeconds();
      }
    }
    return new DayPlan(date, ed, base, shape(status, ws, we, techSeconds, absent.get(ed)));
  }

  long[] deductionsOn(long epochDay) {
    return deductions.get(epochDay);
  }

  Resolved resolve(AppointmentRequest request) {
    AppointmentType type = types.get(request.appointmentType());
    if (type == null) {
      throw ValidationException.of(
          "appointmentType",
          SchedulingErrorCode.APPOINTMENT_TYPE_NOT_OFFERED,
          "appointment type " + request.appointmentType() + " is not offered; offered: "
              + types.keySet().stream().sorted().toList());
    }
    long[] su = new long[skills.size()];
    int mask = 0;
    long total = 0;
    for (Map.Entry<Skill, Hours> e : request.labour().entrySet()) {
      Integer i = skillIndex.get(e.getKey());
      if (i == null) {
        throw ValidationException.of(
            "labour." + e.getKey(),
            SchedulingErrorCode.SKILL_NOT_IN_WORKSHOP,
            "no technician of the workshop has skill " + e.getKey() + "; skills: " + skills);
      }
      long u = units(e.getValue());
      su[i] += u;
      total += u;
      if (u > 0) {
        mask |= 1 << i;
      }
    }
    int bay = -1;
    if (request.bayType().isPresent()) {
      Integer b = bayIndex.get(request.bayType().get());
      if (b == null) {
        throw ValidationException.of(
            "bayType",
            SchedulingErrorCode.BAY_TYPE_NOT_IN_WORKSHOP,
            "the workshop has no bay of type " + request.bayType().get() + "; types: " + bayTypes);
      }
      bay = b;
    }
    int advisor = -1;
    if (request.advisor().isPresent()) {
      Integer a = advisorIndex.get(request.advisor().get());
      if (a == null) {
        throw ValidationException.of(
            "advisor",
            SchedulingErrorCode.ADVISOR_NOT_ON_DUTY,
            "advisor " + request.advisor().get() + " is not on duty; advisors: " + advisors);
      }
      advisor = a;
    }
    long eta = Long.MIN_VALUE;
    if (request.partsEta().isPresent()) {
      Instant p = request.partsEta().get();
      eta = p.getEpochSecond() + (p.getNano() > 0 ? 1 : 0);
    }
    return new Resolved(
        request, type, su, mask, total, bay, request.transport().ordinal(), request.loanerDays(), eta, advisor);
  }

  List<String> skillNames(int mask) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < skills.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        out.add(skills.get(i).code());
      }
    }
    return out;
  }
}

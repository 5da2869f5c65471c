package org.aftersales.scheduling.capacity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.PolicyException;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.quantity.Hours;
import org.aftersales.scheduling.SchedulingErrorCode;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.immutables.value.Value;

/**
 * What the workshop can take (DOMAIN §2 steps 4 and 6): its technicians and bays, per-day limits,
 * quotas per transport option, the loaner fleet, and work already spoken for.
 *
 * <ul>
 *   <li>Loadable hours per day and skill ({@link #loadableHours}) = Σ over the technicians with
 *       the skill of working hours × availability × efficiency, minus {@link #carryOver()} and
 *       {@link #internalWork()} of that skill and date, never below zero. A technician with
 *       several skills counts for each of them here; the appointment book does not count their
 *       hours twice (it checks that every skill's demand can be met by distinct hours).
 *   <li>{@link #maxAppointmentsPerDay()} and {@link #maxHoursPerDay()} cap what appointments may
 *       book on one date (hours: the flat-rate labour hours of the appointments).
 *   <li>{@link #transportQuotas()}: at most this many appointments per date with that transport
 *       option; an option without a quota is not limited.
 *   <li>{@link #loanerFleet()}: loaner cars; a loaner booking takes one car on each day of its
 *       loan, and no day may have more cars out than the fleet.
 * </ul>
 *
 * <p>Rules checked on build: technician and bay ids are unique; deductions name a skill some
 * technician has ({@link SchedulingErrorCode#SKILL_NOT_IN_WORKSHOP}); quotas and limits are not
 * negative; at most {@value #MAX_SKILLS} distinct skills ({@link
 * SchedulingErrorCode#SIZE_LIMIT_EXCEEDED}). Immutable and thread-safe; build with {@link
 * #builder()}. JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableWorkshopCapacity.class)
@JsonDeserialize(as = ImmutableWorkshopCapacity.class)
public abstract class WorkshopCapacity {

  /** Most distinct skills a workshop may have; capacity checks grow with 2^(skills of a day). */
  public static final int MAX_SKILLS = 16;

  WorkshopCapacity() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkshopCapacity}; {@code build()} validates. */
  public static final class Builder extends ImmutableWorkshopCapacity.Builder {
    Builder() {}

    /**
     * Builds and validates the value.
     *
     * @return the value
     * @throws org.aftersales.core.ValidationException when a rule is broken, including a map key
     *     put twice ({@link org.aftersales.core.CoreErrorCode#DUPLICATE_ID})
     */
    @Override
    public WorkshopCapacity build() {
      try {
        return super.build();
      } catch (IllegalArgumentException e) {
        throw org.aftersales.core.ValidationException.of(
            "transportQuotas",
            org.aftersales.core.CoreErrorCode.DUPLICATE_ID,
            "transportQuotas names a key twice: " + e.getMessage());
      }
    }
  }

  /**
   * The technicians.
   *
   * @return the technicians, in the host's order
   */
  public abstract List<Technician> technicians();

  /**
   * The bays.
   *
   * @return the bays, in the host's order
   */
  public abstract List<Bay> bays();

  /**
   * At most this many appointments per date, if limited.
   *
   * @return the limit
   */
  public abstract Optional<Integer> maxAppointmentsPerDay();

  /**
   * At most this many flat-rate hours of appointments per date, if limited.
   *
   * @return the limit
   */
  public abstract Optional<Hours> maxHoursPerDay();

  /**
   * Appointments per date by transport option; options without an entry are not limited.
   *
   * @return the quotas
   */
  @Value.NaturalOrder
  public abstract SortedMap<TransportOption, Integer> transportQuotas();

  /**
   * The number of loaner cars; 0 by default (no loaners).
   *
   * @return the fleet size
   */
  @Value.Default
  public int loanerFleet() {
    return 0;
  }

  /**
   * Work carried over from earlier days, by date and skill.
   *
   * @return the carry-over
   */
  public abstract List<WorkloadDeduction> carryOver();

  /**
   * Internal work planned, by date and skill.
   *
   * @return the internal work
   */
  public abstract List<WorkloadDeduction> internalWork();

  /**
   * Every skill some technician has.
   *
   * @return the skills, sorted
   */
  public SortedSet<Skill> skills() {
    SortedSet<Skill> s = new TreeSet<>();
    for (Technician t : technicians()) {
      s.addAll(t.skills());
    }
    return java.util.Collections.unmodifiableSortedSet(s);
  }

  /**
   * Every bay type the workshop has.
   *
   * @return the bay types, sorted
   */
  public SortedSet<BayType> bayTypes() {
    SortedSet<BayType> s = new TreeSet<>();
    for (Bay b : bays()) {
      s.add(b.type());
    }
    return java.util.Collections.unmodifiableSortedSet(s);
  }

  /**
   * The technician with an id.
   *
   * @param id the id
   * @return the technician, or empty
   */
  public Optional<Technician> technician(TechnicianId id) {
    Checks.requireNonNull(id, "id");
    return technicians().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Carry-over plus internal work on a date, by skill.
   *
   * @param date the date
   * @return the hours already spoken for, by skill
   */
  public SortedMap<Skill, Hours> deductions(LocalDate date) {
    Checks.requireNonNull(date, "date");
    SortedMap<Skill, Hours> m = new TreeMap<>();
    for (List<WorkloadDeduction> list : List.of(carryOver(), internalWork())) {
      for (WorkloadDeduction d : list) {
        if (d.date().equals(date)) {
          m.merge(d.skill(), d.hours(), Hours::plus);
        }
      }
    }
    return java.util.Collections.unmodifiableSortedMap(m);
  }

  /**
   * Loadable hours per skill on a date: Σ working hours × availability × efficiency of the
   * technicians with the skill, minus carry-over and internal work, never below zero.
   *
   * @param calendar the shop's calendar (opening hours, breaks, zone)
   * @param date the date in the shop's zone
   * @return the hours by skill, for every skill of the workshop
   */
  public SortedMap<Skill, Hours> loadableHours(ShopCalendar calendar, LocalDate date) {
    Checks.requireNonNull(calendar, "calendar");
    Checks.requireNonNull(date, "date");
    SortedMap<Skill, Hours> m = new TreeMap<>();
    for (Skill s : skills()) {
      m.put(s, Hours.ZERO);
    }
    for (Technician t : technicians()) {
      Hours h = t.loadableHours(calendar, date);
      for (Skill s : t.skills()) {
        m.merge(s, h, Hours::plus);
      }
    }
    for (Map.Entry<Skill, Hours> d : deductions(date).entrySet()) {
      m.computeIfPresent(d.getKey(), (k, v) -> v.minusOrZero(d.getValue()));
    }
    return java.util.Collections.unmodifiableSortedMap(m);
  }

  @Value.Check
  final void check() {
    Checks.requireUnique(technicians(), Technician::id, "technicians");
    Checks.requireUnique(bays(), Bay::id, "bays");
    SortedSet<Skill> skills = skills();
    if (skills.size() > MAX_SKILLS) {
      throw PolicyException.of(
          "technicians",
          SchedulingErrorCode.SIZE_LIMIT_EXCEEDED,
          "a workshop may have at most " + MAX_SKILLS + " distinct skills, got " + skills.size());
    }
    maxAppointmentsPerDay()
        .ifPresent(
            n ->
                Checks.require(
                    n >= 0,
                    "maxAppointmentsPerDay",
                    CoreErrorCode.NEGATIVE_QUANTITY,
                    "maxAppointmentsPerDay must be >= 0: %s",
                    n));
    Checks.require(
        loanerFleet() >= 0,
        "loanerFleet",
        CoreErrorCode.NEGATIVE_QUANTITY,
        "loanerFleet must be >= 0: %s",
        loanerFleet());
    transportQuotas()
        .forEach(
            (k, v) ->
                Checks.require(
                    v >= 0,
                    "transportQuotas." + k,
                    CoreErrorCode.NEGATIVE_QUANTITY,
                    "transport quota of %s must be >= 0: %s",
                    k,
                    v));
    checkDeductions(carryOver(), "carryOver", skills);
    checkDeductions(internalWork(), "internalWork", skills);
  }

  private static void checkDeductions(List<WorkloadDeduction> list, String path, SortedSet<Skill> skills) {
    for (int i = 0; i < list.size(); i++) {
      WorkloadDeduction d = list.get(i);
      Checks.require(
          skills.contains(d.skill()),
          path + "[" + i + "].skill",
          SchedulingErrorCode.SKILL_NOT_IN_WORKSHOP,
          "%s names skill %s, which no technician of the workshop has",
          path,
          d.skill());
    }
  }
}

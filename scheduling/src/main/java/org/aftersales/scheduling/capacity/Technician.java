package org.aftersales.scheduling.capacity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.scheduling.SchedulingErrorCode;
import org.aftersales.scheduling.calendar.DayHours;
import org.aftersales.scheduling.calendar.Interval;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.aftersales.scheduling.calendar.TimeWindow;
import org.immutables.value.Value;

/**
 * A technician of the workshop (维修技师): skills, weekly shifts, days absent, availability and
 * efficiency.
 *
 * <ul>
 *   <li>{@link #availability()}: the share of working time available for customer work (not
 *       training, meetings, cleaning), 0–100%, 100% by default;
 *   <li>{@link #efficiency()}: flat-rate hours produced per clocked hour, in percent; above 100
 *       for a technician who beats the book time. Greater than 0 and at most 300, 100 by default.
 * </ul>
 *
 * <p>Working time on a date: the shifts of its weekday within the shop's opening hours, minus the
 * shop's breaks; none on a date in {@link #absences()} or when the shop is closed. Loadable hours
 * on a date = working hours × availability × efficiency, rounded down to 4 decimal places.
 *
 * <p>Rules checked on build: at least one skill; shifts of the same weekday do not overlap
 * ({@link SchedulingErrorCode#SHIFT_OVERLAP}). Immutable and thread-safe; build with {@link
 * #builder()}. JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableTechnician.class)
@JsonDeserialize(as = ImmutableTechnician.class)
public abstract class Technician {

  private static final BigDecimal MAX_EFFICIENCY = BigDecimal.valueOf(300);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal SECONDS_TIMES_PERCENT_SQUARED = BigDecimal.valueOf(3600L * 100 * 100);

  Technician() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Technician}; {@code build()} validates. */
  public static final class Builder extends ImmutableTechnician.Builder {
    Builder() {}
  }

  /**
   * The technician's identifier.
   *
   * @return the id
   */
  public abstract TechnicianId id();

  /**
   * What the technician can do; at least one skill.
   *
   * @return the skills
   */
  @Value.NaturalOrder
  public abstract SortedSet<Skill> skills();

  /**
   * The weekly shifts.
   *
   * @return the shifts
   */
  public abstract List<Shift> shifts();

  /**
   * Share of working time available for customer work; 100% by default.
   *
   * @return the availability
   */
  @Value.Default
  public Percentage availability() {
    return Percentage.HUNDRED;
  }

  /**
   * Flat-rate hours per clocked hour, in percent; 100 by default.
   *
   * @return the efficiency in percent, {@code 0 < efficiency <= 300}
   */
  @Value.Default
  public BigDecimal efficiency() {
    return HUNDRED;
  }

  /**
   * Dates the technician does not work (leave, training, sickness).
   *
   * @return the absences
   */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> absences();

  /**
   * Whether the technician has a skill.
   *
   * @param skill a skill
   * @return {@code true} when qualified
   */
  public boolean can(Skill skill) {
    return skills().contains(skill);
  }

  /**
   * The shifts of a weekday within the shop's working windows of a day, in wall-clock time.
   *
   * @param shopHours the shop's hours that day
   * @param day the weekday
   * @return the technician's working windows, sorted
   */
  public List<TimeWindow> workingWindows(DayHours shopHours, DayOfWeek day) {
    Checks.requireNonNull(shopHours, "shopHours");
    Checks.requireNonNull(day, "day");
    List<TimeWindow> out = new ArrayList<>();
    List<TimeWindow> shop = shopHours.workingWindows();
    for (Shift s : sortedShifts()) {
      if (s.day() != day) {
        continue;
      }
      for (TimeWindow w : shop) {
        LocalTime a = later(w.start(), s.hours().start());
        LocalTime b = earlier(w.end(), s.hours().end());
        if (b.isAfter(a)) {
          out.add(new TimeWindow(a, b));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * When the technician works on a date, as instants in the shop's zone (correct on days the
   * clocks change).
   *
   * @param calendar the shop's calendar
   * @param date the date
   * @return the working intervals, sorted; empty when absent or the shop is closed
   */
  public List<Interval> workingIntervals(ShopCalendar calendar, LocalDate date) {
    Checks.requireNonNull(calendar, "calendar");
    Checks.requireNonNull(date, "date");
    if (absences().contains(date)) {
      return List.of();
    }
    return calendar
        .hoursOn(date)
        .map(h -> calendar.toIntervals(date, workingWindows(h, date.getDayOfWeek())))
        .orElse(List.of());
  }

  /**
   * The loadable (flat-rate) hours of some working time: hours × availability × efficiency,
   * rounded down to 4 decimal places.
   *
   * @param working the working time
   * @return the loadable hours
   */
  public Hours loadableHours(Duration working) {
    Checks.requireNonNull(working, "working");
    BigDecimal h =
        BigDecimal.valueOf(working.getSeconds())
            .multiply(availability().value())
            .multiply(efficiency())
            .divide(SECONDS_TIMES_PERCENT_SQUARED, 4, RoundingMode.DOWN);
    return new Hours(h.signum() < 0 ? BigDecimal.ZERO : h);
  }

  /**
   * The loadable hours on a date: working time within opening hours × availability × efficiency.
   *
   * @param calendar the shop's calendar
   * @param date the date
   * @return the hours
   */
  public Hours loadableHours(ShopCalendar calendar, LocalDate date) {
    Duration d = Duration.ZERO;
    for (Interval i : workingIntervals(calendar, date)) {
      d = d.plus(i.duration());
    }
    return loadableHours(d);
  }

  /**
   * How long a job of some flat-rate hours keeps this technician busy: hours × 100 / efficiency,
   * rounded up to whole seconds.
   *
   * @param flatRate the flat-rate hours
   * @return the clocked duration
   */
  public Duration clockTime(Hours flatRate) {
    Checks.requireNonNull(flatRate, "flatRate");
    BigDecimal seconds =
        flatRate.value().multiply(BigDecimal.valueOf(360000)).divide(efficiency(), 0, RoundingMode.CEILING);
    return Duration.ofSeconds(seconds.longValueExact());
  }

  private List<Shift> sortedShifts() {
    List<Shift> s = new ArrayList<>(shifts());
    s.sort(Comparator.comparing(Shift::day).thenComparing(x -> x.hours().start()));
    return s;
  }

  private static LocalTime later(LocalTime a, LocalTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalTime earlier(LocalTime a, LocalTime b) {
    return a.isBefore(b) ? a : b;
  }

  @Value.Check
  final Technician check() {
    Checks.require(
        !skills().isEmpty(),
        "skills",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "technician %s needs at least one skill",
        id());
    BigDecimal e = Checks.requireDecimal(efficiency(), "efficiency", 3, 4);
    Checks.require(
        e.signum() > 0 && e.compareTo(MAX_EFFICIENCY) <= 0,
        "efficiency",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "efficiency must be above 0 and at most 300 percent: %s",
        e.toPlainString());
    List<Shift> s = shifts();
    for (int i = 0; i < s.size(); i++) {
      for (int j = 0; j < i; j++) {
        Shift a = s.get(i);
        Shift b = s.get(j);
        Checks.require(
            a.day() != b.day() || !a.hours().overlaps(b.hours()),
            "shifts[" + i + "]",
            SchedulingErrorCode.SHIFT_OVERLAP,
            "shift %s %s of technician %s overlaps shift %s %s",
            a.day(),
            a.hours(),
            id(),
            b.day(),
            b.hours());
      }
    }
    BigDecimal normal = org.aftersales.core.quantity.Decimals.normalise(e);
    return normal.equals(efficiency()) ? this : builder().from(this).efficiency(normal).build();
  }
}

package org.aftersales.scheduling.calendar;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.PolicyException;
import org.immutables.value.Value;

/**
 * The shop's calendar (DOMAIN §2 steps 1–2): its time zone, weekly opening hours with breaks,
 * holidays, and date overrides that replace a whole day.
 *
 * <p>Which hours apply on a date, in this order:
 *
 * <ol>
 *   <li>an {@linkplain #overrides() override} for the date replaces the whole day; a zero-length
 *       override ({@link DayHours#closed()}) closes it. An override wins over a holiday, so a
 *       shop can open on a public holiday it loaded from the official list;
 *   <li>a {@linkplain #holidays() holiday} closes the date;
 *   <li>otherwise the {@linkplain #weeklyHours() weekly hours} of its weekday; a weekday without
 *       hours is a rest day.
 * </ol>
 *
 * <p>Time: rules are wall-clock times in {@link #zone()}; {@link #openIntervals(LocalDate)} turns
 * them into instants with {@code java.time}'s rules: a local time that does not exist (the hour the
 * clocks skip in spring) moves forward by the length of the gap, and an ambiguous local time (the
 * hour repeated in autumn) takes the earlier offset. So a shop open 01:00–04:00 in Europe/Berlin is
 * open 2 h on the last Sunday of March and 4 h on the last Sunday of October, and a day is 23 or
 * 25 hours long. Dates, "today" and "tomorrow" are counted in the shop's zone ({@link
 * #dateOf(Instant)}), never in UTC or the customer's zone; the JVM's default zone is never read.
 *
 * <p>At least one weekday must have opening hours ({@link CoreErrorCode#POLICY_INVALID}).
 * Immutable and thread-safe; build with {@link #builder()}. JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableShopCalendar.class)
@JsonDeserialize(as = ImmutableShopCalendar.class)
public abstract class ShopCalendar {

  /** How far {@link #nextOpening(Instant)} looks ahead, in days. */
  public static final int MAX_SEARCH_DAYS = 3660;

  /** The earliest instant the scheduling module accepts: 1900-01-01T00:00:00Z. */
  public static final Instant EARLIEST_SUPPORTED = Instant.parse("1900-01-01T00:00:00Z");

  /** The instant after the latest the scheduling module accepts: 3000-01-01T00:00:00Z. */
  public static final Instant LATEST_SUPPORTED = Instant.parse("3000-01-01T00:00:00Z");

  /**
   * Requires an instant within the supported range {@code [1900-01-01, 3000-01-01)}, so that no
   * date arithmetic can overflow.
   *
   * @param instant the instant
   * @param path the field's path for errors
   * @return the instant
   */
  public static Instant requireSupported(Instant instant, String path) {
    Checks.requireNonNull(instant, path);
    Checks.require(
        !instant.isBefore(EARLIEST_SUPPORTED) && instant.isBefore(LATEST_SUPPORTED),
        path,
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "%s must be from 1900 up to 2999: %s",
        path,
        instant);
    return instant;
  }

  /**
   * Requires a date within the supported years 1900 to 2999.
   *
   * @param date the date
   * @param path the field's path for errors
   * @return the date
   */
  public static LocalDate requireSupported(LocalDate date, String path) {
    Checks.requireNonNull(date, path);
    Checks.require(
        date.getYear() >= 1900 && date.getYear() <= 2999,
        path,
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "%s must be from 1900 up to 2999: %s",
        path,
        date);
    return date;
  }

  ShopCalendar() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ShopCalendar}; {@code build()} validates. */
  public static final class Builder extends ImmutableShopCalendar.Builder {
    Builder() {}

    /**
     * Builds and validates the value.
     *
     * @return the value
     * @throws org.aftersales.core.ValidationException when a rule is broken, including a map key
     *     put twice ({@link org.aftersales.core.CoreErrorCode#DUPLICATE_ID})
     */
    @Override
    public ShopCalendar build() {
      try {
        return super.build();
      } catch (IllegalArgumentException e) {
        throw org.aftersales.core.ValidationException.of(
            "weeklyHours",
            org.aftersales.core.CoreErrorCode.DUPLICATE_ID,
            "weeklyHours or overrides names a key twice: " + e.getMessage());
      }
    }

    /**
     * Sets the opening hours of a weekday.
     *
     * @param day the weekday
     * @param hours its hours
     * @return this builder
     */
    public Builder weeklyHours(DayOfWeek day, DayHours hours) {
      putWeeklyHour(day, hours);
      return this;
    }
  }

  /**
   * A calendar with the same hours on each of the given weekdays, no holidays and no overrides.
   *
   * @param zone the shop's zone
   * @param hours the hours of each open weekday
   * @param days the open weekdays
   * @return the calendar
   */
  public static ShopCalendar of(ZoneId zone, DayHours hours, DayOfWeek... days) {
    Checks.requireNonNull(days, "days");
    Builder b = builder().zone(zone);
    for (DayOfWeek d : days) {
      b.weeklyHours(Checks.requireNonNull(d, "days"), hours);
    }
    return b.build();
  }

  /**
   * The shop's time zone, for example {@code Asia/Shanghai}.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * The opening hours of each weekday; a weekday that is absent is a rest day.
   *
   * @return the weekly hours, Monday first
   */
  @Value.NaturalOrder
  public abstract SortedMap<DayOfWeek, DayHours> weeklyHours();

  /**
   * Holidays: closed, unless an override opens them.
   *
   * @return the holidays
   */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> holidays();

  /**
   * Dates whose hours replace the weekly hours and any holiday; a zero-length override closes the
   * date.
   *
   * @return the overrides by date
   */
  @Value.NaturalOrder
  public abstract SortedMap<LocalDate, DayHours> overrides();

  /**
   * Whether and why the shop opens on a date.
   *
   * @param date a date in the shop's zone
   * @return the status
   */
  public DayStatus statusOn(LocalDate date) {
    Checks.requireNonNull(date, "date");
    DayHours o = overrides().get(date);
    if (o != null) {
      return o.isClosed() ? DayStatus.CLOSED_BY_OVERRIDE : DayStatus.OPEN;
    }
    if (holidays().contains(date)) {
      return DayStatus.HOLIDAY;
    }
    DayHours w = weeklyHours().get(date.getDayOfWeek());
    return w == null || w.isClosed() ? DayStatus.CLOSED_DAY : DayStatus.OPEN;
  }

  /**
   * The hours that apply on a date, after overrides and holidays.
   *
   * @param date a date in the shop's zone
   * @return the hours, or empty when the shop is closed that day
   */
  public Optional<DayHours> hoursOn(LocalDate date) {
    Checks.requireNonNull(date, "date");
    DayHours o = overrides().get(date);
    if (o == null) {
      if (holidays().contains(date)) {
        return Optional.empty();
      }
      o = weeklyHours().get(date.getDayOfWeek());
    }
    return o == null || o.isClosed() ? Optional.empty() : Optional.of(o);
  }

  /**
   * Whether the shop opens on a date at all.
   *
   * @param date a date in the shop's zone
   * @return {@code true} when it has opening hours
   */
  public boolean isOpenOn(LocalDate date) {
    return hoursOn(date).isPresent();
  }

  /**
   * The instants in which the shop works on a date: opening hours minus breaks, in order, start
   * inclusive and end exclusive. Correct on days the clocks change (see the class comment); empty
   * when the shop is closed.
   *
   * @param date a date in the shop's zone
   * @return the open intervals, sorted, non-empty and not touching each other
   */
  public List<Interval> openIntervals(LocalDate date) {
    requireSupported(date, "date");
    return hoursOn(date).map(h -> toIntervals(date, h.workingWindows())).orElse(List.of());
  }

  /**
   * Places wall-clock windows of a date on the time line in the shop's zone. Boundaries that the
   * clock change puts out of order are clamped forward, everything stays within the date (from its
   * {@linkplain #startOfDay start} to the start of the next date), and windows that become empty
   * are dropped.
   *
   * @param date the date
   * @param windows sorted, non-overlapping windows
   * @return the intervals
   */
  public List<Interval> toIntervals(LocalDate date, List<TimeWindow> windows) {
    requireSupported(date, "date");
    Checks.requireNonNull(windows, "windows");
    List<Interval> out = new ArrayList<>(windows.size());
    Instant dayStart = date.atStartOfDay(zone()).toInstant();
    Instant dayEnd = date.plusDays(1).atStartOfDay(zone()).toInstant();
    Instant last = dayStart;
    for (TimeWindow w : windows) {
      Instant s = max(toInstant(date, w.start()), last);
      Instant e = min(max(toInstant(date, w.end()), s), dayEnd);
      last = max(e, s);
      if (e.isAfter(s)) {
        out.add(new Interval(s, e));
      }
    }
    return List.copyOf(out);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * The instant of a wall-clock time on a date in the shop's zone: a time in a gap moves forward
   * by the gap's length, an ambiguous time takes the earlier offset.
   *
   * @param date the date
   * @param time the time of day
   * @return the instant
   */
  public Instant toInstant(LocalDate date, LocalTime time) {
    requireSupported(date, "date");
    Checks.requireNonNull(time, "time");
    return ZonedDateTime.of(date, time, zone()).toInstant();
  }

  /**
   * The first instant of a date in the shop's zone (not always 00:00 where the clocks change at
   * midnight).
   *
   * @param date the date
   * @return the start of the day
   */
  public Instant startOfDay(LocalDate date) {
    requireSupported(date, "date");
    return date.atStartOfDay(zone()).toInstant();
  }

  /**
   * The date of an instant in the shop's zone.
   *
   * @param instant an instant
   * @return the local date
   */
  public LocalDate dateOf(Instant instant) {
    requireSupported(instant, "instant");
    return LocalDate.ofInstant(instant, zone());
  }

  /**
   * The local date-time of an instant in the shop's zone, for messages and displays.
   *
   * @param instant an instant
   * @return the local date-time
   */
  public LocalDateTime localDateTime(Instant instant) {
    requireSupported(instant, "instant");
    return LocalDateTime.ofInstant(instant, zone());
  }

  /**
   * Today in the shop's zone.
   *
   * @param now the current instant
   * @return the shop's date at {@code now}
   */
  public LocalDate today(Instant now) {
    return dateOf(Checks.requireNonNull(now, "now"));
  }

  /**
   * Tomorrow in the shop's zone: 23:30 in Shanghai is already "tomorrow" for a customer in
   * Berlin, but not for the shop.
   *
   * @param now the current instant
   * @return the day after the shop's date at {@code now}
   */
  public LocalDate tomorrow(Instant now) {
    return today(now).plusDays(1);
  }

  /**
   * Whether the shop works at an instant: inside opening hours and not in a break.
   *
   * @param instant an instant
   * @return {@code true} when open
   */
  public boolean isOpenAt(Instant instant) {
    LocalDate d = dateOf(instant);
    for (Interval i : openIntervals(d)) {
      if (i.contains(instant)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first instant at or after {@code from} at which the shop works, looking at most {@value
   * #MAX_SEARCH_DAYS} days ahead.
   *
   * @param from an instant
   * @return {@code from} itself when open, else the next opening; empty when none is found
   */
  public Optional<Instant> nextOpening(Instant from) {
    requireSupported(from, "from");
    LocalDate d = dateOf(from);
    for (int i = 0; i <= MAX_SEARCH_DAYS && d.getYear() <= 2999; i++, d = d.plusDays(1)) {
      for (Interval iv : openIntervals(d)) {
        if (iv.end().isAfter(from)) {
          return Optional.of(iv.start().isAfter(from) ? iv.start() : from);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The same calendar with one more holiday.
   *
   * @param date the holiday
   * @return the new calendar
   */
  public ShopCalendar withHoliday(LocalDate date) {
    return builder().from(this).addHoliday(Checks.requireNonNull(date, "date")).build();
  }

  /**
   * The same calendar with the hours of one date replaced.
   *
   * @param date the date
   * @param hours its hours; {@link DayHours#closed()} closes it
   * @return the new calendar
   */
  public ShopCalendar withOverride(LocalDate date, DayHours hours) {
    Checks.requireNonNull(date, "date");
    Checks.requireNonNull(hours, "hours");
    java.util.TreeMap<LocalDate, DayHours> o = new java.util.TreeMap<>(overrides());
    o.put(date, hours);
    return builder().from(this).overrides(o).build();
  }

  @Value.Check
  final void check() {
    boolean anyOpen = weeklyHours().values().stream().anyMatch(h -> !h.isClosed());
    if (!anyOpen) {
      throw PolicyException.of(
          "weeklyHours",
          CoreErrorCode.POLICY_INVALID,
          "a shop calendar needs opening hours on at least one weekday: " + weeklyHours());
    }
  }
}

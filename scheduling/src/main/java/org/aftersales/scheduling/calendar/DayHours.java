package org.aftersales.scheduling.calendar;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aftersales.core.Checks;
import org.aftersales.scheduling.SchedulingErrorCode;

/**
 * One day's opening hours: when the shop opens and closes, and its breaks (the workshop's lunch
 * break, a shift handover), in wall-clock time.
 *
 * <p>Rules checked on construction: both times are whole minutes; {@code closes} is not before
 * {@code opens} ({@link SchedulingErrorCode#OPENING_HOURS_ORDER}); every break lies within
 * {@code [opens, closes]} ({@link SchedulingErrorCode#BREAK_OUTSIDE_OPENING_HOURS}); breaks do not
 * overlap ({@link SchedulingErrorCode#BREAKS_OVERLAP}; breaks that only touch are fine). Breaks are
 * kept sorted by start. {@code opens == closes} is a zero-length day: the shop is closed, and such
 * a day has no breaks. The latest closing time is 23:59 (a day never crosses midnight).
 *
 * <p>Immutable and thread-safe. JSON: {@code
 * {"opens":"08:00","closes":"18:00","breaks":[{"start":"12:00","end":"13:00"}]}}.
 *
 * @param opens the opening time, inclusive
 * @param closes the closing time, exclusive: nothing is offered at or after it
 * @param breaks the breaks, sorted, within the opening hours
 */
public record DayHours(LocalTime opens, LocalTime closes, List<TimeWindow> breaks) {

  /** Validates and sorts the breaks. */
  public DayHours {
    TimeWindow.requireWholeMinutes(opens, "opens");
    TimeWindow.requireWholeMinutes(closes, "closes");
    Checks.requireNonNull(breaks, "breaks");
    Checks.require(
        !closes.isBefore(opens),
        "closes",
        SchedulingErrorCode.OPENING_HOURS_ORDER,
        "closes %s is before opens %s",
        closes,
        opens);
    List<TimeWindow> sorted = new ArrayList<>(breaks.size());
    for (int i = 0; i < breaks.size(); i++) {
      sorted.add(Checks.requireNonNull(breaks.get(i), "breaks[" + i + "]"));
    }
    sorted.sort(Comparator.comparing(TimeWindow::start).thenComparing(TimeWindow::end));
    for (int i = 0; i < sorted.size(); i++) {
      TimeWindow b = sorted.get(i);
      Checks.require(
          !opens.equals(closes) && !b.start().isBefore(opens) && !b.end().isAfter(closes),
          "breaks[" + i + "]",
          SchedulingErrorCode.BREAK_OUTSIDE_OPENING_HOURS,
          "break %s lies outside the opening hours %s–%s",
          b,
          opens,
          closes);
      if (i > 0) {
        TimeWindow prev = sorted.get(i - 1);
        Checks.require(
            !prev.overlaps(b),
            "breaks[" + i + "]",
            SchedulingErrorCode.BREAKS_OVERLAP,
            "break %s overlaps break %s",
            b,
            prev);
      }
    }
    breaks = List.copyOf(sorted);
  }

  /**
   * Open from {@code opens} to {@code closes} with the given breaks.
   *
   * @param opens the opening time
   * @param closes the closing time
   * @param breaks the breaks
   * @return the hours
   */
  public static DayHours of(LocalTime opens, LocalTime closes, TimeWindow... breaks) {
    Checks.requireNonNull(breaks, "breaks");
    return new DayHours(opens, closes, List.of(breaks));
  }

  /**
   * Open from two ISO times such as {@code "08:00"} and {@code "18:00"}, without breaks.
   *
   * @param opens the opening time
   * @param closes the closing time
   * @return the hours
   */
  public static DayHours parse(String opens, String closes) {
    return new DayHours(
        TimeWindow.parseTime(opens, "opens"), TimeWindow.parseTime(closes, "closes"), List.of());
  }

  /**
   * A closed day: a zero-length override.
   *
   * @return the hours of a closed day
   */
  public static DayHours closed() {
    return new DayHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, List.of());
  }

  /**
   * The same hours with one more break.
   *
   * @param pause the break, within the opening hours
   * @return the new hours
   */
  public DayHours withBreak(TimeWindow pause) {
    List<TimeWindow> more = new ArrayList<>(breaks);
    more.add(Checks.requireNonNull(pause, "break"));
    return new DayHours(opens, closes, more);
  }

  /**
   * Whether this is a zero-length (closed) day.
   *
   * @return {@code true} when {@code opens == closes}
   */
  @JsonIgnore
  public boolean isClosed() {
    return opens.equals(closes);
  }

  /**
   * The opening hours minus the breaks, in order; empty for a closed day. A break at opening or
   * closing leaves no empty window behind.
   *
   * @return the windows in which the shop works
   */
  public List<TimeWindow> workingWindows() {
    if (isClosed()) {
      return List.of();
    }
    List<TimeWindow> out = new ArrayList<>(breaks.size() + 1);
    LocalTime from = opens;
    for (TimeWindow b : breaks) {
      if (b.start().isAfter(from)) {
        out.add(new TimeWindow(from, b.start()));
      }
      if (b.end().isAfter(from)) {
        from = b.end();
      }
    }
    if (closes.isAfter(from)) {
      out.add(new TimeWindow(from, closes));
    }
    return List.copyOf(out);
  }

  /**
   * The wall-clock minutes the shop works: opening hours minus breaks.
   *
   * @return the minutes
   */
  public long workingMinutes() {
    long m = 0;
    for (TimeWindow w : workingWindows()) {
      m += w.minutes();
    }
    return m;
  }

  @Override
  public String toString() {
    return isClosed() ? "closed" : opens + "–" + closes + (breaks.isEmpty() ? "" : " breaks " + breaks);
  }
}

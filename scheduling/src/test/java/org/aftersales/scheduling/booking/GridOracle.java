package org.aftersales.scheduling.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.scheduling.calendar.DayHours;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.aftersales.scheduling.calendar.TimeWindow;

/**
 * An independent, wall-clock reading of the seed's rule "after every N reception slots keep M
 * minutes free", for windows that do not cross a clock change: the slot starts and the buffer
 * starts of a date, as instants.
 */
final class GridOracle {

  final List<Instant> starts = new ArrayList<>();
  final List<Instant> buffers = new ArrayList<>();

  GridOracle(ShopCalendar calendar, ReceptionPattern pattern, LocalDate date) {
    DayHours hours = calendar.hoursOn(date).orElse(null);
    if (hours == null) {
      return;
    }
    long slot = pattern.slotLength().toMinutes();
    long buffer = pattern.buffer().toMinutes();
    int n = pattern.slotsBeforeBuffer();
    for (TimeWindow w : hours.workingWindows()) {
      long t = w.start().toSecondOfDay() / 60;
      long end = w.end().toSecondOfDay() / 60;
      int inRun = 0;
      while (t + slot <= end) {
        starts.add(calendar.toInstant(date, LocalTime.ofSecondOfDay(t * 60)));
        t += slot;
        inRun++;
        if (buffer > 0 && inRun == n) {
          if (t < end) {
            buffers.add(calendar.toInstant(date, LocalTime.ofSecondOfDay(t * 60)));
          }
          t += buffer;
          inRun = 0;
        }
      }
    }
  }
}

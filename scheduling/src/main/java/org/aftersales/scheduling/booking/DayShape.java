package org.aftersales.scheduling.booking;

import org.aftersales.scheduling.calendar.DayStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a date looks like to the book, in seconds from the date's base instant: its status, its
 * working windows, the reception-slot grid, and the loadable hours of each technician and bay
 * type (in units of 1/10,000 hour). One shape serves every ordinary date of a weekday; dates with
 * overrides, holidays, absences or a clock change get their own. Immutable.
 */
final class DayShape {

  final DayStatus status;
  final int[] winStart;
  final int[] winEnd;
  final SlotGrid grid;
  final long[] techUnits;
  final long[] bayUnits;
  final long openSeconds;
  /** Reception slot units appointments may take, after the walk-in reserve. */
  final long appointmentUnits;
  /** Advisors off duty that date, by index; null when everyone is on duty. */
  final boolean @Nullable [] advisorOff;

  DayShape(
      DayStatus status,
      int[] winStart,
      int[] winEnd,
      SlotGrid grid,
      long[] techUnits,
      long[] bayUnits,
      long openSeconds,
      long appointmentUnits,
      boolean @Nullable [] advisorOff) {
    this.status = status;
    this.winStart = winStart;
    this.winEnd = winEnd;
    this.grid = grid;
    this.techUnits = techUnits;
    this.bayUnits = bayUnits;
    this.openSeconds = openSeconds;
    this.appointmentUnits = appointmentUnits;
    this.advisorOff = advisorOff;
  }

  boolean onDuty(int advisor) {
    return advisorOff == null || !advisorOff[advisor];
  }

  boolean isOpen() {
    return status == DayStatus.OPEN;
  }

  int slotCount() {
    return grid.starts.length;
  }
}

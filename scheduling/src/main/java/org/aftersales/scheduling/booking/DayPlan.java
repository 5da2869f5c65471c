package org.aftersales.scheduling.booking;

import java.time.LocalDate;

/** A date's {@link DayShape} placed on the time line: {@code instant = base + offset}. */
final class DayPlan {

  final LocalDate date;
  final long epochDay;
  final long base;
  final DayShape shape;

  DayPlan(LocalDate date, long epochDay, long base, DayShape shape) {
    this.date = date;
    this.epochDay = epochDay;
    this.base = base;
    this.shape = shape;
  }

  long slotStart(int slot) {
    return base + shape.grid.starts[slot];
  }

  /** The slot starting exactly at an epoch second, or -1. */
  int slotAt(long epochSecond) {
    return shape.grid.indexOf(epochSecond - base);
  }
}

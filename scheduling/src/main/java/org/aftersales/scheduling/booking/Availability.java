package org.aftersales.scheduling.booking;

import java.time.Instant;
import java.util.List;
import org.aftersales.core.Checks;

/**
 * The answer to an {@link AvailabilityQuery}: every bookable start time in order, and the dates on
 * which nothing is offered with the reasons. A time that is in {@link #slots()} can be held or
 * booked with the same request at the same instant; any other time is refused, and {@link
 * AppointmentBook#explain} says why.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"slots":[...],"unavailableDays":[...]}}.
 *
 * @param slots the offered slots, by start time
 * @param unavailableDays the dates without any offered slot, in date order
 */
public record Availability(List<OfferedSlot> slots, List<DayRefusal> unavailableDays) {

  /** Copies the lists. */
  public Availability {
    Checks.requireNonNull(slots, "slots");
    Checks.requireNonNull(unavailableDays, "unavailableDays");
    slots = List.copyOf(slots);
    unavailableDays = List.copyOf(unavailableDays);
  }

  /**
   * The offered start times, in order.
   *
   * @return the starts
   */
  public List<Instant> starts() {
    return slots.stream().map(OfferedSlot::start).toList();
  }

  /**
   * Whether a start time is offered.
   *
   * @param start an instant
   * @return {@code true} when it is one of the offered starts
   */
  public boolean offers(Instant start) {
    int lo = 0;
    int hi = slots.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = slots.get(mid).start().compareTo(start);
      if (c == 0) {
        return true;
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return false;
  }
}

package org.aftersales.scheduling.booking;

/**
 * Where a booking stands. Only {@link #HELD} and {@link #CONFIRMED} bookings take an advisor's
 * slot and workshop capacity; the others are history.
 *
 * <pre>
 *   hold ──► HELD ──confirm──► CONFIRMED ──cancel──► CANCELLED
 *             │ └──release──► RELEASED
 *             └──(expiry passes)──► EXPIRED
 *   book ──────────────────► CONFIRMED
 * </pre>
 *
 * {@code reschedule} keeps the status and moves the time.
 */
public enum BookingStatus {
  /** Reserved for a short while (the customer is deciding, a web checkout is running). */
  HELD,
  /** Booked. */
  CONFIRMED,
  /** A hold given up before its expiry. */
  RELEASED,
  /** A confirmed booking cancelled. */
  CANCELLED,
  /** A hold whose expiry passed before it was confirmed. */
  EXPIRED;

  /**
   * Whether a booking in this status takes a slot and capacity.
   *
   * @return {@code true} for held and confirmed bookings
   */
  public boolean isActive() {
    return this == HELD || this == CONFIRMED;
  }
}

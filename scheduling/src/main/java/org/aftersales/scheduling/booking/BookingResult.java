package org.aftersales.scheduling.booking;

import org.aftersales.core.Checks;

/**
 * What a booking operation returns: the new book and the booking as it is now. The book the
 * operation was called on is unchanged.
 *
 * <p>Immutable and thread-safe. Not a JSON value (the book is an engine, not a document): store
 * {@link #booking()} and restore books with {@link AppointmentBook#restore}.
 *
 * @param book the book after the operation
 * @param booking the booking the operation made or changed
 */
public record BookingResult(AppointmentBook book, Booking booking) {

  /** Validates that both parts are present. */
  public BookingResult {
    Checks.requireNonNull(book, "book");
    Checks.requireNonNull(booking, "booking");
  }
}

package org.aftersales.scheduling.booking;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.aftersales.core.Checks;

/**
 * The current {@link AppointmentBook} of a shop, shared by threads that book concurrently (a web
 * front end, the call centre, the service drive).
 *
 * <p>Each operation takes the current snapshot, computes the next immutable book from it, and
 * installs it with a compare-and-set on an {@link AtomicReference}; when another thread got there
 * first, it starts over from the newer snapshot. So every operation is atomic and linearizable,
 * refusals are computed on the latest state, among concurrent attempts on the last free slot
 * exactly one succeeds, and no lock is ever held (lock-free; a retry happens only when another
 * operation succeeded). A refused operation throws and installs nothing. The class starts no
 * threads and reads no clock: callers pass the current instant.
 *
 * <p>Thread-safe. Readers call {@link #snapshot()} and query the immutable book at leisure.
 */
public final class SharedAppointmentBook {

  private final AtomicReference<AppointmentBook> current;

  private SharedAppointmentBook(AppointmentBook initial) {
    this.current = new AtomicReference<>(initial);
  }

  /**
   * A holder starting with a book.
   *
   * @param initial the initial book
   * @return the holder
   */
  public static SharedAppointmentBook of(AppointmentBook initial) {
    return new SharedAppointmentBook(Checks.requireNonNull(initial, "initial"));
  }

  /**
   * The current book, immutable.
   *
   * @return the snapshot
   */
  public AppointmentBook snapshot() {
    return current.get();
  }

  /**
   * Availability on the current snapshot.
   *
   * @param query the query
   * @param now the current instant
   * @return the availability
   * @see AppointmentBook#availability
   */
  public Availability availability(AvailabilityQuery query, Instant now) {
    return current.get().availability(query, now);
  }

  /**
   * Holds a start atomically.
   *
   * @param request the request
   * @param start the start
   * @param expiresAt the hold's expiry
   * @param now the current instant
   * @return the held booking
   * @see AppointmentBook#hold
   */
  public Booking hold(AppointmentRequest request, Instant start, Instant expiresAt, Instant now) {
    return apply(b -> b.hold(request, start, expiresAt, now));
  }

  /**
   * Books a start atomically.
   *
   * @param request the request
   * @param start the start
   * @param now the current instant
   * @return the confirmed booking
   * @see AppointmentBook#book
   */
  public Booking book(AppointmentRequest request, Instant start, Instant now) {
    return apply(b -> b.book(request, start, now));
  }

  /**
   * Confirms a hold atomically.
   *
   * @param id the booking
   * @param now the current instant
   * @return the confirmed booking
   * @see AppointmentBook#confirm
   */
  public Booking confirm(BookingId id, Instant now) {
    return apply(b -> b.confirm(id, now));
  }

  /**
   * Releases a hold atomically.
   *
   * @param id the booking
   * @param now the current instant
   * @return the released booking
   * @see AppointmentBook#release
   */
  public Booking release(BookingId id, Instant now) {
    return apply(b -> b.release(id, now));
  }

  /**
   * Cancels a booking atomically.
   *
   * @param id the booking
   * @param now the current instant
   * @return the cancelled booking
   * @see AppointmentBook#cancel
   */
  public Booking cancel(BookingId id, Instant now) {
    return apply(b -> b.cancel(id, now));
  }

  /**
   * Reschedules a booking atomically.
   *
   * @param id the booking
   * @param newStart the new start
   * @param now the current instant
   * @return the moved booking
   * @see AppointmentBook#reschedule
   */
  public Booking reschedule(BookingId id, Instant newStart, Instant now) {
    return apply(b -> b.reschedule(id, newStart, now));
  }

  /**
   * Expires lapsed holds atomically.
   *
   * @param now the current instant
   * @return the book after expiring
   */
  public AppointmentBook expire(Instant now) {
    return update(b -> b.expire(now));
  }

  /**
   * Applies any function of the book atomically, retrying on the newest snapshot when another
   * thread changed it meanwhile. The function must be free of side effects (it may run more than
   * once) and may throw to change nothing.
   *
   * @param operation from the current book to the next
   * @return the book installed
   */
  public AppointmentBook update(UnaryOperator<AppointmentBook> operation) {
    Checks.requireNonNull(operation, "operation");
    while (true) {
      AppointmentBook before = current.get();
      AppointmentBook after = Checks.requireNonNull(operation.apply(before), "operation result");
      if (current.compareAndSet(before, after)) {
        return after;
      }
    }
  }

  private Booking apply(java.util.function.Function<AppointmentBook, BookingResult> op) {
    while (true) {
      AppointmentBook before = current.get();
      BookingResult r = op.apply(before);
      if (current.compareAndSet(before, r.book())) {
        return r.booking();
      }
    }
  }

  @Override
  public String toString() {
    return "SharedAppointmentBook[" + current.get() + "]";
  }

}

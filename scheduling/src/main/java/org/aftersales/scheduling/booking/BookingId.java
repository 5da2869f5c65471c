package org.aftersales.scheduling.booking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.aftersales.core.Checks;

/**
 * Identifies a booking in an {@link AppointmentBook}. The book numbers its bookings {@code
 * BK-00000001}, {@code BK-00000002}…, so ids sort in the order the bookings were made; restored
 * bookings keep whatever id the host stored.
 *
 * <p>1 to 64 characters: letters, digits and {@code . _ : / -}, starting with a letter or digit.
 * Immutable and thread-safe. JSON: the string.
 *
 * @param value the identifier
 */
public record BookingId(String value) implements Comparable<BookingId> {

  /** Validates the identifier. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public BookingId {
    Checks.atValue(() -> Checks.requireIdentifier(value, "bookingId"));
  }

  /**
   * The identifier from its text.
   *
   * @param value the identifier
   * @return the id
   */
  public static BookingId of(String value) {
    return new BookingId(value);
  }

  static BookingId ofSequence(long sequence) {
    return new BookingId(String.format(java.util.Locale.ROOT, "BK-%08d", sequence));
  }

  /**
   * The identifier's text.
   *
   * @return the text
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(BookingId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.aftersales.scheduling.booking;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.AdvisorId;
import org.aftersales.scheduling.SchedulingErrorCode;
import org.immutables.value.Value;

/**
 * An appointment in the book: the request, when the reception starts and ends, the date in the
 * shop's zone, the advisor who receives the customer, and the status.
 *
 * <p>A {@link BookingStatus#HELD} booking has {@link #holdExpiresAt()}: it stops taking its slot
 * at that instant (the expiry is exclusive: a hold expiring at 10:00 is gone at 10:00). Rules
 * checked on build: the reception ends after it starts; a held booking has its expiry. Immutable
 * and thread-safe; the book creates bookings, hosts store them and give them back to {@link
 * AppointmentBook#restore}. JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableBooking.class)
@JsonDeserialize(as = ImmutableBooking.class)
public abstract class Booking {

  Booking() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Booking}; {@code build()} validates. */
  public static final class Builder extends ImmutableBooking.Builder {
    Builder() {}
  }

  /**
   * The booking's id.
   *
   * @return the id
   */
  public abstract BookingId id();

  /**
   * What was asked for.
   *
   * @return the request
   */
  public abstract AppointmentRequest request();

  /**
   * When the reception starts.
   *
   * @return the start, inclusive
   */
  public abstract Instant start();

  /**
   * When the reception ends.
   *
   * @return the end, exclusive
   */
  public abstract Instant receptionEnd();

  /**
   * The appointment's date in the shop's zone.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The advisor who receives the customer.
   *
   * @return the advisor
   */
  public abstract AdvisorId advisor();

  /**
   * Where the booking stands.
   *
   * @return the status
   */
  public abstract BookingStatus status();

  /**
   * When a hold stops taking its slot, exclusive.
   *
   * @return the expiry; present for held bookings
   */
  public abstract Optional<Instant> holdExpiresAt();

  /**
   * When the booking was made.
   *
   * @return the instant
   */
  public abstract Instant createdAt();

  /**
   * When the booking last changed.
   *
   * @return the instant
   */
  public abstract Instant updatedAt();

  /**
   * Whether the booking takes a slot and capacity.
   *
   * @return {@code true} when held or confirmed
   */
  @JsonIgnore
  public boolean isActive() {
    return status().isActive();
  }

  @Value.Check
  final void check() {
    Checks.require(
        receptionEnd().isAfter(start()),
        "receptionEnd",
        CoreErrorCode.DATE_ORDER,
        "receptionEnd %s must be after start %s",
        receptionEnd(),
        start());
    Checks.require(
        status() != BookingStatus.HELD || holdExpiresAt().isPresent(),
        "holdExpiresAt",
        SchedulingErrorCode.BOOKING_STATUS,
        "held booking %s needs its holdExpiresAt",
        id());
  }
}

/**
 * Appointments (DOMAIN §2 steps 1–2): the {@link
 * org.aftersales.scheduling.booking.ReceptionPattern} with its buffer slots (seed 001: book
 * 9:00, 9:15, 9:30 and then 10:00, keeping one 15-minute slot free after every three), and the
 * {@link org.aftersales.scheduling.booking.AppointmentBook} that offers, holds, confirms, releases,
 * cancels and reschedules {@link org.aftersales.scheduling.booking.Booking}s against the shop's
 * calendar and the workshop's capacity.
 *
 * <p>Every time that is not offered can be explained ({@link
 * org.aftersales.scheduling.booking.AppointmentBook#explain}) with reasons such as {@code
 * BUFFER_SLOT}, {@code ADVISOR_BUSY} or {@code SKILL_CAPACITY_EXHAUSTED}; a booking succeeds if
 * and only if its time is offered, because both go through the same checks. The book is
 * immutable: every operation returns a new book. {@link
 * org.aftersales.scheduling.booking.SharedAppointmentBook} holds the current book for hosts that
 * book from several threads, and swaps it atomically.
 */
@NullMarked
package org.aftersales.scheduling.booking;

import org.jspecify.annotations.NullMarked;

/**
 * The shared vocabulary of the aftersales library: errors, reasons and validation.
 *
 * <p>Every module of the library speaks through these types. Bad input throws an unchecked
 * {@link org.aftersales.core.AfterSalesException} subtype carrying an {@link
 * org.aftersales.core.ErrorCode} and {@link org.aftersales.core.Violation}s that name the path and
 * value at fault ({@link org.aftersales.core.ValidationException}, {@link
 * org.aftersales.core.IllegalTransitionException}, {@link
 * org.aftersales.core.SchedulingConflictException}, {@link org.aftersales.core.PolicyException}).
 * Every decision a person may question carries {@link org.aftersales.core.Reason}s: a code,
 * parameters and an English message, renderable in other languages with a {@link
 * org.aftersales.core.ReasonFormatter}.
 *
 * <p>Sub-packages: {@code vehicle} (VIN, vehicle, odometer), {@code customer}, {@code order}
 * (repair order and its lifecycle), {@code money}, {@code quantity} and {@code json}.
 *
 * <p>The library does no I/O, reads no clock and keeps no mutable static state: all types are
 * immutable and thread-safe, and every operation is a pure function of its arguments.
 * No method accepts or returns {@code null}.
 */
@NullMarked
package org.aftersales.core;

import org.jspecify.annotations.NullMarked;

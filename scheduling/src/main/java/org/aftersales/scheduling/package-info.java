/**
 * Scheduling for the service department (DOMAIN §2 steps 1, 2, 4 and 6): when the shop is open,
 * when customers can be received, how much work the workshop can take, which appointments can be
 * booked, when a car will be ready, who works on which job, and when to call the customer.
 *
 * <p>Sub-packages:
 *
 * <ul>
 *   <li>{@code calendar}: {@link org.aftersales.scheduling.calendar.ShopCalendar}, the shop's zone,
 *       weekly opening hours, breaks, holidays and date overrides, correct on 23 h and 25 h days;
 *   <li>{@code capacity}: technicians with skills, shifts, availability and efficiency; bays by
 *       type; daily limits, transport quotas and the loaner fleet ({@link
 *       org.aftersales.scheduling.capacity.WorkshopCapacity});
 *   <li>{@code booking}: the reception pattern with buffer slots (seed 001's 15 min / 3 + 1
 *       example) and the {@link org.aftersales.scheduling.booking.AppointmentBook}: availability,
 *       holds, confirmation, cancellation and rescheduling, every refusal with its reasons;
 *   <li>{@code promise}: the promised completion time with a margin and the 70–80% progress
 *       check ({@link org.aftersales.scheduling.promise.PromiseCalculator});
 *   <li>{@code dispatch}: a day's jobs assigned to technicians and bays by skill and priority
 *       ({@link org.aftersales.scheduling.dispatch.Dispatcher});
 *   <li>{@code reminder}: the confirmation call the day before and the reminder half a day to one
 *       day before ({@link org.aftersales.scheduling.reminder.ReminderPlanner}).
 * </ul>
 *
 * <p>Every type is immutable and thread-safe unless its Javadoc says otherwise; no operation reads
 * a clock (each takes the current instant) or the JVM's default zone. Refusals and decisions carry
 * {@link org.aftersales.core.Reason}s whose codes are listed in {@link
 * org.aftersales.scheduling.SchedulingReason}; bad input throws a {@link
 * org.aftersales.core.ValidationException} with a {@link
 * org.aftersales.scheduling.SchedulingErrorCode}.
 */
@NullMarked
package org.aftersales.scheduling;

import org.jspecify.annotations.NullMarked;

/**
 * The customer-retention side of after-sales (DOMAIN §2 steps 1 and 9, §6): when each vehicle is
 * due for service, whom to call before it is, which follow-up tasks a visit leaves behind, and the
 * handful of KPIs management reviews every month.
 *
 * <p>Sub-packages:
 *
 * <ul>
 *   <li>{@link org.aftersales.rules.service.maintenance}: {@code MaintenancePlan} (intervals by
 *       time and distance, whichever first; the first service 首保; severe-service variants), the
 *       robust {@code MileageForecaster}, and {@code ProactiveAppointments} (主动预约), the list of
 *       vehicles to call, built in one pass over any number of vehicles;
 *   <li>{@link org.aftersales.rules.service.followup}: {@code FollowUpPlanner} (customer file,
 *       first and second call, escalation, promotion notices and letters) in the shop's zone and
 *       working-day calendar;
 *   <li>{@link org.aftersales.rules.service.kpi}: {@code ServiceKpis}, every KPI with its
 *       numerator and denominator, "no data" instead of 0% or NaN.
 * </ul>
 *
 * <p>{@link org.aftersales.rules.service.ServiceErrorCode} lists the error codes of all three.
 * Like the whole library, these packages do no I/O, read no clock (every operation takes its
 * {@code LocalDate} or {@code Instant}) and keep no mutable state: every type is immutable and
 * thread-safe and every operation is a pure function of its arguments.
 */
@NullMarked
package org.aftersales.rules.service;

import org.jspecify.annotations.NullMarked;

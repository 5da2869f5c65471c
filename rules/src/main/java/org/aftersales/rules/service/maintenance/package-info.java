/**
 * Maintenance plans, mileage forecasts and proactive appointment lists (主动预约, DOMAIN §2 step 1;
 * seed 001: "make the customer a maintenance plan, then notify them before it is due").
 *
 * <p><b>Plans are data.</b> A {@link org.aftersales.rules.service.maintenance.MaintenancePlan}
 * lists {@link org.aftersales.rules.service.maintenance.MaintenanceItem}s, each with a first
 * interval counted from delivery (the first service 首保 is an item with only a first interval)
 * and/or a repeat interval counted from the last time the item was performed, each by time and
 * distance, whichever comes first. Severe-service variants ({@link
 * org.aftersales.rules.service.maintenance.SevereCondition}: taxi, towing, dusty roads...) only
 * ever tighten an interval. A plan applies to vehicles by make, model, powertrain and model year.
 *
 * <p><b>Forecasts are robust.</b> {@link
 * org.aftersales.rules.service.maintenance.MileageForecaster} estimates the distance a vehicle
 * drives per day with Siegel's repeated-median slope over the odometer readings of a window, so
 * that one bad reading cannot move it, and falls back to the whole history (with the delivery as
 * a zero reading) and then to a configured default when there is too little history. The
 * forecast gives the date a due distance is reached.
 *
 * <p><b>Due status</b> ({@link org.aftersales.rules.service.maintenance.DueStatus}) follows the
 * plan's {@link org.aftersales.rules.service.maintenance.DueThresholds}: due soon, due, overdue.
 * {@link org.aftersales.rules.service.maintenance.ProactiveAppointments} turns plans and records of
 * any number of vehicles into the sorted list of whom to call, in one pass.
 *
 * <p>Dates are the shop's local dates (the forecast settings carry its zone); distances compare
 * exactly across kilometres and miles. Everything is immutable and thread-safe.
 */
@NullMarked
package org.aftersales.rules.service.maintenance;

import org.jspecify.annotations.NullMarked;

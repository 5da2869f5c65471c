/**
 * Service KPIs (DOMAIN §6; seeds 003 and 004, "每日或每周服务绩效指标" and the radar-chart
 * indicators): first-time fix, on-time and same-day delivery, comebacks, technician
 * productivity, efficiency and utilisation, appointment and show rates, follow-up reach,
 * complaints, first-service uptake, visit counts by who pays, and average order value by payer.
 *
 * <p>{@link org.aftersales.rules.service.kpi.ServiceKpis#compute} takes a {@link
 * org.aftersales.rules.service.kpi.KpiInput} (orders, invoices, vehicles sold, attendance, a
 * period) and returns a {@link org.aftersales.rules.service.kpi.KpiReport}. Every rate carries its
 * numerator and denominator ({@link org.aftersales.rules.service.kpi.Rate}); an empty denominator
 * is "no data", never 0% or NaN. Results do not depend on the order of the input. Everything is
 * immutable and thread-safe.
 */
@NullMarked
package org.aftersales.rules.service.kpi;

import org.jspecify.annotations.NullMarked;

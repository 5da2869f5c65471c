/**
 * Parts logistics (DOMAIN §2 parts logistics, §5; seeds 000 and 002): an explained reorder
 * proposal, the stocking program, supersession and special orders, and the parts KPIs.
 *
 * <h2>Inputs</h2>
 *
 * A {@link org.aftersales.rules.parts.PartsSnapshot} holds the department's data as values:
 * {@link org.aftersales.rules.parts.PartMaster}s (number, unit, supersession, order multiple,
 * cost, supplier, stocking flags), {@link org.aftersales.rules.parts.Supplier}s with {@link
 * org.aftersales.rules.parts.LeadTimes} by {@link org.aftersales.rules.parts.OrderType} (stock
 * orders in working days, urgent in hours, emergency in minutes; the seed's 3 working days, 3 h
 * and 90 min as {@link org.aftersales.rules.parts.LeadTimes#oemNetwork()}), daily or monthly
 * {@link org.aftersales.rules.parts.DemandHistory}s with hits, lost sales and emergency purchases,
 * {@link org.aftersales.rules.parts.StockPosition}s (on hand, reserved, on order with ETAs),
 * {@link org.aftersales.rules.parts.AppointmentRequirement}s and unsold {@link
 * org.aftersales.rules.parts.SpecialOrderStock}. Policies are {@link
 * org.aftersales.rules.parts.ReorderSettings} and {@link
 * org.aftersales.rules.parts.StockingSettings}.
 *
 * <h2>Entry points</h2>
 *
 * <ul>
 *   <li>{@link org.aftersales.rules.parts.ReorderPlanner#plan} → {@link
 *       org.aftersales.rules.parts.ReorderProposal}: per part family, demand statistics, safety
 *       stock, reorder point and EOQ ({@link org.aftersales.rules.parts.InventoryFormulas}),
 *       Odoo-style min/max, urgent and emergency orders for booked appointments, special orders,
 *       each line with its figures and reasons;
 *   <li>{@link org.aftersales.rules.parts.StockingClassifier#classify} → {@link
 *       org.aftersales.rules.parts.StockingReport}: phase-in (N of M months), phase-out and
 *       obsolescence (K months without a sale), ABC classes, aged special orders;
 *   <li>{@link org.aftersales.rules.parts.PartsKpis#compute} → {@link
 *       org.aftersales.rules.parts.PartsKpiReport}: fill rate, gross turns, months' supply,
 *       obsolete share, each with numerator and denominator.
 * </ul>
 *
 * <p>Quantities are exact: inputs have at most 3 decimals and are added as {@code long}
 * thousandths; only the statistical formulas use {@code double} (with {@link StrictMath}, so
 * results are the same on every JVM), and their results are rounded at the documented points.
 * Money is exact until rounded to the currency. No method reads a clock: the planning instant or
 * date is an argument. Every type is immutable and thread-safe, every value round-trips through
 * {@code AfterSalesJson}, and no result depends on the order of input lists.
 */
@NullMarked
package org.aftersales.rules.parts;

import org.jspecify.annotations.NullMarked;

/**
 * Consumer-law remedies over a vehicle's repair history (DOMAIN §3.1–3.3): which remedy is
 * available, on which article, since when, what is still missing, and the money the law's formula
 * gives.
 *
 * <p>The {@link org.aftersales.rules.consumerlaw.RepairHistory} is built from core repair orders
 * and the {@link org.aftersales.rules.consumerlaw.OrderFacts} a host adds (the component group and
 * problem of each repaired job, assembly or main-part replacements, serious safety faults, time
 * not counted), so nobody recounts by hand; {@link
 * org.aftersales.rules.consumerlaw.RepairHistory#summarize} gives repairs per problem, cumulative
 * and single repair days ({@link org.aftersales.rules.consumerlaw.RepairDays}, SAMR Order 43
 * Art. 40), calendar days out of service, replacements and safety repairs.
 *
 * <p>The packs are data plus a pure evaluation returning a {@link
 * org.aftersales.rules.consumerlaw.ConsumerLawAssessment} of {@link
 * org.aftersales.rules.consumerlaw.RemedyAssessment}s:
 *
 * <ul>
 *   <li>{@link org.aftersales.rules.consumerlaw.ChinaThreeGuarantees}: 三包, SAMR Order 43, and
 *       the repealed AQSIQ Order 150 for purchases before 2022-01-01 ({@link
 *       org.aftersales.rules.consumerlaw.ThreeGuaranteesRules});
 *   <li>{@link org.aftersales.rules.consumerlaw.CaliforniaLemonLaw}: the presumption of Civ. Code
 *       1793.22(b) and the buyback offset of 1793.2(d)(2)(C);
 *   <li>{@link org.aftersales.rules.consumerlaw.EuLegalGuarantee}: Directive 2019/771 as a member
 *       state transposed it.
 * </ul>
 *
 * <p>Adding a repair to a history never removes a remedy that was available, and the order in
 * which visits are given does not matter. Every type is immutable and thread-safe; every value
 * round-trips through {@code AfterSalesJson}.
 */
@NullMarked
package org.aftersales.rules.consumerlaw;

import org.jspecify.annotations.NullMarked;

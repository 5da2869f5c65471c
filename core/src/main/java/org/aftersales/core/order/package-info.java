/**
 * The repair order (任务委托书) and its lifecycle (DOMAIN §2).
 *
 * <p>A {@link org.aftersales.core.order.RepairOrder} holds the header of one visit (vehicle,
 * customer, advisor, walk-around, promised time, terms) and its {@link
 * org.aftersales.core.order.Job}s: the 3C (concern, cause, correction), pay type and payer splits,
 * labour, parts, sublets and fees, each job with its status and the customer's authorization or
 * refusal.
 *
 * <p>The lifecycle is a set of pure transitions: {@link
 * org.aftersales.core.order.RepairOrder#apply(RepairOrderCommand)} returns the next order and its
 * {@link org.aftersales.core.order.RepairOrderEvent}s, or throws an {@link
 * org.aftersales.core.IllegalTransitionException} naming the status and the command and leaves the
 * order as it was. The transition table is in {@link org.aftersales.core.order.RepairOrderCommand}.
 */
@NullMarked
package org.aftersales.core.order;

import org.jspecify.annotations.NullMarked;

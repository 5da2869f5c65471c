package org.aftersales.rules.parts;

/**
 * How a part is ordered from the supplier, slowest and cheapest first (DOMAIN §2 parts logistics,
 * seed 002): the OEM network picks and packs super-urgent orders within 90 minutes, urgent orders
 * within 3 hours, and replenishes stock within 3 working days.
 *
 * <p>The planner chooses {@link #URGENT} or {@link #EMERGENCY} only when a booked appointment
 * needs the part before a {@link #STOCK} order could arrive; see {@link LeadTimes}.
 */
public enum OrderType {
  /** Super-urgent order (超急订单), lead time in minutes; the most expensive. */
  EMERGENCY,
  /** Urgent order (紧急订单), lead time in hours. */
  URGENT,
  /** Stock replenishment order (库存补给), lead time in the supplier's working days. */
  STOCK
}

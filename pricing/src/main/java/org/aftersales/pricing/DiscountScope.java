package org.aftersales.pricing;

/**
 * What a discount is computed on. Discounts are applied in scope order: all {@link #LINE}
 * discounts, then {@link #JOB}, then {@link #ORDER}.
 */
public enum DiscountScope {
  /** Each eligible line on its own: an amount comes off every eligible line. */
  LINE,
  /** Each job's eligible lines together: an amount comes off each job, shared pro rata. */
  JOB,
  /** The order's eligible lines together: an amount comes off once, shared pro rata. */
  ORDER
}

package org.aftersales.pricing;

/**
 * What an estimate line is, and the keys of an estimate's subtotals by category.
 *
 * <p>{@link #DISCOUNT} never labels a line: discounts reduce the lines they apply to, and the
 * {@code DISCOUNT} subtotal is the (negative) sum of those reductions.
 */
public enum LineCategory {
  /** Flat-rate labour (工时费). */
  LABOUR,
  /** Parts (备件). */
  PARTS,
  /** A refundable core deposit for a part's old unit. */
  CORE_CHARGE,
  /** Work sent to an outside vendor. */
  SUBLET,
  /** The risk allowance of a symptom estimate (现象估价, seed 001). */
  RISK_ALLOWANCE,
  /** Fees: shop supplies, environmental and hazardous-waste fees, diagnostic fees. */
  FEE,
  /** The handling allowance on parts in a warranty claim. */
  HANDLING,
  /** Discounts, in subtotals only (negative). */
  DISCOUNT,
  /** The adjustment that brings a payer's total to the cash rounding increment. */
  ROUNDING
}

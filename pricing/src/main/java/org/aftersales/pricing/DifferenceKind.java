package org.aftersales.pricing;

/** How an invoice line differs from the authorized estimate. */
public enum DifferenceKind {
  /** On the invoice, not on the estimate (a supplement). */
  ADDED,
  /** On the estimate, not on the invoice (work not done, part not used). */
  REMOVED,
  /** On both, with another amount, quantity or hours. */
  CHANGED
}

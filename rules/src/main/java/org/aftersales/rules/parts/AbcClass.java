package org.aftersales.rules.parts;

/**
 * A part family's rank by annual cost of sales (Pareto analysis, DOMAIN §5): the few parts that
 * make up most of the cost of sales are {@link #A}.
 *
 * <p>Families are ranked by annual cost of sales, highest first, ties by part number. A family is
 * {@code A} while the cost of sales of the families ranked before it is below the A share of the
 * total (default 80%), {@code B} while it is below the B share (default 95%), otherwise {@code C};
 * so the family that crosses a share boundary still belongs to the class below the boundary.
 * Families without cost of sales are {@code C}.
 */
public enum AbcClass {
  /** The top of the cost of sales. */
  A,
  /** The middle. */
  B,
  /** The long tail, and parts without sales. */
  C
}

package org.aftersales.rules.parts;

/** The length of the periods a {@link DemandHistory} is recorded in. */
public enum DemandGranularity {
  /** One period per calendar day. */
  DAY,
  /** One period per calendar month, starting on the first of the month. */
  MONTH
}

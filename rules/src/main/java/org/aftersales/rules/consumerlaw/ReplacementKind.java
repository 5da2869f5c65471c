package org.aftersales.rules.consumerlaw;

/**
 * What a repair replaced, as SAMR Order 43 Art. 24 counts it (DOMAIN §3.1): replacements of a
 * whole assembly (engine, transmission, traction battery, drive motor) and of a main part are
 * counted separately, never one for the other.
 */
public enum ReplacementKind {
  /** Nothing of the kind the law counts was replaced (a repair, an adjustment, a minor part). */
  NONE,
  /** A whole assembly: engine, transmission, traction battery or drive motor (总成). */
  ASSEMBLY,
  /** A main part (主要零部件) of a system, named by {@link FaultFacts#mainPart()}. */
  MAIN_PART
}

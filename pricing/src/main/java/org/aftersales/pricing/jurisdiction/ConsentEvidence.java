package org.aftersales.pricing.jurisdiction;

/**
 * What must be recorded with a consent to exceed an estimate (California 16 CCR 3353: date, time,
 * name of the person consenting and the telephone number called).
 */
public enum ConsentEvidence {
  /** The date consent was given. */
  DATE,
  /** The time of day consent was given. */
  TIME,
  /** The name of the person who consented. */
  NAME,
  /** The telephone number called, when consent was given by phone. */
  PHONE
}

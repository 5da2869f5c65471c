package org.aftersales.rules.consumerlaw;

/** Where a remedy stands at the assessment. */
public enum RemedyStatus {
  /** The conditions are met: the consumer may claim it now. */
  AVAILABLE,
  /** Not met yet, but still possible within the law's period; see what is missing. */
  NOT_YET,
  /** The period ended without the conditions being met. */
  LAPSED,
  /** The fault is not a quality problem the law covers (an Art. 32 exclusion, misuse...). */
  EXCLUDED
}

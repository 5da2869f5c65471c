package org.aftersales.core.order;

/** What kind of work a job is (DOMAIN §2). */
public enum JobType {
  /** Scheduled maintenance, including the first service (首保). */
  MAINTENANCE,
  /** A repair of a reported concern. */
  REPAIR,
  /** Diagnosis only, to find the cause of a concern. */
  DIAGNOSIS,
  /** A manufacturer's recall or service campaign. */
  RECALL,
  /** A repair under the manufacturer's warranty (索赔). */
  WARRANTY,
  /** Internal work: used-car reconditioning, demonstrators. */
  INTERNAL,
  /** Fitting an accessory. */
  ACCESSORY
}

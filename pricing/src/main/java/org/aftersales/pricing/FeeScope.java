package org.aftersales.pricing;

/** Whether a fee is charged once per order or once per job. */
public enum FeeScope {
  /** Once per repair order; the line belongs to no job and is paid by the fee's payer. */
  ORDER,
  /** Once per eligible job; the line belongs to the job and is split like its other lines. */
  JOB
}

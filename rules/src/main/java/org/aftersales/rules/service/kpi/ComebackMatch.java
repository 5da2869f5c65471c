package org.aftersales.rules.service.kpi;

/**
 * How a later visit is recognised as a comeback (返修) for an earlier repair: the later order has a
 * repair, warranty or diagnosis job for the same concern.
 */
public enum ComebackMatch {
  /** A labour operation code of the later job was done on an earlier repair job. */
  OP_CODE,
  /**
   * The later job's concern text equals an earlier repair job's, ignoring case, surrounding
   * blanks and runs of whitespace.
   */
  CONCERN,
  /** Either of the two. */
  OP_CODE_OR_CONCERN
}

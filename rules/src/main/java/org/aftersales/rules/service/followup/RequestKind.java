package org.aftersales.rules.service.followup;

/** What a customer raised on a call or at the counter. */
public enum RequestKind {
  /** A request or question (要求 / 希望). */
  REQUEST,
  /** A complaint (投诉). */
  COMPLAINT
}

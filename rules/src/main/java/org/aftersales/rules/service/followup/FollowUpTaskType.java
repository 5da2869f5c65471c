package org.aftersales.rules.service.followup;

/** The kinds of follow-up work (DOMAIN §2 step 9), in the order a day's list shows them. */
public enum FollowUpTaskType {
  /** Open the customer file (建立客户档案). */
  CUSTOMER_FILE,
  /** First follow-up call after delivery (第一次跟踪服务). */
  FIRST_CALL,
  /** Second follow-up call (第二次跟踪服务). */
  SECOND_CALL,
  /** Report a request or complaint not answered on the call to the service manager. */
  ESCALATION,
  /** Tell the customer the solution, the day it is found. */
  ANSWER,
  /** Announce a promotion or event by phone. */
  PROMOTION_CALL,
  /** Send the promotion letter after the call. */
  PROMOTION_LETTER
}

package org.aftersales.pricing.jurisdiction;

/** What a shop must do before charging a proposed amount above the authorized estimate. */
public enum ConsentRequirement {
  /** Nothing: the amount is within what the rule allows without asking. */
  NONE,
  /**
   * Tell the customer the new amount before doing the work; the customer may then authorize or
   * refuse it (Florida 559.909).
   */
  NOTIFY,
  /** Get and record the customer's consent before doing the work. */
  CONSENT
}

package org.aftersales.core.customer;

/** How a customer prefers to be contacted for confirmations, consent and follow-ups. */
public enum ContactChannel {
  /** A phone call. */
  PHONE,
  /** A text message. */
  SMS,
  /** A messaging app such as WeChat. */
  MESSAGING_APP,
  /** E-mail. */
  EMAIL,
  /** A letter. */
  LETTER,
  /** The customer does not wish to be contacted. */
  NONE
}

package org.aftersales.core.order;

/** How a customer's consent or refusal was given. */
public enum ConsentChannel {
  /** In person, at the dealership. */
  IN_PERSON,
  /** On the phone. */
  PHONE,
  /** By text message. */
  SMS,
  /** Through a messaging app such as WeChat. */
  MESSAGING_APP,
  /** By e-mail. */
  EMAIL,
  /** On paper, signed. */
  WRITTEN
}

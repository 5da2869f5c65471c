package org.aftersales.rules.consumerlaw;

/** Who owes an amount of a remedy. */
public enum Party {
  /** The consumer (usage compensation, a buyback offset). */
  CONSUMER,
  /** The seller (refund, restitution, price reduction). */
  SELLER
}

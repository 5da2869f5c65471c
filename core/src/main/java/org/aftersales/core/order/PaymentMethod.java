package org.aftersales.core.order;

/** How the customer's part of the invoice is paid at settlement. */
public enum PaymentMethod {
  /** Cash. */
  CASH,
  /** Bank or credit card. */
  CARD,
  /** Mobile payment (WeChat Pay, Alipay). */
  MOBILE,
  /** Bank transfer. */
  TRANSFER,
  /** On account, invoiced later (fleet customers). */
  ACCOUNT,
  /** Nothing for the customer to pay (warranty, goodwill, internal). */
  NO_CHARGE
}

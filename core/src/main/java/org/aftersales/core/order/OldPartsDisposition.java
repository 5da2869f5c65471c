package org.aftersales.core.order;

/** What happens to replaced parts (DOMAIN §2 step 5). */
public enum OldPartsDisposition {
  /** Handed to the customer at delivery. */
  RETURN_TO_CUSTOMER,
  /** Disposed of by the dealership. */
  DISPOSE,
  /** Retained for the manufacturer, as warranty claims require. */
  RETAIN_FOR_MANUFACTURER
}

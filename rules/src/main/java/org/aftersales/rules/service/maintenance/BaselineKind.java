package org.aftersales.rules.service.maintenance;

/** What a maintenance item's interval is counted from. */
public enum BaselineKind {
  /** The vehicle's delivery to its first owner (or invoice date): the item was never performed. */
  DELIVERY,
  /** The last time the item was performed. */
  LAST_SERVICE
}

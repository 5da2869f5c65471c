package org.aftersales.rules.service.maintenance;

/**
 * Operating conditions under which manufacturers prescribe shorter maintenance intervals ("severe
 * service" in owner's manuals). A vehicle used as a taxi ({@code VehicleUsage.TAXI}) is always
 * under {@link #TAXI}; the other conditions are declared per vehicle by the host, for example from
 * the customer's answers at check-in.
 */
public enum SevereCondition {
  /** Taxi or ride-hailing: long daily distances, much idling. */
  TAXI,
  /** Towing a trailer or carrying heavy loads. */
  TOWING,
  /** Dusty, sandy or unpaved roads. */
  DUSTY_ROADS,
  /** Mostly short trips in which the engine does not reach operating temperature. */
  SHORT_TRIPS,
  /** Very hot or very cold climates. */
  EXTREME_TEMPERATURES,
  /** Mountain roads with long climbs and descents. */
  MOUNTAIN_ROADS
}

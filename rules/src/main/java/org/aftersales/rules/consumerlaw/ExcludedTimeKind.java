package org.aftersales.rules.consumerlaw;

/** Why time of a repair visit does not count towards a law's repair days. */
public enum ExcludedTimeKind {
  /**
   * Transport of special parts made to the VIN (anti-theft system, main wiring harness); not
   * counted towards the 30 days of SAMR Order 43 Art. 24(4).
   */
  SPECIAL_PART_TRANSPORT,
  /** Transport of a traction battery; not counted towards the 30 days of Art. 24(4). */
  POWER_BATTERY_TRANSPORT,
  /** Roadside-rescue travel time; not counted towards the 30 days of Art. 24(4). */
  ROADSIDE_RESCUE_TRAVEL,
  /**
   * Repairs could not be performed due to conditions beyond the manufacturer's control; extends
   * the 30 days of California Civ. Code 1793.22(b)(3).
   */
  BEYOND_MANUFACTURER_CONTROL
}

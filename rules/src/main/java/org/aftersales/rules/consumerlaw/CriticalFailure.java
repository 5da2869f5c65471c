package org.aftersales.rules.consumerlaw;

/**
 * The failures that give a replacement or refund within 60 days or 3,000 km (SAMR Order 43
 * Art. 23, DOMAIN §3.1; the repealed AQSIQ Order 150 listed the first four).
 */
public enum CriticalFailure {
  /** Steering system failure (转向系统失效). */
  STEERING_FAILURE,
  /** Brake system failure (制动系统失效). */
  BRAKE_FAILURE,
  /** Body cracking (车身开裂). */
  BODY_CRACKING,
  /** Fuel leak (燃油泄漏). */
  FUEL_LEAK,
  /** Traction (power) battery fire (动力蓄电池起火); SAMR Order 43 only. */
  POWER_BATTERY_FIRE
}

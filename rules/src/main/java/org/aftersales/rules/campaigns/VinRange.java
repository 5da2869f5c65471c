package org.aftersales.rules.campaigns;

import org.aftersales.core.Checks;
import org.aftersales.core.vehicle.Vin;

/**
 * A range of VINs a campaign names, both ends inclusive. VINs are compared by their 16 characters
 * without the check digit (positions 1–8 and 10–17), so a range such as {@code LGXCE4CB?R0100000}
 * to {@code LGXCE4CB?R0199999} covers every serial number in between whatever its check digit.
 * Immutable and thread-safe.
 *
 * @param first the first VIN, inclusive
 * @param last the last VIN, inclusive
 */
public record VinRange(Vin first, Vin last) {

  /** Validates the order of the ends. */
  public VinRange {
    Checks.requireNonNull(first, "first");
    Checks.requireNonNull(last, "last");
    Checks.require(
        key(first).compareTo(key(last)) <= 0,
        "last",
        CampaignErrorCode.CAMPAIGN_VIN_RANGE_ORDER,
        "VIN range ends at %s, before its start %s",
        last,
        first);
  }

  /**
   * Whether a VIN is in the range.
   *
   * @param vin the VIN
   * @return {@code true} when {@code first <= vin <= last}, check digits ignored
   */
  public boolean contains(Vin vin) {
    String k = key(vin);
    return k.compareTo(key(first)) >= 0 && k.compareTo(key(last)) <= 0;
  }

  static String key(Vin vin) {
    String v = vin.value();
    return v.substring(0, 8) + v.substring(9);
  }
}

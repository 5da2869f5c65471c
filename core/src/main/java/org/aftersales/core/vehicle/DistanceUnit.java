package org.aftersales.core.vehicle;

import java.math.BigDecimal;

/** Units of distance on odometers and warranty limits. */
public enum DistanceUnit {
  /** Kilometre. */
  KM(BigDecimal.ONE),
  /** International mile: exactly 1.609344 km. */
  MI(new BigDecimal("1.609344"));

  private final BigDecimal kilometres;

  DistanceUnit(BigDecimal kilometres) {
    this.kilometres = kilometres;
  }

  /**
   * The exact length of one unit in kilometres.
   *
   * @return 1 for KM, 1.609344 for MI
   */
  public BigDecimal kilometres() {
    return kilometres;
  }
}

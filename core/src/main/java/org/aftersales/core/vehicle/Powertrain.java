package org.aftersales.core.vehicle;

/** What drives the vehicle; decides which warranty coverages and skills apply. */
public enum Powertrain {
  /** Internal combustion engine only. */
  ICE,
  /** Hybrid electric vehicle, not chargeable from the grid. */
  HEV,
  /** Plug-in hybrid electric vehicle. */
  PHEV,
  /** Battery electric vehicle. */
  BEV,
  /** Fuel-cell electric vehicle. */
  FCEV;

  /**
   * Whether the vehicle has a high-voltage traction battery (HEV, PHEV, BEV, FCEV), which needs
   * EV-qualified technicians and bays and has its own warranty coverage.
   *
   * @return {@code true} for every electrified powertrain
   */
  public boolean hasTractionBattery() {
    return this != ICE;
  }
}

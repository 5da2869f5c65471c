package org.aftersales.rules.warranty;

/**
 * The kinds of manufacturer warranty coverage (DOMAIN §3.4). A policy has at most one coverage of
 * a kind for any component group and powertrain; coverages of different kinds may overlap (the
 * engine is under both basic and powertrain coverage in year one), and {@link WarrantyEvaluator}
 * documents which one then wins.
 */
public enum CoverageKind {
  /** Basic ("bumper to bumper", 整车质保) coverage. */
  BASIC,
  /** Powertrain: engine, transmission, driveline. */
  POWERTRAIN,
  /** Corrosion perforation of the body. */
  CORROSION,
  /** The high-voltage traction battery of an electrified vehicle. */
  EV_TRACTION_BATTERY,
  /** Emission-related components (US federal emissions warranty, 40 CFR 86 / CAA §207). */
  EMISSIONS,
  /**
   * Parts replaced in a paid or warranty repair, counted from their installation date and
   * odometer rather than from the vehicle's warranty start.
   */
  REPLACED_PARTS;

  /**
   * Whether this coverage runs from the installation of the failed part instead of from the
   * vehicle's warranty start date.
   *
   * @return {@code true} for {@link #REPLACED_PARTS}
   */
  public boolean startsAtPartInstallation() {
    return this == REPLACED_PARTS;
  }
}

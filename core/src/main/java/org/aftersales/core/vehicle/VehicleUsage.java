package org.aftersales.core.vehicle;

/**
 * How the vehicle is used. Consumer law (China 三包, SAMR Order 43 Art. 40) covers household use
 * only, and warranty policies may shorten or void coverages for commercial use.
 */
public enum VehicleUsage {
  /** Private, household use. */
  PRIVATE,
  /** Used by a business, for example a company car or a delivery van. */
  COMMERCIAL,
  /** Taxi or ride-hailing (网约车): severe service. */
  TAXI,
  /** A rental company's vehicle. */
  RENTAL,
  /** Part of a managed fleet. */
  FLEET;

  /**
   * Whether this is household (private) use, the scope of 三包.
   *
   * @return {@code true} for {@link #PRIVATE}
   */
  public boolean isHousehold() {
    return this == PRIVATE;
  }
}

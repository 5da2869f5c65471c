package org.aftersales.rules.service.maintenance;

/**
 * How a {@link MileageForecast}'s daily distance was found, best first; {@link
 * MileageForecaster} uses the first one the history allows.
 */
public enum ForecastMethod {
  /**
   * Siegel's repeated-median slope over the readings of the window: robust to one bad reading
   * once there are at least four readings.
   */
  ROBUST_WINDOW,
  /**
   * The same estimator over the whole history before the day asked about, with the delivery as a
   * zero reading: the window had too few readings or too short a span.
   */
  FULL_HISTORY,
  /** The configured default for the vehicle's usage: too little history to measure anything. */
  DEFAULT
}

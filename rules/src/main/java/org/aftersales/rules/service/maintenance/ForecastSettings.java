package org.aftersales.rules.service.maintenance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.ZoneId;
import java.util.Map;
import java.util.SortedMap;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.VehicleUsage;
import org.aftersales.rules.service.ServiceErrorCode;
import org.immutables.value.Value;

/**
 * How {@link MileageForecaster} estimates the distance a vehicle drives per day.
 *
 * <ul>
 *   <li>{@link #zone()}: the shop's zone, which turns reading instants into local dates
 *       (required: the library never uses the JVM's default zone);
 *   <li>{@link #windowDays()} (default 365, 7 to 3,650): readings dated in {@code [asOf -
 *       windowDays, asOf]} form the window;
 *   <li>{@link #minReadings()} (default 4, 2 to 64) and {@link #minSpanDays()} (default 14, 1 to
 *       3,650): the window is used when it has at least this many readings spanning at least
 *       this many days (four readings are the fewest with which one bad reading cannot move the
 *       estimate);
 *   <li>{@link #maxReadings()} (default 16, {@code minReadings} to 64): only the latest this many
 *       readings are used, which bounds the cost per vehicle;
 *   <li>{@link #defaultDailyDistance()} (default 40 km, about 14,600 km a year, a private car's
 *       typical use) and {@link #usageDailyDistance()} (per {@link VehicleUsage}, for example 300
 *       km for taxis): the fallback when the history is too short. At most 2,000 km a day.
 * </ul>
 *
 * <p>Out-of-range values are {@link ServiceErrorCode#SERVICE_SETTING_OUT_OF_RANGE}. Immutable and
 * thread-safe; build with {@link #builder()} or {@link #defaults(ZoneId)}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableForecastSettings.class)
@JsonDeserialize(as = ImmutableForecastSettings.class)
public abstract class ForecastSettings {

  private static final Distance MAX_DAILY = Distance.ofKilometres(2000);

  ForecastSettings() {}

  /**
   * A new builder with the defaults; the zone must be set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ForecastSettings}; {@code build()} validates. */
  public static final class Builder extends ImmutableForecastSettings.Builder {
    Builder() {}
  }

  /**
   * The defaults for a shop in a zone.
   *
   * @param zone the shop's zone
   * @return the settings
   */
  public static ForecastSettings defaults(ZoneId zone) {
    return builder().zone(zone).build();
  }

  /**
   * The shop's zone.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * Length of the window in days.
   *
   * @return days, default 365
   */
  @Value.Default
  public int windowDays() {
    return 365;
  }

  /**
   * Fewest readings in the window for the robust window estimate.
   *
   * @return the count, default 4
   */
  @Value.Default
  public int minReadings() {
    return 4;
  }

  /**
   * Most readings used, the latest ones.
   *
   * @return the count, default 16
   */
  @Value.Default
  public int maxReadings() {
    return 16;
  }

  /**
   * Shortest span in days between the first and last reading used.
   *
   * @return days, default 14
   */
  @Value.Default
  public int minSpanDays() {
    return 14;
  }

  /**
   * Daily distance assumed when the history is too short.
   *
   * @return the distance, default 40 km
   */
  @Value.Default
  public Distance defaultDailyDistance() {
    return Distance.ofKilometres(40);
  }

  /**
   * Daily distance assumed per usage, overriding {@link #defaultDailyDistance()}.
   *
   * @return the distances
   */
  @Value.NaturalOrder
  public abstract SortedMap<VehicleUsage, Distance> usageDailyDistance();

  @Value.Check
  final void check() {
    range(windowDays(), 7, 3650, "windowDays");
    range(minReadings(), 2, 64, "minReadings");
    range(maxReadings(), minReadings(), 64, "maxReadings");
    range(minSpanDays(), 1, 3650, "minSpanDays");
    daily(defaultDailyDistance(), "defaultDailyDistance");
    for (Map.Entry<VehicleUsage, Distance> e : usageDailyDistance().entrySet()) {
      daily(e.getValue(), "usageDailyDistance." + e.getKey());
    }
  }

  private static void range(int value, int min, int max, String path) {
    Checks.require(
        value >= min && value <= max,
        path,
        ServiceErrorCode.SERVICE_SETTING_OUT_OF_RANGE,
        "%s must be between %s and %s: %s",
        path,
        min,
        max,
        value);
  }

  private static void daily(Distance d, String path) {
    Checks.require(
        d.isAtMost(MAX_DAILY),
        path,
        ServiceErrorCode.SERVICE_SETTING_OUT_OF_RANGE,
        "%s must be at most 2000 km a day: %s",
        path,
        d);
  }
}

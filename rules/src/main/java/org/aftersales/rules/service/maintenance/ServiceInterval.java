package org.aftersales.rules.service.maintenance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Period;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.rules.service.ServiceErrorCode;
import org.immutables.value.Value;

/**
 * A maintenance interval: a time, a distance, or both, <b>whichever comes first</b> (for example
 * 12 months or 10,000 km).
 *
 * <p>Rules: at least one limit ({@link ServiceErrorCode#MAINTENANCE_INTERVAL_MISSING}); neither is
 * zero ({@link ServiceErrorCode#MAINTENANCE_INTERVAL_ZERO}); a time has no negative part and is at
 * most 20 years and 7,300 days ({@link ServiceErrorCode#MAINTENANCE_INTERVAL_OUT_OF_RANGE}). A time
 * is added to a date with {@link java.time.LocalDate#plus}: months first, clamped to the end of a
 * shorter month (31 January + 1 month = 28 or 29 February), then days. JSON: {@code
 * {"time":"P12M","distance":{"value":10000,"unit":"KM"}}}. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableServiceInterval.class)
@JsonDeserialize(as = ImmutableServiceInterval.class)
public abstract class ServiceInterval {

  private static final int MAX_MONTHS = 240;
  private static final int MAX_DAYS = 7300;

  ServiceInterval() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceInterval}; {@code build()} validates. */
  public static final class Builder extends ImmutableServiceInterval.Builder {
    Builder() {}
  }

  /**
   * Time or distance, whichever comes first.
   *
   * @param time the time limit
   * @param distance the distance limit
   * @return the interval
   */
  public static ServiceInterval of(Period time, Distance distance) {
    return builder().time(time).distance(distance).build();
  }

  /**
   * A time-only interval (brake fluid every 24 months).
   *
   * @param time the time limit
   * @return the interval
   */
  public static ServiceInterval ofTime(Period time) {
    return builder().time(time).build();
  }

  /**
   * A distance-only interval.
   *
   * @param distance the distance limit
   * @return the interval
   */
  public static ServiceInterval ofDistance(Distance distance) {
    return builder().distance(distance).build();
  }

  /**
   * The time limit, if any.
   *
   * @return the period
   */
  public abstract Optional<Period> time();

  /**
   * The distance limit, if any.
   *
   * @return the distance
   */
  public abstract Optional<Distance> distance();

  @Value.Check
  final void check() {
    Checks.require(
        time().isPresent() || distance().isPresent(),
        "",
        ServiceErrorCode.MAINTENANCE_INTERVAL_MISSING,
        "a maintenance interval needs a time, a distance or both");
    time().ifPresent(ServiceInterval::checkTime);
    distance()
        .ifPresent(
            d ->
                Checks.require(
                    d.value().signum() > 0,
                    "distance",
                    ServiceErrorCode.MAINTENANCE_INTERVAL_ZERO,
                    "distance interval must be longer than zero: %s",
                    d));
  }

  private static void checkTime(Period p) {
    Checks.require(
        !p.isZero(),
        "time",
        ServiceErrorCode.MAINTENANCE_INTERVAL_ZERO,
        "time interval must be longer than zero: %s",
        p);
    Checks.require(
        p.getYears() >= 0 && p.getMonths() >= 0 && p.getDays() >= 0,
        "time",
        ServiceErrorCode.MAINTENANCE_INTERVAL_OUT_OF_RANGE,
        "time interval must not have a negative part: %s",
        p);
    Checks.require(
        p.toTotalMonths() <= MAX_MONTHS && p.getDays() <= MAX_DAYS,
        "time",
        ServiceErrorCode.MAINTENANCE_INTERVAL_OUT_OF_RANGE,
        "time interval must be at most 20 years and %s days: %s",
        MAX_DAYS,
        p);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    time().ifPresent(sb::append);
    distance()
        .ifPresent(
            d -> {
              if (sb.length() > 0) {
                sb.append(" or ");
              }
              sb.append(d);
            });
    return sb.toString();
  }
}

package org.aftersales.rules.service.maintenance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;
import org.aftersales.core.vehicle.Distance;
import org.immutables.value.Value;

/**
 * A vehicle's estimated use: the distance it drives per day, and where its odometer stood on the
 * last day it was seen (the anchor), with how they were found ({@link ForecastMethod}) and why.
 *
 * <p><b>Predicting a date.</b> {@link #dateReaching(Distance)} is the anchor date plus
 * {@code ceil((target - anchor) / daily distance)} days: the first day on which the target is
 * reached at that pace. So more distance per day never gives a later date. A target at or below
 * the anchor was reached by the anchor date; with a daily distance of zero a target above the
 * anchor is never reached.
 *
 * <p>The daily distance is in the unit of the latest odometer reading, rounded half-up to 3
 * decimal places; the anchor is in that unit too. Without any reading and without a delivery date
 * there is no anchor. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableMileageForecast.class)
@JsonDeserialize(as = ImmutableMileageForecast.class)
public abstract class MileageForecast {

  MileageForecast() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MileageForecast}. */
  public static final class Builder extends ImmutableMileageForecast.Builder {
    Builder() {}
  }

  /**
   * How the daily distance was found.
   *
   * @return the method
   */
  public abstract ForecastMethod method();

  /**
   * The distance driven per day.
   *
   * @return the daily distance, at least zero
   */
  public abstract Distance dailyDistance();

  /**
   * The odometer on the last day it was seen (estimated robustly for {@link
   * ForecastMethod#ROBUST_WINDOW}), or at delivery when no reading exists.
   *
   * @return the anchor
   */
  public abstract Optional<DatedDistance> anchor();

  /**
   * The number of readings (and delivery point) the estimate used.
   *
   * @return the count
   */
  public abstract int readingsUsed();

  /**
   * Why: the method, the readings and the anchor.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();

  /**
   * The estimated odometer on a date: the anchor plus the daily distance for each day after it
   * (or minus, before it, never below zero).
   *
   * @param date the date
   * @return the estimate, or empty without an anchor
   */
  public Optional<Distance> estimateAt(LocalDate date) {
    Checks.requireNonNull(date, "date");
    return anchor()
        .map(
            a -> {
              long days = ChronoUnit.DAYS.between(a.date(), date);
              long value =
                  OdometerSeries.micros(a.distance())
                      + OdometerSeries.saturatedMultiply(OdometerSeries.micros(dailyDistance()), days);
              return OdometerSeries.distance(value, a.distance().unit());
            });
  }

  /**
   * The first date on which the odometer reaches a distance at this pace.
   *
   * @param target the distance
   * @return the date; empty without an anchor, or when the daily distance is zero and the target
   *     is above the anchor
   */
  public Optional<LocalDate> dateReaching(Distance target) {
    Checks.requireNonNull(target, "target");
    if (anchor().isEmpty()) {
      return Optional.empty();
    }
    DatedDistance a = anchor().get();
    long remaining = OdometerSeries.micros(target) - OdometerSeries.micros(a.distance());
    if (remaining <= 0) {
      return Optional.of(a.date());
    }
    long rate = OdometerSeries.micros(dailyDistance());
    if (rate == 0) {
      return Optional.empty();
    }
    return Optional.of(a.date().plusDays(Math.floorDiv(remaining + rate - 1, rate)));
  }

  @Value.Check
  final void check() {
    Checks.require(
        readingsUsed() >= 0,
        "readingsUsed",
        CoreErrorCode.NEGATIVE_QUANTITY,
        "readingsUsed must be >= 0: %s",
        readingsUsed());
  }
}

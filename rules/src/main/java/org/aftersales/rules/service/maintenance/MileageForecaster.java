package org.aftersales.rules.service.maintenance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.Vehicle;

/**
 * Estimates how far a vehicle drives per day from its odometer readings, and where its odometer
 * stands (DOMAIN §2 step 1: proactive appointments need to know when the distance interval will
 * be reached).
 *
 * <p><b>Method</b> (first that applies, see {@link ForecastMethod}); only readings dated on or
 * before the day asked about count, at most {@link ForecastSettings#maxReadings()} of the latest:
 *
 * <ol>
 *   <li><b>Robust window.</b> With at least {@link ForecastSettings#minReadings()} readings in the
 *       window spanning at least {@link ForecastSettings#minSpanDays()} days: Siegel's repeated
 *       median (Siegel 1982, "Robust regression using repeated medians"). For each reading, take
 *       the lower median of its rates to every other reading (distance difference over time
 *       difference, pairs at the same instant skipped); the daily distance is the median of these
 *       per-reading medians (the mean of the two middle ones for an even count). With four or more
 *       readings a single bad one (a typo, a wrong date, a stale value, even one below an earlier
 *       reading) changes no per-reading median of the others and so not the result. A negative
 *       estimate becomes zero. The anchor is the median of every reading projected at that rate
 *       to the last reading's instant, so a bad last reading does not move it either.
 *   <li><b>Full history.</b> Otherwise, the same estimator over all readings plus a zero reading
 *       at the start of the delivery date (or invoice date) when that precedes them, if at least
 *       two points span at least {@code minSpanDays}. With the delivery and one reading this is
 *       the average since delivery.
 *   <li><b>Default.</b> Otherwise {@link ForecastSettings#usageDailyDistance()} for the
 *       vehicle's usage, or {@link ForecastSettings#defaultDailyDistance()}; the anchor is the
 *       latest reading, or zero at delivery.
 * </ol>
 *
 * <p>A reading flagged as a cluster replacement starts a new instrument: distances continue
 * across it as if nothing was driven between the last old reading and the first new one, and
 * results are in the scale and unit of the latest reading. Exact integer arithmetic throughout
 * (distances in micrometres, instants in seconds, rates compared as exact fractions); the cost
 * per vehicle is bounded by {@code maxReadings}&sup3;. Immutable and thread-safe.
 */
public final class MileageForecaster {

  private final ForecastSettings settings;

  private MileageForecaster(ForecastSettings settings) {
    this.settings = settings;
  }

  /**
   * A forecaster with these settings.
   *
   * @param settings the settings
   * @return the forecaster
   */
  public static MileageForecaster of(ForecastSettings settings) {
    return new MileageForecaster(Checks.requireNonNull(settings, "settings"));
  }

  /**
   * The settings.
   *
   * @return the settings
   */
  public ForecastSettings settings() {
    return settings;
  }

  /**
   * The forecast for a vehicle's record as of a day.
   *
   * @param record the vehicle's record
   * @param asOf the last day whose readings count
   * @return the forecast
   */
  public MileageForecast forecast(VehicleServiceRecord record, LocalDate asOf) {
    Checks.requireNonNull(record, "record");
    Checks.requireNonNull(asOf, "asOf");
    OdometerSeries series =
        OdometerSeries.of(record.odometer().readings(), settings.zone(), asOf, "odometer");
    return estimate(record.vehicle(), series, asOf).toForecast(series);
  }

  /**
   * The forecast from readings as captured, which need not form a valid {@code OdometerHistory}:
   * a single reading below an earlier one (a typo) is tolerated like any bad reading. The readings
   * must be in time order.
   *
   * @param vehicle the vehicle (delivery date and usage)
   * @param readings the readings, oldest first
   * @param asOf the last day whose readings count
   * @return the forecast
   * @throws org.aftersales.core.ValidationException with {@code OUT_OF_ORDER} at {@code
   *     readings[i].at} for a reading earlier than the one before it
   */
  public MileageForecast forecast(Vehicle vehicle, List<OdometerReading> readings, LocalDate asOf) {
    Checks.requireNonNull(vehicle, "vehicle");
    Checks.requireNonNull(readings, "readings");
    Checks.requireNonNull(asOf, "asOf");
    for (int i = 0; i < readings.size(); i++) {
      Checks.requireNonNull(readings.get(i), "readings[" + i + "]");
    }
    OdometerSeries series = OdometerSeries.of(readings, settings.zone(), asOf, "readings");
    return estimate(vehicle, series, asOf).toForecast(series);
  }

  Estimate estimate(Vehicle vehicle, OdometerSeries s, LocalDate asOf) {
    int m = s.size;
    LocalDate windowStart = asOf.minusDays(settings.windowDays());
    int from = m;
    while (from > 0 && !s.dates[from - 1].isBefore(windowStart)) {
      from--;
    }
    from = Math.max(from, m - settings.maxReadings());
    if (m - from >= settings.minReadings()
        && ChronoUnit.DAYS.between(s.dates[from], s.dates[m - 1]) >= settings.minSpanDays()) {
      Estimate e =
          fit(
              ForecastMethod.ROBUST_WINDOW,
              Arrays.copyOfRange(s.seconds, from, m),
              Arrays.copyOfRange(s.cont, from, m),
              s.dates[from],
              s.dates[m - 1],
              false,
              s);
      if (e != null) {
        return e;
      }
    }
    int hFrom = Math.max(0, m - settings.maxReadings());
    Optional<LocalDate> delivery = vehicle.warrantyStartDate().filter(d -> !d.isAfter(asOf));
    long deliverySecond =
        delivery.map(d -> d.atStartOfDay(settings.zone()).toEpochSecond()).orElse(0L);
    boolean withDelivery =
        delivery.isPresent() && (hFrom == m || deliverySecond < s.seconds[hFrom]);
    int k = m - hFrom + (withDelivery ? 1 : 0);
    if (k >= 2) {
      long[] xs = new long[k];
      long[] ys = new long[k];
      int j = 0;
      if (withDelivery) {
        xs[0] = deliverySecond;
        ys[0] = 0;
        j = 1;
      }
      System.arraycopy(s.seconds, hFrom, xs, j, m - hFrom);
      System.arraycopy(s.cont, hFrom, ys, j, m - hFrom);
      LocalDate first = withDelivery ? delivery.get() : s.dates[hFrom];
      if (ChronoUnit.DAYS.between(first, s.dates[m - 1]) >= settings.minSpanDays()) {
        Estimate e =
            fit(ForecastMethod.FULL_HISTORY, xs, ys, first, s.dates[m - 1], withDelivery, s);
        if (e != null) {
          return e;
        }
      }
    }
    Distance daily =
        settings.usageDailyDistance().getOrDefault(vehicle.usage(), settings.defaultDailyDistance());
    Estimate e = new Estimate();
    e.method = ForecastMethod.DEFAULT;
    e.unit = s.unit;
    e.daily = daily.to(s.unit);
    e.rateMicros = OdometerSeries.micros(e.daily);
    e.usage = vehicle.usage().name();
    if (m > 0) {
      e.hasAnchor = true;
      e.anchorDate = s.dates[m - 1];
      e.anchorCont = s.cont[m - 1];
      e.readingsUsed = 1;
    } else if (delivery.isPresent()) {
      e.hasAnchor = true;
      e.anchorDate = delivery.get();
      e.anchorCont = 0;
      e.readingsUsed = 0;
    }
    return e;
  }

  /** Repeated-median fit; {@code null} when no two points have different instants. */
  private Estimate fit(
      ForecastMethod method,
      long[] xs,
      long[] ys,
      LocalDate first,
      LocalDate last,
      boolean withDelivery,
      OdometerSeries s) {
    int k = xs.length;
    long[] medNum = new long[k];
    long[] medDen = new long[k];
    long[] num = new long[k];
    long[] den = new long[k];
    int points = 0;
    for (int i = 0; i < k; i++) {
      int c = 0;
      for (int j = 0; j < k; j++) {
        long dx = xs[j] - xs[i];
        if (j == i || dx == 0) {
          continue;
        }
        long dy = ys[j] - ys[i];
        if (dx < 0) {
          dx = -dx;
          dy = -dy;
        }
        num[c] = dy;
        den[c] = dx;
        c++;
      }
      if (c == 0) {
        continue;
      }
      sortFractions(num, den, c);
      int mid = (c - 1) / 2;
      medNum[points] = num[mid];
      medDen[points] = den[mid];
      points++;
    }
    if (points == 0) {
      return null;
    }
    sortFractions(medNum, medDen, points);
    BigDecimal perDay;
    if (points % 2 == 1) {
      perDay = perDay(medNum[points / 2], medDen[points / 2]);
    } else {
      perDay =
          perDay(medNum[points / 2 - 1], medDen[points / 2 - 1])
              .add(perDay(medNum[points / 2], medDen[points / 2]))
              .divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }
    Estimate e = new Estimate();
    e.method = method;
    e.unit = s.unit;
    e.daily = OdometerSeries.distance(perDay, s.unit);
    e.rateMicros = OdometerSeries.micros(e.daily);
    e.readingsUsed = k;
    e.firstDate = first;
    e.lastDate = last;
    e.withDelivery = withDelivery;
    e.hasAnchor = true;
    e.anchorDate = last;
    e.anchorCont = anchor(xs, ys, e.rateMicros);
    return e;
  }

  private static BigDecimal perDay(long num, long den) {
    return BigDecimal.valueOf(num)
        .multiply(BigDecimal.valueOf(OdometerSeries.SECONDS_PER_DAY))
        .divide(BigDecimal.valueOf(den), MathContext.DECIMAL64);
  }

  /** The median of every point projected at the rate to the last point's instant. */
  private static long anchor(long[] xs, long[] ys, long rateMicrosPerDay) {
    int k = xs.length;
    long last = xs[k - 1];
    long[] p = new long[k];
    BigDecimal rate = BigDecimal.valueOf(rateMicrosPerDay);
    BigDecimal day = BigDecimal.valueOf(OdometerSeries.SECONDS_PER_DAY);
    for (int i = 0; i < k; i++) {
      BigDecimal driven =
          rate.multiply(BigDecimal.valueOf(last - xs[i])).divide(day, 0, RoundingMode.HALF_UP);
      p[i] = ys[i] + driven.longValue();
    }
    Arrays.sort(p);
    return k % 2 == 1 ? p[k / 2] : Math.floorDiv(p[k / 2 - 1] + p[k / 2], 2);
  }

  /** Insertion sort of the first {@code n} fractions, compared exactly. */
  private static void sortFractions(long[] num, long[] den, int n) {
    for (int i = 1; i < n; i++) {
      long a = num[i];
      long b = den[i];
      int j = i - 1;
      while (j >= 0 && OdometerSeries.compareFractions(num[j], den[j], a, b) > 0) {
        num[j + 1] = num[j];
        den[j + 1] = den[j];
        j--;
      }
      num[j + 1] = a;
      den[j + 1] = b;
    }
  }

  /** The internal result, on the continuous scale. */
  static final class Estimate {
    ForecastMethod method = ForecastMethod.DEFAULT;
    org.aftersales.core.vehicle.DistanceUnit unit = org.aftersales.core.vehicle.DistanceUnit.KM;
    Distance daily = Distance.zero(org.aftersales.core.vehicle.DistanceUnit.KM);
    long rateMicros;
    boolean hasAnchor;
    LocalDate anchorDate = LocalDate.MIN;
    long anchorCont;
    int readingsUsed;
    LocalDate firstDate = LocalDate.MIN;
    LocalDate lastDate = LocalDate.MIN;
    boolean withDelivery;
    String usage = "";

    /** An estimate from a published forecast, for a vehicle with this series. */
    static Estimate from(MileageForecast f, OdometerSeries s) {
      Estimate e = new Estimate();
      e.method = f.method();
      e.unit = f.dailyDistance().unit();
      e.daily = f.dailyDistance();
      e.rateMicros = OdometerSeries.micros(f.dailyDistance());
      e.readingsUsed = f.readingsUsed();
      f.anchor()
          .ifPresent(
              a -> {
                e.hasAnchor = true;
                e.anchorDate = a.date();
                e.anchorCont = OdometerSeries.micros(a.distance()) + s.currentOffset();
              });
      return e;
    }

    MileageForecast toForecast(OdometerSeries s) {
      MileageForecast.Builder b =
          MileageForecast.builder().method(method).dailyDistance(daily).readingsUsed(readingsUsed);
      switch (method) {
        case ROBUST_WINDOW ->
            b.addReason(
                Reason.of(
                    "MILEAGE_ROBUST_WINDOW",
                    "{daily} a day from {readings} readings between {from} and {to}: repeated median"
                        + " of the rates between readings, which one bad reading cannot move",
                    "daily", daily, "readings", readingsUsed, "from", firstDate, "to", lastDate));
        case FULL_HISTORY ->
            b.addReason(
                Reason.of(
                    "MILEAGE_FULL_HISTORY",
                    "too few readings in the window: {daily} a day from {readings} points between"
                        + " {from} and {to}{delivery}",
                    "daily", daily, "readings", readingsUsed, "from", firstDate, "to", lastDate,
                    "delivery", withDelivery ? ", counting zero at delivery" : ""));
        case DEFAULT ->
            b.addReason(
                Reason.of(
                    "MILEAGE_DEFAULT",
                    "too little odometer history: assumed {daily} a day for {usage} use",
                    "daily", daily, "usage", usage));
      }
      if (hasAnchor) {
        Distance at = s.toDisplay(anchorCont);
        b.anchor(new DatedDistance(anchorDate, at));
        b.addReason(
            Reason.of(
                "MILEAGE_ANCHOR",
                "odometer at {distance} on {date}",
                "distance", at, "date", anchorDate));
      }
      return b.build();
    }
  }
}

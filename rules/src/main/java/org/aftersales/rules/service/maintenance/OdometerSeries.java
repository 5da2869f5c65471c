package org.aftersales.rules.service.maintenance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.DistanceUnit;
import org.aftersales.core.vehicle.OdometerReading;

/**
 * Odometer readings up to a day as exact integers, on one continuous scale.
 *
 * <p>Distances are held in micrometres, which represent every {@link Distance} exactly (a
 * thousandth of a mile is 1,609,344 µm) and fit a {@code long}. A cluster replacement starts a
 * new instrument at a lower value: the continuous scale carries the old cluster's last reading
 * over, assuming nothing was driven between the last old reading and the first new one. Results
 * are converted back to the scale of the cluster fitted now. Not thread-safe to build, immutable
 * afterwards; package-private.
 */
final class OdometerSeries {

  static final long SECONDS_PER_DAY = 86_400L;
  private static final BigDecimal MAX_VALUE = new BigDecimal("9999999.999");

  final int size;
  final long[] cont;
  final long[] seconds;
  final LocalDate[] dates;
  private final long[] offsets;
  final DistanceUnit unit;

  private OdometerSeries(
      int size, long[] cont, long[] seconds, LocalDate[] dates, long[] offsets, DistanceUnit unit) {
    this.size = size;
    this.cont = cont;
    this.seconds = seconds;
    this.dates = dates;
    this.offsets = offsets;
    this.unit = unit;
  }

  /**
   * The readings dated on or before {@code asOf}.
   *
   * @param readings readings in time order (checked over the whole list)
   * @param zone the shop's zone
   * @param asOf the last day included
   * @param path the readings' path for errors
   */
  static OdometerSeries of(List<OdometerReading> readings, ZoneId zone, LocalDate asOf, String path) {
    int n = readings.size();
    for (int i = 1; i < n; i++) {
      if (readings.get(i).at().isBefore(readings.get(i - 1).at())) {
        throw ValidationException.of(
            path + "[" + i + "].at",
            CoreErrorCode.OUT_OF_ORDER,
            "odometer reading at "
                + readings.get(i).at()
                + " is earlier than the previous one at "
                + readings.get(i - 1).at());
      }
    }
    long[] cont = new long[n];
    long[] seconds = new long[n];
    LocalDate[] dates = new LocalDate[n];
    long[] offsets = new long[n];
    int m = 0;
    long offset = 0;
    for (int i = 0; i < n; i++) {
      OdometerReading r = readings.get(i);
      LocalDate date = LocalDate.ofInstant(r.at(), zone);
      if (date.isAfter(asOf)) {
        break;
      }
      long shown = micros(r.distance());
      if (i > 0 && r.isClusterReplacement()) {
        offset = cont[i - 1] - shown;
      }
      cont[i] = shown + offset;
      seconds[i] = r.at().getEpochSecond();
      dates[i] = date;
      offsets[i] = offset;
      m++;
    }
    DistanceUnit unit = m > 0 ? readings.get(m - 1).distance().unit() : DistanceUnit.KM;
    return new OdometerSeries(m, cont, seconds, dates, offsets, unit);
  }

  /** The offset between the continuous scale and the cluster fitted now. */
  long currentOffset() {
    return size == 0 ? 0 : offsets[size - 1];
  }

  /** The offset of the cluster fitted on a date: that of the last reading on or before it. */
  long offsetOn(LocalDate date) {
    for (int i = size - 1; i >= 0; i--) {
      if (!dates[i].isAfter(date)) {
        return offsets[i];
      }
    }
    return 0;
  }

  /** A distance the cluster of {@code date} showed, on the continuous scale. */
  long toContinuous(Distance shown, LocalDate date) {
    return micros(shown) + offsetOn(date);
  }

  /** A continuous value as the cluster fitted now shows it, in the series' unit. */
  Distance toDisplay(long continuous) {
    return distance(continuous - currentOffset(), unit);
  }

  /** The exact length of a distance in micrometres. */
  static long micros(Distance d) {
    long thousandths = d.value().movePointRight(3).longValueExact();
    return thousandths * (d.unit() == DistanceUnit.KM ? 1_000_000L : 1_609_344L);
  }

  /** Micrometres per unit. */
  static long microsPerUnit(DistanceUnit unit) {
    return unit == DistanceUnit.KM ? 1_000_000_000L : 1_609_344_000L;
  }

  /**
   * Micrometres as a distance in a unit, rounded half-up to 3 places, at least zero and at most
   * 9,999,999.999 units.
   */
  static Distance distance(long micros, DistanceUnit unit) {
    if (micros <= 0) {
      return Distance.zero(unit);
    }
    return distance(BigDecimal.valueOf(micros), unit);
  }

  /** Like {@link #distance(long, DistanceUnit)} for a decimal number of micrometres. */
  static Distance distance(BigDecimal micros, DistanceUnit unit) {
    if (micros.signum() <= 0) {
      return Distance.zero(unit);
    }
    BigDecimal v = micros.divide(BigDecimal.valueOf(microsPerUnit(unit)), 3, RoundingMode.HALF_UP);
    return new Distance(v.min(MAX_VALUE), unit);
  }

  /** {@code a * b}, saturated to the range of a {@code long}. */
  static long saturatedMultiply(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
      return lo;
    }
    return (hi < 0) ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
  }

  /** Compares the fractions {@code n1/d1} and {@code n2/d2}, denominators positive, exactly. */
  static int compareFractions(long n1, long d1, long n2, long d2) {
    long hi1 = Math.multiplyHigh(n1, d2);
    long hi2 = Math.multiplyHigh(n2, d1);
    if (hi1 != hi2) {
      return Long.compare(hi1, hi2);
    }
    return Long.compareUnsigned(n1 * d2, n2 * d1);
  }
}

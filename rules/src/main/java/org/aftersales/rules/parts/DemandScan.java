package org.aftersales.rules.parts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;

/**
 * One pass over the demand histories of a group of part numbers (a supersession family, or one
 * number), with the planning month's windows fixed once per run. Scratch arrays are reused from
 * group to group, so a run allocates nothing per part. Not thread-safe: one instance per run.
 *
 * <p><b>Windows.</b> The planning month {@code P} is the month of {@code today}; it is partial and
 * never part of a statistics or phase-in window. Month {@code k} is the k-th month before {@code
 * P}. The statistics window is months {@code 1..historyMonths} ({@code D} days); the phase-in
 * window months {@code 1..M}; the annual cost of sales months {@code 1..12}. A sale in month
 * {@code P} itself still counts as the last sale. Periods after {@code P} are ignored.
 *
 * <p><b>Mean and standard deviation of daily demand.</b> With {@code q_i} the demand of period
 * {@code i} of {@code L_i} days, {@code Q = Σ q_i} over the window and {@code n} the number of
 * periods in the window (days, or months), listed or not:
 *
 * <pre>
 *   mean  = Q / D
 *   var   = (Σ q_i² / L_i  -  Q² / D) / (n - 1)      (sample variance, Bessel's n - 1)
 *   sigma = √var
 * </pre>
 *
 * This is the sample variance of daily demand assuming independent days: each period's demand has
 * variance {@code L_i × σ²}. For daily periods ({@code L_i = 1}) it is the ordinary sample
 * variance of the days; for months of equal length {@code L} it is the variance of monthly demand
 * divided by {@code L}. Months of different lengths are weighted exactly. Periods without demand
 * add nothing to the sums but count in {@code n} and {@code D}, so listing zeros is optional. A
 * family whose members all record days is counted by day; otherwise by month. Sums are exact
 * ({@code long} thousandths); mean and variance are {@code double}.
 */
final class DemandScan {

  private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

  final LocalDate today;
  final int planningMonth;
  final int historyMonths;
  final int lookback;
  final int phaseInWindow;
  final LocalDate windowStart;
  final int windowDays;
  private final long windowStartEpochDay;
  private final int[] monthLength;
  private final long[] demandByMonth;
  private final long[] salesByMonth;
  private final long[] hitsByMonth;
  private final long[] demandByDay;

  long windowDemand;
  int periods;
  boolean daily;
  double mean;
  double sigma;
  int hitMonths;
  long hits;
  int lastSaleMonthsBack;
  long annualSales;
  boolean countedFromIntroduction;

  DemandScan(LocalDate today, int historyMonths, StockingSettings stocking) {
    this.today = today;
    YearMonth p = YearMonth.from(today);
    this.planningMonth = monthIndex(today);
    this.historyMonths = historyMonths;
    this.phaseInWindow = stocking.phaseInWindowMonths();
    this.lookback = Math.max(historyMonths, stocking.lookbackMonths());
    this.windowStart = p.minusMonths(historyMonths).atDay(1);
    this.windowStartEpochDay = windowStart.toEpochDay();
    this.windowDays = (int) (p.atDay(1).toEpochDay() - windowStartEpochDay);
    this.monthLength = new int[historyMonths + 1];
    for (int k = 1; k <= historyMonths; k++) {
      monthLength[k] = p.minusMonths(k).lengthOfMonth();
    }
    this.demandByMonth = new long[lookback + 1];
    this.salesByMonth = new long[lookback + 1];
    this.hitsByMonth = new long[lookback + 1];
    this.demandByDay = new long[windowDays];
  }

  /** Year × 12 + month − 1: consecutive months have consecutive indexes. */
  static int monthIndex(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  /** The shop's date at an instant, refusing instants outside 1900–2999. */
  static LocalDate today(Instant now, ZoneId zone) {
    Checks.requireNonNull(now, "now");
    Checks.require(
        !now.isBefore(EARLIEST) && now.isBefore(LATEST),
        "now",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "now must be in the years 1900 to 2999: %s",
        now);
    return requireSane(LocalDate.ofInstant(now, zone), "now");
  }

  /** A planning date in the years 1900–2999. */
  static LocalDate requireSane(LocalDate date, String path) {
    Checks.requireNonNull(date, path);
    Checks.require(
        date.getYear() >= 1900 && date.getYear() <= 2999,
        path,
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "%s must be in the years 1900 to 2999: %s",
        path,
        date);
    return date;
  }

  /**
   * Scans the histories of the given numbers and leaves the results in this object's fields.
   *
   * @param ix the snapshot's index with the packed histories
   * @param members the master indexes of the group
   */
  void scan(SnapshotIndex ix, int[] members) {
    Arrays.fill(demandByMonth, 0);
    Arrays.fill(salesByMonth, 0);
    Arrays.fill(hitsByMonth, 0);
    int withHistory = 0;
    boolean allDaily = true;
    for (int m : members) {
      if (ix.history[m] != null) {
        withHistory++;
        allDaily &= ix.dailyHistory[m];
      }
    }
    daily = withHistory > 0 && allDaily;
    boolean byDayArray = daily && withHistory > 1;
    double sumSquares = 0;
    long[] packed = ix.demand;
    int oldest = planningMonth - lookback;
    for (int m : members) {
      // periods are sorted: skip to the first one inside the look-back
      int i = firstAtOrAfter(packed, ix.demandFrom[m], ix.demandTo[m], oldest) * 4;
      int end = ix.demandTo[m] * 4;
      for (; i < end; i += 4) {
        int k = planningMonth - (int) (packed[i] >> 32);
        if (k < 0) {
          break; // the rest are after the planning month
        }
        long q = packed[i + 1];
        if (q == 0) {
          continue;
        }
        demandByMonth[k] += q;
        salesByMonth[k] += packed[i + 2];
        hitsByMonth[k] += packed[i + 3];
        if (daily && k >= 1 && k <= historyMonths) {
          if (byDayArray) {
            demandByDay[(int) ((int) packed[i] - windowStartEpochDay)] += q;
          } else {
            sumSquares += (double) q * q;
          }
        }
      }
    }
    long total = 0;
    for (int k = 1; k <= historyMonths; k++) {
      total += demandByMonth[k];
    }
    windowDemand = total;
    if (daily) {
      periods = windowDays;
      if (byDayArray) {
        for (int d = 0; d < windowDays; d++) {
          long q = demandByDay[d];
          if (q != 0) {
            sumSquares += (double) q * q;
            demandByDay[d] = 0;
          }
        }
      }
    } else {
      periods = historyMonths;
      for (int k = 1; k <= historyMonths; k++) {
        long q = demandByMonth[k];
        if (q != 0) {
          sumSquares += (double) q * q / monthLength[k];
        }
      }
    }
    double d = windowDays;
    mean = total / d;
    double var = periods > 1 ? (sumSquares - (double) total * total / d) / (periods - 1) : 0.0;
    sigma = var > 0 ? StrictMath.sqrt(var) : 0.0;
    int hm = 0;
    long h = 0;
    for (int k = 1; k <= phaseInWindow; k++) {
      if (demandByMonth[k] > 0) {
        hm++;
      }
      h += hitsByMonth[k];
    }
    hitMonths = hm;
    hits = h;
    lastSaleMonthsBack = -1;
    for (int k = 0; k <= lookback; k++) {
      if (salesByMonth[k] > 0) {
        lastSaleMonthsBack = k;
        break;
      }
    }
    long annual = 0;
    for (int k = 1; k <= 12; k++) {
      annual += salesByMonth[k];
    }
    annualSales = annual;
  }

  /** The first period in {@code [from, to)} whose month is at least {@code month}. */
  private static int firstAtOrAfter(long[] packed, int from, int to, int month) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if ((int) (packed[mid * 4] >> 32) < month) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Full months without a sale before the planning month: 0 when the last sale was last month or
   * this month; counted from the introduction date when that is later than the last sale; the
   * whole look-back when there was no sale in it.
   *
   * @param introducedOn the part's introduction, if known
   * @return months
   */
  int monthsWithoutSale(java.util.Optional<LocalDate> introducedOn) {
    int last = lastSaleMonthsBack;
    countedFromIntroduction = false;
    if (introducedOn.isPresent()) {
      int ik = Math.max(0, planningMonth - monthIndex(introducedOn.get()));
      countedFromIntroduction = last < 0 || ik < last;
      last = last < 0 ? ik : Math.min(last, ik);
    }
    if (last < 0) {
      return lookback;
    }
    return Math.max(0, last - 1);
  }
}

package org.aftersales.rules.parts;

import java.math.BigDecimal;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.core.quantity.UnitOfMeasure;

/**
 * Exact quantities as thousandths of a unit in a {@code long}: the planner's inner loops add and
 * compare longs instead of {@link BigDecimal}s. Every validated quantity (at most 3 decimals,
 * below 10,000,000) converts exactly; sums of a part's history and position stay far below
 * {@code Long.MAX_VALUE}.
 */
final class Units {

  /** Thousandths per unit. */
  static final long ONE = 1000;

  private Units() {}

  /**
   * A validated non-negative decimal with at most 3 decimals in thousandths.
   *
   * @param v the decimal
   * @return thousandths
   */
  static long millis(BigDecimal v) {
    if (v.scale() == 0) {
      return v.longValue() * ONE;
    }
    return v.movePointRight(3).longValue();
  }

  static long millis(Quantity q) {
    return millis(q.value());
  }

  /**
   * Thousandths as a normalised decimal: {@code 2500} is {@code 2.5}.
   *
   * @param millis thousandths
   * @return the decimal
   */
  static BigDecimal decimal(long millis) {
    return stripped(millis, 3);
  }

  /** {@code unscaled × 10^-scale} without trailing zeros, computed on the long. */
  private static BigDecimal stripped(long unscaled, int scale) {
    long u = unscaled;
    int s = scale;
    while (s > 0 && u % 10 == 0) {
      u /= 10;
      s--;
    }
    return BigDecimal.valueOf(u, s);
  }

  static Quantity quantity(long millis, UnitOfMeasure unit) {
    return new Quantity(decimal(millis), unit);
  }

  /**
   * A double number of thousandths rounded half-even to 4 decimals of a unit, normalised.
   *
   * @param millis thousandths
   * @return the decimal
   */
  static BigDecimal figure(double millis) {
    return stripped(Math.round(millis * 10.0), 4);
  }

  /**
   * The smallest multiple of {@code step} that is at least {@code x}, for {@code x > 0}; 0 for
   * {@code x <= 0}. A value within a relative 1e-9 above a multiple counts as that multiple, which
   * absorbs binary floating-point noise such as {@code 12.000000000000002}.
   *
   * @param x thousandths, from a double computation
   * @param step thousandths, above 0
   * @return the multiple
   */
  static long ceilTo(double x, long step) {
    if (!(x > 0)) {
      return 0;
    }
    double q = x / step;
    double c = Math.ceil(q - 1e-9 * Math.max(1.0, q));
    return (long) c * step;
  }

  /**
   * The smallest multiple of {@code step} that is at least {@code x}; 0 for {@code x <= 0}.
   *
   * @param x thousandths
   * @param step thousandths, above 0
   * @return the multiple
   */
  static long ceilTo(long x, long step) {
    if (x <= 0) {
      return 0;
    }
    long n = x / step;
    return (x % step == 0 ? n : n + 1) * step;
  }

  /**
   * The largest multiple of {@code step} not above {@code x}, for {@code x >= 0}.
   *
   * @param x thousandths
   * @param step thousandths, above 0
   * @return the multiple
   */
  static long floorTo(long x, long step) {
    return x <= 0 ? 0 : (x / step) * step;
  }

  /** {@code a * b} for non-negative longs, or {@code Long.MAX_VALUE} when it overflows. */
  static long saturatingMultiply(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
  }

  /** {@code a + b} for non-negative longs, or {@code Long.MAX_VALUE} when it overflows. */
  static long saturatingAdd(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  /** Compares {@code a * b} with {@code c * d} exactly, for non-negative longs. */
  static int compareProducts(long a, long b, long c, long d) {
    int hi = Long.compare(Math.multiplyHigh(a, b), Math.multiplyHigh(c, d));
    return hi != 0 ? hi : Long.compareUnsigned(a * b, c * d);
  }
}

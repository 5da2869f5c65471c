package org.aftersales.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;

/**
 * Whole multiples of a profile's line rounding increment ("units": cents for CNY 0.01, yen for
 * JPY 1), so that allocations, splits and sums are exact long arithmetic. Rounding to units is
 * exactly {@link RoundingPolicy#round(BigDecimal)}: divide by the increment to a whole number
 * with the policy's mode.
 */
final class Units {

  final CurrencyUnit currency;
  final String code;
  final BigDecimal increment;
  final RoundingMode mode;
  private final int scale;
  private final boolean unitStep;
  final MonetaryAmount zero;

  Units(RoundingPolicy policy) {
    this.currency = policy.currency();
    this.code = currency.getCurrencyCode();
    this.increment = policy.increment();
    this.mode = policy.mode();
    this.scale = increment.scale();
    this.unitStep = increment.unscaledValue().equals(BigInteger.ONE);
    this.zero = Monies.of(value(0), currency);
  }

  /** Rounds an exact value to units with the policy's mode. */
  long round(BigDecimal exact) {
    return exact.divide(increment, 0, mode).longValueExact();
  }

  /** The units at or above an exact value. */
  long ceil(BigDecimal exact) {
    return exact.divide(increment, 0, RoundingMode.CEILING).longValueExact();
  }

  /** The units at or below an exact value. */
  long floor(BigDecimal exact) {
    return exact.divide(increment, 0, RoundingMode.FLOOR).longValueExact();
  }

  /** {@code u × factor}, rounded with the policy's mode. */
  /**
   * An exact decimal factor held as {@code num / den} in longs, so that units can be multiplied
   * and divided without BigDecimal on the hot path; factors too precise for longs keep the
   * BigDecimal route.
   */
  static final class Factor {
    final BigDecimal value;
    final long num;
    final long den;

    Factor(BigDecimal value) {
      this.value = value;
      BigDecimal s = value.stripTrailingZeros();
      int scale = Math.max(0, s.scale());
      long n = 0;
      long d = 0;
      if (scale <= 18 && s.precision() - s.scale() <= 18) {
        n = s.movePointRight(scale).longValueExact();
        d = com.google.common.math.LongMath.pow(10, scale);
      }
      this.num = n;
      this.den = d;
    }
  }

  /** {@code u × f} rounded by {@code mode}. */
  static long times(long u, Factor f, RoundingMode mode) {
    if (f.den != 0) {
      long hi = Math.multiplyHigh(u, f.num);
      long lo = u * f.num;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return com.google.common.math.LongMath.divide(lo, f.den, mode);
      }
    }
    return BigDecimal.valueOf(u).multiply(f.value).setScale(0, mode).longValueExact();
  }

  /** {@code u / f} rounded by {@code mode}. */
  static long divide(long u, Factor f, RoundingMode mode) {
    if (f.den != 0 && f.num != 0) {
      long hi = Math.multiplyHigh(u, f.den);
      long lo = u * f.den;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return com.google.common.math.LongMath.divide(lo, f.num, mode);
      }
    }
    return BigDecimal.valueOf(u).divide(f.value, 0, mode).longValueExact();
  }

  long times(long u, Factor factor) {
    return times(u, factor, mode);
  }

  long timesDown(long u, Factor factor) {
    return times(u, factor, RoundingMode.DOWN);
  }

  long divide(long u, Factor divisor) {
    return divide(u, divisor, mode);
  }

  long times(long u, BigDecimal factor) {
    return BigDecimal.valueOf(u).multiply(factor).setScale(0, mode).longValueExact();
  }

  /** {@code u × factor}, rounded down. */
  long timesDown(long u, BigDecimal factor) {
    return BigDecimal.valueOf(u).multiply(factor).setScale(0, RoundingMode.DOWN).longValueExact();
  }

  /** {@code u / divisor}, rounded with the policy's mode. */
  long divide(long u, BigDecimal divisor) {
    return BigDecimal.valueOf(u).divide(divisor, 0, mode).longValueExact();
  }

  /** The decimal value of some units. */
  BigDecimal value(long u) {
    return unitStep ? BigDecimal.valueOf(u, scale) : BigDecimal.valueOf(u).multiply(increment);
  }

  /** The amount of some units. */
  MonetaryAmount money(long u) {
    return u == 0 ? zero : Monies.of(value(u), currency);
  }

  /** Units as text for a reason: {@code "12.30 CNY"}, formatted without a decimal object. */
  String text(long u) {
    if (!unitStep || u == Long.MIN_VALUE) {
      return value(u).toPlainString() + " " + code;
    }
    char[] buf = new char[24 + code.length()];
    int end = buf.length;
    for (int i = code.length() - 1; i >= 0; i--) {
      buf[--end] = code.charAt(i);
    }
    buf[--end] = ' ';
    long abs = Math.abs(u);
    for (int i = 0; i < scale; i++) {
      buf[--end] = (char) ('0' + abs % 10);
      abs /= 10;
    }
    if (scale > 0) {
      buf[--end] = '.';
    }
    do {
      buf[--end] = (char) ('0' + abs % 10);
      abs /= 10;
    } while (abs > 0);
    if (u < 0) {
      buf[--end] = '-';
    }
    return new String(buf, end, buf.length - end);
  }

  /** An exact value as text for a reason. */
  String text(BigDecimal exact) {
    return exact.toPlainString() + " " + code;
  }
}

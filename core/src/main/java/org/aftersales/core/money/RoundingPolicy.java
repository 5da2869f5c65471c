package org.aftersales.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;

/**
 * How amounts in one currency are rounded: to a multiple of an increment with a rounding mode.
 *
 * <p>The library's own rounding (DESIGN §3), not JSR 354's: CNY, USD and EUR to 0.01, JPY to 1,
 * CHF cash to 0.05 ({@link #cash}). Chinese invoices round half up (四舍五入), which is the
 * default mode. Where rounding happens (per line or per total) is the caller's documented
 * choice. Rounding is idempotent: rounding a rounded amount changes nothing. Immutable and
 * thread-safe.
 *
 * @param currency the currency this policy rounds
 * @param increment the smallest unit, positive, for example {@code 0.01} or {@code 0.05}
 * @param mode how to round to a multiple of the increment
 */
public record RoundingPolicy(CurrencyUnit currency, BigDecimal increment, RoundingMode mode) {

  private static final BigDecimal CHF_CASH = new BigDecimal("0.05");

  /** Validates the increment and mode. */
  public RoundingPolicy {
    Checks.requireNonNull(currency, "currency");
    Checks.requireNonNull(mode, "mode");
    increment = Checks.requireDecimal(increment, "increment", 6, 4);
    Checks.require(
        increment.signum() > 0,
        "increment",
        CoreErrorCode.NON_POSITIVE_QUANTITY,
        "rounding increment must be > 0: %s",
        increment.toPlainString());
    Checks.require(
        mode != RoundingMode.UNNECESSARY,
        "mode",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "rounding mode UNNECESSARY cannot round");
  }

  /**
   * The standard policy for a currency: its ISO 4217 minor unit (0.01 for CNY, USD, EUR, CHF; 1
   * for JPY and KRW), half up.
   *
   * @param currency the currency
   * @return the policy
   */
  public static RoundingPolicy standard(CurrencyUnit currency) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    return new RoundingPolicy(currency, BigDecimal.ONE.movePointLeft(digits), RoundingMode.HALF_UP);
  }

  /**
   * The cash policy for a currency: Swiss francs round to 0.05 in cash; every other currency
   * uses its standard policy.
   *
   * @param currency the currency
   * @return the policy
   */
  public static RoundingPolicy cash(CurrencyUnit currency) {
    if ("CHF".equals(currency.getCurrencyCode())) {
      return new RoundingPolicy(currency, CHF_CASH, RoundingMode.HALF_UP);
    }
    return standard(currency);
  }

  /**
   * Rounds an amount to a multiple of the increment.
   *
   * @param amount an amount in this policy's currency
   * @return the rounded amount, with the increment's scale
   */
  public MonetaryAmount round(MonetaryAmount amount) {
    Monies.requireSameCurrency(amount, Monies.zero(currency), "amount");
    return Monies.of(round(Monies.number(amount)), currency);
  }

  /**
   * Rounds a number to a multiple of the increment.
   *
   * @param value the number
   * @return the rounded number, with the increment's scale
   */
  public BigDecimal round(BigDecimal value) {
    BigDecimal units = value.divide(increment, 0, mode);
    return units.multiply(increment).setScale(increment.scale(), RoundingMode.UNNECESSARY);
  }

  /**
   * Whether an amount is already a multiple of the increment.
   *
   * @param value the number
   * @return {@code true} when rounding would not change it
   */
  public boolean isRounded(BigDecimal value) {
    return value.remainder(increment).signum() == 0;
  }
}

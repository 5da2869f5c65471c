package org.aftersales.core.money;

import java.math.BigDecimal;
import java.math.MathContext;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import javax.money.MonetaryException;
import javax.money.UnknownCurrencyException;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.aftersales.core.quantity.Decimals;
import org.javamoney.moneta.Money;

/**
 * The one place where the library creates and inspects money (DESIGN §3 "Money").
 *
 * <p>Amounts are Moneta {@link Money} with the explicit {@link #CONTEXT} ({@code DECIMAL64}, 16
 * significant digits), never Moneta's 256-digit default. Inputs are bounded to 12 digits before
 * and 4 after the decimal point, which DECIMAL64 holds exactly. Amounts keep their scale ({@code
 * 12.30} reads back as {@code 12.30}, see {@link #number}); rounding to a currency's increment is a {@link RoundingPolicy}'s
 * job, applied at documented points. Currencies come from the JSR 354 provider (ISO 4217); an
 * unknown code is a {@link ValidationException} with {@link CoreErrorCode#UNKNOWN_CURRENCY}.
 * Stateless and thread-safe.
 */
public final class Monies {

  /** The monetary context of every amount the library creates: DECIMAL64, half-even. */
  public static final MonetaryContext CONTEXT =
      MonetaryContextBuilder.of(Money.class)
          .set(MathContext.DECIMAL64)
          .setPrecision(MathContext.DECIMAL64.getPrecision())
          .build();

  /** Digits allowed before the decimal point of an input amount. */
  public static final int MAX_INTEGER_DIGITS = 12;

  /** Digits allowed after the decimal point of an input amount. */
  public static final int MAX_SCALE = 4;

  private Monies() {}

  /**
   * The currency for an ISO 4217 code.
   *
   * @param code for example {@code CNY}
   * @return the currency
   * @throws ValidationException with {@link CoreErrorCode#UNKNOWN_CURRENCY}
   */
  public static CurrencyUnit currency(String code) {
    return currency(code, "currency");
  }

  /**
   * The currency for an ISO 4217 code, reporting errors at {@code path}.
   *
   * @param code for example {@code CNY}
   * @param path the field's path for errors
   * @return the currency
   */
  public static CurrencyUnit currency(String code, String path) {
    Checks.requireNonNull(code, path);
    if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      throw unknownCurrency(code, path);
    }
    try {
      return Monetary.getCurrency(code);
    } catch (UnknownCurrencyException e) {
      throw unknownCurrency(code, path);
    } catch (MonetaryException e) {
      throw unknownCurrency(code, path);
    }
  }

  private static ValidationException unknownCurrency(String code, String path) {
    return ValidationException.of(
        path,
        CoreErrorCode.UNKNOWN_CURRENCY,
        path + " is not a known ISO 4217 currency code: '" + Checks.abbreviate(code) + "'");
  }

  /**
   * An amount, bounded as the class describes.
   *
   * @param amount the number
   * @param currency the currency
   * @return the amount
   */
  public static MonetaryAmount of(BigDecimal amount, CurrencyUnit currency) {
    return of(amount, currency, "amount");
  }

  /**
   * An amount, reporting errors at {@code path}.
   *
   * @param amount the number
   * @param currency the currency
   * @param path the field's path for errors
   * @return the amount
   */
  public static MonetaryAmount of(BigDecimal amount, CurrencyUnit currency, String path) {
    BigDecimal n = Checks.requireDecimal(amount, path, MAX_INTEGER_DIGITS, MAX_SCALE);
    Checks.requireNonNull(currency, path + ".currency");
    return Money.of(n, currency, CONTEXT);
  }

  /**
   * An amount from a decimal string and a currency code: {@code Monies.of("12.30", "CNY")}.
   *
   * @param amount the number as text
   * @param currencyCode ISO 4217 code
   * @return the amount
   */
  public static MonetaryAmount of(String amount, String currencyCode) {
    return of(Decimals.parse(amount, "amount"), currency(currencyCode));
  }

  /**
   * Zero in a currency.
   *
   * @param currency the currency
   * @return zero
   */
  public static MonetaryAmount zero(CurrencyUnit currency) {
    return Money.of(BigDecimal.ZERO, currency, CONTEXT);
  }

  /**
   * The exact number of an amount, with at least as many decimal places as the currency's minor
   * unit: {@code 12.30} for 12.3 CNY, {@code 1235} for 1235 JPY, {@code 0.1234} kept as it is.
   * (Moneta stores numbers without trailing zeros; this restores the scale people read.)
   *
   * @param amount the amount
   * @return its number
   */
  public static BigDecimal number(MonetaryAmount amount) {
    BigDecimal n = amount.getNumber().numberValue(BigDecimal.class);
    int digits = Math.max(0, amount.getCurrency().getDefaultFractionDigits());
    return n.scale() < digits ? n.setScale(digits) : n;
  }

  /**
   * Brings any {@link MonetaryAmount} (another implementation, another context) into the
   * library's bounds and context.
   *
   * @param amount the amount
   * @param path the field's path for errors
   * @return an equal amount in {@link #CONTEXT}
   */
  public static MonetaryAmount normalise(MonetaryAmount amount, String path) {
    Checks.requireNonNull(amount, path);
    return of(number(amount), amount.getCurrency(), path);
  }

  /**
   * Requires an amount of at least zero within the input bounds of this class.
   *
   * @param amount the amount
   * @param path the field's path for errors
   * @return the amount
   */
  public static MonetaryAmount requireNonNegative(MonetaryAmount amount, String path) {
    Checks.requireNonNull(amount, path);
    Checks.requireNonNegative(number(amount), path, MAX_INTEGER_DIGITS, MAX_SCALE);
    return amount;
  }

  /**
   * Requires that two amounts share a currency.
   *
   * @param a one amount
   * @param b another amount
   * @param path the field's path for errors
   */
  public static void requireSameCurrency(MonetaryAmount a, MonetaryAmount b, String path) {
    if (!a.getCurrency().equals(b.getCurrency())) {
      throw ValidationException.of(
          path,
          CoreErrorCode.CURRENCY_MISMATCH,
          path
              + " mixes currencies: "
              + a.getCurrency().getCurrencyCode()
              + " and "
              + b.getCurrency().getCurrencyCode());
    }
  }

  /**
   * Formats an amount without locale: {@code "12.30 CNY"}.
   *
   * @param amount the amount
   * @return the text
   */
  public static String format(MonetaryAmount amount) {
    return number(amount).toPlainString() + " " + amount.getCurrency().getCurrencyCode();
  }
}

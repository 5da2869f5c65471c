package org.aftersales.pricing.tax;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.SortedMap;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.PolicyException;
import org.aftersales.core.quantity.Percentage;
import org.immutables.value.Value;

/**
 * How a pricing profile taxes: price inclusion, a rate per {@link TaxClass}, where tax is rounded,
 * and China's mixed-rate rule.
 *
 * <ul>
 *   <li>{@link #rates()} has a rate for {@link TaxClass#GOODS}, {@link TaxClass#REPAIR_SERVICE}
 *       and {@link TaxClass#OTHER_SERVICE}, each a {@link Percentage} from 0 to 100 (a rate outside
 *       that range is refused when the percentage is made); {@link TaxClass#EXEMPT} is always 0%
 *       and may not be given another rate.
 *   <li><b>Mixed-rate rule</b> (增值税法, DOMAIN §4): when {@link #separateRateAccounting()} is
 *       {@code false} and an estimate has sales at different rates, every line is taxed at the
 *       highest rate among them, exempt lines included.
 * </ul>
 *
 * <p>Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableTaxPolicy.class)
@JsonDeserialize(as = ImmutableTaxPolicy.class)
public abstract class TaxPolicy {

  TaxPolicy() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaxPolicy}; {@code build()} validates. */
  public static final class Builder extends ImmutableTaxPolicy.Builder {
    Builder() {}
  }

  /**
   * China's general VAT (增值税法, in force 2026-01-01): parts and repair services 13%, other
   * services 6%, prices quoted VAT-inclusive, tax rounded per invoice line, sales at different
   * rates accounted separately.
   *
   * @return the policy
   */
  public static TaxPolicy chinaVat() {
    return builder()
        .name("CN VAT general taxpayer (增值税法 2026)")
        .inclusion(TaxInclusion.INCLUSIVE)
        .rounding(TaxRounding.PER_LINE)
        .putRate(TaxClass.GOODS, Percentage.of(13))
        .putRate(TaxClass.REPAIR_SERVICE, Percentage.of(13))
        .putRate(TaxClass.OTHER_SERVICE, Percentage.of(6))
        .build();
  }

  /**
   * China's simplified method for small-scale taxpayers: 3% on every sale, prices VAT-inclusive.
   *
   * @return the policy
   */
  public static TaxPolicy chinaSmallScale() {
    return builder()
        .name("CN VAT small-scale simplified 3%")
        .inclusion(TaxInclusion.INCLUSIVE)
        .rounding(TaxRounding.PER_LINE)
        .putRate(TaxClass.GOODS, Percentage.of(3))
        .putRate(TaxClass.REPAIR_SERVICE, Percentage.of(3))
        .putRate(TaxClass.OTHER_SERVICE, Percentage.of(3))
        .build();
  }

  /**
   * A sales tax added on top of net prices and rounded on the total, as in most US states:
   * {@code goods} on parts and supplies, {@code services} on labour and other services (often 0).
   *
   * @param goods the rate on goods
   * @param services the rate on repair and other services
   * @return the policy
   */
  public static TaxPolicy salesTax(Percentage goods, Percentage services) {
    return builder()
        .name("sales tax")
        .inclusion(TaxInclusion.EXCLUSIVE)
        .rounding(TaxRounding.PER_TOTAL)
        .putRate(TaxClass.GOODS, goods)
        .putRate(TaxClass.REPAIR_SERVICE, services)
        .putRate(TaxClass.OTHER_SERVICE, services)
        .build();
  }

  /**
   * No tax at all, prices net.
   *
   * @return the policy
   */
  public static TaxPolicy none() {
    return salesTax(Percentage.ZERO, Percentage.ZERO);
  }

  /**
   * A name for people, for example {@code CN VAT general taxpayer}.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * Whether prices include the tax.
   *
   * @return the inclusion
   */
  public abstract TaxInclusion inclusion();

  /**
   * Where tax is rounded.
   *
   * @return the rounding point
   */
  public abstract TaxRounding rounding();

  /**
   * The rate of each tax class.
   *
   * @return the rates
   */
  @Value.NaturalOrder
  public abstract SortedMap<TaxClass, Percentage> rates();

  /**
   * Whether sales at different rates are accounted separately; when not, China's mixed-rate rule
   * taxes all at the highest. {@code true} by default.
   *
   * @return {@code true} when accounted separately
   */
  @Value.Default
  public boolean separateRateAccounting() {
    return true;
  }

  /**
   * The rate of a tax class.
   *
   * @param taxClass the class
   * @return the rate; 0% for {@link TaxClass#EXEMPT}
   */
  public Percentage rateFor(TaxClass taxClass) {
    Percentage p = rates().get(taxClass);
    return p == null ? Percentage.ZERO : p;
  }

  @Value.Check
  final void check() {
    name().ifPresent(n -> Checks.requireText(n, "name", 100));
    for (TaxClass c : new TaxClass[] {TaxClass.GOODS, TaxClass.REPAIR_SERVICE, TaxClass.OTHER_SERVICE}) {
      if (!rates().containsKey(c)) {
        throw PolicyException.of(
            "rates." + c, CoreErrorCode.REQUIRED_FIELD, "tax policy has no rate for " + c);
      }
    }
    Percentage exempt = rates().get(TaxClass.EXEMPT);
    Checks.require(
        exempt == null || exempt.value().signum() == 0,
        "rates.EXEMPT",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "the EXEMPT tax class is always 0%%, not %s",
        exempt);
  }
}

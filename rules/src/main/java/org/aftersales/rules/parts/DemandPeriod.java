package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.quantity.Decimals;
import org.immutables.value.Value;

/**
 * The demand for one part number in one period (a day or a month, see {@link DemandHistory}).
 *
 * <p>{@link #quantity()} is everything customers and the workshop asked for, served or not; of
 * it, {@link #lostSales()} could not be served at all and {@link #emergencyPurchases()} were
 * served by buying the part in a hurry (from another dealer, an emergency order). So the quantity
 * sold is {@code quantity - lostSales}, and the quantity filled from stock at first pick is
 * {@code quantity - lostSales - emergencyPurchases} (DOMAIN §5 fill rate). {@link #hits()} counts
 * the request lines (repair-order and counter lines) behind the quantity; it defaults to 1 for a
 * period with demand and 0 without.
 *
 * <p>Rules checked on build: quantities are at least 0 ({@code NEGATIVE_QUANTITY}: returns are
 * netted by the host), below 10,000,000 with at most 3 decimals; lost sales plus emergency
 * purchases do not exceed the quantity, and hits are 0 exactly when the quantity is 0 ({@link
 * PartsErrorCode#PARTS_DEMAND_BREAKDOWN}). Whether the quantities must be whole is checked by the
 * history, which knows the unit. Immutable and thread-safe; build with {@link #builder()} or
 * {@link #of}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableDemandPeriod.class)
@JsonDeserialize(as = ImmutableDemandPeriod.class)
public abstract class DemandPeriod {

  DemandPeriod() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DemandPeriod}; {@code build()} validates. */
  public static final class Builder extends ImmutableDemandPeriod.Builder {
    Builder() {}
  }

  /**
   * A period with demand only: no lost sales, no emergency purchases, one hit if any demand.
   *
   * @param start the first day of the period
   * @param quantity the demand, at least 0
   * @return the period
   */
  public static DemandPeriod of(LocalDate start, long quantity) {
    return builder().start(start).quantity(BigDecimal.valueOf(quantity)).build();
  }

  /**
   * The first day of the period: the day itself, or the first of the month.
   *
   * @return the start
   */
  public abstract LocalDate start();

  /**
   * Everything demanded in the period, served or not.
   *
   * @return the quantity, at least 0
   */
  public abstract BigDecimal quantity();

  /**
   * The request lines behind the quantity; 1 for a period with demand, 0 without, by default.
   *
   * @return the hits, at least 0
   */
  @Value.Default
  public int hits() {
    return quantity().signum() > 0 ? 1 : 0;
  }

  /**
   * Demand that could not be served.
   *
   * @return the quantity, 0 by default
   */
  @Value.Default
  public BigDecimal lostSales() {
    return BigDecimal.ZERO;
  }

  /**
   * Demand served by an emergency purchase instead of from stock.
   *
   * @return the quantity, 0 by default
   */
  @Value.Default
  public BigDecimal emergencyPurchases() {
    return BigDecimal.ZERO;
  }

  @Value.Check
  final DemandPeriod normalise() {
    BigDecimal q = bounded(quantity(), "quantity");
    BigDecimal lost = bounded(lostSales(), "lostSales");
    BigDecimal emergency = bounded(emergencyPurchases(), "emergencyPurchases");
    Checks.require(
        lost.add(emergency).compareTo(q) <= 0,
        "lostSales",
        PartsErrorCode.PARTS_DEMAND_BREAKDOWN,
        "lostSales %s plus emergencyPurchases %s exceed quantity %s in the period from %s",
        lost.toPlainString(),
        emergency.toPlainString(),
        q.toPlainString(),
        start());
    Checks.require(
        hits() >= 0 && (hits() == 0) == (q.signum() == 0),
        "hits",
        PartsErrorCode.PARTS_DEMAND_BREAKDOWN,
        "hits must be 0 exactly when quantity is 0 (and never negative): %s hits for quantity %s in the period from %s",
        hits(),
        q.toPlainString(),
        start());
    if (q.equals(quantity()) && lost.equals(lostSales()) && emergency.equals(emergencyPurchases())) {
      return this;
    }
    return builder()
        .from(this)
        .quantity(q)
        .lostSales(lost)
        .emergencyPurchases(emergency)
        .build();
  }

  private static BigDecimal bounded(BigDecimal value, String path) {
    return Decimals.normalise(Checks.requireNonNegative(value, path, 7, 3));
  }
}

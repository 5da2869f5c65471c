package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.aftersales.core.AfterSalesStyle;
import org.immutables.value.Value;

/**
 * The figures behind one line of a {@link ReorderProposal}, in the part's unit (DOMAIN §5).
 *
 * <p>Demand statistics come from the statistics window ({@link #windowDays()} days, {@link
 * #periods()} periods). {@code *Exact} figures are the formulas' values rounded half-even to 4
 * decimals for display; the stock levels used for ordering are rounded up to whole units (or
 * thousandths for units sold by measure): {@link #safetyStock()} and {@link #reorderPoint()} up
 * from the exact values, {@link #eoq()} up to the order multiple. {@link #forecast()} may be
 * negative when reservations and appointments exceed stock. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableReorderFigures.class)
@JsonDeserialize(as = ImmutableReorderFigures.class)
public abstract class ReorderFigures {

  ReorderFigures() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReorderFigures}. */
  public static final class Builder extends ImmutableReorderFigures.Builder {
    Builder() {}
  }

  /**
   * Demand of the family in the statistics window.
   *
   * @return the quantity
   */
  public abstract BigDecimal windowDemand();

  /**
   * Days in the statistics window.
   *
   * @return days
   */
  public abstract int windowDays();

  /**
   * Periods in the window (days or months), the n of the sample variance.
   *
   * @return periods
   */
  public abstract int periods();

  /**
   * Mean daily demand.
   *
   * @return units per day, 4 decimals
   */
  public abstract BigDecimal meanDailyDemand();

  /**
   * Standard deviation of daily demand.
   *
   * @return units per day, 4 decimals
   */
  public abstract BigDecimal sigmaDailyDemand();

  /**
   * Annual demand = mean daily demand × 365.
   *
   * @return units per year, 4 decimals
   */
  public abstract BigDecimal annualDemand();

  /**
   * The service level applied (by ABC class).
   *
   * @return the service level
   */
  public abstract ServiceLevel serviceLevel();

  /**
   * Its safety factor z.
   *
   * @return z, 4 decimals
   */
  public abstract BigDecimal z();

  /**
   * Calendar days from today to the arrival of a stock order ordered today.
   *
   * @return days, at least 1
   */
  public abstract int leadTimeDays();

  /**
   * The day a stock order ordered today arrives; the forecast horizon, inclusive.
   *
   * @return the date
   */
  public abstract LocalDate stockArrivalDate();

  /**
   * z × σ × √L before rounding.
   *
   * @return 4 decimals
   */
  public abstract BigDecimal safetyStockExact();

  /**
   * Safety stock rounded up.
   *
   * @return the quantity
   */
  public abstract BigDecimal safetyStock();

  /**
   * Mean × L + exact safety stock, before rounding.
   *
   * @return 4 decimals
   */
  public abstract BigDecimal reorderPointExact();

  /**
   * Reorder point rounded up.
   *
   * @return the quantity
   */
  public abstract BigDecimal reorderPoint();

  /**
   * The EOQ formula's value.
   *
   * @return 4 decimals
   */
  public abstract BigDecimal eoqExact();

  /**
   * The EOQ rounded up to the order multiple.
   *
   * @return the quantity
   */
  public abstract BigDecimal eoq();

  /**
   * The order multiple of the newest number.
   *
   * @return the multiple
   */
  public abstract BigDecimal orderMultiple();

  /**
   * The min (reorder point, fixed value, or 0 when not stocked).
   *
   * @return the quantity
   */
  public abstract BigDecimal min();

  /**
   * The max.
   *
   * @return the quantity
   */
  public abstract BigDecimal max();

  /**
   * Whether min and max are the part master's fixed values.
   *
   * @return {@code true} when fixed
   */
  public abstract boolean fixedMinMax();

  /**
   * Stock on hand of the whole family.
   *
   * @return the quantity
   */
  public abstract BigDecimal onHand();

  /**
   * Stock reserved for open repair orders.
   *
   * @return the quantity
   */
  public abstract BigDecimal reserved();

  /**
   * Quantity on order arriving by the end of {@link #stockArrivalDate()}.
   *
   * @return the quantity
   */
  public abstract BigDecimal incoming();

  /**
   * Quantity booked appointments need by the end of {@link #stockArrivalDate()}.
   *
   * @return the quantity
   */
  public abstract BigDecimal appointments();

  /**
   * Forecast = on hand + incoming − reserved − appointments.
   *
   * @return the quantity, possibly negative
   */
  public abstract BigDecimal forecast();
}

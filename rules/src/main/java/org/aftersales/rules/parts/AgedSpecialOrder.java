package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.immutables.value.Value;

/**
 * Unsold special-order stock older than {@link StockingSettings#specialOrderMaxAgeDays()}: it
 * ages into obsolescence (DOMAIN §5) and counts as obsolete in {@link PartsKpis}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableAgedSpecialOrder.class)
@JsonDeserialize(as = ImmutableAgedSpecialOrder.class)
public abstract class AgedSpecialOrder {

  AgedSpecialOrder() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgedSpecialOrder}. */
  public static final class Builder extends ImmutableAgedSpecialOrder.Builder {
    Builder() {}
  }

  /**
   * The special order.
   *
   * @return the stock record
   */
  public abstract SpecialOrderStock specialOrder();

  /**
   * Days since receipt.
   *
   * @return the age, above the limit
   */
  public abstract long ageDays();

  /**
   * The quantity at unit cost.
   *
   * @return the value
   */
  public abstract MonetaryAmount value();

  /**
   * Why it is flagged.
   *
   * @return the reason
   */
  public abstract Reason reason();
}

package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.quantity.Quantity;
import org.immutables.value.Value;

/**
 * One supplier order the planner proposes for a part's newest number: its type, quantity (a
 * multiple of the order multiple, above 0), expected arrival, and why.
 *
 * <p>{@link #specialOrder()} marks an order for a part that is not stocked, placed for the
 * appointments in {@link #appointmentRefs()} or for open repair orders. {@link #value()} is the
 * quantity at unit cost, rounded to the currency's minor unit. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableProposedOrder.class)
@JsonDeserialize(as = ImmutableProposedOrder.class)
public abstract class ProposedOrder {

  ProposedOrder() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProposedOrder}. */
  public static final class Builder extends ImmutableProposedOrder.Builder {
    Builder() {}
  }

  /**
   * The order type.
   *
   * @return the type
   */
  public abstract OrderType orderType();

  /**
   * The quantity to order.
   *
   * @return the quantity
   */
  public abstract Quantity quantity();

  /**
   * When the order is expected to arrive if placed at the planning instant.
   *
   * @return the instant
   */
  public abstract Instant expectedArrival();

  /**
   * When the earliest appointment this order serves needs the part.
   *
   * @return the instant, empty for pure replenishment
   */
  public abstract Optional<Instant> neededBy();

  /**
   * Whether this is a special order for a part that is not stocked.
   *
   * @return {@code true} for a special order
   */
  public abstract boolean specialOrder();

  /**
   * The appointments this order serves, earliest first.
   *
   * @return the appointment references
   */
  public abstract List<String> appointmentRefs();

  /**
   * The quantity at unit cost.
   *
   * @return the value
   */
  public abstract MonetaryAmount value();

  /**
   * Why this order, with its figures.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();
}

package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.immutables.value.Value;

/**
 * One line of a {@link ReorderProposal}: a part family under its newest number, with its
 * stocking class, the figures behind the plan, the orders proposed (most urgent first), old stock
 * to issue first, alerts and reasons.
 *
 * <p>Orders go to the newest number only. {@link #proposedQuantity()} is the total of {@link
 * #orders()}; {@link #orderType()} the most urgent of them. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableReorderLine.class)
@JsonDeserialize(as = ImmutableReorderLine.class)
public abstract class ReorderLine {

  ReorderLine() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReorderLine}. */
  public static final class Builder extends ImmutableReorderLine.Builder {
    Builder() {}
  }

  /**
   * The newest number of the family: the number ordered.
   *
   * @return the number
   */
  public abstract PartNumber partNumber();

  /**
   * The unit of every quantity on the line.
   *
   * @return the unit
   */
  public abstract UnitOfMeasure unit();

  /**
   * The supplier ordered from.
   *
   * @return the supplier
   */
  public abstract SupplierId supplier();

  /**
   * The family's stocking class.
   *
   * @return the class
   */
  public abstract StockingClass stockingClass();

  /**
   * The stocking change the rules recommend.
   *
   * @return the change
   */
  public abstract StockingChange stockingChange();

  /**
   * The family's ABC class.
   *
   * @return the class
   */
  public abstract AbcClass abcClass();

  /**
   * The figures behind the line.
   *
   * @return the figures
   */
  public abstract ReorderFigures figures();

  /**
   * Proposed orders, most urgent first; empty when nothing is to be ordered.
   *
   * @return the orders
   */
  public abstract List<ProposedOrder> orders();

  /**
   * Stock of old numbers, in the order to issue it (oldest number first).
   *
   * @return the old stock
   */
  public abstract List<SupersededStock> supersededStock();

  /**
   * Problems the parts manager must act on: an appointment no order can serve in time, a blocked
   * part that is needed, repair orders waiting for parts.
   *
   * @return the alerts
   */
  public abstract List<Reason> alerts();

  /**
   * How the figures were reached.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();

  /**
   * The total proposed quantity.
   *
   * @return the sum of the orders' quantities, 0 without orders
   */
  public BigDecimal proposedQuantity() {
    BigDecimal sum = BigDecimal.ZERO;
    for (ProposedOrder o : orders()) {
      sum = sum.add(o.quantity().value());
    }
    return sum;
  }

  /**
   * The most urgent order type on the line.
   *
   * @return the type, empty without orders
   */
  public Optional<OrderType> orderType() {
    return orders().isEmpty() ? Optional.empty() : Optional.of(orders().get(0).orderType());
  }
}

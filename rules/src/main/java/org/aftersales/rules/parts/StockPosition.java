package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.Quantity;
import org.immutables.value.Value;

/**
 * Where one part number stands now: on hand, reserved for open repair orders, and on order.
 *
 * <p>{@link #reserved()} is the part of the stock already promised to open repair orders (and
 * counter sales), needed now; it may exceed what is on hand when repair orders wait for parts.
 * Special-order stock waiting for its customer is on hand; the host reserves it when it should not
 * serve other demand. Parts needed by booked appointments are given separately as {@link
 * AppointmentRequirement}s. Quantities cannot be negative ({@code NEGATIVE_QUANTITY}) and share
 * the part's unit ({@code UNIT_MISMATCH}). Immutable and thread-safe; build with {@link
 * #builder()} or {@link #of}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableStockPosition.class)
@JsonDeserialize(as = ImmutableStockPosition.class)
public abstract class StockPosition {

  StockPosition() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StockPosition}; {@code build()} validates. */
  public static final class Builder extends ImmutableStockPosition.Builder {
    Builder() {}
  }

  /**
   * A position with stock on hand only.
   *
   * @param partNumber the part number
   * @param onHand the stock on hand
   * @return the position
   */
  public static StockPosition of(PartNumber partNumber, Quantity onHand) {
    return builder().partNumber(partNumber).onHand(onHand).build();
  }

  /**
   * The part number.
   *
   * @return the number
   */
  public abstract PartNumber partNumber();

  /**
   * The physical stock.
   *
   * @return the quantity on hand
   */
  public abstract Quantity onHand();

  /**
   * Stock promised to open repair orders; zero by default.
   *
   * @return the reserved quantity
   */
  @Value.Default
  public Quantity reserved() {
    return new Quantity(BigDecimal.ZERO, onHand().unit());
  }

  /**
   * Open supplier orders with their expected arrival.
   *
   * @return the incoming orders
   */
  public abstract List<IncomingOrder> incoming();

  @Value.Check
  final void check() {
    sameUnit(reserved(), "reserved");
    for (int i = 0; i < incoming().size(); i++) {
      sameUnit(incoming().get(i).quantity(), "incoming[" + i + "].quantity");
    }
  }

  private void sameUnit(Quantity q, String path) {
    Checks.require(
        q.unit() == onHand().unit(),
        path,
        CoreErrorCode.UNIT_MISMATCH,
        "%s of part %s is in %s but on hand is in %s",
        path,
        partNumber(),
        q.unit(),
        onHand().unit());
  }
}

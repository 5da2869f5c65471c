package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.Quantity;
import org.immutables.value.Value;

/**
 * A special-ordered part that has arrived and is waiting, unsold, for the customer or repair
 * order it was ordered for (DOMAIN §5: "unsold special orders age into obsolescence").
 *
 * <p>The quantity is above 0 and part of the number's stock on hand. The {@link
 * StockingClassifier} flags it once it is older than the configured age. Immutable and
 * thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableSpecialOrderStock.class)
@JsonDeserialize(as = ImmutableSpecialOrderStock.class)
public abstract class SpecialOrderStock {

  SpecialOrderStock() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SpecialOrderStock}; {@code build()} validates. */
  public static final class Builder extends ImmutableSpecialOrderStock.Builder {
    Builder() {}
  }

  /**
   * The special order's identifier in the host's system.
   *
   * @return the reference
   */
  public abstract String orderRef();

  /**
   * The part number.
   *
   * @return the number
   */
  public abstract PartNumber partNumber();

  /**
   * The unsold quantity.
   *
   * @return the quantity, above 0
   */
  public abstract Quantity quantity();

  /**
   * The date it was received into stock.
   *
   * @return the date
   */
  public abstract LocalDate receivedOn();

  @Value.Check
  final void check() {
    Checks.requireIdentifier(orderRef(), "orderRef");
    Checks.require(
        !quantity().isZero(),
        "quantity",
        CoreErrorCode.NON_POSITIVE_QUANTITY,
        "quantity of special order %s must be > 0: %s",
        orderRef(),
        quantity());
  }
}

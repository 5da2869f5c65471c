package org.aftersales.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Quantity;
import org.immutables.value.Value;

/**
 * A part on a job: number, quantity in its unit, where it comes from, who made it, and its unit
 * price.
 *
 * <p>Rules: the quantity is above zero; a {@linkplain PartSource#CUSTOMER_SUPPLIED
 * customer-supplied} part has no price (the dealer sells nothing and guarantees nothing, DOMAIN §2
 * step 4); a price is at least zero. A part without a price is not priced yet. Immutable and
 * thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePartLine.class)
@JsonDeserialize(as = ImmutablePartLine.class)
public abstract class PartLine {

  PartLine() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartLine}. */
  public static final class Builder extends ImmutablePartLine.Builder {
    Builder() {}
  }

  /**
   * The part number.
   *
   * @return the part number
   */
  public abstract PartNumber partNumber();

  /**
   * What the part is, at most 200 characters.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * How many, in the part's unit of measure.
   *
   * @return the quantity, above zero
   */
  public abstract Quantity quantity();

  /**
   * Where the part comes from; stock by default.
   *
   * @return the source
   */
  @Value.Default
  public PartSource source() {
    return PartSource.STOCK;
  }

  /**
   * Who made the part; OEM by default.
   *
   * @return the origin
   */
  @Value.Default
  public PartOrigin origin() {
    return PartOrigin.OEM;
  }

  /**
   * The price per unit of measure, once priced; never for customer-supplied parts.
   *
   * @return the unit price
   */
  public abstract Optional<MonetaryAmount> unitPrice();

  @Value.Check
  final void check() {
    Checks.requireText(description(), "description", 200);
    Checks.require(
        !quantity().isZero(),
        "quantity",
        CoreErrorCode.NON_POSITIVE_QUANTITY,
        "quantity of part %s must be > 0",
        partNumber());
    unitPrice().ifPresent(p -> Monies.requireNonNegative(p, "unitPrice"));
    Checks.require(
        source() != PartSource.CUSTOMER_SUPPLIED || unitPrice().isEmpty(),
        "unitPrice",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "customer-supplied part %s must not carry a price",
        partNumber());
  }
}

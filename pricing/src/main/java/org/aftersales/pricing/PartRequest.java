package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.order.PartOrigin;
import org.aftersales.core.order.PartSource;
import org.aftersales.core.quantity.Quantity;
import org.immutables.value.Value;

/**
 * A part asked for on an estimate: number, quantity in the price list's unit, where it comes
 * from (stock, special order, or the customer), and optionally its origin.
 *
 * <p>A dealer part (stock or special order) must be in the price list; a requested {@link
 * #origin()} must then match the list's ({@link PricingErrorCode#PART_ORIGIN_MISMATCH}). A
 * {@linkplain PartSource#CUSTOMER_SUPPLIED customer-supplied} part is not charged and need not be
 * in the list; its {@link #description()} and {@link #origin()} come from the request when given.
 * The quantity is above zero. Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePartRequest.class)
@JsonDeserialize(as = ImmutablePartRequest.class)
public abstract class PartRequest {

  PartRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutablePartRequest.Builder {
    Builder() {}
  }

  /**
   * A stock part.
   *
   * @param partNumber the part number
   * @param quantity the quantity
   * @return the request
   */
  public static PartRequest of(String partNumber, Quantity quantity) {
    return builder().partNumber(PartNumber.of(partNumber)).quantity(quantity).build();
  }

  /**
   * The part number.
   *
   * @return the part number
   */
  public abstract PartNumber partNumber();

  /**
   * How many, above zero.
   *
   * @return the quantity
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
   * Who made it, when the request says.
   *
   * @return the origin
   */
  public abstract Optional<PartOrigin> origin();

  /**
   * What the part is, for a customer-supplied part not in the price list.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  @Value.Check
  final PartRequest normalise() {
    Checks.require(
        !quantity().isZero(),
        "quantity",
        CoreErrorCode.NON_POSITIVE_QUANTITY,
        "quantity of part %s must be > 0",
        partNumber());
    Optional<String> d = description().map(s -> Checks.requireText(s, "description", 200));
    return d.equals(description()) ? this : builder().from(this).description(d).build();
  }
}

package org.aftersales.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.money.Monies;
import org.immutables.value.Value;

/**
 * Work sent to an outside vendor (a glass shop, a machine shop): what it costs the dealer and
 * what the customer is charged, both at least zero and in one currency. Immutable and
 * thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableSubletLine.class)
@JsonDeserialize(as = ImmutableSubletLine.class)
public abstract class SubletLine {

  SubletLine() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubletLine}. */
  public static final class Builder extends ImmutableSubletLine.Builder {
    Builder() {}
  }

  /**
   * The vendor, at most 100 characters.
   *
   * @return the vendor
   */
  public abstract String vendor();

  /**
   * The work, at most 200 characters.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * What the vendor charges the dealer.
   *
   * @return the cost
   */
  public abstract MonetaryAmount cost();

  /**
   * What the customer is charged.
   *
   * @return the price
   */
  public abstract MonetaryAmount price();

  @Value.Check
  final void check() {
    Checks.requireText(vendor(), "vendor", 100);
    Checks.requireText(description(), "description", 200);
    Monies.requireNonNegative(cost(), "cost");
    Monies.requireNonNegative(price(), "price");
    Monies.requireSameCurrency(cost(), price(), "price");
  }
}

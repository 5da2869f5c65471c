package org.aftersales.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.money.Monies;
import org.immutables.value.Value;

/**
 * A fee on a job: shop supplies, an environmental or hazardous-waste fee, a diagnostic fee. The
 * code names the kind of fee (upper snake case, for example {@code HAZMAT}); the amount is at
 * least zero. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableFeeLine.class)
@JsonDeserialize(as = ImmutableFeeLine.class)
public abstract class FeeLine {

  FeeLine() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FeeLine}. */
  public static final class Builder extends ImmutableFeeLine.Builder {
    Builder() {}
  }

  /**
   * The kind of fee, upper snake case.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The fee as shown to the customer, at most 200 characters.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The amount.
   *
   * @return the amount, at least zero
   */
  public abstract MonetaryAmount amount();

  @Value.Check
  final void check() {
    Checks.requireCode(code(), "code");
    Checks.requireText(description(), "description", 200);
    Monies.requireNonNegative(amount(), "amount");
  }
}

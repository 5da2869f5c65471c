package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.aftersales.core.money.Monies;
import org.immutables.value.Value;

/**
 * An amount the law's formula gives for a remedy, who owes it, and how it was computed: the
 * usage compensation of SAMR Order 43 Art. 27 (price × km / 1000 × n), the buyback offset of
 * California Civ. Code 1793.2(d)(2)(C) (price × miles before the first repair attempt / 120,000),
 * the proportionate price reduction of Directive 2019/771 Art. 15. Amounts are rounded to the
 * currency's minor unit, half up, once, at the end. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableMoneyOwed.class)
@JsonDeserialize(as = ImmutableMoneyOwed.class)
public abstract class MoneyOwed {

  MoneyOwed() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MoneyOwed}; {@code build()} validates. */
  public static final class Builder extends ImmutableMoneyOwed.Builder {
    Builder() {}
  }

  /**
   * What the amount is, upper snake case: {@code USAGE_COMPENSATION}, {@code BUYBACK_OFFSET},
   * {@code RESTITUTION}, {@code PRICE_REDUCTION}.
   *
   * @return the code
   */
  public abstract String kind();

  /**
   * The amount.
   *
   * @return at least zero
   */
  public abstract MonetaryAmount amount();

  /**
   * Who owes it.
   *
   * @return the party
   */
  public abstract Party owedBy();

  /**
   * The formula and its inputs, as a reason.
   *
   * @return the explanation
   */
  public abstract Reason explanation();

  @Value.Check
  final void check() {
    Checks.requireCode(kind(), "kind");
    Monies.requireNonNegative(amount(), "amount");
  }
}

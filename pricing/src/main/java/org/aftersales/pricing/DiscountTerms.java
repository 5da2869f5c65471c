package org.aftersales.pricing;

import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.aftersales.core.order.PayType;
import org.aftersales.core.quantity.Percentage;

/**
 * What a discount takes off and from which lines; shared by a profile's {@link DiscountRule}s and
 * a request's {@link ManualDiscount}s.
 *
 * <p>Exactly one of {@link #percent()} and {@link #amount()}. Eligible lines are those of the
 * {@link #categories()} (labour, parts and sublets only; fees, core deposits and risk allowances
 * are never discounted) on jobs whose pay type is one of {@link #payTypes()}. How the estimator
 * applies discounts, and in which order, is described on {@link Estimator}.
 */
public interface DiscountTerms {

  /**
   * The discount's code, upper snake case, for example {@code LOYALTY_GOLD}.
   *
   * @return the code
   */
  String code();

  /**
   * The discount as shown to the customer, at most 200 characters.
   *
   * @return the description
   */
  String description();

  /**
   * A percentage off each eligible line.
   *
   * @return the percentage
   */
  Optional<Percentage> percent();

  /**
   * An amount off (per line, per job or per order, as the scope says).
   *
   * @return the amount
   */
  Optional<MonetaryAmount> amount();

  /**
   * What the discount is computed on.
   *
   * @return the scope
   */
  DiscountScope scope();

  /**
   * The line categories it applies to.
   *
   * @return the categories
   */
  Set<LineCategory> categories();

  /**
   * The pay types whose jobs it applies to.
   *
   * @return the pay types
   */
  Set<PayType> payTypes();
}

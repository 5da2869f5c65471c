package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.Quantity;
import org.immutables.value.Value;

/**
 * The {@link StockingClassifier}'s decision for one part number, with the figures behind it.
 *
 * <p>For a newest number the figures are its family's (old numbers' demand rolls up); for an old
 * number they are its own, since its own stock is what may become obsolete. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableStockingDecision.class)
@JsonDeserialize(as = ImmutableStockingDecision.class)
public abstract class StockingDecision {

  StockingDecision() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StockingDecision}. */
  public static final class Builder extends ImmutableStockingDecision.Builder {
    Builder() {}
  }

  /**
   * The part number decided.
   *
   * @return the number
   */
  public abstract PartNumber partNumber();

  /**
   * The newest number of its family (itself for a newest number).
   *
   * @return the newest number
   */
  public abstract PartNumber newestNumber();

  /**
   * The class.
   *
   * @return the class
   */
  public abstract StockingClass stockingClass();

  /**
   * The recommended change of the stocking flag.
   *
   * @return the change
   */
  public abstract StockingChange change();

  /**
   * The family's ABC class.
   *
   * @return the class
   */
  public abstract AbcClass abcClass();

  /**
   * Months with demand in the phase-in window.
   *
   * @return months
   */
  public abstract int hitMonths();

  /**
   * Request lines in the phase-in window.
   *
   * @return hits
   */
  public abstract long hits();

  /**
   * Full months without a sale before the planning month.
   *
   * @return months
   */
  public abstract int monthsWithoutSale();

  /**
   * Stock on hand (the family's, for a newest number).
   *
   * @return the quantity
   */
  public abstract Quantity onHand();

  /**
   * Sales of the last 12 full months at unit cost (the family's, for a newest number).
   *
   * @return the amount
   */
  public abstract MonetaryAmount annualCostOfSales();

  /**
   * Why.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();
}

package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.calendar.DateRange;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.immutables.value.Value;

/**
 * Parts department KPIs by the DOMAIN §5 formulas, each as a {@link Ratio} with its numerator and
 * denominator; see {@link PartsKpis} for the definitions. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePartsKpiReport.class)
@JsonDeserialize(as = ImmutablePartsKpiReport.class)
public abstract class PartsKpiReport {

  PartsKpiReport() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartsKpiReport}. */
  public static final class Builder extends ImmutablePartsKpiReport.Builder {
    Builder() {}
  }

  /**
   * The 12 full months measured, end exclusive.
   *
   * @return the period
   */
  public abstract DateRange period();

  /**
   * Fill rate of parts counted in whole units (pieces, sets, kits): (demand − emergency purchases
   * − lost sales) / demand.
   *
   * @return the ratio
   */
  public abstract Ratio fillRate();

  /**
   * Fill rate per unit of measure present, in the enum's order.
   *
   * @return the ratios
   */
  public abstract Map<UnitOfMeasure, Ratio> fillRateByUnit();

  /**
   * Sales of the period at unit cost.
   *
   * @return the amount
   */
  public abstract MonetaryAmount annualCostOfSales();

  /**
   * Stock on hand at unit cost now.
   *
   * @return the amount
   */
  public abstract MonetaryAmount inventory();

  /**
   * The average of the given inventory valuations, or the current inventory without any.
   *
   * @return the amount
   */
  public abstract MonetaryAmount averageInventory();

  /**
   * Obsolete stock at unit cost: obsolete part numbers and aged special orders.
   *
   * @return the amount
   */
  public abstract MonetaryAmount obsoleteInventory();

  /**
   * Gross turns: annual cost of sales / average inventory.
   *
   * @return the ratio
   */
  public abstract Ratio grossTurns();

  /**
   * Months' supply: inventory / average monthly cost of sales.
   *
   * @return the ratio
   */
  public abstract Ratio monthsSupply();

  /**
   * Obsolete share: obsolete inventory / inventory.
   *
   * @return the ratio
   */
  public abstract Ratio obsoleteShare();

  /**
   * Each KPI explained, with its assessment against the DOMAIN §5 targets.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();
}

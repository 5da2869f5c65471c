package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.ZoneId;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.PolicyException;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Percentage;
import org.immutables.value.Value;

/**
 * The reorder policy of a parts department: a value the host stores and passes to a {@link
 * ReorderPlanner} (DESIGN §2.5, "policies are data").
 *
 * <ul>
 *   <li>{@link #shopZone()}: the zone the shop's dates are counted in;
 *   <li>{@link #serviceLevel()} (95% by default), optionally per {@link AbcClass} in {@link
 *       #serviceLevelByAbc()} (for example A 98%, B 95%, C 90%);
 *   <li>{@link #historyMonths()}: the statistics window, the full calendar months before the
 *       planning month (12 by default, 2 to 60);
 *   <li>{@link #costPerOrder()} and {@link #annualHoldingRate()} for the EOQ: holding cost per
 *       unit per year = unit cost × rate (25% by default);
 *   <li>{@link #rounding()}: min/max quantities rounded up (default) or down to the multiple;
 *   <li>{@link #stocking()}: the phase-in, obsolescence and ABC rules;
 *   <li>{@link #includeIdleParts()}: list parts with nothing to order too (false by default:
 *       the proposal lists what needs action).
 * </ul>
 *
 * <p>Rules checked on build ({@link PartsErrorCode#PARTS_REORDER_SETTINGS}): the history window
 * is 2 to 60 months; the cost per order is at least 0 ({@code NEGATIVE_QUANTITY}). Immutable and thread-safe; build with
 * {@link #builder()} or {@link #of}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableReorderSettings.class)
@JsonDeserialize(as = ImmutableReorderSettings.class)
public abstract class ReorderSettings {

  ReorderSettings() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReorderSettings}; {@code build()} validates. */
  public static final class Builder extends ImmutableReorderSettings.Builder {
    Builder() {}
  }

  /**
   * The defaults for a shop: 95% service level, 12 months of history, 25% holding rate, rounding
   * up, the DOMAIN §5 stocking rules.
   *
   * @param shopZone the shop's zone
   * @param costPerOrder the cost of placing and receiving one order line
   * @return the settings
   */
  public static ReorderSettings of(ZoneId shopZone, MonetaryAmount costPerOrder) {
    return builder().shopZone(shopZone).costPerOrder(costPerOrder).build();
  }

  /**
   * The zone the shop's dates and working days are counted in.
   *
   * @return the zone
   */
  public abstract ZoneId shopZone();

  /**
   * The service level of every class without its own.
   *
   * @return 95% by default
   */
  @Value.Default
  public ServiceLevel serviceLevel() {
    return ServiceLevel.P95;
  }

  /**
   * Service levels by ABC class, replacing {@link #serviceLevel()} for that class.
   *
   * @return the overrides
   */
  public abstract Map<AbcClass, ServiceLevel> serviceLevelByAbc();

  /**
   * The statistics window in full calendar months before the planning month.
   *
   * @return 12 by default
   */
  @Value.Default
  public int historyMonths() {
    return 12;
  }

  /**
   * The cost of placing and receiving one order (the EOQ's ordering cost).
   *
   * @return the cost, at least 0
   */
  public abstract MonetaryAmount costPerOrder();

  /**
   * The yearly cost of holding stock, as a share of its unit cost.
   *
   * @return 25% by default
   */
  @Value.Default
  public Percentage annualHoldingRate() {
    return Percentage.of(25);
  }

  /**
   * How min/max quantities are rounded to the order multiple.
   *
   * @return up by default
   */
  @Value.Default
  public MultipleRounding rounding() {
    return MultipleRounding.UP;
  }

  /**
   * The stocking rules.
   *
   * @return the DOMAIN §5 defaults unless set
   */
  @Value.Default
  public StockingSettings stocking() {
    return StockingSettings.defaults();
  }

  /**
   * Whether parts with nothing to order and nothing to report are listed too.
   *
   * @return false by default
   */
  @Value.Default
  public boolean includeIdleParts() {
    return false;
  }

  /**
   * The service level for a class.
   *
   * @param abc the class
   * @return its override, else {@link #serviceLevel()}
   */
  public ServiceLevel serviceLevelFor(AbcClass abc) {
    ServiceLevel s = serviceLevelByAbc().get(abc);
    return s == null ? serviceLevel() : s;
  }

  @Value.Check
  final void check() {
    if (historyMonths() < 2 || historyMonths() > 60) {
      throw PolicyException.of(
          "historyMonths",
          PartsErrorCode.PARTS_REORDER_SETTINGS,
          "historyMonths must be 2 to 60: " + historyMonths());
    }
    Monies.requireNonNegative(costPerOrder(), "costPerOrder");
  }
}

package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.quantity.Percentage;
import org.immutables.value.Value;

/**
 * The stocking rules of a parts department (DOMAIN §5), used by the {@link StockingClassifier},
 * the {@link ReorderPlanner} and {@link PartsKpis}.
 *
 * <ul>
 *   <li><b>Phase-in:</b> a part demanded in at least {@link #phaseInHitMonths()} (N, default 3)
 *       of the last {@link #phaseInWindowMonths()} (M, default 12) full calendar months is
 *       stocked. "Demanded" counts lost sales: a month with any demand counts.
 *   <li><b>Phase-out and obsolescence:</b> a part without a sale for {@link
 *       #obsoleteAfterMonths()} (K, default 12; dealers also use 9 or 6) full months is no longer
 *       stocked, and its stock on hand is obsolete.
 *   <li><b>ABC:</b> part families ranked by annual cost of sales; A while the share before a part
 *       is below {@link #abcAShare()} (80%), B below {@link #abcBShare()} (95%), else C.
 *   <li><b>Special-order aging:</b> unsold special-order stock older than {@link
 *       #specialOrderMaxAgeDays()} (default 90) days is flagged and counted as obsolete.
 * </ul>
 *
 * <p>Rules checked on build ({@link PartsErrorCode#PARTS_STOCKING_SETTINGS}): {@code 1 <= N <= M
 * <= 60}, {@code 1 <= K <= 60}, {@code 0 < A share < B share <= 100}, {@code 1 <= age <= 3650}.
 * Immutable and thread-safe; a policy value hosts may store as JSON.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableStockingSettings.class)
@JsonDeserialize(as = ImmutableStockingSettings.class)
public abstract class StockingSettings {

  StockingSettings() {}

  /**
   * A new builder with the DOMAIN §5 defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StockingSettings}; {@code build()} validates. */
  public static final class Builder extends ImmutableStockingSettings.Builder {
    Builder() {}
  }

  /**
   * The DOMAIN §5 defaults: phase-in 3 of 12 months, obsolete after 12 months, ABC 80/95%,
   * special orders flagged after 90 days.
   *
   * @return the settings
   */
  public static StockingSettings defaults() {
    return builder().build();
  }

  /**
   * The defaults with another obsolescence period, such as the 9 or 6 months some dealers use.
   *
   * @param months months without a sale, 1 to 60
   * @return the settings
   */
  public static StockingSettings obsoleteAfter(int months) {
    return builder().obsoleteAfterMonths(months).build();
  }

  /**
   * N: months with demand needed for phase-in.
   *
   * @return 3 by default
   */
  @Value.Default
  public int phaseInHitMonths() {
    return 3;
  }

  /**
   * M: the phase-in window in full calendar months before the planning month.
   *
   * @return 12 by default
   */
  @Value.Default
  public int phaseInWindowMonths() {
    return 12;
  }

  /**
   * K: full months without a sale after which a part is phased out and its stock is obsolete.
   *
   * @return 12 by default
   */
  @Value.Default
  public int obsoleteAfterMonths() {
    return 12;
  }

  /**
   * The share of the annual cost of sales the A class covers.
   *
   * @return 80% by default
   */
  @Value.Default
  public Percentage abcAShare() {
    return Percentage.of(80);
  }

  /**
   * The share of the annual cost of sales the A and B classes cover together.
   *
   * @return 95% by default
   */
  @Value.Default
  public Percentage abcBShare() {
    return Percentage.of(95);
  }

  /**
   * The age in days beyond which unsold special-order stock is flagged.
   *
   * @return 90 by default
   */
  @Value.Default
  public int specialOrderMaxAgeDays() {
    return 90;
  }

  @Value.Check
  final void check() {
    int n = phaseInHitMonths();
    int m = phaseInWindowMonths();
    require(n >= 1 && n <= m && m <= 60, "phaseInHitMonths",
        "phase-in needs 1 <= phaseInHitMonths <= phaseInWindowMonths <= 60: %s of %s", n, m);
    require(obsoleteAfterMonths() >= 1 && obsoleteAfterMonths() <= 60, "obsoleteAfterMonths",
        "obsoleteAfterMonths must be 1 to 60: %s", obsoleteAfterMonths());
    require(abcAShare().value().signum() > 0
            && abcAShare().compareTo(abcBShare()) < 0, "abcAShare",
        "abcAShare must be above 0 and below abcBShare: %s and %s", abcAShare(), abcBShare());
    require(specialOrderMaxAgeDays() >= 1 && specialOrderMaxAgeDays() <= 3650,
        "specialOrderMaxAgeDays", "specialOrderMaxAgeDays must be 1 to 3650: %s",
        specialOrderMaxAgeDays());
  }

  private static void require(boolean ok, String path, String template, Object... args) {
    if (!ok) {
      throw org.aftersales.core.PolicyException.of(
          path,
          PartsErrorCode.PARTS_STOCKING_SETTINGS,
          String.format(java.util.Locale.ROOT, template, args));
    }
  }

  /**
   * The longest look-back any stocking rule needs, in months: the larger of M, K and 12 (the
   * annual cost of sales).
   *
   * @return months
   */
  final int lookbackMonths() {
    return Math.max(12, Math.max(phaseInWindowMonths(), obsoleteAfterMonths()));
  }
}

package org.aftersales.rules.service.maintenance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.rules.service.ServiceErrorCode;
import org.immutables.value.Value;

/**
 * When a maintenance item counts as due soon, due or overdue ({@link DueStatus}), around its due
 * date D and, for items with a distance limit, its due distance K, with the odometer O as last
 * estimated on or before the day asked about (A):
 *
 * <ul>
 *   <li><b>overdue</b> when A &gt; D + {@link #graceDays()}, or O &gt; K + {@link
 *       #graceDistance()};
 *   <li>else <b>due</b> when A &ge; D, or O &ge; K;
 *   <li>else <b>due soon</b> when A &ge; D &minus; {@link #dueSoonDays()}, or O &ge; K &minus;
 *       {@link #dueSoonDistance()};
 *   <li>else <b>not due</b>.
 * </ul>
 *
 * <p>So every bound is inclusive: exactly 30 days before D is due soon, D itself is due, D + 30
 * is still due and D + 31 overdue (with the defaults). Defaults: 30 days and 1,000 km on both
 * sides, a common manufacturer tolerance. Days are 0 to 365; distances at most 100,000 km (or
 * the same in miles) ({@link ServiceErrorCode#SERVICE_SETTING_OUT_OF_RANGE}). Immutable and
 * thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableDueThresholds.class)
@JsonDeserialize(as = ImmutableDueThresholds.class)
public abstract class DueThresholds {

  private static final Distance MAX_DISTANCE = Distance.ofKilometres(100_000);

  DueThresholds() {}

  /**
   * A new builder with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DueThresholds}; {@code build()} validates. */
  public static final class Builder extends ImmutableDueThresholds.Builder {
    Builder() {}
  }

  /**
   * The defaults: 30 days and 1,000 km before and after.
   *
   * @return the thresholds
   */
  public static DueThresholds defaults() {
    return builder().build();
  }

  /**
   * Days before the due date from which the item is due soon.
   *
   * @return days, default 30
   */
  @Value.Default
  public int dueSoonDays() {
    return 30;
  }

  /**
   * Distance before the due distance from which the item is due soon.
   *
   * @return the distance, default 1,000 km
   */
  @Value.Default
  public Distance dueSoonDistance() {
    return Distance.ofKilometres(1000);
  }

  /**
   * Days after the due date during which the item is still due, not overdue.
   *
   * @return days, default 30
   */
  @Value.Default
  public int graceDays() {
    return 30;
  }

  /**
   * Distance past the due distance up to which the item is still due, not overdue.
   *
   * @return the distance, default 1,000 km
   */
  @Value.Default
  public Distance graceDistance() {
    return Distance.ofKilometres(1000);
  }

  @Value.Check
  final void check() {
    checkDays(dueSoonDays(), "dueSoonDays");
    checkDays(graceDays(), "graceDays");
    checkDistance(dueSoonDistance(), "dueSoonDistance");
    checkDistance(graceDistance(), "graceDistance");
  }

  private static void checkDays(int days, String path) {
    Checks.require(
        days >= 0 && days <= 365,
        path,
        ServiceErrorCode.SERVICE_SETTING_OUT_OF_RANGE,
        "%s must be between 0 and 365: %s",
        path,
        days);
  }

  private static void checkDistance(Distance d, String path) {
    Checks.require(
        d.isAtMost(MAX_DISTANCE),
        path,
        ServiceErrorCode.SERVICE_SETTING_OUT_OF_RANGE,
        "%s must be at most 100000 km: %s",
        path,
        d);
  }
}

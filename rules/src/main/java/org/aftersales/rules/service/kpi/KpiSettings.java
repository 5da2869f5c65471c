package org.aftersales.rules.service.kpi;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Period;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.rules.service.ServiceErrorCode;
import org.immutables.value.Value;

/**
 * The choices behind the KPIs where dealers differ:
 *
 * <ul>
 *   <li>{@link #comebackDays()} (default 30, 1 to 365): a later visit checked in at most this many
 *       calendar days after the delivery of a repair (the delivery day plus N, inclusive) can be
 *       its comeback; {@link #comebackMatch()} (default either) says how the same concern is
 *       recognised;
 *   <li>{@link #firstTimeFixExcludesComebacks()} (default no): the seed counts an order as fixed
 *       first time when it passed its first quality check (一次维修合格); set this to also require
 *       that no comeback followed;
 *   <li>{@link #cancelledAppointmentsCountAsMissed()} (default no): whether an appointment
 *       cancelled before the vehicle came counts against the show rate;
 *   <li>{@link #firstServiceDue()} (default 6 months, positive, at most 5 years) and {@link
 *       #firstServiceGrace()} (default 1 month, at most 1 year): a vehicle sold here is due its
 *       first service this long after delivery, and counts as taken up when a maintenance visit
 *       is checked in by the due date plus the grace.
 * </ul>
 *
 * <p>Out-of-range values are {@link ServiceErrorCode#SERVICE_SETTING_OUT_OF_RANGE}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableKpiSettings.class)
@JsonDeserialize(as = ImmutableKpiSettings.class)
public abstract class KpiSettings {

  KpiSettings() {}

  /**
   * A new builder with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KpiSettings}; {@code build()} validates. */
  public static final class Builder extends ImmutableKpiSettings.Builder {
    Builder() {}
  }

  /**
   * The defaults.
   *
   * @return the settings
   */
  public static KpiSettings defaults() {
    return builder().build();
  }

  /**
   * Days after a repair's delivery within which a visit for the same concern is a comeback.
   *
   * @return days, default 30
   */
  @Value.Default
  public int comebackDays() {
    return 30;
  }

  /**
   * How the same concern is recognised.
   *
   * @return default {@link ComebackMatch#OP_CODE_OR_CONCERN}
   */
  @Value.Default
  public ComebackMatch comebackMatch() {
    return ComebackMatch.OP_CODE_OR_CONCERN;
  }

  /**
   * Whether a comeback spoils a first-time fix.
   *
   * @return default {@code false}
   */
  @Value.Default
  public boolean firstTimeFixExcludesComebacks() {
    return false;
  }

  /**
   * Whether a cancelled appointment counts as missed.
   *
   * @return default {@code false}
   */
  @Value.Default
  public boolean cancelledAppointmentsCountAsMissed() {
    return false;
  }

  /**
   * When the first service is due after delivery.
   *
   * @return default 6 months
   */
  @Value.Default
  public Period firstServiceDue() {
    return Period.ofMonths(6);
  }

  /**
   * How late a first service still counts.
   *
   * @return default 1 month
   */
  @Value.Default
  public Period firstServiceGrace() {
    return Period.ofMonths(1);
  }

  @Value.Check
  final void check() {
    Checks.require(
        comebackDays() >= 1 && comebackDays() <= 365,
        "comebackDays",
        ServiceErrorCode.SERVICE_SETTING_OUT_OF_RANGE,
        "comebackDays must be between 1 and 365: %s",
        comebackDays());
    Period due = firstServiceDue();
    Checks.require(
        !due.isZero() && !due.isNegative() && due.getMonths() >= 0 && due.getDays() >= 0
            && due.toTotalMonths() <= 60 && due.getDays() <= 1830,
        "firstServiceDue",
        ServiceErrorCode.SERVICE_SETTING_OUT_OF_RANGE,
        "firstServiceDue must be positive and at most 5 years: %s",
        due);
    Period grace = firstServiceGrace();
    Checks.require(
        !grace.isNegative() && grace.getMonths() >= 0 && grace.getDays() >= 0
            && grace.toTotalMonths() <= 12 && grace.getDays() <= 366,
        "firstServiceGrace",
        ServiceErrorCode.SERVICE_SETTING_OUT_OF_RANGE,
        "firstServiceGrace must be between zero and 1 year: %s",
        grace);
  }
}

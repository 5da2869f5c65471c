package org.aftersales.rules.warranty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.vehicle.Distance;
import org.immutables.value.Value;

/**
 * The maintenance interval a policy expects, to tell whether the records show a gap: "every 12
 * months or 10,000 km, whichever first, with a tolerance of 1 month or 1,000 km".
 *
 * <p>A <b>gap</b> is a stretch between consecutive maintenance records (starting at the warranty
 * start with odometer 0, ending at the failure report) that is longer than the interval plus
 * the tolerance: the later date is after {@code earlier.plusMonths(interval + tolerance)}, or the
 * distance between them is more than {@code interval + tolerance} (both bounds inclusive, as in
 * {@link CoverageLimits}). Maintenance at any workshop counts: servicing outside the network is a
 * service done (16 CFR 700.10, SAMR Order 43 Art. 32). A gap alone excludes nothing; see {@link
 * ExclusionKind#LACK_OF_MAINTENANCE}. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableMaintenanceSchedule.class)
@JsonDeserialize(as = ImmutableMaintenanceSchedule.class)
public abstract class MaintenanceSchedule {

  MaintenanceSchedule() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaintenanceSchedule}; {@code build()} validates. */
  public static final class Builder extends ImmutableMaintenanceSchedule.Builder {
    Builder() {}
  }

  /**
   * The interval, whichever comes first.
   *
   * @return the interval
   */
  public abstract CoverageLimits interval();

  /**
   * Months of tolerance beyond the interval; 0 by default.
   *
   * @return 0 to 12
   */
  @Value.Default
  public int toleranceMonths() {
    return 0;
  }

  /**
   * Distance of tolerance beyond the interval.
   *
   * @return the tolerance; empty for none
   */
  public abstract Optional<Distance> toleranceDistance();

  /**
   * Whether the stretch from one maintenance (or the start) to the next (or the report) is too
   * long.
   *
   * @param fromDate the earlier date
   * @param fromOdometer the earlier odometer
   * @param toDate the later date
   * @param toOdometer the later odometer, not below {@code fromOdometer}
   * @return {@code true} for a gap
   */
  public boolean isGap(LocalDate fromDate, Distance fromOdometer, LocalDate toDate, Distance toOdometer) {
    if (toDate.isAfter(fromDate.plusMonths((long) interval().months() + toleranceMonths()))) {
      return true;
    }
    if (interval().distance().isEmpty()) {
      return false;
    }
    Distance allowed = interval().distance().get();
    if (toleranceDistance().isPresent()) {
      allowed = allowed.plus(toleranceDistance().get());
    }
    return toOdometer.minus(fromOdometer).compareTo(allowed) > 0;
  }

  @Value.Check
  final void check() {
    Checks.require(
        toleranceMonths() >= 0 && toleranceMonths() <= 12,
        "toleranceMonths",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "toleranceMonths must be between 0 and 12: %s",
        toleranceMonths());
  }
}

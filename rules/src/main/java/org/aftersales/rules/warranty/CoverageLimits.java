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
 * A time limit in months and a distance limit, "whichever comes first" (DOMAIN §3.4): 36 months
 * or 36,000 miles, 24 months or 50,000 km. An absent distance means no distance limit (a
 * corrosion coverage of 5 years and unlimited miles).
 *
 * <p><b>Boundaries, both inclusive.</b> A period of {@code n} months from start date {@code S}
 * covers every date up to and including {@code S.plusMonths(n)}: the start day is not counted
 * and the period ends on the corresponding day of the last month, or on that month's last day
 * when it has no corresponding day (Civil Code of the PRC Art. 201–202; applied alike to every
 * market so that one rule decides). So 36 months from 2023-03-18 cover 2026-03-18 and not
 * 2026-03-19; one month from 2024-01-31 covers 2024-02-29. A distance limit covers every reading
 * up to and including it: exactly 36,000 mi is covered, 36,000.001 mi is not. Distances compare
 * exactly across units ({@link Distance#compareTo}).
 *
 * <p>Rules: months from 1 to 1,200; a distance, when present, above zero ({@link
 * WarrantyErrorCode#WARRANTY_LIMIT_NOT_POSITIVE} otherwise). Immutable and thread-safe. JSON:
 * {@code {"months":36,"distance":{"value":36000,"unit":"MI"}}}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableCoverageLimits.class)
@JsonDeserialize(as = ImmutableCoverageLimits.class)
public abstract class CoverageLimits {

  CoverageLimits() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CoverageLimits}; {@code build()} validates. */
  public static final class Builder extends ImmutableCoverageLimits.Builder {
    Builder() {}
  }

  /**
   * Months and distance, whichever comes first.
   *
   * @param months 1 to 1,200
   * @param distance above zero
   * @return the limits
   */
  public static CoverageLimits of(int months, Distance distance) {
    return builder().months(months).distance(distance).build();
  }

  /**
   * Months without a distance limit.
   *
   * @param months 1 to 1,200
   * @return the limits
   */
  public static CoverageLimits monthsOnly(int months) {
    return builder().months(months).build();
  }

  /**
   * The time limit in months.
   *
   * @return 1 to 1,200
   */
  public abstract int months();

  /**
   * The distance limit; empty for no distance limit.
   *
   * @return the distance, above zero
   */
  public abstract Optional<Distance> distance();

  /**
   * The last date these limits cover when counted from {@code start}, inclusive.
   *
   * @param start the start date
   * @return {@code start.plusMonths(months())}
   */
  public LocalDate lastCoveredDate(LocalDate start) {
    return start.plusMonths(months());
  }

  /**
   * Whether a date and a distance travelled since the start are both within the limits.
   *
   * @param start the start date
   * @param date the date asked about, not before {@code start}
   * @param travelled the distance travelled since the start
   * @return {@code true} when {@code date <= lastCoveredDate(start)} and {@code travelled <=
   *     distance}
   */
  public boolean covers(LocalDate start, LocalDate date, Distance travelled) {
    return !date.isAfter(lastCoveredDate(start))
        && (distance().isEmpty() || travelled.compareTo(distance().get()) <= 0);
  }

  /**
   * The shorter of these limits and {@code other}, limit by limit (no distance limit is the
   * longest).
   *
   * @param other other limits
   * @return the limits that end first on each measure
   */
  public CoverageLimits shortest(CoverageLimits other) {
    int months = Math.min(months(), other.months());
    Optional<Distance> distance;
    if (distance().isEmpty()) {
      distance = other.distance();
    } else if (other.distance().isEmpty()) {
      distance = distance();
    } else {
      distance = distance().get().compareTo(other.distance().get()) <= 0 ? distance() : other.distance();
    }
    if (months == months() && distance.equals(distance())) {
      return this;
    }
    if (months == other.months() && distance.equals(other.distance())) {
      return other;
    }
    return builder().months(months).distance(distance).build();
  }

  @Value.Check
  final void check() {
    Checks.require(
        months() > 0,
        "months",
        WarrantyErrorCode.WARRANTY_LIMIT_NOT_POSITIVE,
        "months must be > 0: %s",
        months());
    Checks.require(
        months() <= 1200,
        "months",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "months must be at most 1200: %s",
        months());
    distance()
        .ifPresent(
            d ->
                Checks.require(
                    d.value().signum() > 0,
                    "distance",
                    WarrantyErrorCode.WARRANTY_LIMIT_NOT_POSITIVE,
                    "distance must be > 0: %s",
                    d));
  }

  @Override
  public String toString() {
    return months() + " months" + distance().map(d -> " or " + d).orElse(", no distance limit");
  }
}

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
 * How much of a coverage is left at the report: the last covered date (inclusive), the days from
 * the report date to it (0 on the last covered day itself), and the distance left to the limit
 * (0 at exactly the limit; empty without a distance limit). Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableRemainingCoverage.class)
@JsonDeserialize(as = ImmutableRemainingCoverage.class)
public abstract class RemainingCoverage {

  RemainingCoverage() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemainingCoverage}. */
  public static final class Builder extends ImmutableRemainingCoverage.Builder {
    Builder() {}
  }

  /**
   * The last date the coverage covers, inclusive.
   *
   * @return the date
   */
  public abstract LocalDate lastCoveredDate();

  /**
   * Days from the report date to the last covered date.
   *
   * @return at least 0
   */
  public abstract long days();

  /**
   * Distance left to the limit, in the limit's unit.
   *
   * @return the distance; empty without a distance limit
   */
  public abstract Optional<Distance> distance();

  @Value.Check
  final void check() {
    Checks.require(days() >= 0, "days", CoreErrorCode.NEGATIVE_QUANTITY, "days must be >= 0: %s", days());
  }
}

package org.aftersales.scheduling.promise;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Duration;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.scheduling.SchedulingErrorCode;
import org.immutables.value.Value;

/**
 * How a shop turns work into a promise (DOMAIN §2 step 4: "estimate completion time from the
 * labour hours and the workshop's actual load, <i>with a margin</i>"; step 6: "progress is checked
 * at 70–80% of the estimated duration").
 *
 * <ul>
 *   <li>{@link #marginShare()}: a share of the work's duration added as margin, 10% by default;
 *   <li>{@link #fixedMargin()}: a fixed margin added on top (quality check, wash, paperwork), 15
 *       minutes by default, 0 to 24 hours;
 *   <li>{@link #progressCheckAt()}: when to check progress, as a share of the work's duration,
 *       75% by default (the middle of the seed's 70–80%); above 0 and below 100;
 *   <li>{@link #roundUpTo()}: the promise is rounded up to a multiple of this in the shop's local
 *       time, 5 minutes by default (0 for no rounding, at most 60 minutes), but never past the end
 *       of the working window it falls in.
 * </ul>
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}. JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePromisePolicy.class)
@JsonDeserialize(as = ImmutablePromisePolicy.class)
public abstract class PromisePolicy {

  PromisePolicy() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PromisePolicy}; {@code build()} validates. */
  public static final class Builder extends ImmutablePromisePolicy.Builder {
    Builder() {}
  }

  /**
   * The defaults: 10% and 15 minutes of margin, progress check at 75%, rounded up to 5 minutes.
   *
   * @return the policy
   */
  public static PromisePolicy standard() {
    return builder().build();
  }

  /**
   * The margin as a share of the work's duration; 10% by default.
   *
   * @return the share
   */
  @Value.Default
  public Percentage marginShare() {
    return Percentage.of(10);
  }

  /**
   * A fixed margin on top; 15 minutes by default.
   *
   * @return the fixed margin
   */
  @Value.Default
  public Duration fixedMargin() {
    return Duration.ofMinutes(15);
  }

  /**
   * When to check progress, as a share of the work's duration; 75% by default.
   *
   * @return the share, above 0 and below 100
   */
  @Value.Default
  public Percentage progressCheckAt() {
    return Percentage.of(75);
  }

  /**
   * The promise is rounded up to a multiple of this in local time; 5 minutes by default.
   *
   * @return the rounding step, 0 to 60 whole minutes
   */
  @Value.Default
  public Duration roundUpTo() {
    return Duration.ofMinutes(5);
  }

  @Value.Check
  final void check() {
    Checks.require(
        !fixedMargin().isNegative() && fixedMargin().compareTo(Duration.ofHours(24)) <= 0,
        "fixedMargin",
        SchedulingErrorCode.DURATION_OUT_OF_RANGE,
        "fixedMargin must be between 0 and 24 hours: %s",
        fixedMargin());
    BigDecimal p = progressCheckAt().value();
    Checks.require(
        p.signum() > 0 && p.compareTo(BigDecimal.valueOf(100)) < 0,
        "progressCheckAt",
        CoreErrorCode.PERCENTAGE_OUT_OF_RANGE,
        "progressCheckAt must be above 0 and below 100 percent: %s",
        p.toPlainString());
    Duration r = roundUpTo();
    Checks.require(
        r.getNano() == 0 && r.getSeconds() % 60 == 0 && r.getSeconds() >= 0 && r.getSeconds() <= 3600,
        "roundUpTo",
        SchedulingErrorCode.DURATION_OUT_OF_RANGE,
        "roundUpTo must be 0 to 60 whole minutes: %s",
        r);
  }
}

package org.aftersales.scheduling.promise;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.immutables.value.Value;

/**
 * A promised completion time and how it came about: when work can start and end, the margin on
 * top, the moment to check progress, and the reasons (codes {@code PROMISE_COMPUTED} and, when
 * the start was held back, {@code WORK_START_DELAYED}).
 *
 * <p>Invariants: {@code workStart <= progressCheckAt <= workEnd <= promisedAt}; {@code
 * promisedAt - start >= work}; every instant of work and margin lies in the shop's working time.
 * Immutable and thread-safe. JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePromise.class)
@JsonDeserialize(as = ImmutablePromise.class)
public abstract class Promise {

  Promise() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Promise}. */
  public static final class Builder extends ImmutablePromise.Builder {
    Builder() {}
  }

  /**
   * When work can start: the first working instant at or after the start, the parts' arrival and
   * the workshop's free time.
   *
   * @return the work start
   */
  public abstract Instant workStart();

  /**
   * When the work itself is expected to end.
   *
   * @return the work end
   */
  public abstract Instant workEnd();

  /**
   * The promised completion time told to the customer: the work end plus the margin in working
   * time, rounded up.
   *
   * @return the promise
   */
  public abstract Instant promisedAt();

  /**
   * When to check progress (70–80% of the work by default).
   *
   * @return the progress check
   */
  public abstract Instant progressCheckAt();

  /**
   * The clock time the work takes (labour hours over efficiency).
   *
   * @return the work's duration in working time
   */
  public abstract Duration work();

  /**
   * The margin added, in working time.
   *
   * @return the margin
   */
  public abstract Duration margin();

  /**
   * How the promise was computed.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();
}

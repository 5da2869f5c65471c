package org.aftersales.scheduling.dispatch;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.quantity.Hours;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.aftersales.scheduling.capacity.BayType;
import org.immutables.value.Value;

/**
 * A job waiting to be dispatched: the skill and flat-rate hours it needs, the bay type if any,
 * whether the customer waits in the lounge, when it was promised, when the car (or its parts) is
 * ready, and optionally the technician it is pinned to (work already started, a comeback for the
 * same technician).
 *
 * <p>A job with several skills is dispatched as several jobs, one per skill. Rules checked on
 * build: the hours are above zero. Immutable and thread-safe; build with {@link #builder()}. JSON
 * round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableDispatchJob.class)
@JsonDeserialize(as = ImmutableDispatchJob.class)
public abstract class DispatchJob {

  DispatchJob() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DispatchJob}; {@code build()} validates. */
  public static final class Builder extends ImmutableDispatchJob.Builder {
    Builder() {}
  }

  /**
   * The job's id, unique within one dispatch.
   *
   * @return the id
   */
  public abstract JobId id();

  /**
   * The repair order the job belongs to, if known.
   *
   * @return the repair order
   */
  public abstract Optional<RepairOrderId> repairOrder();

  /**
   * The skill the job needs.
   *
   * @return the skill
   */
  public abstract Skill skill();

  /**
   * The flat-rate hours.
   *
   * @return the hours, above zero
   */
  public abstract Hours hours();

  /**
   * The bay type the job needs, if any.
   *
   * @return the bay type
   */
  public abstract Optional<BayType> bayType();

  /**
   * Whether the customer waits in the lounge; such jobs go first. {@code false} by default.
   *
   * @return {@code true} for a waiting customer
   */
  @Value.Default
  public boolean waitingCustomer() {
    return false;
  }

  /**
   * The promised completion time, if one was given.
   *
   * @return the promise
   */
  public abstract Optional<Instant> promisedAt();

  /**
   * When the car and its parts are ready for work, if later than the start of dispatch.
   *
   * @return the ready time
   */
  public abstract Optional<Instant> readyAt();

  /**
   * The technician the job is pinned to, if any.
   *
   * @return the technician
   */
  public abstract Optional<TechnicianId> technician();

  @Value.Check
  final void check() {
    Checks.require(
        !hours().isZero(), "hours", CoreErrorCode.NON_POSITIVE_QUANTITY, "hours of job %s must be above 0", id());
    promisedAt().ifPresent(i -> ShopCalendar.requireSupported(i, "promisedAt"));
    readyAt().ifPresent(i -> ShopCalendar.requireSupported(i, "readyAt"));
  }
}

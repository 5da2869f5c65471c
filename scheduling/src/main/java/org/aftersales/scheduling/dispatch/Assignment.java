package org.aftersales.scheduling.dispatch;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.scheduling.calendar.Interval;
import org.immutables.value.Value;

/**
 * One job given to one technician (and bay): when work starts and ends, the working intervals the
 * technician spends on it (work pauses over breaks and after the shift, and may go on the next
 * working day), the expected lateness against the promise, and why.
 *
 * <p>The bay, when there is one, is taken from {@link #start()} to {@link #end()}, breaks
 * included (the car stays on the lift). Immutable and thread-safe. JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableAssignment.class)
@JsonDeserialize(as = ImmutableAssignment.class)
public abstract class Assignment {

  Assignment() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assignment}. */
  public static final class Builder extends ImmutableAssignment.Builder {
    Builder() {}
  }

  /**
   * The job.
   *
   * @return the job's id
   */
  public abstract JobId job();

  /**
   * The skill the job needs.
   *
   * @return the skill
   */
  public abstract Skill skill();

  /**
   * The technician who does it.
   *
   * @return the technician
   */
  public abstract TechnicianId technician();

  /**
   * The bay it is done in, if it needs one.
   *
   * @return the bay's id
   */
  public abstract Optional<String> bay();

  /**
   * When work starts.
   *
   * @return the start
   */
  public abstract Instant start();

  /**
   * When work is expected to end.
   *
   * @return the end
   */
  public abstract Instant end();

  /**
   * The technician's working intervals on the job, in order.
   *
   * @return the intervals
   */
  public abstract List<Interval> work();

  /**
   * How late the job is expected to finish against its promise; zero when on time or without a
   * promise.
   *
   * @return the lateness
   */
  public abstract Duration expectedLateness();

  /**
   * Why the job came here: priority, choice of technician and bay, lateness.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();
}

package org.aftersales.scheduling.dispatch;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.order.TechnicianId;
import org.immutables.value.Value;

/**
 * A day's dispatch: the assignments in the order they were made (priority order), the jobs that
 * stayed unassigned (also in priority order), and each technician's clocked load from the jobs
 * given to them.
 *
 * <p>Immutable and thread-safe. JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableDispatchPlan.class)
@JsonDeserialize(as = ImmutableDispatchPlan.class)
public abstract class DispatchPlan {

  DispatchPlan() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DispatchPlan}. */
  public static final class Builder extends ImmutableDispatchPlan.Builder {
    Builder() {}
  }

  /**
   * The date dispatched, in the shop's zone.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The assignments, in priority order.
   *
   * @return the assignments
   */
  public abstract List<Assignment> assignments();

  /**
   * The jobs no one could take today, in priority order.
   *
   * @return the unassigned jobs
   */
  public abstract List<UnassignedJob> unassigned();

  /**
   * Clocked time assigned to each technician of the workshop, zero for those without work.
   *
   * @return the load by technician
   */
  @Value.NaturalOrder
  public abstract SortedMap<TechnicianId, Duration> technicianLoad();

  /**
   * How many assignments are expected to finish after their promise.
   *
   * @return the count
   */
  public int lateJobs() {
    return (int) assignments().stream().filter(a -> !a.expectedLateness().isZero()).count();
  }

  /**
   * The sum of the expected lateness of all assignments.
   *
   * @return the total lateness
   */
  public Duration totalLateness() {
    return assignments().stream().map(Assignment::expectedLateness).reduce(Duration.ZERO, Duration::plus);
  }
}

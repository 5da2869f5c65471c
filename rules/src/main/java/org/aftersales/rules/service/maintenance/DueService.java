package org.aftersales.rules.service.maintenance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.vehicle.Distance;
import org.immutables.value.Value;

/**
 * When one maintenance item of one vehicle is due, and how urgent it is on the day asked about.
 *
 * <p>The item is due on {@link #dueDate()}, the earlier of {@link #timeDueDate()} (baseline date
 * plus the time limit) and {@link #distanceDueDate()} (the date the odometer reaches {@link
 * #dueDistance()}, the baseline odometer plus the distance limit, by the mileage forecast or, when
 * already passed, the first reading at or beyond it). The due date is never before the baseline
 * date. Distances are in the scale and unit of the vehicle's current odometer. {@link #reasons()}
 * explain the baseline, severe-service tightening, each limit and the status. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableDueService.class)
@JsonDeserialize(as = ImmutableDueService.class)
public abstract class DueService {

  DueService() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DueService}. */
  public static final class Builder extends ImmutableDueService.Builder {
    Builder() {}
  }

  /**
   * The plan item's code.
   *
   * @return the code
   */
  public abstract String itemCode();

  /**
   * The plan item's description.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * What the interval is counted from.
   *
   * @return the baseline kind
   */
  public abstract BaselineKind baseline();

  /**
   * The baseline date: delivery or the last performance.
   *
   * @return the date
   */
  public abstract LocalDate baselineDate();

  /**
   * The odometer at the baseline, recorded or estimated.
   *
   * @return the distance, if known
   */
  public abstract Optional<Distance> baselineDistance();

  /**
   * The interval applied after severe-service tightening.
   *
   * @return the interval
   */
  public abstract ServiceInterval interval();

  /**
   * The severe conditions whose variants tightened the interval.
   *
   * @return the conditions
   */
  @Value.NaturalOrder
  public abstract SortedSet<SevereCondition> conditions();

  /**
   * The due date by the time limit.
   *
   * @return the date, when the interval has a time limit
   */
  public abstract Optional<LocalDate> timeDueDate();

  /**
   * The due odometer value.
   *
   * @return the distance, when the interval has a distance limit and the baseline odometer is known
   */
  public abstract Optional<Distance> dueDistance();

  /**
   * The date the due distance is (predicted to be) reached.
   *
   * @return the date, if it can be told
   */
  public abstract Optional<LocalDate> distanceDueDate();

  /**
   * The due date: whichever limit comes first.
   *
   * @return the date
   */
  public abstract LocalDate dueDate();

  /**
   * Which limit comes first.
   *
   * @return the trigger
   */
  public abstract DueTrigger trigger();

  /**
   * The status on the day asked about.
   *
   * @return the status
   */
  public abstract DueStatus status();

  /**
   * Why.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();
}

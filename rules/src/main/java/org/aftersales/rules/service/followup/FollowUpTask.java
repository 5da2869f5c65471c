package org.aftersales.rules.service.followup;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.aftersales.core.customer.CustomerRef;
import org.immutables.value.Value;

/**
 * One piece of follow-up work: what, for which order, request or promotion, for which customer,
 * from when ({@link #notBefore()}, inclusive), by when ({@link #dueDate()}, inclusive: a task
 * done any time on its due date is on time), and whether and when it was done. Dates are the
 * shop's local dates. {@link #reasons()} cite the rule and how the date was fitted to the
 * calendar. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableFollowUpTask.class)
@JsonDeserialize(as = ImmutableFollowUpTask.class)
public abstract class FollowUpTask {

  FollowUpTask() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUpTask}. */
  public static final class Builder extends ImmutableFollowUpTask.Builder {
    Builder() {}
  }

  /**
   * What is to be done.
   *
   * @return the type
   */
  public abstract FollowUpTaskType type();

  /**
   * The repair order, request or promotion the task belongs to.
   *
   * @return its identifier
   */
  public abstract String reference();

  /**
   * The customer, when known.
   *
   * @return the customer
   */
  public abstract Optional<CustomerRef> customer();

  /**
   * The first day the task should be done, for tasks with a window.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> notBefore();

  /**
   * The last day the task is on time.
   *
   * @return the date
   */
  public abstract LocalDate dueDate();

  /**
   * When it was done.
   *
   * @return the instant, if done
   */
  public abstract Optional<Instant> doneAt();

  /**
   * Where it stands.
   *
   * @return the status
   */
  public abstract TaskStatus status();

  /**
   * The rule and the calendar fitting behind the dates.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();

  /**
   * Whether the task is still to be done.
   *
   * @return {@code true} when open
   */
  @JsonIgnore
  public boolean isOpen() {
    return status() == TaskStatus.OPEN;
  }

  /**
   * Whether the task is open and its due date has passed on a day.
   *
   * @param date the shop's local date
   * @return {@code true} when open and {@code date} is after the due date
   */
  public boolean isOverdueOn(LocalDate date) {
    Checks.requireNonNull(date, "date");
    return isOpen() && date.isAfter(dueDate());
  }
}

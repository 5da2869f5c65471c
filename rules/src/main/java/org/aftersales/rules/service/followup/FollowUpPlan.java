package org.aftersales.rules.service.followup;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.immutables.value.Value;

/**
 * The follow-up tasks of a shop, sorted by due date, then type, then reference and customer,
 * with notes on what was deliberately not planned (a customer who does not wish to be called).
 *
 * <p><b>Overdue.</b> A task is overdue at an instant when it is open and the instant's date in the
 * shop's zone is after its due date: the whole due day is allowed. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableFollowUpPlan.class)
@JsonDeserialize(as = ImmutableFollowUpPlan.class)
public abstract class FollowUpPlan {

  FollowUpPlan() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUpPlan}. */
  public static final class Builder extends ImmutableFollowUpPlan.Builder {
    Builder() {}
  }

  /**
   * The shop's zone.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * The tasks, sorted.
   *
   * @return the tasks
   */
  public abstract List<FollowUpTask> tasks();

  /**
   * What was not planned, and why.
   *
   * @return the notes
   */
  public abstract List<Reason> notes();

  /**
   * The open tasks overdue at an instant.
   *
   * @param at the instant
   * @return the tasks, in plan order
   */
  public List<FollowUpTask> overdueAt(Instant at) {
    Checks.requireNonNull(at, "at");
    return overdueOn(LocalDate.ofInstant(at, zone()));
  }

  /**
   * The open tasks overdue on a day.
   *
   * @param date the shop's local date
   * @return the tasks, in plan order
   */
  public List<FollowUpTask> overdueOn(LocalDate date) {
    Checks.requireNonNull(date, "date");
    return tasks().stream().filter(t -> t.isOverdueOn(date)).toList();
  }

  /**
   * The open tasks due on a day: the day's work list.
   *
   * @param date the shop's local date
   * @return the tasks, in plan order
   */
  public List<FollowUpTask> dueOn(LocalDate date) {
    Checks.requireNonNull(date, "date");
    return tasks().stream().filter(t -> t.isOpen() && t.dueDate().equals(date)).toList();
  }

  /**
   * The open tasks.
   *
   * @return the tasks, in plan order
   */
  public List<FollowUpTask> open() {
    return tasks().stream().filter(FollowUpTask::isOpen).toList();
  }
}

package org.aftersales.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.Vehicle;
import org.immutables.value.Value;

/**
 * The repair order (任务委托书 / 进厂维修单, DOMAIN §1–2): the contract between customer and dealer
 * for one visit, from appointment to follow-up.
 *
 * <p><b>Header:</b> id, vehicle, customer, advisor, when it was opened, the walk-around at check-in
 * (odometer in, fuel, damage, belongings, key tag), odometer out, promised time, payment method,
 * old-parts disposition and wash. <b>Jobs:</b> the 3C, pay type and splits, labour, parts,
 * sublets, fees, and each job's status with its authorization or refusal.
 *
 * <p><b>Lifecycle:</b> {@link #apply(RepairOrderCommand)} is a pure transition: it returns the
 * next order and the domain events, or throws and leaves this order as it was (it is immutable).
 * {@link RepairOrderCommand} documents every command with the statuses it is allowed in.
 *
 * <p><b>Invariants</b>, checked whenever an order is built (so also after every transition and
 * when read from JSON):
 *
 * <ul>
 *   <li>job ids are unique; every amount is in one currency;
 *   <li>the status history is chronological, starts at or after {@link #openedAt()} and ends
 *       with {@link #status()}; {@link #lastUpdatedAt()} is not before it;
 *   <li>a vehicle on site (checked in and later, cancellations aside) has its walk-around;
 *   <li>a delivered order has its odometer out, not below the odometer in (unless the cluster
 *       was replaced), its payment method, and a passed last quality check; an order not yet
 *       delivered has no odometer out;
 *   <li>an order is {@link RepairOrderStatus#SUPPLEMENT_PENDING} exactly when a supplement waits
 *       for consent;
 *   <li>from the quality check on, no job is proposed, authorized or in progress: every job is
 *       done, declined or deferred;
 *   <li>before dispatch, and when cancelled, no job is in progress or done.
 * </ul>
 *
 * <p>Immutable and thread-safe; build with {@link #builder()} (status defaults to {@link
 * RepairOrderStatus#APPOINTMENT}; an empty status history starts at {@link #openedAt()}).
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableRepairOrder.class)
@JsonDeserialize(as = ImmutableRepairOrder.class)
public abstract class RepairOrder {

  RepairOrder() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RepairOrder}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableRepairOrder.Builder {
    Builder() {}
  }

  /**
   * The order's identifier.
   *
   * @return the id
   */
  public abstract RepairOrderId id();

  /**
   * The vehicle.
   *
   * @return the vehicle
   */
  public abstract Vehicle vehicle();

  /**
   * The customer.
   *
   * @return the customer reference
   */
  public abstract CustomerRef customer();

  /**
   * The service advisor who owns the order.
   *
   * @return the advisor
   */
  public abstract AdvisorId advisor();

  /**
   * When the order was opened: when the appointment was booked, or the walk-in received.
   *
   * @return the instant
   */
  public abstract Instant openedAt();

  /**
   * The booked reception time, for an order that began as an appointment.
   *
   * @return the appointment time
   */
  public abstract Optional<Instant> appointmentAt();

  /**
   * The walk-around at check-in, once checked in.
   *
   * @return the walk-around
   */
  public abstract Optional<WalkAround> walkAround();

  /**
   * The odometer at delivery.
   *
   * @return the reading, present once delivered
   */
  public abstract Optional<OdometerReading> odometerOut();

  /**
   * The promised completion time, once given.
   *
   * @return the promised time
   */
  public abstract Optional<Instant> promisedAt();

  /**
   * How the customer pays, once agreed.
   *
   * @return the payment method
   */
  public abstract Optional<PaymentMethod> paymentMethod();

  /**
   * What happens to replaced parts, once agreed.
   *
   * @return the disposition
   */
  public abstract Optional<OldPartsDisposition> oldPartsDisposition();

  /**
   * Whether the customer accepted the free wash.
   *
   * @return {@code true} for a wash
   */
  @Value.Default
  public boolean wash() {
    return false;
  }

  /**
   * The jobs, in the order they were added.
   *
   * @return the jobs
   */
  public abstract List<Job> jobs();

  /**
   * The current status.
   *
   * @return the status
   */
  @Value.Default
  public RepairOrderStatus status() {
    return RepairOrderStatus.APPOINTMENT;
  }

  /**
   * Every status the order entered, oldest first; the last is the current one.
   *
   * @return the history
   */
  public abstract List<StatusChange> statusHistory();

  /**
   * Final inspections, oldest first.
   *
   * @return the quality checks
   */
  public abstract List<QualityCheck> qualityChecks();

  /**
   * Follow-up calls after delivery, oldest first.
   *
   * @return the calls
   */
  public abstract List<FollowUpCall> followUps();

  /**
   * Why the order was cancelled, when it was.
   *
   * @return the reason
   */
  public abstract Optional<String> cancellationReason();

  /**
   * When the order last changed; commands must not be earlier. Defaults to the last status
   * change.
   *
   * @return the instant
   */
  @Value.Default
  public Instant lastUpdatedAt() {
    return statusHistory().isEmpty()
        ? openedAt()
        : statusHistory().get(statusHistory().size() - 1).at();
  }

  // ---------------------------------------------------------------------------------------
  // Derived views

  /**
   * Applies a command: the pure lifecycle transition.
   *
   * @param command the command
   * @return the next order and the events
   * @throws org.aftersales.core.IllegalTransitionException when the status does not allow the
   *     command, naming both; this order is unchanged
   * @throws org.aftersales.core.ValidationException when the command's data is bad
   */
  public Transition apply(RepairOrderCommand command) {
    return Lifecycle.apply(this, command);
  }

  /**
   * The names of the commands the current status allows, for example to show a DMS user only
   * the buttons that can work. A listed command may still be refused for its data or for a job's
   * status.
   *
   * @return command names, in lifecycle order
   */
  public List<String> allowedCommands() {
    return Lifecycle.allowedCommands(status());
  }

  /**
   * The job with this id.
   *
   * @param id the job id
   * @return the job, or empty
   */
  public Optional<Job> job(JobId id) {
    return jobs().stream().filter(j -> j.id().equals(id)).findFirst();
  }

  /**
   * The odometer at check-in.
   *
   * @return the reading, once checked in
   */
  public Optional<OdometerReading> odometerIn() {
    return walkAround().map(WalkAround::odometer);
  }

  /**
   * When the order first entered a status.
   *
   * @param status the status
   * @return the instant, or empty if it never did
   */
  public Optional<Instant> enteredAt(RepairOrderStatus status) {
    return statusHistory().stream().filter(c -> c.status() == status).map(StatusChange::at).findFirst();
  }

  /**
   * The last quality check.
   *
   * @return the check, or empty
   */
  public Optional<QualityCheck> lastQualityCheck() {
    return qualityChecks().isEmpty()
        ? Optional.empty()
        : Optional.of(qualityChecks().get(qualityChecks().size() - 1));
  }

  /**
   * The currency of the order's amounts, if it has any.
   *
   * @return the currency
   */
  public Optional<CurrencyUnit> currency() {
    return amounts().findFirst().map(MonetaryAmount::getCurrency);
  }

  /**
   * Flat-rate hours per skill of the jobs that are consented (authorized, in progress or done),
   * sorted by skill; what scheduling books.
   *
   * @return hours by skill
   */
  public SortedMap<Skill, Hours> consentedHoursBySkill() {
    SortedMap<Skill, Hours> bySkill = new TreeMap<>();
    for (Job j : jobs()) {
      if (j.status().isConsented()) {
        j.flatRateHoursBySkill().forEach((s, h) -> bySkill.merge(s, h, Hours::plus));
      }
    }
    return java.util.Collections.unmodifiableSortedMap(bySkill);
  }

  Stream<MonetaryAmount> amounts() {
    return jobs().stream().flatMap(Job::amounts);
  }

  @Value.Check
  final RepairOrder normalise() {
    if (statusHistory().isEmpty()) {
      return builder()
          .from(this)
          .addStatusHistory(new StatusChange(status(), openedAt()))
          .build();
    }
    Optional<String> reason =
        cancellationReason().map(r -> Checks.requireText(r, "cancellationReason", 500));
    if (!reason.equals(cancellationReason())) {
      return builder().from(this).cancellationReason(reason).build();
    }
    Invariants.check(this);
    return this;
  }

  /**
   * The money in the order must be in the order's currency.
   *
   * @param amount an amount
   * @param path where it is
   */
  void requireOrderCurrency(MonetaryAmount amount, String path) {
    currency().ifPresent(c -> Monies.requireSameCurrency(Monies.zero(c), amount, path));
  }
}

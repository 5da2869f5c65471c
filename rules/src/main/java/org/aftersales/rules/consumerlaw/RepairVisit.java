package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.aftersales.core.order.Authorization;
import org.aftersales.core.order.Job;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.order.RepairOrderStatus;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.OdometerReading;
import org.immutables.value.Value;

/**
 * One visit of the vehicle for repairs of quality problems: when it was received, when the repair
 * was agreed, when it was completed, the odometer at reception, the repairs and the excluded
 * time. {@link #from(RepairOrder, OrderFacts)} builds it from a core repair order; a host may also
 * build one directly for a repair done at another dealer.
 *
 * <p>Times, from the repair order:
 *
 * <ul>
 *   <li>{@link #receivedAt()}: the order entered {@link RepairOrderStatus#CHECKED_IN} (else the
 *       walk-around odometer reading's time) — "delivered for repair" in California's words;
 *   <li>{@link #agreedAt()}: the earliest customer authorization of a repaired job, not before
 *       reception — the start of the repair time of SAMR Order 43 Art. 40;
 *   <li>{@link #completedAt()}: the order entered {@link RepairOrderStatus#READY} (else {@link
 *       RepairOrderStatus#DELIVERED}); empty while the repair is still going on.
 * </ul>
 *
 * <p>Rules checked on build: {@code receivedAt <= agreedAt <= completedAt} ({@link
 * ConsumerLawErrorCode#CONSUMER_LAW_REPAIR_DATE_ORDER}); at least one repair with unique job ids;
 * the excluded time of a completed visit is not longer than its repair time ({@link
 * ConsumerLawErrorCode#CONSUMER_LAW_REPAIR_FACTS_INVALID}). Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableRepairVisit.class)
@JsonDeserialize(as = ImmutableRepairVisit.class)
public abstract class RepairVisit {

  RepairVisit() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RepairVisit}; {@code build()} validates. */
  public static final class Builder extends ImmutableRepairVisit.Builder {
    Builder() {}
  }

  /**
   * The visit of a repair order, with the facts the host adds.
   *
   * @param order the repair order, checked in (not an appointment, no-show or cancellation)
   * @param facts the facts of the same order
   * @return the visit
   * @throws ValidationException with {@link ConsumerLawErrorCode#CONSUMER_LAW_REPAIR_FACTS_INVALID}
   *     when the facts name another order, an unknown job or a job without consent
   */
  public static RepairVisit from(RepairOrder order, OrderFacts facts) {
    Checks.requireNonNull(order, "order");
    Checks.requireNonNull(facts, "facts");
    if (!order.id().equals(facts.orderId())) {
      throw invalid("orderId", "facts of order " + facts.orderId() + " given for order " + order.id());
    }
    RepairOrderStatus s = order.status();
    if (!s.isOnSite() || order.walkAround().isEmpty()) {
      throw invalid("orderId", "order " + order.id() + " is " + s + ": the vehicle was never received for repair");
    }
    OdometerReading in = order.walkAround().get().odometer();
    Instant received = order.enteredAt(RepairOrderStatus.CHECKED_IN).orElse(in.at());
    Instant earliestConsent = null;
    for (int i = 0; i < facts.repairs().size(); i++) {
      RepairRecord r = facts.repairs().get(i);
      Optional<Job> job = order.job(r.jobId());
      if (job.isEmpty()) {
        throw invalid("repairs[" + i + "].jobId", "order " + order.id() + " has no job " + r.jobId());
      }
      if (!job.get().status().isConsented()) {
        throw invalid(
            "repairs[" + i + "].jobId",
            "job " + r.jobId() + " of order " + order.id() + " is " + job.get().status()
                + ": only a job the customer consented to is a repair");
      }
      Instant at = job.get().authorization().map(Authorization::at).orElse(received);
      if (earliestConsent == null || at.isBefore(earliestConsent)) {
        earliestConsent = at;
      }
    }
    Instant agreed = earliestConsent.isBefore(received) ? received : earliestConsent;
    Optional<Instant> completed =
        order.enteredAt(RepairOrderStatus.READY).or(() -> order.enteredAt(RepairOrderStatus.DELIVERED));
    return builder()
        .orderId(order.id())
        .receivedAt(received)
        .agreedAt(agreed)
        .completedAt(completed)
        .odometerIn(in.distance())
        .repairs(facts.repairs())
        .excludedTime(facts.excludedTime())
        .build();
  }

  private static ValidationException invalid(String path, String message) {
    return ValidationException.of(path, ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_FACTS_INVALID, message);
  }

  /**
   * The repair order of the visit.
   *
   * @return the order id
   */
  public abstract RepairOrderId orderId();

  /**
   * When the vehicle was received for repair.
   *
   * @return the instant
   */
  public abstract Instant receivedAt();

  /**
   * When the repair was agreed: the start of the repair time (SAMR Order 43 Art. 40).
   *
   * @return the instant
   */
  public abstract Instant agreedAt();

  /**
   * When the repair was completed; empty while it goes on.
   *
   * @return the instant
   */
  public abstract Optional<Instant> completedAt();

  /**
   * The odometer at reception, if known.
   *
   * @return the distance
   */
  public abstract Optional<Distance> odometerIn();

  /**
   * The repairs done on the visit.
   *
   * @return at least one repair
   */
  public abstract List<RepairRecord> repairs();

  /**
   * Time of the visit a law does not count.
   *
   * @return the excluded time
   */
  public abstract List<ExcludedTime> excludedTime();

  /**
   * The repair time from agreement to completion, or to {@code asOf} while the repair goes on.
   *
   * @param asOf the instant of the assessment
   * @return the duration, zero when {@code asOf} is before the agreement
   */
  public Duration repairTime(Instant asOf) {
    Instant end = completedAt().orElse(asOf);
    return end.isAfter(agreedAt()) ? Duration.between(agreedAt(), end) : Duration.ZERO;
  }

  /**
   * The excluded time of some kinds.
   *
   * @param kinds the kinds a law does not count
   * @return their total
   */
  public Duration excluded(Set<ExcludedTimeKind> kinds) {
    Duration sum = Duration.ZERO;
    for (ExcludedTime t : excludedTime()) {
      if (kinds.contains(t.kind())) {
        sum = sum.plus(t.duration());
      }
    }
    return sum;
  }

  @Value.Check
  final void check() {
    Checks.require(
        !agreedAt().isBefore(receivedAt()),
        "agreedAt",
        ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_DATE_ORDER,
        "order %s: repair agreed at %s, before the vehicle was received at %s",
        orderId(),
        agreedAt(),
        receivedAt());
    completedAt()
        .ifPresent(
            c -> {
              Checks.require(
                  !c.isBefore(agreedAt()),
                  "completedAt",
                  ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_DATE_ORDER,
                  "order %s: repair completed at %s, before it was agreed at %s",
                  orderId(),
                  c,
                  agreedAt());
              Duration excluded = Duration.ZERO;
              for (ExcludedTime t : excludedTime()) {
                excluded = excluded.plus(t.duration());
              }
              Checks.require(
                  excluded.compareTo(Duration.between(agreedAt(), c)) <= 0,
                  "excludedTime",
                  ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_FACTS_INVALID,
                  "order %s: excluded time %s is longer than the repair time %s",
                  orderId(),
                  excluded,
                  Duration.between(agreedAt(), c));
            });
    Checks.require(
        !repairs().isEmpty(), "repairs", CoreErrorCode.REQUIRED_FIELD, "visit %s has no repair", orderId());
    Checks.requireUnique(repairs(), RepairRecord::jobId, "repairs");
  }
}

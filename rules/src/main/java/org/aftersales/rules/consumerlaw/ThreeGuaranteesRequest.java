package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.calendar.WorkingCalendar;
import org.aftersales.core.money.Monies;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.Vehicle;
import org.immutables.value.Value;

/**
 * What {@link ChinaThreeGuarantees} assesses: the vehicle, its repair history, the instant and
 * odometer of the assessment, the fault the customer reports now (if any), the purchase price
 * (for the usage compensation), and, once the customer has asked for a replacement or refund, the
 * request date, the dealer's working-day calendar (for the Art. 28 deadlines) and the completion
 * date.
 *
 * <p>Rules checked on build: no repair visit is received after {@link #asOf()} and the current
 * fault is not reported after it nor before the last visit's reception ({@link
 * ConsumerLawErrorCode#CONSUMER_LAW_REPAIR_DATE_ORDER}); no odometer of the history, the current
 * fault or the delivery is above the current {@link #odometer()} ({@link
 * ConsumerLawErrorCode#CONSUMER_LAW_ODOMETER_BACKWARDS}); a request date needs the working
 * calendar; the price is at least zero. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableThreeGuaranteesRequest.class)
@JsonDeserialize(as = ImmutableThreeGuaranteesRequest.class)
public abstract class ThreeGuaranteesRequest {

  ThreeGuaranteesRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ThreeGuaranteesRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutableThreeGuaranteesRequest.Builder {
    Builder() {}
  }

  /**
   * The vehicle.
   *
   * @return the vehicle
   */
  public abstract Vehicle vehicle();

  /**
   * Its repair history.
   *
   * @return the history
   */
  public abstract RepairHistory history();

  /**
   * The instant of the assessment.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * The odometer at the assessment.
   *
   * @return the reading
   */
  public abstract Distance odometer();

  /**
   * The fault reported now and not yet repaired, if any.
   *
   * @return the fault
   */
  public abstract Optional<ReportedFault> currentFault();

  /**
   * The price paid for the vehicle (车价款), for the usage compensation.
   *
   * @return the price
   */
  public abstract Optional<MonetaryAmount> purchasePrice();

  /**
   * The odometer at delivery; 0 when absent.
   *
   * @return the reading
   */
  public abstract Optional<Distance> odometerAtDelivery();

  /**
   * The day the customer asked for a replacement or refund.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> remedyRequestedOn();

  /**
   * The dealer's working-day calendar, required with a request date (Art. 28).
   *
   * @return the calendar
   */
  public abstract Optional<WorkingCalendar> workingCalendar();

  /**
   * The day the replacement or refund was completed, if it was.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> remedyCompletedOn();

  @Value.Check
  final void check() {
    purchasePrice().ifPresent(p -> Monies.requireNonNegative(p, "purchasePrice"));
    Checks.require(
        remedyRequestedOn().isEmpty() || workingCalendar().isPresent(),
        "workingCalendar",
        CoreErrorCode.REQUIRED_FIELD,
        "a remedy request date needs the dealer's working calendar for the Art. 28 deadlines");
    remedyCompletedOn()
        .ifPresent(
            c ->
                Checks.require(
                    remedyRequestedOn().isPresent() && !c.isBefore(remedyRequestedOn().get()),
                    "remedyCompletedOn",
                    CoreErrorCode.DATE_ORDER,
                    "remedyCompletedOn %s needs a remedyRequestedOn not after it",
                    c));
    Instant lastReceived = null;
    for (int i = 0; i < history().visits().size(); i++) {
      RepairVisit v = history().visits().get(i);
      Checks.require(
          !v.receivedAt().isAfter(asOf()),
          "history.visits[" + i + "].receivedAt",
          ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_DATE_ORDER,
          "order %s was received at %s, after the assessment at %s",
          v.orderId(),
          v.receivedAt(),
          asOf());
      v.odometerIn().ifPresent(o -> requireNotAbove(o, "history.visits[" + v.orderId() + "].odometerIn"));
      lastReceived = v.receivedAt();
    }
    Instant last = lastReceived;
    currentFault()
        .ifPresent(
            f -> {
              Checks.require(
                  !f.at().isAfter(asOf()) && (last == null || !f.at().isBefore(last)),
                  "currentFault.at",
                  ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_DATE_ORDER,
                  "the current fault reported at %s must be after the last repair visit and not after the"
                      + " assessment at %s",
                  f.at(),
                  asOf());
              requireNotAbove(f.odometer(), "currentFault.odometer");
            });
    odometerAtDelivery().ifPresent(o -> requireNotAbove(o, "odometerAtDelivery"));
  }

  private void requireNotAbove(Distance d, String path) {
    Checks.require(
        d.compareTo(odometer()) <= 0,
        path,
        ConsumerLawErrorCode.CONSUMER_LAW_ODOMETER_BACKWARDS,
        "%s %s is above the odometer %s at the assessment",
        path,
        d,
        odometer());
  }
}

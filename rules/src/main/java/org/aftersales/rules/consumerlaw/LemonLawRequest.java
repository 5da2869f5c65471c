package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.money.Monies;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.Vehicle;
import org.immutables.value.Value;

/**
 * What {@link CaliforniaLemonLaw} assesses: the vehicle, its repair history, the instant and
 * odometer of the assessment, the price paid (for the buyback offset), the odometer at delivery,
 * and the notification facts of Civ. Code 1793.22(b): whether the manufacturer disclosed that the
 * buyer must notify it directly, and whether the buyer did.
 *
 * <p>Rules checked on build: no visit received after {@link #asOf()} ({@link
 * ConsumerLawErrorCode#CONSUMER_LAW_REPAIR_DATE_ORDER}); no odometer of the history or the delivery
 * above the current one ({@link ConsumerLawErrorCode#CONSUMER_LAW_ODOMETER_BACKWARDS}); the price
 * at least zero. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableLemonLawRequest.class)
@JsonDeserialize(as = ImmutableLemonLawRequest.class)
public abstract class LemonLawRequest {

  LemonLawRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LemonLawRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutableLemonLawRequest.Builder {
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
   * The price paid or payable for the vehicle.
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
   * Whether the manufacturer clearly disclosed, with the warranty or owner's manual, that the buyer
   * must notify it directly; {@code true} by default.
   *
   * @return {@code true} when disclosed
   */
  @Value.Default
  public boolean notificationRequirementDisclosed() {
    return true;
  }

  /**
   * Whether the buyer has at least once directly notified the manufacturer of the need for
   * repair; {@code false} by default.
   *
   * @return {@code true} when notified
   */
  @Value.Default
  public boolean manufacturerNotifiedDirectly() {
    return false;
  }

  @Value.Check
  final void check() {
    purchasePrice().ifPresent(p -> Monies.requireNonNegative(p, "purchasePrice"));
    for (int i = 0; i < history().visits().size(); i++) {
      RepairVisit v = history().visits().get(i);
      String path = "history.visits[" + i + "]";
      Checks.require(
          !v.receivedAt().isAfter(asOf()),
          path + ".receivedAt",
          ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_DATE_ORDER,
          "order %s was received at %s, after the assessment at %s",
          v.orderId(),
          v.receivedAt(),
          asOf());
      v.odometerIn()
          .ifPresent(
              o ->
                  Checks.require(
                      o.compareTo(odometer()) <= 0,
                      path + ".odometerIn",
                      ConsumerLawErrorCode.CONSUMER_LAW_ODOMETER_BACKWARDS,
                      "order %s was received at %s, above the odometer %s at the assessment",
                      v.orderId(),
                      o,
                      odometer()));
    }
    odometerAtDelivery()
        .ifPresent(
            o ->
                Checks.require(
                    o.compareTo(odometer()) <= 0,
                    "odometerAtDelivery",
                    ConsumerLawErrorCode.CONSUMER_LAW_ODOMETER_BACKWARDS,
                    "odometerAtDelivery %s is above the odometer %s at the assessment",
                    o,
                    odometer()));
  }
}

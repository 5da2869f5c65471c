package org.aftersales.rules.service.followup;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.order.FollowUpCall;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.order.RepairOrderStatus;
import org.aftersales.rules.service.ServiceErrorCode;
import org.immutables.value.Value;

/**
 * A delivered visit, as far as follow-up needs it: the order, the customer, when the visit began
 * and when the vehicle was handed back, the follow-up calls made so far and when the customer file
 * was opened.
 *
 * <p>Rules: the delivery is not before the opening ({@link
 * ServiceErrorCode#FOLLOW_UP_DELIVERY_BEFORE_OPENING}); calls are in time order ({@code
 * OUT_OF_ORDER}) and not before the delivery, and the file is not opened before the visit began
 * ({@link ServiceErrorCode#FOLLOW_UP_DATE_ORDER}). {@link #from(RepairOrder)} reads it off a
 * delivered repair order. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableDeliveredVisit.class)
@JsonDeserialize(as = ImmutableDeliveredVisit.class)
public abstract class DeliveredVisit {

  DeliveredVisit() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeliveredVisit}; {@code build()} validates. */
  public static final class Builder extends ImmutableDeliveredVisit.Builder {
    Builder() {}
  }

  /**
   * The visit of a delivered repair order: opened at check-in (or at the order's opening when it
   * has no check-in), delivered when it entered {@code DELIVERED}, with its follow-up calls.
   *
   * @param order a delivered, followed-up or closed order
   * @return the visit
   * @throws org.aftersales.core.ValidationException with {@link
   *     ServiceErrorCode#FOLLOW_UP_ORDER_NOT_DELIVERED} for an order not delivered
   */
  public static DeliveredVisit from(RepairOrder order) {
    Checks.requireNonNull(order, "order");
    Optional<Instant> delivered = order.enteredAt(RepairOrderStatus.DELIVERED);
    Checks.require(
        order.status().isDelivered() && delivered.isPresent(),
        "order.status",
        ServiceErrorCode.FOLLOW_UP_ORDER_NOT_DELIVERED,
        "order %s is %s: follow-up starts at delivery",
        order.id(),
        order.status());
    return builder()
        .orderId(order.id())
        .customer(order.customer())
        .openedAt(order.enteredAt(RepairOrderStatus.CHECKED_IN).orElse(order.openedAt()))
        .deliveredAt(delivered.orElseThrow())
        .calls(order.followUps())
        .build();
  }

  /**
   * The repair order.
   *
   * @return the order's id
   */
  public abstract RepairOrderId orderId();

  /**
   * The customer.
   *
   * @return the customer
   */
  public abstract CustomerRef customer();

  /**
   * When the visit began (进场手续办完: check-in).
   *
   * @return the instant
   */
  public abstract Instant openedAt();

  /**
   * When the vehicle was handed back.
   *
   * @return the instant
   */
  public abstract Instant deliveredAt();

  /**
   * Follow-up calls made, oldest first.
   *
   * @return the calls
   */
  public abstract List<FollowUpCall> calls();

  /**
   * When the customer file was opened, if it was.
   *
   * @return the instant
   */
  public abstract Optional<Instant> customerFileCreatedAt();

  @Value.Check
  final void check() {
    Checks.require(
        !deliveredAt().isBefore(openedAt()),
        "deliveredAt",
        ServiceErrorCode.FOLLOW_UP_DELIVERY_BEFORE_OPENING,
        "order %s: deliveredAt %s is before openedAt %s",
        orderId(),
        deliveredAt(),
        openedAt());
    for (int i = 0; i < calls().size(); i++) {
      Instant at = calls().get(i).at();
      Checks.require(
          !at.isBefore(deliveredAt()),
          "calls[" + i + "].at",
          ServiceErrorCode.FOLLOW_UP_DATE_ORDER,
          "order %s: follow-up call at %s is before the delivery at %s",
          orderId(),
          at,
          deliveredAt());
      if (i > 0) {
        Checks.require(
            !at.isBefore(calls().get(i - 1).at()),
            "calls[" + i + "].at",
            CoreErrorCode.OUT_OF_ORDER,
            "order %s: follow-up call at %s is earlier than the previous one at %s",
            orderId(),
            at,
            calls().get(i - 1).at());
      }
    }
    customerFileCreatedAt()
        .ifPresent(
            at ->
                Checks.require(
                    !at.isBefore(openedAt()),
                    "customerFileCreatedAt",
                    ServiceErrorCode.FOLLOW_UP_DATE_ORDER,
                    "order %s: customer file created at %s, before the visit began at %s",
                    orderId(),
                    at,
                    openedAt()));
  }
}

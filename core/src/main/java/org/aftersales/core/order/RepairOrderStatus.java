package org.aftersales.core.order;

/**
 * The stages of a repair order, following the seed process (DOMAIN §2): appointment → checked in
 * → diagnosing → estimated → authorized → dispatched → in progress ⇄ supplement pending → quality
 * check → (rework → in progress …) → ready → delivered (and settled) → followed up → closed; or
 * cancelled, or no-show. {@link RepairOrderCommand} lists which command leads where.
 */
public enum RepairOrderStatus {
  /** Booked; the vehicle has not arrived (预约). */
  APPOINTMENT,
  /** Received: walk-around done, covers fitted, key tagged (接待). */
  CHECKED_IN,
  /** A technician is finding the cause. */
  DIAGNOSING,
  /** Jobs are priced and presented to the customer. */
  ESTIMATED,
  /** The customer consented to at least one job. */
  AUTHORIZED,
  /** Jobs are assigned to technicians (派工). */
  DISPATCHED,
  /** Work is under way. */
  IN_PROGRESS,
  /** Work found a supplement that waits for the customer's consent (追加维修项目). */
  SUPPLEMENT_PENDING,
  /** Work is finished and waits for the final inspection (质检). */
  QUALITY_CHECK,
  /** The final inspection failed; the work is to be redone (返修). */
  REWORK,
  /** Inspected and passed; waits for the customer. */
  READY,
  /** Handed back, invoice explained and settled (交车 / 结算). */
  DELIVERED,
  /** The follow-up call reached the customer (回访). */
  FOLLOWED_UP,
  /** Nothing more to do. */
  CLOSED,
  /** Withdrawn before work started. */
  CANCELLED,
  /** The customer did not come to the appointment. */
  NO_SHOW;

  /**
   * Whether the order has ended: closed, cancelled or no-show.
   *
   * @return {@code true} for an ended order
   */
  public boolean isTerminal() {
    return this == CLOSED || this == CANCELLED || this == NO_SHOW;
  }

  /**
   * Whether the vehicle has been handed back: delivered, followed up or closed.
   *
   * @return {@code true} once delivered
   */
  public boolean isDelivered() {
    return this == DELIVERED || this == FOLLOWED_UP || this == CLOSED;
  }

  /**
   * Whether the vehicle has been received: any status after appointment except no-show and a
   * cancelled appointment (the latter is decided by the order, not the status).
   *
   * @return {@code true} for statuses in which the vehicle is or was on site
   */
  public boolean isOnSite() {
    return this != APPOINTMENT && this != NO_SHOW && this != CANCELLED;
  }

  /**
   * Whether work stages have begun: dispatched or any later stage up to ready.
   *
   * @return {@code true} from dispatched to ready
   */
  public boolean isInWorkshop() {
    return compareTo(DISPATCHED) >= 0 && compareTo(READY) <= 0;
  }
}

package org.aftersales.rules.service.followup;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.rules.service.ServiceErrorCode;
import org.immutables.value.Value;

/**
 * A request or complaint a customer raised (seed 001: "record the customer's requests, wishes or
 * complaints; answer on the call when you can; what cannot be answered is reported to the service
 * manager within two days, and the customer is told the day a solution is found").
 *
 * <p>Rules: the id is an identifier; escalation, solution and answer are not before the request
 * was raised ({@link ServiceErrorCode#FOLLOW_UP_DATE_ORDER}). Immutable and thread-safe; build with
 * {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableCustomerRequest.class)
@JsonDeserialize(as = ImmutableCustomerRequest.class)
public abstract class CustomerRequest {

  CustomerRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CustomerRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutableCustomerRequest.Builder {
    Builder() {}
  }

  /**
   * The request's identifier in the host's system.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * A request or a complaint.
   *
   * @return the kind
   */
  public abstract RequestKind kind();

  /**
   * The customer, if known.
   *
   * @return the customer
   */
  public abstract Optional<CustomerRef> customer();

  /**
   * The repair order it concerns, if any.
   *
   * @return the order's id
   */
  public abstract Optional<RepairOrderId> orderId();

  /**
   * When it was raised.
   *
   * @return the instant
   */
  public abstract Instant raisedAt();

  /**
   * Whether it was answered on the call itself, which leaves nothing to do.
   *
   * @return {@code true} when answered at once; {@code false} by default
   */
  @Value.Default
  public boolean answeredOnCall() {
    return false;
  }

  /**
   * When it was reported to the service manager.
   *
   * @return the instant
   */
  public abstract Optional<Instant> escalatedAt();

  /**
   * When a solution was found.
   *
   * @return the instant
   */
  public abstract Optional<Instant> solutionFoundAt();

  /**
   * When the customer was given the answer.
   *
   * @return the instant
   */
  public abstract Optional<Instant> answeredAt();

  @Value.Check
  final void check() {
    Checks.requireIdentifier(id(), "id");
    notBeforeRaised(escalatedAt(), "escalatedAt");
    notBeforeRaised(solutionFoundAt(), "solutionFoundAt");
    notBeforeRaised(answeredAt(), "answeredAt");
  }

  private void notBeforeRaised(Optional<Instant> at, String path) {
    at.ifPresent(
        a ->
            Checks.require(
                !a.isBefore(raisedAt()),
                path,
                ServiceErrorCode.FOLLOW_UP_DATE_ORDER,
                "request %s: %s %s is before raisedAt %s",
                id(),
                path,
                a,
                raisedAt()));
  }
}

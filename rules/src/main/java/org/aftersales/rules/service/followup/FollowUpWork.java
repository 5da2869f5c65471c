package org.aftersales.rules.service.followup;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.immutables.value.Value;

/**
 * Everything follow-up planning looks at: delivered visits, customer requests and complaints,
 * and promotions. Order ids, request ids and promotion ids are each unique ({@code
 * DUPLICATE_ID}). Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableFollowUpWork.class)
@JsonDeserialize(as = ImmutableFollowUpWork.class)
public abstract class FollowUpWork {

  FollowUpWork() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUpWork}; {@code build()} validates. */
  public static final class Builder extends ImmutableFollowUpWork.Builder {
    Builder() {}
  }

  /**
   * Delivered visits.
   *
   * @return the visits
   */
  public abstract List<DeliveredVisit> visits();

  /**
   * Requests and complaints.
   *
   * @return the requests
   */
  public abstract List<CustomerRequest> requests();

  /**
   * Promotions.
   *
   * @return the promotions
   */
  public abstract List<Promotion> promotions();

  @Value.Check
  final void check() {
    Checks.requireUnique(visits(), DeliveredVisit::orderId, "visits");
    Checks.requireUnique(requests(), CustomerRequest::id, "requests");
    Checks.requireUnique(promotions(), Promotion::id, "promotions");
  }
}

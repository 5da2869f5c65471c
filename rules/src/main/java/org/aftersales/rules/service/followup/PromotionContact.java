package org.aftersales.rules.service.followup;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.customer.CustomerRef;
import org.immutables.value.Value;

/**
 * One customer to tell about a promotion: whether the call was made, whether a letter is to
 * follow ("视情况需要", as needed; yes by default) and whether it was sent. Immutable and
 * thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePromotionContact.class)
@JsonDeserialize(as = ImmutablePromotionContact.class)
public abstract class PromotionContact {

  PromotionContact() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PromotionContact}. */
  public static final class Builder extends ImmutablePromotionContact.Builder {
    Builder() {}
  }

  /**
   * A customer not yet called, with a letter to follow.
   *
   * @param customer the customer
   * @return the contact
   */
  public static PromotionContact of(CustomerRef customer) {
    return builder().customer(customer).build();
  }

  /**
   * The customer.
   *
   * @return the customer
   */
  public abstract CustomerRef customer();

  /**
   * When the customer was called, if they were.
   *
   * @return the instant
   */
  public abstract Optional<Instant> calledAt();

  /**
   * Whether a letter follows the call.
   *
   * @return {@code true} by default
   */
  @Value.Default
  public boolean letter() {
    return true;
  }

  /**
   * When the letter was sent, if it was.
   *
   * @return the instant
   */
  public abstract Optional<Instant> letterSentAt();
}

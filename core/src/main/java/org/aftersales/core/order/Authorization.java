package org.aftersales.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.money.Monies;
import org.immutables.value.Value;

/**
 * A customer's consent to work: who consented, through which channel, to what amount, and when.
 *
 * <p>California (B&amp;P 9884.9, 16 CCR 3353) requires consent to exceed an estimate to be recorded
 * with date, time, name and phone; {@link #authorizedBy()} and {@link #contact()} hold them. Both
 * are personal data and are left out of {@code toString()}. Immutable and thread-safe; build with
 * {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableAuthorization.class)
@JsonDeserialize(as = ImmutableAuthorization.class)
public abstract class Authorization {

  Authorization() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Authorization}. */
  public static final class Builder extends ImmutableAuthorization.Builder {
    Builder() {}
  }

  /**
   * The name of the person who consented, at most 100 characters. Personal data.
   *
   * @return the name
   */
  @Value.Redacted
  public abstract String authorizedBy();

  /**
   * The phone number or address the consent came through, at most 100 characters. Personal data.
   *
   * @return the contact
   */
  @Value.Redacted
  public abstract Optional<String> contact();

  /**
   * How the consent was given.
   *
   * @return the channel
   */
  public abstract ConsentChannel channel();

  /**
   * The amount consented to (the authorized estimate).
   *
   * @return the amount, at least zero
   */
  public abstract MonetaryAmount amount();

  /**
   * When the consent was given.
   *
   * @return the instant
   */
  public abstract Instant at();

  @Value.Check
  final void check() {
    Checks.requireText(authorizedBy(), "authorizedBy", 100);
    contact().ifPresent(c -> Checks.requireText(c, "contact", 100));
    Monies.requireNonNegative(amount(), "amount");
  }
}

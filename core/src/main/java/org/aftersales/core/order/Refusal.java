package org.aftersales.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.immutables.value.Value;

/**
 * A customer's refusal or postponement of proposed work, recorded as the seed requires (DOMAIN §2
 * step 6): who was told, how and when. The name is personal data and left out of {@code
 * toString()}. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableRefusal.class)
@JsonDeserialize(as = ImmutableRefusal.class)
public abstract class Refusal {

  Refusal() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Refusal}. */
  public static final class Builder extends ImmutableRefusal.Builder {
    Builder() {}
  }

  /**
   * The person who was told of the work and its price, at most 100 characters. Personal data.
   *
   * @return the name
   */
  @Value.Redacted
  public abstract String toldWhom();

  /**
   * How they were told.
   *
   * @return the channel
   */
  public abstract ConsentChannel channel();

  /**
   * When they were told.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * A note, for example the reason given, at most 500 characters.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    Checks.requireText(toldWhom(), "toldWhom", 100);
    note().ifPresent(n -> Checks.requireText(n, "note", 500));
  }
}

package org.aftersales.rules.service.followup;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.immutables.value.Value;

/**
 * A customer event or promotion (联谊活动, 优惠服务活动, 免费服务活动: a free check week, a service
 * month) and the customers to tell about it. Seed 001: call two weeks ahead, then send the letter
 * within two days as needed.
 *
 * <p>Rules: the id is an identifier, the title non-blank (at most 200 characters), each customer
 * once ({@code DUPLICATE_ID}). Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePromotion.class)
@JsonDeserialize(as = ImmutablePromotion.class)
public abstract class Promotion {

  Promotion() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Promotion}; {@code build()} validates. */
  public static final class Builder extends ImmutablePromotion.Builder {
    Builder() {}
  }

  /**
   * The promotion's identifier.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * What it is.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The day it starts.
   *
   * @return the date
   */
  public abstract LocalDate startDate();

  /**
   * The customers to tell.
   *
   * @return the contacts
   */
  public abstract List<PromotionContact> contacts();

  @Value.Check
  final Promotion normalise() {
    Checks.requireIdentifier(id(), "id");
    Checks.requireUnique(contacts(), c -> c.customer().id(), "contacts");
    String title = Checks.requireText(title(), "title", 200);
    if (title.equals(title())) {
      return this;
    }
    return builder().from(this).title(title).build();
  }
}

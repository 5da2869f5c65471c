package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.PayType;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.pricing.catalogue.EffectiveDated;
import org.immutables.value.Value;

/**
 * A discount the profile grants by itself: for a loyalty tier, for a campaign code the customer
 * presents, or always (a standing promotion), within its validity (both ends inclusive, see
 * {@link EffectiveDated}).
 *
 * <p>A rule with a {@link #loyaltyTier()} applies when the request's tier equals it; one with a
 * {@link #campaignCode()} when the request presents that code (a presented code that no rule
 * knows is {@link PricingErrorCode#DISCOUNT_CAMPAIGN_UNKNOWN}; one whose rules are all out of
 * validity is {@link PricingErrorCode#DISCOUNT_CAMPAIGN_EXPIRED}); with neither it always applies.
 * {@link #opCodes()} and {@link #partNumbers()}, when given, narrow the labour and part lines it
 * applies to. By default it applies to labour and parts of customer-pay jobs. Immutable and
 * thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableDiscountRule.class)
@JsonDeserialize(as = ImmutableDiscountRule.class)
public abstract class DiscountRule implements DiscountTerms, EffectiveDated {

  DiscountRule() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DiscountRule}; {@code build()} validates. */
  public static final class Builder extends ImmutableDiscountRule.Builder {
    Builder() {}
  }

  /**
   * A percentage off labour and parts for a loyalty tier, per order.
   *
   * @param tier the tier, for example {@code GOLD}
   * @param percent the percentage
   * @return the rule
   */
  public static DiscountRule loyalty(String tier, Percentage percent) {
    return builder()
        .code("LOYALTY_" + tier)
        .description("Loyalty " + tier)
        .loyaltyTier(tier)
        .percent(percent)
        .build();
  }

  @Override
  public abstract String code();

  @Override
  public abstract String description();

  @Override
  public abstract Optional<Percentage> percent();

  @Override
  public abstract Optional<MonetaryAmount> amount();

  /** Per order by default. */
  @Override
  @Value.Default
  public DiscountScope scope() {
    return DiscountScope.ORDER;
  }

  /** Labour and parts by default. */
  @Override
  @Value.Default
  public Set<LineCategory> categories() {
    return EnumSet.of(LineCategory.LABOUR, LineCategory.PARTS);
  }

  /** Customer pay by default. */
  @Override
  @Value.Default
  public Set<PayType> payTypes() {
    return EnumSet.of(PayType.CUSTOMER);
  }

  /**
   * The loyalty tier the rule is for, upper snake case.
   *
   * @return the tier
   */
  public abstract Optional<String> loyaltyTier();

  /**
   * The campaign code that triggers the rule, upper snake case.
   *
   * @return the campaign code
   */
  public abstract Optional<String> campaignCode();

  /**
   * When not empty, only labour lines of these op codes are eligible.
   *
   * @return the op codes
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> opCodes();

  /**
   * When not empty, only part lines of these part numbers are eligible.
   *
   * @return the part numbers
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> partNumbers();

  @Override
  public abstract Optional<LocalDate> validFrom();

  @Override
  public abstract Optional<LocalDate> validThrough();

  /**
   * How the rule is triggered.
   *
   * @return the trigger
   */
  public DiscountTrigger trigger() {
    return campaignCode().isPresent()
        ? DiscountTrigger.CAMPAIGN
        : loyaltyTier().isPresent() ? DiscountTrigger.LOYALTY_TIER : DiscountTrigger.AUTOMATIC;
  }

  @Value.Check
  final void check() {
    Terms.check(this);
    loyaltyTier().ifPresent(t -> Checks.requireCode(t, "loyaltyTier"));
    campaignCode().ifPresent(t -> Checks.requireCode(t, "campaignCode"));
    Checks.require(
        loyaltyTier().isEmpty() || campaignCode().isEmpty(),
        "campaignCode",
        PricingErrorCode.TERMS_INVALID,
        "discount %s is triggered by a loyalty tier or a campaign code, not both",
        code());
    opCodes().forEach(c -> Checks.requireIdentifier(c, "opCodes"));
    partNumbers().forEach(c -> Checks.requireIdentifier(c, "partNumbers"));
    if (validFrom().isPresent() && validThrough().isPresent()) {
      Checks.require(
          !validThrough().get().isBefore(validFrom().get()),
          "validThrough",
          CoreErrorCode.DATE_ORDER,
          "validThrough %s is before validFrom %s",
          validThrough().get(),
          validFrom().get());
    }
  }
}

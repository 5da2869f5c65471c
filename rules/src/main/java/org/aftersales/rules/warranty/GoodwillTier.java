package org.aftersales.rules.warranty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.vehicle.Distance;
import org.immutables.value.Value;

/**
 * A goodwill tier after a coverage expired (DOMAIN §3.4): "within 6 months or 5,000 km past the
 * limit, the manufacturer pays 50%".
 *
 * <p>A failure is within the tier when its report date is not after the coverage's last covered
 * date plus {@link #monthsPastLimit()} months and (when both the coverage and the tier have a
 * distance) the distance travelled is not above the limit plus {@link #distancePastLimit()}:
 * whichever comes first, bounds inclusive. Rules: months above zero, a distance above zero,
 * manufacturer and dealer shares adding up to more than 0% and at most 100%; the customer pays the
 * rest. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableGoodwillTier.class)
@JsonDeserialize(as = ImmutableGoodwillTier.class)
public abstract class GoodwillTier {

  GoodwillTier() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GoodwillTier}; {@code build()} validates. */
  public static final class Builder extends ImmutableGoodwillTier.Builder {
    Builder() {}
  }

  /**
   * How many months past the last covered date the tier reaches.
   *
   * @return above zero
   */
  public abstract int monthsPastLimit();

  /**
   * How far past the distance limit the tier reaches; empty for no distance bound.
   *
   * @return the distance, above zero
   */
  public abstract Optional<Distance> distancePastLimit();

  /**
   * The manufacturer's share.
   *
   * @return the share
   */
  public abstract Percentage manufacturerShare();

  /**
   * The dealer's share; 0% by default.
   *
   * @return the share
   */
  @Value.Default
  public Percentage dealerShare() {
    return Percentage.ZERO;
  }

  /**
   * The shares of manufacturer, dealer and customer (the rest).
   *
   * @return the shares
   */
  public CostShares shares() {
    BigDecimal customer =
        BigDecimal.valueOf(100).subtract(manufacturerShare().value()).subtract(dealerShare().value());
    return new CostShares(manufacturerShare(), dealerShare(), new Percentage(customer));
  }

  @Value.Check
  final void check() {
    Checks.require(
        monthsPastLimit() > 0 && monthsPastLimit() <= 1200,
        "monthsPastLimit",
        WarrantyErrorCode.WARRANTY_LIMIT_NOT_POSITIVE,
        "monthsPastLimit must be between 1 and 1200: %s",
        monthsPastLimit());
    distancePastLimit()
        .ifPresent(
            d ->
                Checks.require(
                    d.value().signum() > 0,
                    "distancePastLimit",
                    WarrantyErrorCode.WARRANTY_LIMIT_NOT_POSITIVE,
                    "distancePastLimit must be > 0: %s",
                    d));
    BigDecimal paid = manufacturerShare().value().add(dealerShare().value());
    Checks.require(
        paid.signum() > 0 && paid.compareTo(BigDecimal.valueOf(100)) <= 0,
        "manufacturerShare",
        CoreErrorCode.PERCENTAGE_OUT_OF_RANGE,
        "manufacturer and dealer shares must add up to more than 0%% and at most 100%%: %s%%",
        paid.toPlainString());
  }
}

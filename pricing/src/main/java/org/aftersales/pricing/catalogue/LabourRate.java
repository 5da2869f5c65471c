package org.aftersales.pricing.catalogue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.Skill;
import org.immutables.value.Value;

/**
 * An hourly labour rate for one pay type and, optionally, one skill category, effective-dated
 * (DOMAIN §4: rates differ by skill category and by pay type, customer rate versus the
 * manufacturer's warranty reimbursement rate).
 *
 * <p>A rate without a {@link #skill()} is the pay type's rate for every skill that has no rate of
 * its own. The rate is per flat-rate hour, at least zero, in the profile's price basis (VAT
 * included when the profile's prices include VAT). {@link #validFrom()} and {@link
 * #validThrough()} are both inclusive (see {@link EffectiveDated}). Immutable and thread-safe;
 * JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableLabourRate.class)
@JsonDeserialize(as = ImmutableLabourRate.class)
public abstract class LabourRate implements EffectiveDated {

  LabourRate() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LabourRate}; {@code build()} validates. */
  public static final class Builder extends ImmutableLabourRate.Builder {
    Builder() {}
  }

  /**
   * A rate for every skill of a pay type, valid until further notice.
   *
   * @param payType who pays
   * @param perHour the rate per flat-rate hour
   * @return the rate
   */
  public static LabourRate of(PayType payType, MonetaryAmount perHour) {
    return builder().payType(payType).rate(perHour).build();
  }

  /**
   * A rate for one skill and pay type, valid until further notice.
   *
   * @param skill the skill
   * @param payType who pays
   * @param perHour the rate per flat-rate hour
   * @return the rate
   */
  public static LabourRate of(Skill skill, PayType payType, MonetaryAmount perHour) {
    return builder().skill(skill).payType(payType).rate(perHour).build();
  }

  /**
   * The skill category, or empty for the pay type's default rate.
   *
   * @return the skill
   */
  public abstract Optional<Skill> skill();

  /**
   * The pay type the rate is for.
   *
   * @return the pay type
   */
  public abstract PayType payType();

  /**
   * The rate per flat-rate hour.
   *
   * @return the rate, at least zero
   */
  public abstract MonetaryAmount rate();

  @Override
  public abstract Optional<LocalDate> validFrom();

  @Override
  public abstract Optional<LocalDate> validThrough();

  @Value.Check
  final void check() {
    Monies.requireNonNegative(rate(), "rate");
    Validity.checkOrder(this, "");
  }
}

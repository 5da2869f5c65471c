package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.PayType;
import org.aftersales.core.quantity.Percentage;
import org.immutables.value.Value;

/**
 * A discount the service advisor grants on one estimate: off one line, one job, or the whole
 * order, as a percentage or an amount.
 *
 * <p>A {@link DiscountScope#JOB} discount names its {@link #jobId()}; a {@link
 * DiscountScope#LINE} discount names its job and the {@link #lineCode()} (op code or part number)
 * of the line; an {@link DiscountScope#ORDER} discount may name a job to narrow it. A target the
 * request does not have is {@link PricingErrorCode#DISCOUNT_TARGET_UNKNOWN}. By default it applies
 * to labour and parts of customer-pay jobs. Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableManualDiscount.class)
@JsonDeserialize(as = ImmutableManualDiscount.class)
public abstract class ManualDiscount implements DiscountTerms {

  ManualDiscount() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ManualDiscount}; {@code build()} validates. */
  public static final class Builder extends ImmutableManualDiscount.Builder {
    Builder() {}
  }

  @Override
  public abstract String code();

  @Override
  public abstract String description();

  @Override
  public abstract Optional<Percentage> percent();

  @Override
  public abstract Optional<MonetaryAmount> amount();

  @Override
  public abstract DiscountScope scope();

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
   * The job the discount is for; required for job and line scope.
   *
   * @return the job
   */
  public abstract Optional<JobId> jobId();

  /**
   * The op code or part number of the line; required for line scope.
   *
   * @return the line's code
   */
  public abstract Optional<String> lineCode();

  @Value.Check
  final void check() {
    Terms.check(this);
    Checks.require(
        scope() == DiscountScope.ORDER || jobId().isPresent(),
        "jobId",
        PricingErrorCode.TERMS_INVALID,
        "a %s discount (%s) must name its jobId",
        scope(),
        code());
    Checks.require(
        (scope() == DiscountScope.LINE) == lineCode().isPresent(),
        "lineCode",
        PricingErrorCode.TERMS_INVALID,
        "a lineCode is given for LINE discounts only, and always for them (%s)",
        code());
    lineCode().ifPresent(c -> Checks.requireIdentifier(c, "lineCode"));
  }
}

package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Percentage;
import org.immutables.value.Value;

/**
 * The risk allowance of a symptom estimate (现象估价): seed 001 says pricing to remove a symptom
 * is risky, "定价时应考虑风险价值", so the job carries {@link #percent()} of its labour and parts
 * (before discounts), rounded to the line increment and at most {@link #cap()}, as its own line,
 * taxed as a repair service and never discounted. Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableRiskAllowance.class)
@JsonDeserialize(as = ImmutableRiskAllowance.class)
public abstract class RiskAllowance {

  RiskAllowance() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RiskAllowance}; {@code build()} validates. */
  public static final class Builder extends ImmutableRiskAllowance.Builder {
    Builder() {}
  }

  /**
   * An uncapped allowance.
   *
   * @param percent of the job's labour and parts
   * @return the allowance
   */
  public static RiskAllowance of(Percentage percent) {
    return builder().percent(percent).build();
  }

  /**
   * The percentage of the job's labour and parts.
   *
   * @return the percentage
   */
  public abstract Percentage percent();

  /**
   * The most the allowance is per job.
   *
   * @return the cap
   */
  public abstract Optional<MonetaryAmount> cap();

  @Value.Check
  final void check() {
    cap().ifPresent(c -> Monies.requireNonNegative(c, "cap"));
  }
}

package org.aftersales.rules.warranty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;
import org.immutables.value.Value;

/**
 * An explained warranty decision (DESIGN §2.4): the outcome, the coverage that applies, who pays
 * what share, the deductible, what is left of the coverage, and the reasons.
 *
 * <ul>
 *   <li>{@link WarrantyOutcome#COVERED}: {@link #coverageId()}, shares 100% manufacturer, the
 *       coverage's deductible if any, and {@link #remaining()};
 *   <li>{@link WarrantyOutcome#GOODWILL}: the expired coverage, the {@link #goodwillTier()} and
 *       its shares;
 *   <li>{@link WarrantyOutcome#NOT_COVERED}: shares 100% customer and at least one reason saying
 *       why (expired, void, excluded, not a covered group);
 *   <li>{@link WarrantyOutcome#NEEDS_INSPECTION}: the coverage that would apply, no shares yet.
 * </ul>
 *
 * <p>Reasons come in a fixed order: exclusions and findings first, then coverages in policy
 * order, then goodwill. Rule checked on build: at least one reason. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableWarrantyDecision.class)
@JsonDeserialize(as = ImmutableWarrantyDecision.class)
public abstract class WarrantyDecision {

  WarrantyDecision() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WarrantyDecision}. */
  public static final class Builder extends ImmutableWarrantyDecision.Builder {
    Builder() {}
  }

  /**
   * The outcome.
   *
   * @return the outcome
   */
  public abstract WarrantyOutcome outcome();

  /**
   * The id of the coverage that applies (or would apply, or expired for goodwill).
   *
   * @return the coverage id
   */
  public abstract Optional<String> coverageId();

  /**
   * The kind of that coverage.
   *
   * @return the kind
   */
  public abstract Optional<CoverageKind> coverageKind();

  /**
   * Who pays what share; empty while inspection is needed.
   *
   * @return the shares
   */
  public abstract Optional<CostShares> shares();

  /**
   * The deductible the customer pays per visit under the coverage, if any.
   *
   * @return the deductible
   */
  public abstract Optional<MonetaryAmount> deductible();

  /**
   * What is left of the coverage at the report, when it is in force.
   *
   * @return the remaining time and distance
   */
  public abstract Optional<RemainingCoverage> remaining();

  /**
   * The goodwill tier that applies, for {@link WarrantyOutcome#GOODWILL}.
   *
   * @return the tier
   */
  public abstract Optional<GoodwillTier> goodwillTier();

  /**
   * Why: machine codes with parameters and English messages.
   *
   * @return at least one reason
   */
  public abstract List<Reason> reasons();

  @Value.Check
  final void check() {
    Checks.require(
        !reasons().isEmpty(), "reasons", CoreErrorCode.REQUIRED_FIELD, "a warranty decision needs a reason");
  }
}

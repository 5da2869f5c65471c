package org.aftersales.pricing.jurisdiction;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.SortedSet;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.immutables.value.Value;

/**
 * The answer of a {@link ConsentRule} for one authorized and one proposed amount: what is
 * required, the delta, the allowance, the evidence to record, and what the customer must be told.
 *
 * <p>{@link #allowance()} and {@link #limit()} are shown rounded <em>down</em> to the currency's
 * minor unit; the decision itself compared exact amounts. {@link #delta()} is negative when the
 * proposed amount is below the authorized one. Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableConsentDecision.class)
@JsonDeserialize(as = ImmutableConsentDecision.class)
public abstract class ConsentDecision {

  ConsentDecision() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsentDecision}. */
  public static final class Builder extends ImmutableConsentDecision.Builder {
    Builder() {}
  }

  /**
   * The code of the rule that decided.
   *
   * @return the rule code
   */
  public abstract String ruleCode();

  /**
   * What the shop must do before charging the proposed amount.
   *
   * @return the requirement
   */
  public abstract ConsentRequirement requirement();

  /**
   * The authorized amount.
   *
   * @return the authorized amount
   */
  public abstract MonetaryAmount authorized();

  /**
   * The proposed amount.
   *
   * @return the proposed amount
   */
  public abstract MonetaryAmount proposed();

  /**
   * Proposed minus authorized.
   *
   * @return the delta
   */
  public abstract MonetaryAmount delta();

  /**
   * The excess allowed without asking.
   *
   * @return the allowance
   */
  public abstract MonetaryAmount allowance();

  /**
   * The highest amount chargeable without asking: authorized plus allowance.
   *
   * @return the limit
   */
  public abstract MonetaryAmount limit();

  /**
   * Whether the amount exceeds the allowance but is exempt from the rule (Colorado's $100).
   *
   * @return {@code true} when exempt
   */
  public abstract boolean exempt();

  /**
   * What must be recorded with the consent; empty when nothing is required.
   *
   * @return the evidence
   */
  @Value.NaturalOrder
  public abstract SortedSet<ConsentEvidence> evidence();

  /**
   * Why: the rule, the amounts and the outcome.
   *
   * @return the reason
   */
  public abstract Reason reason();

  /**
   * What the customer must be told, when notice or consent is required.
   *
   * @return the notice
   */
  public abstract Optional<Reason> customerNotice();

  /**
   * Whether the shop must notify or ask before charging.
   *
   * @return {@code true} unless the requirement is {@link ConsentRequirement#NONE}
   */
  @JsonIgnore
  public boolean isRequired() {
    return requirement() != ConsentRequirement.NONE;
  }
}

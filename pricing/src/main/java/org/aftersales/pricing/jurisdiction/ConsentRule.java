package org.aftersales.pricing.jurisdiction;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.SortedSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.PolicyException;
import org.aftersales.core.Reason;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Percentage;
import org.immutables.value.Value;

/**
 * When charging more than the authorized estimate needs the customer's consent (or a notice), and
 * what the customer must then be told (DOMAIN §2 step 6, §4). {@link #check} answers for one
 * authorized amount and one proposed amount.
 *
 * <p><b>The rule.</b> The <em>allowance</em> is the excess a shop may charge without asking:
 *
 * <ul>
 *   <li>{@link #maxExcessPercent()} of the authorized amount and/or {@link #maxExcessAmount()};
 *       with both, the {@link #combination()} picks the lesser or the greater; with neither, the
 *       allowance is zero (any excess needs consent);
 *   <li>then limited to {@link #excessCap()} when present.
 * </ul>
 *
 * <p><b>Boundaries.</b> An excess <em>equal to</em> the allowance needs nothing; one cent more
 * needs the rule's {@link #requirement()}. The comparison is exact (10% of 123.45 is 12.345, so
 * an excess of 12.34 is fine and 12.35 is not). A proposed amount at or below {@link
 * #exemptUpTo()} is exempt whatever the excess (Colorado: orders of $100 or less; "or less"
 * includes $100.00, $100.01 is not exempt). A proposed amount at or below the authorized one never
 * needs anything.
 *
 * <p>Presets: {@link #california()}, {@link #colorado()}, {@link #florida()}, {@link
 * #anyExcess(String, String)} (China's practice: every supplement needs consent), and {@link
 * #builder()} for a configurable default. Amounts in a rule are in one currency, which must be the
 * currency of the amounts checked ({@link CoreErrorCode#CURRENCY_MISMATCH}); a rule with
 * percentages only works in any currency. Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableConsentRule.class)
@JsonDeserialize(as = ImmutableConsentRule.class)
public abstract class ConsentRule {

  /** Reason code: the proposed amount is within the allowance. */
  public static final String WITHIN_ALLOWANCE = "CONSENT_WITHIN_ALLOWANCE";
  /** Reason code: the proposed amount is exempt from the rule. */
  public static final String EXEMPT = "CONSENT_EXEMPT";
  /** Reason code: the proposed amount exceeds the allowance; consent or notice needed. */
  public static final String EXCEEDS_ALLOWANCE = "CONSENT_EXCEEDS_ALLOWANCE";
  /** Reason code: what the customer must be told about the new amount. */
  public static final String CUSTOMER_NOTICE = "CONSENT_CUSTOMER_NOTICE";

  ConsentRule() {}

  /**
   * A new builder for a configurable rule.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsentRule}; {@code build()} validates. */
  public static final class Builder extends ImmutableConsentRule.Builder {
    Builder() {}
  }

  private static final CurrencyUnit USD = Monies.currency("USD");

  /**
   * California (B&amp;P Code 9884.9, 16 CCR 3353–3354): no charge above the written estimate
   * without consent, recorded with date, time, name and telephone number. The allowance is zero:
   * one cent over needs consent.
   *
   * @return the rule
   */
  public static ConsentRule california() {
    return builder()
        .code("US-CA")
        .citation("Cal. Bus. & Prof. Code 9884.9; 16 CCR 3353-3354")
        .requirement(ConsentRequirement.CONSENT)
        .addEvidence(ConsentEvidence.DATE, ConsentEvidence.TIME, ConsentEvidence.NAME, ConsentEvidence.PHONE)
        .build();
  }

  /**
   * Colorado (C.R.S. 42-9-105): no charge above the estimate plus the lesser of 10% or $25
   * without consent; orders of $100 or less are exempt.
   *
   * @return the rule
   */
  public static ConsentRule colorado() {
    return builder()
        .code("US-CO")
        .citation("C.R.S. 42-9-105")
        .requirement(ConsentRequirement.CONSENT)
        .maxExcessPercent(Percentage.of(10))
        .maxExcessAmount(Monies.of(BigDecimal.valueOf(25), USD))
        .combination(ExcessCombination.LESSER)
        .exemptUpTo(Monies.of(BigDecimal.valueOf(100), USD))
        .addEvidence(ConsentEvidence.DATE, ConsentEvidence.TIME, ConsentEvidence.NAME)
        .build();
  }

  /**
   * Florida (Fla. Stat. 559.909): the customer must be notified when the bill will exceed the
   * estimate by more than the greater of $10 or 10%, at most $50; the customer then authorizes
   * or refuses, and the shop records date, time, name and the number called.
   *
   * @return the rule
   */
  public static ConsentRule florida() {
    return builder()
        .code("US-FL")
        .citation("Fla. Stat. 559.909")
        .requirement(ConsentRequirement.NOTIFY)
        .maxExcessPercent(Percentage.of(10))
        .maxExcessAmount(Monies.of(BigDecimal.valueOf(10), USD))
        .combination(ExcessCombination.GREATER)
        .excessCap(Monies.of(BigDecimal.valueOf(50), USD))
        .addEvidence(ConsentEvidence.DATE, ConsentEvidence.TIME, ConsentEvidence.NAME, ConsentEvidence.PHONE)
        .build();
  }

  /**
   * A rule under which any excess, one cent included, needs recorded consent (who was told and
   * when), as Chinese dealers handle supplementary work (seed 001, DOMAIN §2 step 6).
   *
   * @param code the rule's code, for example {@code CN}
   * @param citation where the rule comes from
   * @return the rule
   */
  public static ConsentRule anyExcess(String code, String citation) {
    return builder()
        .code(code)
        .citation(citation)
        .requirement(ConsentRequirement.CONSENT)
        .addEvidence(ConsentEvidence.DATE, ConsentEvidence.TIME, ConsentEvidence.NAME)
        .build();
  }

  /**
   * The rule's code, an identifier such as {@code US-CA}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Where the rule comes from (statute, regulation, house rule), at most 200 characters.
   *
   * @return the citation
   */
  public abstract String citation();

  /**
   * What an excess above the allowance requires; consent by default.
   *
   * @return the requirement, never {@link ConsentRequirement#NONE}
   */
  @Value.Default
  public ConsentRequirement requirement() {
    return ConsentRequirement.CONSENT;
  }

  /**
   * The allowed excess as a percentage of the authorized amount.
   *
   * @return the percentage
   */
  public abstract Optional<Percentage> maxExcessPercent();

  /**
   * The allowed excess as an amount.
   *
   * @return the amount
   */
  public abstract Optional<MonetaryAmount> maxExcessAmount();

  /**
   * How percentage and amount combine when both are given; the lesser by default.
   *
   * @return the combination
   */
  @Value.Default
  public ExcessCombination combination() {
    return ExcessCombination.LESSER;
  }

  /**
   * The most the allowance can be, whatever the percentage gives.
   *
   * @return the cap
   */
  public abstract Optional<MonetaryAmount> excessCap();

  /**
   * Proposed amounts at or below this are exempt from the rule.
   *
   * @return the exemption threshold, inclusive
   */
  public abstract Optional<MonetaryAmount> exemptUpTo();

  /**
   * What must be recorded with a consent.
   *
   * @return the evidence, in enum order
   */
  @Value.NaturalOrder
  public abstract SortedSet<ConsentEvidence> evidence();

  /**
   * Decides whether charging {@code proposed} after the customer authorized {@code authorized}
   * needs consent or a notice.
   *
   * @param authorized the amount the customer authorized, at least zero
   * @param proposed the amount the shop now wants to charge, at least zero, same currency
   * @return the decision, with the delta, the allowance and what to tell the customer
   */
  public ConsentDecision check(MonetaryAmount authorized, MonetaryAmount proposed) {
    Monies.requireNonNegative(authorized, "authorized");
    Monies.requireNonNegative(proposed, "proposed");
    Monies.requireSameCurrency(authorized, proposed, "proposed");
    requireCurrency(maxExcessAmount(), authorized, "maxExcessAmount");
    requireCurrency(excessCap(), authorized, "excessCap");
    requireCurrency(exemptUpTo(), authorized, "exemptUpTo");
    CurrencyUnit currency = authorized.getCurrency();
    BigDecimal a = Monies.number(authorized);
    BigDecimal p = Monies.number(proposed);
    BigDecimal delta = p.subtract(a);
    BigDecimal allowance = allowance(a);
    boolean exempt =
        exemptUpTo().isPresent() && p.compareTo(Monies.number(exemptUpTo().get())) <= 0;
    boolean exceeds = delta.compareTo(allowance) > 0;
    ConsentRequirement needed = exceeds && !exempt ? requirement() : ConsentRequirement.NONE;
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    BigDecimal shownAllowance = allowance.setScale(digits, RoundingMode.DOWN);
    BigDecimal limit = a.add(allowance).setScale(digits, RoundingMode.DOWN);
    MonetaryAmount deltaAmount = Monies.of(delta, currency);
    MonetaryAmount allowanceAmount = Monies.of(shownAllowance, currency);
    MonetaryAmount limitAmount = Monies.of(limit, currency);

    ConsentDecision.Builder b =
        ConsentDecision.builder()
            .ruleCode(code())
            .requirement(needed)
            .authorized(authorized)
            .proposed(proposed)
            .delta(deltaAmount)
            .allowance(allowanceAmount)
            .limit(limitAmount)
            .exempt(exempt && exceeds);
    if (needed == ConsentRequirement.NONE) {
      b.reason(
          exempt && exceeds
              ? Reason.of(
                  EXEMPT,
                  "{proposed} is at or below {exemptUpTo}, exempt under {citation}",
                  "proposed", proposed,
                  "exemptUpTo", exemptUpTo().get(),
                  "citation", citation())
              : Reason.of(
                  WITHIN_ALLOWANCE,
                  "{proposed} is within {limit} ({authorized} + allowance {allowance}) under {citation}",
                  "proposed", proposed,
                  "limit", limitAmount,
                  "authorized", authorized,
                  "allowance", allowanceAmount,
                  "citation", citation()));
    } else {
      b.addAllEvidence(evidence());
      b.reason(
          Reason.of(
              EXCEEDS_ALLOWANCE,
              "{proposed} exceeds {authorized} by {delta}, more than the {allowance} allowed"
                  + " without asking under {citation}: {requirement} required",
              "proposed", proposed,
              "authorized", authorized,
              "delta", deltaAmount,
              "allowance", allowanceAmount,
              "citation", citation(),
              "requirement", needed));
      b.customerNotice(
          Reason.of(
              CUSTOMER_NOTICE,
              "The authorized estimate of {authorized} will rise to {proposed} (+{delta});"
                  + " the work goes ahead only if you agree.",
              "authorized", authorized,
              "proposed", proposed,
              "delta", deltaAmount));
    }
    return b.build();
  }

  /** The exact allowance for an authorized amount. */
  private BigDecimal allowance(BigDecimal authorized) {
    BigDecimal byPercent =
        maxExcessPercent().map(pc -> authorized.multiply(pc.fraction())).orElse(null);
    BigDecimal byAmount = maxExcessAmount().map(Monies::number).orElse(null);
    BigDecimal allowance;
    if (byPercent != null && byAmount != null) {
      allowance =
          combination() == ExcessCombination.LESSER ? byPercent.min(byAmount) : byPercent.max(byAmount);
    } else if (byPercent != null) {
      allowance = byPercent;
    } else if (byAmount != null) {
      allowance = byAmount;
    } else {
      allowance = BigDecimal.ZERO;
    }
    if (excessCap().isPresent()) {
      allowance = allowance.min(Monies.number(excessCap().get()));
    }
    return allowance;
  }

  private static void requireCurrency(
      Optional<MonetaryAmount> ruleAmount, MonetaryAmount checked, String path) {
    if (ruleAmount.isPresent()) {
      Monies.requireSameCurrency(ruleAmount.get(), checked, path);
    }
  }

  /**
   * The currency of the rule's amounts, if it has any.
   *
   * @return the currency, or empty for a percentage-only rule
   */
  public Optional<CurrencyUnit> currency() {
    return maxExcessAmount().or(this::excessCap).or(this::exemptUpTo).map(MonetaryAmount::getCurrency);
  }

  @Value.Check
  final void check() {
    Checks.requireIdentifier(code(), "code");
    Checks.requireText(citation(), "citation", 200);
    if (requirement() == ConsentRequirement.NONE) {
      throw PolicyException.of(
          "requirement",
          CoreErrorCode.POLICY_INVALID,
          "consent rule " + code() + " must require NOTIFY or CONSENT for an excess");
    }
    maxExcessAmount().ifPresent(m -> Monies.requireNonNegative(m, "maxExcessAmount"));
    excessCap().ifPresent(m -> Monies.requireNonNegative(m, "excessCap"));
    exemptUpTo().ifPresent(m -> Monies.requireNonNegative(m, "exemptUpTo"));
    MonetaryAmount first = maxExcessAmount().or(this::excessCap).or(this::exemptUpTo).orElse(null);
    if (first != null) {
      excessCap().ifPresent(m -> Monies.requireSameCurrency(first, m, "excessCap"));
      exemptUpTo().ifPresent(m -> Monies.requireSameCurrency(first, m, "exemptUpTo"));
    }
  }
}

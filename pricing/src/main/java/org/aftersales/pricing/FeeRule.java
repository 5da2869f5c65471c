package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.SortedSet;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.PolicyException;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.PayType;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.pricing.tax.TaxClass;
import org.immutables.value.Value;

/**
 * A fee a pricing profile charges (DOMAIN §4). Fees are computed <b>after</b> discounts and are
 * never discounted themselves.
 *
 * <ul>
 *   <li>{@link FeeKind#SHOP_SUPPLIES}: {@link #percent()} of the labour of eligible jobs (after
 *       discounts), rounded to the line increment, at most {@link #cap()}; per order or per job.
 *       No line when the labour is zero. A jurisdiction may forbid it (California) or require
 *       its disclosure (Florida).
 *   <li>{@link FeeKind#FLAT}: {@link #amount()}, per order or per job, when an eligible job has
 *       one of the {@link #whenOpCodes()} or {@link #whenPartNumbers()} (always, when both are
 *       empty): environmental and hazardous-waste fees.
 *   <li>{@link FeeKind#DIAGNOSTIC}: {@link #amount()} once per order when an eligible job is of
 *       type {@code DIAGNOSIS}; <b>waived</b> (a line of zero with the waived amount in its reason)
 *       when the request says the repair is authorized.
 * </ul>
 *
 * <p>A job is eligible when its pay type is the fee's {@link #payer()} (customer by default:
 * warranty work carries no shop supplies). Order-level fee lines are paid entirely by that payer.
 * Build with the factories or {@link #builder()}; the kind's terms are checked ({@link
 * PricingErrorCode#TERMS_INVALID}). Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableFeeRule.class)
@JsonDeserialize(as = ImmutableFeeRule.class)
public abstract class FeeRule {

  FeeRule() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FeeRule}; {@code build()} validates. */
  public static final class Builder extends ImmutableFeeRule.Builder {
    Builder() {}
  }

  /**
   * Shop supplies per order: a percentage of customer-pay labour, capped, taxed as goods.
   *
   * @param percent the percentage of labour
   * @param cap the most charged per order
   * @return the rule
   */
  public static FeeRule shopSupplies(Percentage percent, MonetaryAmount cap) {
    return builder()
        .code("SHOP_SUPPLIES")
        .description("Shop supplies")
        .kind(FeeKind.SHOP_SUPPLIES)
        .percent(percent)
        .cap(cap)
        .taxClass(TaxClass.GOODS)
        .build();
  }

  /**
   * A flat fee per order on customer-pay work, taxed as a repair service.
   *
   * @param code upper snake case, for example {@code HAZMAT}
   * @param description the fee as shown to the customer
   * @param amount the fee
   * @return the rule
   */
  public static FeeRule flat(String code, String description, MonetaryAmount amount) {
    return builder().code(code).description(description).kind(FeeKind.FLAT).amount(amount).build();
  }

  /**
   * A diagnostic fee per order, waived when the repair is authorized.
   *
   * @param amount the fee
   * @return the rule
   */
  public static FeeRule diagnostic(MonetaryAmount amount) {
    return builder()
        .code("DIAGNOSTIC")
        .description("Diagnostic fee")
        .kind(FeeKind.DIAGNOSTIC)
        .amount(amount)
        .build();
  }

  /**
   * The fee's code, upper snake case, unique within a profile.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The fee as shown to the customer, at most 200 characters.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The kind of fee.
   *
   * @return the kind
   */
  public abstract FeeKind kind();

  /**
   * The percentage of labour, for shop supplies only.
   *
   * @return the percentage
   */
  public abstract Optional<Percentage> percent();

  /**
   * The fee's amount, for flat and diagnostic fees.
   *
   * @return the amount
   */
  public abstract Optional<MonetaryAmount> amount();

  /**
   * The most a shop-supplies fee charges per order or job.
   *
   * @return the cap
   */
  public abstract Optional<MonetaryAmount> cap();

  /**
   * Per order or per job; per order by default. A diagnostic fee is always per order.
   *
   * @return the scope
   */
  @Value.Default
  public FeeScope scope() {
    return FeeScope.ORDER;
  }

  /**
   * Who pays the fee, and whose jobs make it apply; the customer by default.
   *
   * @return the payer
   */
  @Value.Default
  public PayType payer() {
    return PayType.CUSTOMER;
  }

  /**
   * The tax class of the fee; a repair service by default.
   *
   * @return the tax class
   */
  @Value.Default
  public TaxClass taxClass() {
    return TaxClass.REPAIR_SERVICE;
  }

  /**
   * Op codes that make a flat fee apply; with {@link #whenPartNumbers()} both empty it always
   * applies.
   *
   * @return the op codes
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> whenOpCodes();

  /**
   * Part numbers that make a flat fee apply.
   *
   * @return the part numbers
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> whenPartNumbers();

  @Value.Check
  final void check() {
    Checks.requireCode(code(), "code");
    Checks.requireText(description(), "description", 200);
    amount().ifPresent(a -> Monies.requireNonNegative(a, "amount"));
    cap().ifPresent(a -> Monies.requireNonNegative(a, "cap"));
    switch (kind()) {
      case SHOP_SUPPLIES -> {
        terms(percent().isPresent(), "percent", "a SHOP_SUPPLIES fee needs a percent");
        terms(amount().isEmpty(), "amount", "a SHOP_SUPPLIES fee has a percent, not an amount");
      }
      case FLAT, DIAGNOSTIC -> {
        terms(amount().isPresent(), "amount", "a " + kind() + " fee needs an amount");
        terms(percent().isEmpty(), "percent", "a " + kind() + " fee has an amount, not a percent");
        terms(cap().isEmpty(), "cap", "a " + kind() + " fee has no cap");
      }
    }
    if (kind() == FeeKind.DIAGNOSTIC) {
      terms(scope() == FeeScope.ORDER, "scope", "a DIAGNOSTIC fee is charged per ORDER");
    }
    if (kind() != FeeKind.FLAT) {
      terms(
          whenOpCodes().isEmpty() && whenPartNumbers().isEmpty(),
          "whenOpCodes",
          "only FLAT fees have op-code or part-number triggers");
    }
    whenOpCodes().forEach(c -> Checks.requireIdentifier(c, "whenOpCodes"));
    whenPartNumbers().forEach(c -> Checks.requireIdentifier(c, "whenPartNumbers"));
  }

  private void terms(boolean ok, String path, String message) {
    if (!ok) {
      throw PolicyException.of(path, PricingErrorCode.TERMS_INVALID, "fee " + code() + ": " + message);
    }
  }
}

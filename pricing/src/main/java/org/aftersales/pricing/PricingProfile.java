package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.PolicyException;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.pricing.catalogue.LabourCatalogue;
import org.aftersales.pricing.catalogue.LabourRate;
import org.aftersales.pricing.catalogue.LabourRateCard;
import org.aftersales.pricing.catalogue.PartPrice;
import org.aftersales.pricing.catalogue.PriceList;
import org.aftersales.pricing.jurisdiction.Jurisdiction;
import org.aftersales.pricing.jurisdiction.ShopSuppliesRule;
import org.aftersales.pricing.tax.TaxPolicy;
import org.immutables.value.Value;

/**
 * Everything a dealer's estimates are priced from, as data (DESIGN §2.5): labour catalogue and
 * rates, parts price list, fees, discounts, tax, rounding, the jurisdiction (consent rule and
 * shop-supplies rule), key components, the symptom-estimate risk allowance, the warranty parts
 * handling percentage and how long a quote stays valid.
 *
 * <p><b>Money.</b> Every amount of the profile is in {@link #currency()} ({@link
 * CoreErrorCode#CURRENCY_MISMATCH} otherwise, also for the consent rule's amounts) and in the
 * tax policy's price basis: with {@link org.aftersales.pricing.tax.TaxInclusion#INCLUSIVE}, rates,
 * list prices, dealer costs and fees all include VAT. {@link #lineRounding()} (the currency's
 * minor unit, half up, by default) rounds every line amount, split and tax; {@link
 * #totalRounding()} (the line rounding by default; CHF cash 0.05 for example) rounds each payer's
 * total, and its increment must be a multiple of the line increment ({@link
 * PricingErrorCode#ROUNDING_INCONSISTENT}).
 *
 * <p>Other rules checked on build: fee and discount codes are unique; a jurisdiction that forbids
 * shop supplies cannot be combined with a shop-supplies fee ({@link
 * PricingErrorCode#SHOP_SUPPLIES_FORBIDDEN}); quotes are valid 0–365 days.
 *
 * <p>Presets: {@link #china4sDealer()} and {@link #usDealer(Jurisdiction, TaxPolicy)} return
 * builders with the market's settings filled in; add the id, name, catalogue, rates and prices.
 * Immutable and thread-safe; JSON round-trips. Price with {@link Estimator#of(PricingProfile)}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePricingProfile.class)
@JsonDeserialize(as = ImmutablePricingProfile.class)
public abstract class PricingProfile {

  PricingProfile() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PricingProfile}; {@code build()} validates. */
  public static final class Builder extends ImmutablePricingProfile.Builder {
    Builder() {}
  }

  /**
   * A Chinese 4S dealer: CNY rounded to the fen half up (四舍五入), VAT-inclusive prices with 13%
   * on parts and repair labour and 6% on other services (增值税法, DOMAIN §4), consent for every
   * supplement (seed 001), the main parts of SAMR Order 43 Art. 24(3) as key components, a 10%
   * risk allowance on symptom estimates (seed 001 asks for one but names no figure: set your
   * own), and quotes valid 7 days.
   *
   * @return a builder to complete with id, name, catalogue, rates and prices
   */
  public static Builder china4sDealer() {
    CurrencyUnit cny = Monies.currency("CNY");
    return builder()
        .currency(cny)
        .tax(TaxPolicy.chinaVat())
        .jurisdiction(Jurisdiction.china())
        .addKeyComponents(
            "ENGINE", "TRANSMISSION", "POWER_BATTERY", "DRIVE_MOTOR", "STEERING", "BRAKES",
            "SUSPENSION", "DRIVELINE", "EMISSION_CONTROL", "BODY")
        .riskAllowance(RiskAllowance.of(Percentage.of(10)))
        .quoteValidityDays(7);
  }

  /**
   * A US dealer in a state: USD rounded to the cent, the state's consent and shop-supplies
   * rules, the given sales tax, and quotes valid 30 days.
   *
   * @param jurisdiction the state, for example {@link Jurisdiction#california()}
   * @param tax the sales tax, for example {@code TaxPolicy.salesTax(7.25%, 0%)}
   * @return a builder to complete with id, name, catalogue, rates and prices
   */
  public static Builder usDealer(Jurisdiction jurisdiction, TaxPolicy tax) {
    return builder()
        .currency(Monies.currency("USD"))
        .tax(tax)
        .jurisdiction(jurisdiction)
        .addKeyComponents("BRAKES", "STEERING", "SUSPENSION", "RESTRAINTS")
        .riskAllowance(RiskAllowance.of(Percentage.of(10)))
        .quoteValidityDays(30);
  }

  /**
   * The profile's identifier; estimates carry it.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * A name for people, at most 100 characters.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The currency of every amount.
   *
   * @return the currency
   */
  public abstract CurrencyUnit currency();

  /**
   * The flat-rate labour catalogue.
   *
   * @return the catalogue
   */
  public abstract LabourCatalogue labourCatalogue();

  /**
   * The labour rates.
   *
   * @return the rate card
   */
  public abstract LabourRateCard labourRates();

  /**
   * The parts price list.
   *
   * @return the price list
   */
  public abstract PriceList priceList();

  /**
   * The fees, applied in this order.
   *
   * @return the fee rules
   */
  public abstract List<FeeRule> fees();

  /**
   * The discounts the profile grants by itself.
   *
   * @return the discount rules
   */
  public abstract List<DiscountRule> discounts();

  /**
   * How lines are taxed.
   *
   * @return the tax policy
   */
  public abstract TaxPolicy tax();

  /**
   * How line amounts, splits and taxes are rounded; the currency's standard policy by default.
   *
   * @return the line rounding
   */
  @Value.Default
  public RoundingPolicy lineRounding() {
    return RoundingPolicy.standard(currency());
  }

  /**
   * How each payer's total is rounded; the line rounding by default.
   *
   * @return the total rounding
   */
  @Value.Default
  public RoundingPolicy totalRounding() {
    return lineRounding();
  }

  /**
   * The jurisdiction: consent rule and shop-supplies rule.
   *
   * @return the jurisdiction
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Components on which an aftermarket part gets the no-guarantee warning (seed 001: 关键部位),
   * upper snake case, matched against {@link PartPrice#component()}.
   *
   * @return the key components
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> keyComponents();

  /**
   * The risk allowance of symptom estimates; 0% by default.
   *
   * @return the allowance
   */
  @Value.Default
  public RiskAllowance riskAllowance() {
    return RiskAllowance.of(Percentage.ZERO);
  }

  /**
   * The handling allowance a warranty claim adds on parts at dealer cost; 0% by default.
   *
   * @return the percentage
   */
  @Value.Default
  public Percentage warrantyPartsHandling() {
    return Percentage.ZERO;
  }

  /**
   * Whether a discount may take a line below its cost (parts at dealer cost, sublets at vendor
   * cost); not by default. No line ever goes below zero.
   *
   * @return {@code true} when below-cost discounts are allowed
   */
  @Value.Default
  public boolean discountBelowCostAllowed() {
    return false;
  }

  /**
   * How many days after its date a quote stays valid (inclusive), 0–365; 7 by default. A quote is
   * never valid beyond the last date of a price or rate it used.
   *
   * @return the days
   */
  @Value.Default
  public int quoteValidityDays() {
    return 7;
  }

  /**
   * Every amount of the profile with its path, for currency checks.
   *
   * @return amounts and paths
   */
  private java.util.List<java.util.Map.Entry<String, MonetaryAmount>> amounts() {
    java.util.List<java.util.Map.Entry<String, MonetaryAmount>> all = new java.util.ArrayList<>();
    List<LabourRate> rates = labourRates().rates();
    for (int i = 0; i < rates.size(); i++) {
      all.add(java.util.Map.entry("labourRates.rates[" + i + "].rate", rates.get(i).rate()));
    }
    List<PartPrice> parts = priceList().parts();
    for (int i = 0; i < parts.size(); i++) {
      all.add(java.util.Map.entry("priceList.parts[" + i + "].dealerCost", parts.get(i).dealerCost()));
    }
    priceList()
        .markupMatrix()
        .ifPresent(m -> all.add(java.util.Map.entry("priceList.markupMatrix.bands[0].fromCost", m.bands().get(0).fromCost())));
    for (int i = 0; i < fees().size(); i++) {
      FeeRule f = fees().get(i);
      String p = "fees[" + i + "]";
      f.amount().ifPresent(a -> all.add(java.util.Map.entry(p + ".amount", a)));
      f.cap().ifPresent(a -> all.add(java.util.Map.entry(p + ".cap", a)));
    }
    for (int i = 0; i < discounts().size(); i++) {
      String p = "discounts[" + i + "].amount";
      discounts().get(i).amount().ifPresent(a -> all.add(java.util.Map.entry(p, a)));
    }
    riskAllowance().cap().ifPresent(a -> all.add(java.util.Map.entry("riskAllowance.cap", a)));
    var rule = jurisdiction().consentRule();
    rule.maxExcessAmount().ifPresent(a -> all.add(java.util.Map.entry("jurisdiction.consentRule.maxExcessAmount", a)));
    rule.excessCap().ifPresent(a -> all.add(java.util.Map.entry("jurisdiction.consentRule.excessCap", a)));
    rule.exemptUpTo().ifPresent(a -> all.add(java.util.Map.entry("jurisdiction.consentRule.exemptUpTo", a)));
    return all;
  }

  @Value.Check
  final void check() {
    Checks.requireIdentifier(id(), "id");
    Checks.requireText(name(), "name", 100);
    for (var e : amounts()) {
      if (!e.getValue().getCurrency().equals(currency())) {
        throw PolicyException.of(
            e.getKey(),
            CoreErrorCode.CURRENCY_MISMATCH,
            e.getKey() + " is in " + e.getValue().getCurrency().getCurrencyCode()
                + ", the profile in " + currency().getCurrencyCode());
      }
    }
    requireCurrency(lineRounding(), "lineRounding");
    requireCurrency(totalRounding(), "totalRounding");
    BigDecimal line = lineRounding().increment();
    BigDecimal total = totalRounding().increment();
    if (total.remainder(line).signum() != 0) {
      throw PolicyException.of(
          "totalRounding.increment",
          PricingErrorCode.ROUNDING_INCONSISTENT,
          "totalRounding.increment " + total.toPlainString()
              + " is not a multiple of lineRounding.increment " + line.toPlainString());
    }
    Checks.requireUnique(fees(), FeeRule::code, "fees");
    Checks.requireUnique(discounts(), DiscountRule::code, "discounts");
    keyComponents().forEach(c -> Checks.requireCode(c, "keyComponents"));
    if (jurisdiction().shopSupplies() == ShopSuppliesRule.FORBIDDEN) {
      for (int i = 0; i < fees().size(); i++) {
        if (fees().get(i).kind() == FeeKind.SHOP_SUPPLIES) {
          throw PolicyException.of(
              "fees[" + i + "]",
              PricingErrorCode.SHOP_SUPPLIES_FORBIDDEN,
              "jurisdiction " + jurisdiction().code() + " forbids a generic shop-supplies fee ("
                  + fees().get(i).code() + ")");
        }
      }
    }
    Checks.require(
        quoteValidityDays() >= 0 && quoteValidityDays() <= 365,
        "quoteValidityDays",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "quoteValidityDays must be between 0 and 365: %s",
        quoteValidityDays());
  }

  private void requireCurrency(RoundingPolicy p, String path) {
    if (!p.currency().equals(currency())) {
      throw PolicyException.of(
          path + ".currency",
          CoreErrorCode.CURRENCY_MISMATCH,
          path + " rounds " + p.currency().getCurrencyCode() + ", the profile is in "
              + currency().getCurrencyCode());
    }
  }
}

package org.aftersales.pricing.jurisdiction;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.immutables.value.Value;

/**
 * Where the dealer works, as far as pricing is concerned: the {@link ConsentRule} for charging
 * above an authorized estimate and the {@link ShopSuppliesRule} for generic shop-supplies lines
 * (DOMAIN §4).
 *
 * <p>Presets: {@link #california()} (consent for any excess; no generic shop-supplies line),
 * {@link #colorado()}, {@link #florida()} (shop supplies must be disclosed on the estimate), and
 * {@link #china()}. Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableJurisdiction.class)
@JsonDeserialize(as = ImmutableJurisdiction.class)
public abstract class Jurisdiction {

  Jurisdiction() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Jurisdiction}; {@code build()} validates. */
  public static final class Builder extends ImmutableJurisdiction.Builder {
    Builder() {}
  }

  /**
   * California: B&amp;P 9884.9 consent for any excess, and no generic "shop supplies" line
   * (16 CCR 3353).
   *
   * @return the jurisdiction
   */
  public static Jurisdiction california() {
    return builder()
        .code("US-CA")
        .name("California")
        .consentRule(ConsentRule.california())
        .shopSupplies(ShopSuppliesRule.FORBIDDEN)
        .build();
  }

  /**
   * Colorado: CRS 42-9-105 (the lesser of 10% or $25; orders of $100 or less exempt).
   *
   * @return the jurisdiction
   */
  public static Jurisdiction colorado() {
    return builder().code("US-CO").name("Colorado").consentRule(ConsentRule.colorado()).build();
  }

  /**
   * Florida: 559.909 notice above the greater of $10 or 10% (at most $50), and a shop-supplies
   * charge must be disclosed on the estimate.
   *
   * @return the jurisdiction
   */
  public static Jurisdiction florida() {
    return builder()
        .code("US-FL")
        .name("Florida")
        .consentRule(ConsentRule.florida())
        .shopSupplies(ShopSuppliesRule.DISCLOSURE_REQUIRED)
        .build();
  }

  /**
   * China: supplementary work is priced and done only with the customer's recorded consent (seed
   * 001, DOMAIN §2 steps 5–6).
   *
   * @return the jurisdiction
   */
  public static Jurisdiction china() {
    return builder()
        .code("CN")
        .name("China")
        .consentRule(
            ConsentRule.anyExcess(
                "CN", "4S service process (seed 001): 追加维修项目 only with the customer's consent"))
        .build();
  }

  /**
   * The code, for example {@code US-CA}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The name, at most 100 characters.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The rule for charging above an authorized estimate.
   *
   * @return the consent rule
   */
  public abstract ConsentRule consentRule();

  /**
   * What the jurisdiction says about shop-supplies charges; allowed by default.
   *
   * @return the rule
   */
  @Value.Default
  public ShopSuppliesRule shopSupplies() {
    return ShopSuppliesRule.ALLOWED;
  }

  @Value.Check
  final void check() {
    Checks.requireIdentifier(code(), "code");
    Checks.requireText(name(), "name", 100);
  }
}

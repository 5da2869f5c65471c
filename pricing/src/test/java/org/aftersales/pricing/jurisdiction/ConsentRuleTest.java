package org.aftersales.pricing.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.money.MonetaryAmount;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.PolicyException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Percentage;
import org.junit.jupiter.api.Test;

/** Consent presets at the exact limit and one cent over. */
class ConsentRuleTest {

  static MonetaryAmount usd(String a) {
    return Monies.of(a, "USD");
  }

  static ConsentRequirement check(ConsentRule rule, String authorized, String proposed) {
    return rule.check(usd(authorized), usd(proposed)).requirement();
  }

  @Test
  void californiaAnyExcessNeedsRecordedConsent() {
    ConsentRule ca = ConsentRule.california();
    assertThat(check(ca, "200.00", "200.00")).isEqualTo(ConsentRequirement.NONE);
    assertThat(check(ca, "200.00", "150.00")).isEqualTo(ConsentRequirement.NONE);
    ConsentDecision over = ca.check(usd("200.00"), usd("200.01"));
    assertThat(over.requirement()).isEqualTo(ConsentRequirement.CONSENT);
    assertThat(Monies.format(over.delta())).isEqualTo("0.01 USD");
    assertThat(Monies.format(over.allowance())).isEqualTo("0.00 USD");
    assertThat(Monies.format(over.limit())).isEqualTo("200.00 USD");
    assertThat(over.evidence())
        .containsExactly(ConsentEvidence.DATE, ConsentEvidence.TIME, ConsentEvidence.NAME, ConsentEvidence.PHONE);
    assertThat(over.customerNotice().orElseThrow().message())
        .isEqualTo(
            "The authorized estimate of 200.00 USD will rise to 200.01 USD (+0.01 USD); the work goes"
                + " ahead only if you agree.");
    assertThat(over.reason().code()).isEqualTo(ConsentRule.EXCEEDS_ALLOWANCE);
    assertThat(ca.check(usd("200.00"), usd("150.00")).delta()).isEqualTo(usd("-50.00"));
  }

  @Test
  void coloradoAllowsTheLesserOfTenPercentOrTwentyFiveDollars() {
    ConsentRule co = ConsentRule.colorado();
    // 10% of 200 = 20 < 25
    assertThat(check(co, "200.00", "220.00")).isEqualTo(ConsentRequirement.NONE);
    assertThat(check(co, "200.00", "220.01")).isEqualTo(ConsentRequirement.CONSENT);
    // 10% of 300 = 30 > 25
    assertThat(check(co, "300.00", "325.00")).isEqualTo(ConsentRequirement.NONE);
    assertThat(check(co, "300.00", "325.01")).isEqualTo(ConsentRequirement.CONSENT);
    assertThat(Monies.format(co.check(usd("300.00"), usd("325.01")).limit())).isEqualTo("325.00 USD");
  }

  @Test
  void coloradoOrdersOfOneHundredDollarsOrLessAreExempt() {
    ConsentRule co = ConsentRule.colorado();
    ConsentDecision exempt = co.check(usd("60.00"), usd("100.00"));
    assertThat(exempt.requirement()).isEqualTo(ConsentRequirement.NONE);
    assertThat(exempt.exempt()).isTrue();
    assertThat(exempt.reason().code()).isEqualTo(ConsentRule.EXEMPT);
    assertThat(check(co, "60.00", "100.01")).isEqualTo(ConsentRequirement.CONSENT);
    assertThat(co.check(usd("60.00"), usd("61.00")).exempt()).isFalse();
  }

  @Test
  void floridaNotifiesAboveTheGreaterOfTenDollarsOrTenPercentCappedAtFifty() {
    ConsentRule fl = ConsentRule.florida();
    // greater of 10 and 5
    assertThat(check(fl, "50.00", "60.00")).isEqualTo(ConsentRequirement.NONE);
    assertThat(check(fl, "50.00", "60.01")).isEqualTo(ConsentRequirement.NOTIFY);
    // greater of 10 and 30
    assertThat(check(fl, "300.00", "330.00")).isEqualTo(ConsentRequirement.NONE);
    assertThat(check(fl, "300.00", "330.01")).isEqualTo(ConsentRequirement.NOTIFY);
    // 80 capped at 50
    assertThat(check(fl, "800.00", "850.00")).isEqualTo(ConsentRequirement.NONE);
    assertThat(check(fl, "800.00", "850.01")).isEqualTo(ConsentRequirement.NOTIFY);
  }

  @Test
  void aConfigurablePercentageRuleComparesExactly() {
    ConsentRule fivePercent =
        ConsentRule.builder().code("DEFAULT").citation("house rule").maxExcessPercent(Percentage.of(5)).build();
    MonetaryAmount authorized = Monies.of("123.45", "CNY");
    // 5% = 6.1725
    ConsentDecision at = fivePercent.check(authorized, Monies.of("129.62", "CNY"));
    assertThat(at.requirement()).isEqualTo(ConsentRequirement.NONE);
    assertThat(Monies.format(at.allowance())).isEqualTo("6.17 CNY");
    assertThat(Monies.format(at.limit())).isEqualTo("129.62 CNY");
    assertThat(fivePercent.check(authorized, Monies.of("129.63", "CNY")).requirement())
        .isEqualTo(ConsentRequirement.CONSENT);

    ConsentRule amountOnly =
        ConsentRule.builder().code("DEFAULT").citation("house rule").maxExcessAmount(Monies.of("50", "CNY")).build();
    assertThat(amountOnly.check(authorized, Monies.of("173.45", "CNY")).requirement()).isEqualTo(ConsentRequirement.NONE);
    assertThat(amountOnly.check(authorized, Monies.of("173.46", "CNY")).requirement()).isEqualTo(ConsentRequirement.CONSENT);
  }

  @Test
  void currenciesMustMatch() {
    assertThatThrownBy(() -> ConsentRule.colorado().check(Monies.of("1", "CNY"), Monies.of("2", "CNY")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CoreErrorCode.CURRENCY_MISMATCH);
              assertThat(e.violations().get(0).path()).isEqualTo("maxExcessAmount");
            });
    assertThatThrownBy(() -> ConsentRule.california().check(usd("1"), Monies.of("2", "EUR")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.violations().get(0).path()).isEqualTo("proposed"));
    assertThatThrownBy(() -> ConsentRule.california().check(usd("-1"), usd("2")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NEGATIVE_QUANTITY));
  }

  @Test
  void aRuleMustRequireSomething() {
    assertThatThrownBy(
            () -> ConsentRule.builder().code("X").citation("x").requirement(ConsentRequirement.NONE).build())
        .isInstanceOf(PolicyException.class);
  }

  @Test
  void jurisdictionPresets() {
    assertThat(Jurisdiction.california().shopSupplies()).isEqualTo(ShopSuppliesRule.FORBIDDEN);
    assertThat(Jurisdiction.florida().shopSupplies()).isEqualTo(ShopSuppliesRule.DISCLOSURE_REQUIRED);
    assertThat(Jurisdiction.colorado().shopSupplies()).isEqualTo(ShopSuppliesRule.ALLOWED);
    assertThat(Jurisdiction.china().consentRule().check(Monies.of("100", "CNY"), Monies.of("100.01", "CNY")).isRequired())
        .isTrue();
  }
}

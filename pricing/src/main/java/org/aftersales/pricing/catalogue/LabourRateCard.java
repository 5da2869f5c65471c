package org.aftersales.pricing.catalogue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.money.Monies;
import org.immutables.value.Value;

/**
 * The dealer's labour rates: by skill category and pay type, effective-dated.
 *
 * <p>Lookup rule (applied by the estimator on the estimate's date): the rate for the operation's
 * skill and the job's pay type; else the pay type's rate without a skill. A skill or pay type
 * that has rates, none of which is effective on the date, is an expired (or not yet valid) rate,
 * never a silent fallback. A pay type with no rates at all uses the {@code CUSTOMER} rates,
 * except {@code WARRANTY}, which is the manufacturer's reimbursement rate and must be listed.
 *
 * <p>Rules checked on build: all rates share one currency; two rates for the same skill and pay
 * type are never effective on the same date ({@link CatalogueErrorCode#PRICE_VALIDITY_OVERLAP}).
 * Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableLabourRateCard.class)
@JsonDeserialize(as = ImmutableLabourRateCard.class)
public abstract class LabourRateCard {

  LabourRateCard() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LabourRateCard}; {@code build()} validates. */
  public static final class Builder extends ImmutableLabourRateCard.Builder {
    Builder() {}
  }

  /**
   * A rate card of the given rates.
   *
   * @param rates the rates
   * @return the card
   */
  public static LabourRateCard of(LabourRate... rates) {
    return builder().addRates(rates).build();
  }

  /**
   * The rates.
   *
   * @return the rates
   */
  public abstract List<LabourRate> rates();

  @Value.Check
  final void check() {
    List<LabourRate> rates = rates();
    for (int i = 1; i < rates.size(); i++) {
      Monies.requireSameCurrency(rates.get(0).rate(), rates.get(i).rate(), "rates[" + i + "].rate");
    }
    Validity.requireNoOverlap(
        rates, r -> r.payType() + "/" + r.skill().map(Object::toString).orElse("*"), "rates");
  }
}

package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.Skill;
import org.aftersales.core.quantity.Hours;
import org.aftersales.pricing.catalogue.VehicleSpec;
import org.aftersales.pricing.tax.TaxInclusion;
import org.immutables.value.Value;

/**
 * A priced estimate (报价单), as {@link Estimator#estimate} returns it: the lines with a reason for
 * each amount, job totals, applied discounts, subtotals by category and by payer, tax by rate,
 * the total, the hours by skill that scheduling books, how long the quote is valid, and the
 * warnings the customer must hear (customer-supplied parts, aftermarket key components, item
 * pricing, shop-supplies disclosure).
 *
 * <p><b>Sums.</b> {@link #subtotal()} is the sum of all line amounts (rounding adjustments
 * included) and of {@link #subtotals()}; {@link #total()} = subtotal + tax with VAT-exclusive
 * prices and = subtotal with VAT-inclusive prices (the tax is inside); it is also the sum of the
 * {@link #payers()}' totals. {@link #subtotals()} has an entry for every line category present,
 * summing prices before discounts, plus {@link LineCategory#DISCOUNT} (negative) when any
 * discount applied. All amounts are in {@link #currency()}.
 *
 * <p>{@link #validUntil()} is inclusive. Immutable and thread-safe; JSON round-trips (an estimate
 * read back is taken as written: amounts are not recomputed).
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableEstimate.class)
@JsonDeserialize(as = ImmutableEstimate.class)
public abstract class Estimate {

  Estimate() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Estimate}. */
  public static final class Builder extends ImmutableEstimate.Builder {
    Builder() {}
  }

  /**
   * The id of the profile that priced it.
   *
   * @return the profile id
   */
  public abstract String profileId();

  /**
   * The currency of every amount.
   *
   * @return the currency
   */
  public abstract CurrencyUnit currency();

  /**
   * Whether the amounts include VAT.
   *
   * @return the inclusion
   */
  public abstract TaxInclusion taxInclusion();

  /**
   * The estimate's date.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The last date the quote is valid, inclusive.
   *
   * @return the date
   */
  public abstract LocalDate validUntil();

  /**
   * The vehicle.
   *
   * @return the vehicle
   */
  public abstract VehicleSpec vehicle();

  /**
   * The lines: each job's labour, parts (each followed by its core charge), sublets, risk
   * allowance and job fees; then order-level fees; then rounding adjustments.
   *
   * @return the lines
   */
  public abstract List<EstimateLine> lines();

  /**
   * Each job's totals, in request order.
   *
   * @return the job totals
   */
  public abstract List<JobTotal> jobs();

  /**
   * The discounts applied, in the order they were applied.
   *
   * @return the discounts
   */
  public abstract List<AppliedDiscount> discounts();

  /**
   * Subtotals by category, in category order.
   *
   * @return the subtotals
   */
  @Value.NaturalOrder
  public abstract SortedMap<LineCategory, MonetaryAmount> subtotals();

  /**
   * Tax by rate, highest rate first.
   *
   * @return the taxes
   */
  public abstract List<TaxAmount> taxes();

  /**
   * What each payer owes, in pay-type order.
   *
   * @return the payer totals
   */
  public abstract List<PayerTotal> payers();

  /**
   * The sum of the line amounts.
   *
   * @return the subtotal
   */
  public abstract MonetaryAmount subtotal();

  /**
   * The total tax.
   *
   * @return the tax
   */
  public abstract MonetaryAmount tax();

  /**
   * The total.
   *
   * @return the total
   */
  public abstract MonetaryAmount total();

  /**
   * Charged flat-rate hours by skill, what scheduling books capacity with.
   *
   * @return hours by skill
   */
  @Value.NaturalOrder
  public abstract SortedMap<Skill, Hours> hoursBySkill();

  /**
   * All charged flat-rate hours.
   *
   * @return the hours
   */
  public abstract Hours totalHours();

  /**
   * What the customer must be told, in the order found.
   *
   * @return the warnings
   */
  public abstract List<Reason> warnings();

  /**
   * How the total is made up.
   *
   * @return the reason
   */
  public abstract Reason reason();

  /**
   * A payer's totals.
   *
   * @param payer the payer
   * @return the payer's totals, or empty when the payer owes nothing
   */
  public Optional<PayerTotal> payer(PayType payer) {
    for (PayerTotal p : payers()) {
      if (p.payer() == payer) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * What a payer owes, zero when nothing.
   *
   * @param payer the payer
   * @return the payer's total
   */
  public MonetaryAmount totalOf(PayType payer) {
    return payer(payer).map(PayerTotal::total).orElseGet(() -> Monies.zero(currency()));
  }

  /**
   * A job's totals.
   *
   * @param id the job id
   * @return the job's totals
   */
  public Optional<JobTotal> job(JobId id) {
    for (JobTotal j : jobs()) {
      if (j.jobId().equals(id)) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }
}

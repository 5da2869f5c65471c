package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.PartOrigin;
import org.aftersales.core.order.PartSource;
import org.aftersales.core.order.Skill;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.pricing.tax.TaxClass;
import org.immutables.value.Value;

/**
 * One priced line of an estimate, settlement invoice or warranty claim, with the reason for its
 * amount.
 *
 * <p>{@link #price()} is what the line costs before discounts (hours × rate, quantity × unit
 * price, the fee), {@link #discount()} what discounts took off it, and {@link #amount()} = price
 * − discount what is charged, all rounded to the profile's line increment and in the profile's
 * price basis (VAT included for VAT-inclusive profiles). {@link #payers()} split the amount to the
 * cent. {@link #taxRate()} is the rate the line was taxed at, after China's mixed-rate rule; the
 * tax itself is on the estimate, by rate. Order-level fees and rounding adjustments have no job.
 * Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableEstimateLine.class)
@JsonDeserialize(as = ImmutableEstimateLine.class)
public abstract class EstimateLine {

  EstimateLine() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EstimateLine}. */
  public static final class Builder extends ImmutableEstimateLine.Builder {
    Builder() {}
  }

  /**
   * The line number, from 1.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * The job the line belongs to; empty for order-level fees and rounding.
   *
   * @return the job
   */
  public abstract Optional<JobId> jobId();

  /**
   * What the line is.
   *
   * @return the category
   */
  public abstract LineCategory category();

  /**
   * The op code, part number, fee code, or the category's name for other lines.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The line as shown to the customer.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Charged flat-rate hours, for labour.
   *
   * @return the hours
   */
  public abstract Optional<Hours> hours();

  /**
   * The skill, for labour.
   *
   * @return the skill
   */
  public abstract Optional<Skill> skill();

  /**
   * The charged quantity, for parts and core charges.
   *
   * @return the quantity
   */
  public abstract Optional<Quantity> quantity();

  /**
   * The rate per hour (labour) or price per unit (parts, core charges).
   *
   * @return the unit price
   */
  public abstract Optional<MonetaryAmount> unitPrice();

  /**
   * Where a part comes from.
   *
   * @return the source
   */
  public abstract Optional<PartSource> source();

  /**
   * Who made a part.
   *
   * @return the origin
   */
  public abstract Optional<PartOrigin> origin();

  /**
   * The price before discounts.
   *
   * @return the price
   */
  public abstract MonetaryAmount price();

  /**
   * What discounts took off, at least zero.
   *
   * @return the discount
   */
  public abstract MonetaryAmount discount();

  /**
   * What is charged: price − discount.
   *
   * @return the amount
   */
  public abstract MonetaryAmount amount();

  /**
   * The tax class; empty for rounding adjustments, which are not taxed.
   *
   * @return the tax class
   */
  public abstract Optional<TaxClass> taxClass();

  /**
   * The rate the line is taxed at.
   *
   * @return the rate
   */
  public abstract Percentage taxRate();

  /**
   * Who pays how much of the amount, in pay-type order.
   *
   * @return the payer amounts
   */
  public abstract List<PayerAmount> payers();

  /**
   * Why the line costs what it costs.
   *
   * @return the reason
   */
  public abstract Reason reason();
}

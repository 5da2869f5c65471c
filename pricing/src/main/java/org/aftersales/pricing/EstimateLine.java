package org.aftersales.pricing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.PartOrigin;
import org.aftersales.core.order.PartSource;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.Skill;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.pricing.tax.TaxClass;
import org.jspecify.annotations.Nullable;

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
 *
 * <p>The estimator computes amounts as whole units of the currency's increment; a line creates
 * its {@link MonetaryAmount}s (Moneta {@code Money} in the library's context) when they are
 * first read, because creating them is most of an estimate's cost and a caller often reads only
 * the totals. Immutable and thread-safe (the lazily created amounts are equal whenever made);
 * equal when every property is equal; JSON round-trips.
 */
@JsonPropertyOrder({
  "number", "jobId", "category", "code", "description", "hours", "skill", "quantity", "unitPrice",
  "source", "origin", "price", "discount", "amount", "taxClass", "taxRate", "payers", "reason"
})
public final class EstimateLine {

  private final int number;
  private final @Nullable JobId jobId;
  private final LineCategory category;
  private final String code;
  private final String description;
  private final @Nullable Hours hours;
  private final @Nullable Skill skill;
  private final @Nullable Quantity quantity;
  private final @Nullable MonetaryAmount unitPrice;
  private final @Nullable PartSource source;
  private final @Nullable PartOrigin origin;
  private final @Nullable TaxClass taxClass;
  private final Percentage taxRate;
  private final Reason reason;

  /** How to turn the unit counts below into amounts; null when the amounts were given. */
  private final @Nullable Units units;
  private final long priceUnits;
  private final long discountUnits;
  private final PayType[] payerTypes;
  private final long[] payerUnits;

  private @Nullable MonetaryAmount price;
  private @Nullable MonetaryAmount discount;
  private @Nullable MonetaryAmount amount;
  private @Nullable List<PayerAmount> payers;

  /** A line computed by the estimator, in units of {@code units}' increment. */
  EstimateLine(
      int number,
      @Nullable JobId jobId,
      LineCategory category,
      String code,
      String description,
      @Nullable Hours hours,
      @Nullable Skill skill,
      @Nullable Quantity quantity,
      @Nullable MonetaryAmount unitPrice,
      @Nullable PartSource source,
      @Nullable PartOrigin origin,
      @Nullable TaxClass taxClass,
      Percentage taxRate,
      Reason reason,
      Units units,
      long priceUnits,
      long discountUnits,
      PayType[] payerTypes,
      long[] payerUnits) {
    this.number = number;
    this.jobId = jobId;
    this.category = category;
    this.code = code;
    this.description = description;
    this.hours = hours;
    this.skill = skill;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.source = source;
    this.origin = origin;
    this.taxClass = taxClass;
    this.taxRate = taxRate;
    this.reason = reason;
    this.units = units;
    this.priceUnits = priceUnits;
    this.discountUnits = discountUnits;
    this.payerTypes = payerTypes;
    this.payerUnits = payerUnits;
  }

  /**
   * A line from its properties, as read from JSON.
   *
   * @param number the line number, from 1
   * @param jobId the job, if any
   * @param category what the line is
   * @param code the op code, part number or fee code
   * @param description the line as shown to the customer
   * @param hours charged hours, for labour
   * @param skill the skill, for labour
   * @param quantity the charged quantity, for parts
   * @param unitPrice the rate or unit price
   * @param source where a part comes from
   * @param origin who made a part
   * @param price the price before discounts
   * @param discount what discounts took off
   * @param amount what is charged
   * @param taxClass the tax class
   * @param taxRate the rate the line is taxed at
   * @param payers who pays how much
   * @param reason why the line costs what it costs
   * @return the line
   */
  public static EstimateLine of(
      int number,
      @Nullable JobId jobId,
      LineCategory category,
      String code,
      String description,
      @Nullable Hours hours,
      @Nullable Skill skill,
      @Nullable Quantity quantity,
      @Nullable MonetaryAmount unitPrice,
      @Nullable PartSource source,
      @Nullable PartOrigin origin,
      MonetaryAmount price,
      MonetaryAmount discount,
      MonetaryAmount amount,
      @Nullable TaxClass taxClass,
      Percentage taxRate,
      @Nullable List<PayerAmount> payers,
      Reason reason) {
    Checks.requireNonNull(category, "category");
    Checks.requireNonNull(code, "code");
    Checks.requireNonNull(description, "description");
    Checks.requireNonNull(price, "price");
    Checks.requireNonNull(discount, "discount");
    Checks.requireNonNull(amount, "amount");
    Checks.requireNonNull(taxRate, "taxRate");
    Checks.requireNonNull(reason, "reason");
    Monies.requireSameCurrency(price, discount, "discount");
    Monies.requireSameCurrency(price, amount, "amount");
    List<PayerAmount> p = List.copyOf(payers == null ? List.of() : payers);
    EstimateLine line =
        new EstimateLine(
            number, jobId, category, code, description, hours, skill, quantity, unitPrice, source,
            origin, taxClass, taxRate, reason, null, 0, 0, new PayType[0], new long[0]);
    line.price = price;
    line.discount = discount;
    line.amount = amount;
    line.payers = p;
    return line;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static EstimateLine fromJson(Json j) {
    Checks.require(j.number != null, "number", org.aftersales.core.CoreErrorCode.REQUIRED_FIELD, "number is required but missing");
    return of(
        j.number, j.jobId, j.category, j.code, j.description, j.hours, j.skill, j.quantity, j.unitPrice,
        j.source, j.origin, j.price, j.discount, j.amount, j.taxClass, j.taxRate, j.payers, j.reason);
  }

  /** The JSON form, where optional properties may be absent. */
  static final class Json {
    @JsonProperty("number") @Nullable Integer number;
    @JsonProperty("jobId") @Nullable JobId jobId;
    @JsonProperty("category") @Nullable LineCategory category;
    @JsonProperty("code") @Nullable String code;
    @JsonProperty("description") @Nullable String description;
    @JsonProperty("hours") @Nullable Hours hours;
    @JsonProperty("skill") @Nullable Skill skill;
    @JsonProperty("quantity") @Nullable Quantity quantity;
    @JsonProperty("unitPrice") @Nullable MonetaryAmount unitPrice;
    @JsonProperty("source") @Nullable PartSource source;
    @JsonProperty("origin") @Nullable PartOrigin origin;
    @JsonProperty("price") @Nullable MonetaryAmount price;
    @JsonProperty("discount") @Nullable MonetaryAmount discount;
    @JsonProperty("amount") @Nullable MonetaryAmount amount;
    @JsonProperty("taxClass") @Nullable TaxClass taxClass;
    @JsonProperty("taxRate") @Nullable Percentage taxRate;
    @JsonProperty("payers") @Nullable List<PayerAmount> payers;
    @JsonProperty("reason") @Nullable Reason reason;
  }

  /**
   * The line number, from 1.
   *
   * @return the number
   */
  @JsonProperty("number")
  public int number() {
    return number;
  }

  /**
   * The job the line belongs to; empty for order-level fees and rounding.
   *
   * @return the job
   */
  @JsonProperty("jobId")
  public Optional<JobId> jobId() {
    return Optional.ofNullable(jobId);
  }

  /**
   * What the line is.
   *
   * @return the category
   */
  @JsonProperty("category")
  public LineCategory category() {
    return category;
  }

  /**
   * The op code, part number, fee code, or the category's name for other lines.
   *
   * @return the code
   */
  @JsonProperty("code")
  public String code() {
    return code;
  }

  /**
   * The line as shown to the customer.
   *
   * @return the description
   */
  @JsonProperty("description")
  public String description() {
    return description;
  }

  /**
   * Charged flat-rate hours, for labour.
   *
   * @return the hours
   */
  @JsonProperty("hours")
  public Optional<Hours> hours() {
    return Optional.ofNullable(hours);
  }

  /**
   * The skill, for labour.
   *
   * @return the skill
   */
  @JsonProperty("skill")
  public Optional<Skill> skill() {
    return Optional.ofNullable(skill);
  }

  /**
   * The charged quantity, for parts and core charges.
   *
   * @return the quantity
   */
  @JsonProperty("quantity")
  public Optional<Quantity> quantity() {
    return Optional.ofNullable(quantity);
  }

  /**
   * The rate per hour (labour) or price per unit (parts, core charges).
   *
   * @return the unit price
   */
  @JsonProperty("unitPrice")
  public Optional<MonetaryAmount> unitPrice() {
    return Optional.ofNullable(unitPrice);
  }

  /**
   * Where a part comes from.
   *
   * @return the source
   */
  @JsonProperty("source")
  public Optional<PartSource> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Who made a part.
   *
   * @return the origin
   */
  @JsonProperty("origin")
  public Optional<PartOrigin> origin() {
    return Optional.ofNullable(origin);
  }

  /**
   * The price before discounts.
   *
   * @return the price
   */
  @JsonProperty("price")
  public MonetaryAmount price() {
    MonetaryAmount m = price;
    if (m == null) {
      m = Objects.requireNonNull(units).money(priceUnits);
      price = m;
    }
    return m;
  }

  /**
   * What discounts took off, at least zero.
   *
   * @return the discount
   */
  @JsonProperty("discount")
  public MonetaryAmount discount() {
    MonetaryAmount m = discount;
    if (m == null) {
      m = Objects.requireNonNull(units).money(discountUnits);
      discount = m;
    }
    return m;
  }

  /**
   * What is charged: price − discount.
   *
   * @return the amount
   */
  @JsonProperty("amount")
  public MonetaryAmount amount() {
    MonetaryAmount m = amount;
    if (m == null) {
      m = discountUnits == 0 ? price() : Objects.requireNonNull(units).money(priceUnits - discountUnits);
      amount = m;
    }
    return m;
  }

  /**
   * The tax class; empty for rounding adjustments, which are not taxed.
   *
   * @return the tax class
   */
  @JsonProperty("taxClass")
  public Optional<TaxClass> taxClass() {
    return Optional.ofNullable(taxClass);
  }

  /**
   * The rate the line is taxed at.
   *
   * @return the rate
   */
  @JsonProperty("taxRate")
  public Percentage taxRate() {
    return taxRate;
  }

  /**
   * Who pays how much of the amount, in pay-type order.
   *
   * @return the payer amounts
   */
  @JsonProperty("payers")
  public List<PayerAmount> payers() {
    List<PayerAmount> p = payers;
    if (p == null) {
      long total = priceUnits - discountUnits;
      List<PayerAmount> list = new ArrayList<>(payerTypes.length);
      for (int i = 0; i < payerTypes.length; i++) {
        MonetaryAmount m =
            payerUnits[i] == total ? amount() : Objects.requireNonNull(units).money(payerUnits[i]);
        list.add(new PayerAmount(payerTypes[i], m));
      }
      p = List.copyOf(list);
      payers = p;
    }
    return p;
  }

  /**
   * Why the line costs what it costs.
   *
   * @return the reason
   */
  @JsonProperty("reason")
  public Reason reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof EstimateLine l
            && l.number == number
            && Objects.equals(l.jobId, jobId)
            && l.category == category
            && l.code.equals(code)
            && l.description.equals(description)
            && Objects.equals(l.hours, hours)
            && Objects.equals(l.skill, skill)
            && Objects.equals(l.quantity, quantity)
            && Objects.equals(l.unitPrice, unitPrice)
            && l.source == source
            && l.origin == origin
            && l.price().equals(price())
            && l.discount().equals(discount())
            && l.amount().equals(amount())
            && l.taxClass == taxClass
            && l.taxRate.equals(taxRate)
            && l.payers().equals(payers())
            && l.reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, jobId, category, code, price(), amount(), reason);
  }

  @Override
  public String toString() {
    return "EstimateLine{"
        + number
        + " "
        + category
        + " "
        + code
        + " "
        + Monies.format(amount())
        + (jobId == null ? "" : " job " + jobId)
        + "}";
  }
}

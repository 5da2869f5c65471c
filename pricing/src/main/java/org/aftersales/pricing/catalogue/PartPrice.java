package org.aftersales.pricing.catalogue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.order.PartOrigin;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.immutables.value.Value;

/**
 * One part in the dealer's price list, effective-dated: number, unit of measure, origin (正厂件
 * OEM or 副厂件 aftermarket), list price, dealer cost, core charge and pack quantity.
 *
 * <ul>
 *   <li>Prices, cost and core charge are per unit of measure, in the profile's price basis
 *       (including VAT when the profile's prices include it), at least zero, in one currency.
 *   <li>{@link #packQuantity()}: the part is sold in whole packs only; an estimate's quantity is
 *       rounded <b>up</b> to a multiple of it (for pieces, sets and kits it is a whole number).
 *   <li>{@link #coreCharge()}: a refundable deposit per unit for the old part (batteries,
 *       alternators), charged on its own line.
 *   <li>{@link #component()}: the component the part belongs to (for example {@code BRAKES});
 *       an aftermarket part on a component the profile lists as key gets the no-guarantee warning
 *       (seed 001).
 *   <li>{@link #validFrom()} and {@link #validThrough()} are inclusive ({@link EffectiveDated}).
 * </ul>
 *
 * <p>Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePartPrice.class)
@JsonDeserialize(as = ImmutablePartPrice.class)
public abstract class PartPrice implements EffectiveDated {

  PartPrice() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartPrice}; {@code build()} validates. */
  public static final class Builder extends ImmutablePartPrice.Builder {
    Builder() {}
  }

  /**
   * The part number.
   *
   * @return the part number
   */
  public abstract PartNumber partNumber();

  /**
   * What the part is, at most 200 characters.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The unit of measure prices and quantities are in; pieces by default.
   *
   * @return the unit
   */
  @Value.Default
  public UnitOfMeasure unit() {
    return UnitOfMeasure.PIECE;
  }

  /**
   * Who made the part; OEM by default.
   *
   * @return the origin
   */
  @Value.Default
  public PartOrigin origin() {
    return PartOrigin.OEM;
  }

  /**
   * The selling price per unit, when the list has one.
   *
   * @return the list price
   */
  public abstract Optional<MonetaryAmount> listPrice();

  /**
   * What the part costs the dealer per unit.
   *
   * @return the dealer cost
   */
  public abstract MonetaryAmount dealerCost();

  /**
   * The refundable core deposit per unit, if the old part is returnable.
   *
   * @return the core charge
   */
  public abstract Optional<MonetaryAmount> coreCharge();

  /**
   * The pack size the part is sold in, above zero, at most 3 decimals.
   *
   * @return the pack quantity
   */
  public abstract Optional<BigDecimal> packQuantity();

  /**
   * The component the part belongs to, upper snake case.
   *
   * @return the component
   */
  public abstract Optional<String> component();

  @Override
  public abstract Optional<LocalDate> validFrom();

  @Override
  public abstract Optional<LocalDate> validThrough();

  @Value.Check
  final PartPrice normalise() {
    String description = Checks.requireText(description(), "description", 200);
    Monies.requireNonNegative(dealerCost(), "dealerCost");
    listPrice().ifPresent(p -> {
      Monies.requireNonNegative(p, "listPrice");
      Monies.requireSameCurrency(dealerCost(), p, "listPrice");
    });
    coreCharge().ifPresent(p -> {
      Monies.requireNonNegative(p, "coreCharge");
      Monies.requireSameCurrency(dealerCost(), p, "coreCharge");
    });
    component().ifPresent(c -> Checks.requireCode(c, "component"));
    Optional<BigDecimal> pack = packQuantity();
    if (pack.isPresent()) {
      BigDecimal p = org.aftersales.core.quantity.Decimals.normalise(
          Checks.requireNonNegative(pack.get(), "packQuantity", 7, 3));
      Checks.require(
          p.signum() > 0,
          "packQuantity",
          CoreErrorCode.NON_POSITIVE_QUANTITY,
          "packQuantity of part %s must be > 0",
          partNumber());
      Checks.require(
          !unit().isWhole() || p.scale() == 0,
          "packQuantity",
          CoreErrorCode.FRACTIONAL_QUANTITY,
          "packQuantity of part %s in %s must be a whole number: %s",
          partNumber(),
          unit(),
          p.toPlainString());
      pack = Optional.of(p);
    }
    Validity.checkOrder(this, "");
    if (description.equals(description()) && pack.equals(packQuantity())) {
      return this;
    }
    return builder().from(this).description(description).packQuantity(pack).build();
  }
}

package org.aftersales.rules.parts;

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
import org.aftersales.core.quantity.Decimals;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.immutables.value.Value;

/**
 * A part number as the parts department keeps it: unit, supersession, order multiple, cost,
 * supplier and stocking flags (DOMAIN §2 parts logistics, §5).
 *
 * <p><b>Supersession.</b> {@link #supersededBy()} names the number that replaced this one. Links
 * form chains ({@code A -> B -> C}); the number at the end of a chain is the newest, and its
 * family's demand and stock roll up to it ({@link ReorderPlanner}). A chain that leads back to
 * where it started is refused ({@link PartsErrorCode#PARTS_SUPERSESSION_CYCLE}); the newest
 * number is fully interchangeable with the older ones, and all numbers of a family share one unit.
 *
 * <p><b>Order multiple.</b> The supplier's pack size or order multiple, in the part's unit, with
 * at most 3 decimals and whole for whole units; 1 by default. Only numbers that can be ordered
 * need one: 0 is accepted for a superseded number or a {@link StockingMode#DO_NOT_ORDER} part,
 * and refused otherwise ({@link PartsErrorCode#PARTS_ORDER_MULTIPLE_REQUIRED}).
 *
 * <p><b>Stocking flags.</b> {@link #mode()} is the manager's instruction ({@link
 * StockingMode#AUTOMATIC} by default); {@link #stocked()} says whether the part is in the stocking
 * program today (false by default), which the phase-in and phase-out rules change; {@link
 * #introducedOn()} protects a new part from being called obsolete before it could sell; {@link
 * #fixedMin()} and {@link #fixedMax()} (both or neither, {@code min <= max}) replace the calculated
 * min/max of a stocked part, as an Odoo reordering rule's manual values do.
 *
 * <p>{@link #unitCost()} is the dealer's purchase cost of one unit, at least 0. Immutable and
 * thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePartMaster.class)
@JsonDeserialize(as = ImmutablePartMaster.class)
public abstract class PartMaster {

  PartMaster() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartMaster}; {@code build()} validates. */
  public static final class Builder extends ImmutablePartMaster.Builder {
    Builder() {}
  }

  /**
   * The part number.
   *
   * @return the number
   */
  public abstract PartNumber partNumber();

  /**
   * The unit the part is counted in; pieces by default.
   *
   * @return the unit
   */
  @Value.Default
  public UnitOfMeasure unit() {
    return UnitOfMeasure.PIECE;
  }

  /**
   * The number that replaced this one, if any.
   *
   * @return the successor
   */
  public abstract Optional<PartNumber> supersededBy();

  /**
   * The order multiple (pack size) in {@link #unit()}; 1 by default.
   *
   * @return the multiple, at least 0
   */
  @Value.Default
  public BigDecimal orderMultiple() {
    return BigDecimal.ONE;
  }

  /**
   * The purchase cost of one unit.
   *
   * @return the cost, at least 0
   */
  public abstract MonetaryAmount unitCost();

  /**
   * The supplier this number is ordered from.
   *
   * @return the supplier
   */
  public abstract SupplierId supplier();

  /**
   * The manager's stocking instruction; automatic by default.
   *
   * @return the mode
   */
  @Value.Default
  public StockingMode mode() {
    return StockingMode.AUTOMATIC;
  }

  /**
   * Whether the part is in the stocking program today; false by default.
   *
   * @return {@code true} when stocked
   */
  @Value.Default
  public boolean stocked() {
    return false;
  }

  /**
   * The date the part was introduced (first received or first offered), if known.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> introducedOn();

  /**
   * A manual minimum replacing the calculated reorder point.
   *
   * @return the minimum in {@link #unit()}
   */
  public abstract Optional<BigDecimal> fixedMin();

  /**
   * A manual maximum replacing the calculated one.
   *
   * @return the maximum in {@link #unit()}
   */
  public abstract Optional<BigDecimal> fixedMax();

  /**
   * Whether the number can be ordered at all: not superseded and not {@link
   * StockingMode#DO_NOT_ORDER}.
   *
   * @return {@code true} when orderable
   */
  public boolean orderable() {
    return supersededBy().isEmpty() && mode() != StockingMode.DO_NOT_ORDER;
  }

  @Value.Check
  final PartMaster normalise() {
    supersededBy()
        .ifPresent(
            s ->
                Checks.require(
                    !s.equals(partNumber()),
                    "supersededBy",
                    PartsErrorCode.PARTS_SUPERSESSION_CYCLE,
                    "part %s cannot supersede itself",
                    partNumber()));
    BigDecimal multiple = quantity(orderMultiple(), "orderMultiple");
    Checks.require(
        multiple.signum() > 0 || !orderable(),
        "orderMultiple",
        PartsErrorCode.PARTS_ORDER_MULTIPLE_REQUIRED,
        "orderMultiple of orderable part %s must be > 0: %s",
        partNumber(),
        multiple.toPlainString());
    Monies.requireNonNegative(unitCost(), "unitCost");
    Optional<BigDecimal> min = fixedMin().map(v -> quantity(v, "fixedMin"));
    Optional<BigDecimal> max = fixedMax().map(v -> quantity(v, "fixedMax"));
    Checks.require(
        min.isPresent() == max.isPresent(),
        min.isPresent() ? "fixedMax" : "fixedMin",
        PartsErrorCode.PARTS_MIN_MAX,
        "fixedMin and fixedMax of part %s must be given together",
        partNumber());
    if (min.isPresent()) {
      Checks.require(
          min.get().compareTo(max.get()) <= 0,
          "fixedMin",
          PartsErrorCode.PARTS_MIN_MAX,
          "fixedMin %s of part %s is above fixedMax %s",
          min.get().toPlainString(),
          partNumber(),
          max.get().toPlainString());
    }
    if (multiple.equals(orderMultiple()) && min.equals(fixedMin()) && max.equals(fixedMax())) {
      return this;
    }
    return builder().from(this).orderMultiple(multiple).fixedMin(min).fixedMax(max).build();
  }

  private BigDecimal quantity(BigDecimal value, String path) {
    BigDecimal v = Decimals.normalise(Checks.requireNonNegative(value, path, 7, 3));
    Checks.require(
        !unit().isWhole() || v.scale() == 0,
        path,
        CoreErrorCode.FRACTIONAL_QUANTITY,
        "%s of part %s in %s must be a whole number: %s",
        path,
        partNumber(),
        unit(),
        v.toPlainString());
    return v;
  }
}

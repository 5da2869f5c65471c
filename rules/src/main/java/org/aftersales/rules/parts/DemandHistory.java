package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.immutables.value.Value;

/**
 * The demand history of one part number: daily or monthly {@link DemandPeriod}s.
 *
 * <p>A period that is not listed had no demand: the planner and classifier count every day or
 * month of their windows, listed or not, so a history need only list periods with demand. The
 * host's history is assumed to reach back at least as far as the longest window in use (the
 * statistics window, the phase-in window and the obsolescence period, see {@link
 * StockingSettings}).
 *
 * <p>Rules checked on build: monthly periods start on the first of a month ({@link
 * PartsErrorCode#PARTS_PERIOD_START}); no two periods start on the same day ({@code
 * DUPLICATE_ID}); quantities in a whole unit are whole ({@code FRACTIONAL_QUANTITY}). Periods are
 * kept sorted by start, whatever order they were given in. Immutable and thread-safe; build with
 * {@link #builder()} or {@link #monthly}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableDemandHistory.class)
@JsonDeserialize(as = ImmutableDemandHistory.class)
public abstract class DemandHistory {

  private static final Comparator<DemandPeriod> BY_START = Comparator.comparing(DemandPeriod::start);

  DemandHistory() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DemandHistory}; {@code build()} validates and sorts. */
  public static final class Builder extends ImmutableDemandHistory.Builder {
    Builder() {}
  }

  /**
   * A monthly history in pieces from consecutive monthly quantities, one hit per month with
   * demand: {@code monthly(pn, YearMonth.of(2026, 1), 3, 0, 5)} is January 3, February 0, March 5.
   *
   * @param partNumber the part number
   * @param first the first month
   * @param quantities the quantities of consecutive months, each at least 0
   * @return the history
   */
  public static DemandHistory monthly(PartNumber partNumber, YearMonth first, long... quantities) {
    Checks.requireNonNull(first, "first");
    Builder b = builder().partNumber(partNumber);
    for (int i = 0; i < quantities.length; i++) {
      if (quantities[i] != 0) {
        b.addPeriod(DemandPeriod.of(first.plusMonths(i).atDay(1), quantities[i]));
      }
    }
    return b.build();
  }

  /**
   * The part number.
   *
   * @return the number
   */
  public abstract PartNumber partNumber();

  /**
   * The unit of every quantity; pieces by default. It must be the part's unit.
   *
   * @return the unit
   */
  @Value.Default
  public UnitOfMeasure unit() {
    return UnitOfMeasure.PIECE;
  }

  /**
   * The length of the periods; months by default.
   *
   * @return the granularity
   */
  @Value.Default
  public DemandGranularity granularity() {
    return DemandGranularity.MONTH;
  }

  /**
   * The periods with their demand, sorted by start.
   *
   * @return the periods
   */
  public abstract List<DemandPeriod> periods();

  @Value.Check
  final DemandHistory normalise() {
    List<DemandPeriod> periods = periods();
    boolean sorted = true;
    for (int i = 1; i < periods.size() && sorted; i++) {
      sorted = periods.get(i - 1).start().isBefore(periods.get(i).start());
    }
    if (!sorted) {
      List<DemandPeriod> copy = new ArrayList<>(periods);
      copy.sort(BY_START);
      periods = copy;
    }
    for (int i = 0; i < periods.size(); i++) {
      DemandPeriod p = periods.get(i);
      String path = "periods[" + i + "]";
      if (granularity() == DemandGranularity.MONTH) {
        Checks.require(
            p.start().getDayOfMonth() == 1,
            path + ".start",
            PartsErrorCode.PARTS_PERIOD_START,
            "monthly period of part %s must start on the first of a month: %s",
            partNumber(),
            p.start());
      }
      if (i > 0 && p.start().equals(periods.get(i - 1).start())) {
        throw ValidationException.of(
            path + ".start",
            CoreErrorCode.DUPLICATE_ID,
            "part " + partNumber() + " has two demand periods starting " + p.start());
      }
      if (unit().isWhole()) {
        whole(p.quantity().scale(), path + ".quantity", p.start());
        whole(p.lostSales().scale(), path + ".lostSales", p.start());
        whole(p.emergencyPurchases().scale(), path + ".emergencyPurchases", p.start());
      }
    }
    return sorted ? this : builder().from(this).periods(periods).build();
  }

  private void whole(int scale, String path, LocalDate start) {
    Checks.require(
        scale == 0,
        path,
        CoreErrorCode.FRACTIONAL_QUANTITY,
        "demand of part %s in %s must be whole (period from %s)",
        partNumber(),
        unit(),
        start);
  }
}

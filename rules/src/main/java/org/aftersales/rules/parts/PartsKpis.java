package org.aftersales.rules.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;
import org.aftersales.core.ValidationException;
import org.aftersales.core.calendar.DateRange;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.quantity.UnitOfMeasure;

/**
 * Parts department KPIs by the DOMAIN §5 formulas, over the 12 full calendar months before the
 * month of {@code today}:
 *
 * <ul>
 *   <li><b>fill rate</b> (first-pick availability, 备件满足率) = (demand − emergency purchases −
 *       lost sales) / demand; target 85–95%. Quantities of different units cannot be added, so
 *       {@link PartsKpiReport#fillRate()} counts the parts sold in whole units (pieces, sets, kits
 *       — the items of a parts counter) and {@link PartsKpiReport#fillRateByUnit()} gives each
 *       unit separately;
 *   <li><b>gross turns</b> (备件周转率) = annual cost of sales / average inventory, both at unit
 *       cost; the average is of the valuations the host gives (for example the 12 month-end stock
 *       values), or the current stock value without any;
 *   <li><b>months' supply</b> (库存深度) = inventory / average monthly cost of sales, the monthly
 *       cost of sales being the annual one / 12 rounded half-even to 4 decimals; guide 2.5–4.5;
 *   <li><b>obsolete share</b> = obsolete inventory / inventory, where obsolete inventory is the
 *       stock of numbers the {@link StockingClassifier} calls {@link StockingClass#OBSOLETE} plus
 *       aged special orders of other numbers (at most their stock on hand).
 * </ul>
 *
 * <p>Cost of sales is the quantity sold ({@code quantity - lostSales}, emergency purchases
 * included: they were sold) at each number's current unit cost. Money is exact until the report
 * rounds amounts to the currency's minor unit; ratios keep exact numerators and denominators.
 * Immutable and thread-safe.
 */
public final class PartsKpis {

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal FILL_LOW = BigDecimal.valueOf(85);
  private static final BigDecimal FILL_HIGH = BigDecimal.valueOf(95);
  private static final BigDecimal SUPPLY_LOW = new BigDecimal("2.5");
  private static final BigDecimal SUPPLY_HIGH = new BigDecimal("4.5");

  private final StockingSettings settings;

  /**
   * KPIs with the given stocking rules (for obsolescence).
   *
   * @param settings the stocking rules
   */
  public PartsKpis(StockingSettings settings) {
    this.settings = Checks.requireNonNull(settings, "settings");
  }

  /**
   * KPIs with the given stocking rules.
   *
   * @param settings the stocking rules
   * @return the calculator
   */
  public static PartsKpis of(StockingSettings settings) {
    return new PartsKpis(settings);
  }

  /**
   * Computes the KPIs.
   *
   * @param snapshot the parts data
   * @param today the shop's date; the 12 months before its month are measured
   * @param inventoryValuations stock values at cost over the period (for example month ends), in
   *     the parts' currency; empty to use the current stock value as the average
   * @return the report
   * @throws ValidationException when the currency cannot be known (no parts and no valuations) or
   *     valuations mix currencies or are negative
   */
  public PartsKpiReport compute(
      PartsSnapshot snapshot, LocalDate today, List<MonetaryAmount> inventoryValuations) {
    Checks.requireNonNull(snapshot, "snapshot");
    DemandScan.requireSane(today, "today");
    Checks.requireNonNull(inventoryValuations, "inventoryValuations");
    SnapshotIndex ix = snapshot.index();
    CurrencyUnit currency = ix.currency;
    for (int i = 0; i < inventoryValuations.size(); i++) {
      MonetaryAmount v =
          Monies.requireNonNegative(
              Checks.requireNonNull(inventoryValuations.get(i), "inventoryValuations[" + i + "]"),
              "inventoryValuations[" + i + "]");
      if (currency == null) {
        currency = v.getCurrency();
      } else if (!currency.equals(v.getCurrency())) {
        throw ValidationException.of(
            "inventoryValuations[" + i + "]",
            CoreErrorCode.CURRENCY_MISMATCH,
            "inventory valuation in " + v.getCurrency().getCurrencyCode()
                + " but parts cost in " + currency.getCurrencyCode());
      }
    }
    if (currency == null) {
      throw ValidationException.of(
          "inventoryValuations",
          CoreErrorCode.REQUIRED_FIELD,
          "KPIs need parts or inventory valuations to know the currency");
    }
    RoundingPolicy rounding = RoundingPolicy.standard(currency);
    YearMonth month = YearMonth.from(today);
    DateRange period = DateRange.of(month.minusMonths(12).atDay(1), month.atDay(1));
    int planningMonth = DemandScan.monthIndex(today);

    Map<UnitOfMeasure, BigDecimal[]> byUnit = new EnumMap<>(UnitOfMeasure.class);
    BigDecimal costOfSales = BigDecimal.ZERO;
    BigDecimal inventory = BigDecimal.ZERO;
    for (int k = 0; k < ix.masters.length; k++) {
      BigDecimal cost = BigDecimal.valueOf(ix.costUnits[k], 4);
      inventory = inventory.add(Units.decimal(ix.onHand[k]).multiply(cost));
      DemandHistory h = ix.history[k];
      if (h == null) {
        continue;
      }
      BigDecimal[] sums = null;
      BigDecimal sold = BigDecimal.ZERO;
      for (DemandPeriod p : h.periods()) {
        int back = planningMonth - DemandScan.monthIndex(p.start());
        if (back < 1 || back > 12 || p.quantity().signum() == 0) {
          continue;
        }
        if (sums == null) {
          sums = byUnit.computeIfAbsent(
              h.unit(), u -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        }
        sums[0] = sums[0].add(p.quantity());
        sums[1] = sums[1].add(p.emergencyPurchases());
        sums[2] = sums[2].add(p.lostSales());
        sold = sold.add(p.quantity().subtract(p.lostSales()));
      }
      costOfSales = costOfSales.add(sold.multiply(cost));
    }

    StockingReport stocking = StockingClassifier.of(settings).classify(snapshot, today);
    BigDecimal obsolete = BigDecimal.ZERO;
    long[] agedMillis = new long[ix.masters.length];
    for (AgedSpecialOrder a : stocking.agedSpecialOrders()) {
      agedMillis[ix.byNumber.get(a.specialOrder().partNumber())] +=
          Units.millis(a.specialOrder().quantity());
    }
    for (int k = 0; k < ix.masters.length; k++) {
      long millis =
          stocking.decisions().get(k).stockingClass() == StockingClass.OBSOLETE
              ? ix.onHand[k]
              : Math.min(agedMillis[k], ix.onHand[k]);
      obsolete = obsolete.add(Units.decimal(millis).multiply(BigDecimal.valueOf(ix.costUnits[k], 4)));
    }

    BigDecimal average;
    if (inventoryValuations.isEmpty()) {
      average = inventory;
    } else {
      BigDecimal sum = BigDecimal.ZERO;
      for (MonetaryAmount v : inventoryValuations) {
        sum = sum.add(Monies.number(v));
      }
      average = sum.divide(BigDecimal.valueOf(inventoryValuations.size()), 4, RoundingMode.HALF_EVEN);
    }

    BigDecimal[] whole = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    Map<UnitOfMeasure, Ratio> fillByUnit = new LinkedHashMap<>();
    for (Map.Entry<UnitOfMeasure, BigDecimal[]> e : byUnit.entrySet()) {
      BigDecimal[] s = e.getValue();
      fillByUnit.put(e.getKey(), fill(s));
      if (e.getKey().isWhole()) {
        for (int i = 0; i < 3; i++) {
          whole[i] = whole[i].add(s[i]);
        }
      }
    }
    Ratio fillRate = fill(whole);
    Ratio turns = new Ratio(costOfSales, average);
    BigDecimal monthly = costOfSales.divide(TWELVE, 4, RoundingMode.HALF_EVEN);
    Ratio supply = new Ratio(inventory, monthly);
    Ratio obsoleteShare = new Ratio(obsolete, inventory);

    List<Reason> reasons = new ArrayList<>(4);
    String cur = " " + currency.getCurrencyCode();
    if (fillRate.percent().isPresent()) {
      BigDecimal pct = fillRate.percent().get();
      reasons.add(
          PartsReasonCode.KPI_FILL_RATE.reason(
              "value", pct,
              "demand", whole[0],
              "emergencyPurchases", whole[1],
              "lostSales", whole[2],
              "assessment", assess(pct, FILL_LOW, FILL_HIGH, "target")));
    } else {
      reasons.add(PartsReasonCode.KPI_UNDEFINED.reason("kpi", "fill rate"));
    }
    if (turns.value().isPresent()) {
      reasons.add(
          PartsReasonCode.KPI_GROSS_TURNS.reason(
              "value", turns.value().get().setScale(2, RoundingMode.HALF_EVEN),
              "costOfSales", money(costOfSales, rounding),
              "averageInventory", money(average, rounding)));
    } else {
      reasons.add(PartsReasonCode.KPI_UNDEFINED.reason("kpi", "gross turns"));
    }
    if (supply.value().isPresent()) {
      BigDecimal months = supply.value().get();
      reasons.add(
          PartsReasonCode.KPI_MONTHS_SUPPLY.reason(
              "value", months.setScale(2, RoundingMode.HALF_EVEN),
              "inventory", money(inventory, rounding),
              "monthlyCostOfSales", monthly.toPlainString() + cur,
              "assessment", assess(months, SUPPLY_LOW, SUPPLY_HIGH, "guide")));
    } else {
      reasons.add(PartsReasonCode.KPI_UNDEFINED.reason("kpi", "months' supply"));
    }
    if (obsoleteShare.percent().isPresent()) {
      reasons.add(
          PartsReasonCode.KPI_OBSOLETE_SHARE.reason(
              "value", obsoleteShare.percent().get(),
              "obsolete", money(obsolete, rounding),
              "inventory", money(inventory, rounding)));
    } else {
      reasons.add(PartsReasonCode.KPI_UNDEFINED.reason("kpi", "obsolete share"));
    }
    return PartsKpiReport.builder()
        .period(period)
        .fillRate(fillRate)
        .fillRateByUnit(fillByUnit)
        .annualCostOfSales(money(costOfSales, rounding))
        .inventory(money(inventory, rounding))
        .averageInventory(money(average, rounding))
        .obsoleteInventory(money(obsolete, rounding))
        .grossTurns(turns)
        .monthsSupply(supply)
        .obsoleteShare(obsoleteShare)
        .reasons(reasons)
        .build();
  }

  private static Ratio fill(BigDecimal[] s) {
    return new Ratio(s[0].subtract(s[1]).subtract(s[2]), s[0]);
  }

  private static MonetaryAmount money(BigDecimal v, RoundingPolicy r) {
    return Monies.of(r.round(v), r.currency());
  }

  private static String assess(BigDecimal v, BigDecimal low, BigDecimal high, String what) {
    if (v.compareTo(low) < 0) {
      return "below the " + what;
    }
    if (v.compareTo(high) > 0) {
      return "above the " + what;
    }
    return "within the " + what;
  }
}

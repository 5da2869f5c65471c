package org.aftersales.rules.parts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.order.PartNumber;
import org.jspecify.annotations.Nullable;

/**
 * Decides which part numbers to stock (DOMAIN §5): phase-in, phase-out and obsolescence, ABC
 * classes, special orders, and special-order aging.
 *
 * <p>Windows count full calendar months before the month of {@code today} (see {@link
 * StockingSettings}); "demanded" means any demand in the month, lost sales included; "a sale"
 * means demand that was served ({@code quantity - lostSales > 0}), in any month up to today. A
 * family's demand rolls up to its newest number. With N, M and K from the settings:
 *
 * <ol>
 *   <li>An old (superseded) number is {@link StockingClass#SUPERSEDED}, or {@link
 *       StockingClass#OBSOLETE} when it has stock and has not sold for K months; if it was
 *       stocked, its stocking moves to the newest number ({@link StockingChange#PHASE_OUT}).
 *   <li>{@link StockingMode#ALWAYS_STOCK}: {@link StockingClass#STOCK}. {@link
 *       StockingMode#NON_STOCK} and {@link StockingMode#DO_NOT_ORDER}: {@link
 *       StockingClass#NON_STOCK}, or obsolete when stock has not sold for K months.
 *   <li>{@link StockingMode#AUTOMATIC}: demanded in at least N of the last M months → stock
 *       (phase-in if not stocked yet); else no sale for K or more months → phase-out, the stock
 *       on hand obsolete; else a stocked part stays stocked (so a part does not flap in and out
 *       at the phase-in boundary) and any other part is non-stock: special order only.
 * </ol>
 *
 * <p>Months without a sale count from the last sale, or from {@link PartMaster#introducedOn()}
 * when that is later, so a new part is not obsolete before it could sell; with no sale in the
 * whole look-back ({@code max(M, K, 12)} months) they are the look-back. Boundaries: N of M is
 * inclusive (3 of 12 phases in, 2 of 12 does not); K months without a sale is obsolete, K − 1 is
 * not. ABC classes rank families by the last 12 months' sales at unit cost ({@link AbcClass}).
 * Special-order stock older than the limit (strictly: {@code age > maxAgeDays}, age in days since
 * receipt) is flagged.
 *
 * <p>Immutable and thread-safe; one pass per number after the snapshot's index.
 */
public final class StockingClassifier {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StockingClassifier.class);

  private final StockingSettings settings;

  /**
   * A classifier with the given rules.
   *
   * @param settings the stocking rules
   */
  public StockingClassifier(StockingSettings settings) {
    this.settings = Checks.requireNonNull(settings, "settings");
  }

  /**
   * A classifier with the given rules.
   *
   * @param settings the stocking rules
   * @return the classifier
   */
  public static StockingClassifier of(StockingSettings settings) {
    return new StockingClassifier(settings);
  }

  /**
   * The rules.
   *
   * @return the settings
   */
  public StockingSettings settings() {
    return settings;
  }

  /**
   * Classifies every part number of a snapshot as of a date.
   *
   * @param snapshot the parts data
   * @param today the shop's date; its month is the (partial) planning month
   * @return the report
   * @throws org.aftersales.core.ValidationException when a special order was received after
   *     {@code today} ({@code DATE_ORDER}) or the date is outside the years 1900–2999
   */
  public StockingReport classify(PartsSnapshot snapshot, LocalDate today) {
    Checks.requireNonNull(snapshot, "snapshot");
    DemandScan.requireSane(today, "today");
    SnapshotIndex ix = snapshot.index();
    DemandScan scan = new DemandScan(today, 12, settings);
    int families = ix.families.length;
    int[] hitMonths = new int[families];
    long[] hits = new long[families];
    int[] monthsWithoutSale = new int[families];
    boolean[] fromIntroduction = new boolean[families];
    long[] annualSales = new long[families];
    long[] annualCost = new long[families];
    for (int f = 0; f < families; f++) {
      SnapshotIndex.Family fam = ix.families[f];
      scan.scan(ix, fam.members);
      hitMonths[f] = scan.hitMonths;
      hits[f] = scan.hits;
      monthsWithoutSale[f] = scan.monthsWithoutSale(ix.masters[fam.head].introducedOn());
      fromIntroduction[f] = scan.countedFromIntroduction;
      annualSales[f] = scan.annualSales;
      annualCost[f] = Units.saturatingMultiply(scan.annualSales, ix.costUnits[fam.head]);
    }
    AbcRanking abc = AbcRanking.rank(annualCost, settings);
    @Nullable RoundingPolicy rounding =
        ix.currency == null ? null : RoundingPolicy.standard(ix.currency);

    List<StockingDecision> decisions = new ArrayList<>(ix.masters.length);
    int[] single = new int[1];
    for (int k = 0; k < ix.masters.length; k++) {
      PartMaster m = ix.masters[k];
      int f = ix.familyOf[k];
      SnapshotIndex.Family fam = ix.families[f];
      PartNumber newest = ix.masters[fam.head].partNumber();
      boolean superseded = fam.head != k;
      int hm;
      long h;
      int mws;
      boolean intro;
      long onHand;
      long sold;
      boolean stocked;
      if (superseded) {
        single[0] = k;
        scan.scan(ix, single);
        hm = scan.hitMonths;
        h = scan.hits;
        mws = scan.monthsWithoutSale(m.introducedOn());
        intro = scan.countedFromIntroduction;
        onHand = ix.onHand[k];
        sold = scan.annualSales;
        stocked = m.stocked();
      } else {
        hm = hitMonths[f];
        h = hits[f];
        mws = monthsWithoutSale[f];
        intro = fromIntroduction[f];
        onHand = 0;
        stocked = false;
        for (int member : fam.members) {
          onHand += ix.onHand[member];
          stocked |= ix.masters[member].stocked();
        }
        sold = annualSales[f];
      }
      StockingRules.Verdict v =
          StockingRules.classify(m.mode(), superseded, stocked, hm, mws, onHand, settings);
      List<Reason> reasons = new ArrayList<>(4);
      StockingRules.explain(m, newest, superseded, v, hm, mws, intro, onHand, settings, reasons);
      MonetaryAmount cost = atCost(sold, ix.costUnits[k], rounding, m);
      if (!superseded) {
        reasons.add(
            PartsReasonCode.STOCKING_ABC.reason(
                "abc", abc.classOf(f),
                "annualCostOfSales", cost,
                "rank", abc.rankOf(f),
                "families", families,
                "shareBefore", abc.shareBefore(f)));
      }
      decisions.add(
          StockingDecision.builder()
              .partNumber(m.partNumber())
              .newestNumber(newest)
              .stockingClass(v.stockingClass())
              .change(v.change())
              .abcClass(abc.classOf(f))
              .hitMonths(hm)
              .hits(h)
              .monthsWithoutSale(mws)
              .onHand(Units.quantity(onHand, m.unit()))
              .annualCostOfSales(cost)
              .reasons(reasons)
              .build());
    }

    List<AgedSpecialOrder> aged = new ArrayList<>();
    for (SpecialOrderStock o : ix.specialOrders) {
      Checks.require(
          !o.receivedOn().isAfter(today),
          "specialOrders",
          CoreErrorCode.DATE_ORDER,
          "special order %s was received on %s, after %s",
          o.orderRef(),
          o.receivedOn(),
          today);
      long age = ChronoUnit.DAYS.between(o.receivedOn(), today);
      if (age > settings.specialOrderMaxAgeDays()) {
        int k = ix.byNumber.get(o.partNumber());
        aged.add(
            AgedSpecialOrder.builder()
                .specialOrder(o)
                .ageDays(age)
                .value(atCost(Units.millis(o.quantity()), ix.costUnits[k], rounding, ix.masters[k]))
                .reason(
                    PartsReasonCode.SPECIAL_ORDER_AGED.reason(
                        "orderRef", o.orderRef(),
                        "quantity", o.quantity(),
                        "partNumber", o.partNumber(),
                        "receivedOn", o.receivedOn(),
                        "ageDays", age,
                        "maxAgeDays", settings.specialOrderMaxAgeDays()))
                .build());
      }
    }
    LOG.debug(
        "stocking classification for {}: {} part numbers, {} aged special orders",
        today, decisions.size(), aged.size());
    return StockingReport.builder()
        .asOf(today)
        .decisions(decisions)
        .agedSpecialOrders(aged)
        .build();
  }

  /** Thousandths of a unit at a cost in ten-thousandths, rounded to the currency. */
  static MonetaryAmount atCost(
      long millis, long costUnits, @Nullable RoundingPolicy rounding, PartMaster m) {
    RoundingPolicy r = rounding == null ? RoundingPolicy.standard(m.unitCost().getCurrency()) : rounding;
    BigDecimal v = Units.decimal(millis).multiply(BigDecimal.valueOf(costUnits, 4));
    return Monies.of(r.round(v), r.currency());
  }
}

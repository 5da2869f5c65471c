package org.aftersales.rules.parts;

import java.util.List;
import org.aftersales.core.Reason;
import org.aftersales.core.order.PartNumber;

/**
 * The stocking decision for one part number or family, shared by the {@link StockingClassifier}
 * and the {@link ReorderPlanner} so both always agree. See {@link StockingClassifier} for the
 * rules in words.
 */
final class StockingRules {

  private StockingRules() {}

  /** A class and the change it means. */
  record Verdict(StockingClass stockingClass, StockingChange change) {}

  static Verdict classify(
      StockingMode mode,
      boolean superseded,
      boolean stocked,
      int hitMonths,
      int monthsWithoutSale,
      long onHand,
      StockingSettings s) {
    boolean unsold = monthsWithoutSale >= s.obsoleteAfterMonths();
    boolean hasStock = onHand > 0;
    boolean obsolete = hasStock && unsold;
    StockingChange leave = stocked ? StockingChange.PHASE_OUT : StockingChange.NONE;
    if (superseded) {
      return new Verdict(obsolete ? StockingClass.OBSOLETE : StockingClass.SUPERSEDED, leave);
    }
    switch (mode) {
      case DO_NOT_ORDER:
      case NON_STOCK:
        return new Verdict(obsolete ? StockingClass.OBSOLETE : StockingClass.NON_STOCK, leave);
      case ALWAYS_STOCK:
        return new Verdict(
            StockingClass.STOCK, stocked ? StockingChange.NONE : StockingChange.PHASE_IN);
      default:
        if (hitMonths >= s.phaseInHitMonths()) {
          return new Verdict(
              StockingClass.STOCK, stocked ? StockingChange.NONE : StockingChange.PHASE_IN);
        }
        if (unsold) {
          return new Verdict(obsolete ? StockingClass.OBSOLETE : StockingClass.NON_STOCK, leave);
        }
        return new Verdict(
            stocked ? StockingClass.STOCK : StockingClass.NON_STOCK, StockingChange.NONE);
    }
  }

  /** The reasons behind {@link #classify}, appended to {@code out}. */
  static void explain(
      PartMaster master,
      PartNumber newest,
      boolean superseded,
      Verdict v,
      int hitMonths,
      int monthsWithoutSale,
      boolean countedFromIntroduction,
      long onHand,
      StockingSettings s,
      List<Reason> out) {
    PartNumber pn = master.partNumber();
    int limit = s.obsoleteAfterMonths();
    boolean unsold = monthsWithoutSale >= limit;
    if (superseded) {
      out.add(PartsReasonCode.STOCKING_SUPERSEDED.reason("partNumber", pn, "newest", newest));
    } else if (master.mode() != StockingMode.AUTOMATIC) {
      out.add(PartsReasonCode.STOCKING_MODE.reason("partNumber", pn, "mode", master.mode()));
    } else if (hitMonths < s.phaseInHitMonths() && v.stockingClass() == StockingClass.STOCK) {
      out.add(
          PartsReasonCode.STOCKING_SOLD_RECENTLY.reason(
              "partNumber", pn, "monthsWithoutSale", monthsWithoutSale, "limitMonths", limit));
    } else {
      out.add(
          (hitMonths >= s.phaseInHitMonths()
                  ? PartsReasonCode.STOCKING_MEETS_PHASE_IN
                  : PartsReasonCode.STOCKING_BELOW_PHASE_IN)
              .reason(
                  "partNumber", pn,
                  "hitMonths", hitMonths,
                  "windowMonths", s.phaseInWindowMonths(),
                  "requiredMonths", s.phaseInHitMonths()));
    }
    if (v.change() == StockingChange.PHASE_OUT && unsold) {
      out.add(
          PartsReasonCode.STOCKING_NO_SALE.reason(
              "partNumber", pn, "monthsWithoutSale", monthsWithoutSale, "limitMonths", limit));
    }
    if (v.stockingClass() == StockingClass.OBSOLETE) {
      out.add(
          PartsReasonCode.STOCKING_OBSOLETE_STOCK.reason(
              "onHand", Units.decimal(onHand).toPlainString() + " " + master.unit(),
              "partNumber", pn,
              "monthsWithoutSale", monthsWithoutSale,
              "limitMonths", limit));
    } else if (countedFromIntroduction && !unsold) {
      out.add(
          PartsReasonCode.STOCKING_NEW_PART.reason(
              "partNumber", pn, "introducedOn", master.introducedOn().orElseThrow()));
    }
  }
}

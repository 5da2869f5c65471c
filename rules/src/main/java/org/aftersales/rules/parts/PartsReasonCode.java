package org.aftersales.rules.parts;

import org.aftersales.core.Reason;

/**
 * The catalogue of reason codes the parts rules put on their results, each with its English
 * message template (DESIGN §2.4, "explain every decision"). A {@link Reason}'s code is the
 * constant's name; its parameters are the template's placeholders, so hosts can render other
 * languages with a {@code ReasonFormatter}.
 */
public enum PartsReasonCode {
  /** The part meets the phase-in rule. */
  STOCKING_MEETS_PHASE_IN(
      "{partNumber} was demanded in {hitMonths} of the last {windowMonths} months; phase-in needs {requiredMonths}"),
  /** The part does not meet the phase-in rule and is not stocked: special order only. */
  STOCKING_BELOW_PHASE_IN(
      "{partNumber} was demanded in {hitMonths} of the last {windowMonths} months; phase-in needs {requiredMonths}: special order only"),
  /** A stocked part sold within the obsolescence period stays stocked. */
  STOCKING_SOLD_RECENTLY(
      "{partNumber} is stocked and has gone {monthsWithoutSale} full months without a sale, less than the {limitMonths}-month limit"),
  /** No sale for the obsolescence period: phase out. */
  STOCKING_NO_SALE(
      "{partNumber} has gone {monthsWithoutSale} full months without a sale (limit {limitMonths}): not stocked any more"),
  /** Stock on hand without a sale for the obsolescence period is obsolete. */
  STOCKING_OBSOLETE_STOCK(
      "{onHand} of {partNumber} on hand without a sale for {monthsWithoutSale} full months (limit {limitMonths}): obsolete stock"),
  /** Months without a sale count from the part's introduction. */
  STOCKING_NEW_PART(
      "{partNumber} was introduced on {introducedOn}: months without a sale count from then"),
  /** The master's stocking mode decides. */
  STOCKING_MODE("{partNumber} is set to {mode}"),
  /** An old number of a supersession chain. */
  STOCKING_SUPERSEDED(
      "{partNumber} is superseded by {newest}: its stock is issued first and it is never ordered"),
  /** The family's ABC class. */
  STOCKING_ABC(
      "class {abc}: annual cost of sales {annualCostOfSales}, rank {rank} of {families}, {shareBefore}% of the total before it"),
  /** Unsold special-order stock older than the limit. */
  SPECIAL_ORDER_AGED(
      "special order {orderRef}: {quantity} of {partNumber} received {receivedOn} is unsold after {ageDays} days (limit {maxAgeDays})"),

  /** Demand statistics, safety stock and reorder point (DOMAIN §5). */
  REORDER_LEVELS(
      "mean daily demand {mean}, standard deviation {sigma}, from {demand} over {days} days;"
          + " safety stock {safetyStock} = ceil({z} x {sigma} x sqrt({leadDays})) = ceil({safetyStockExact})"
          + " at service level {serviceLevel} (class {abc});"
          + " reorder point {reorderPoint} = ceil({mean} x {leadDays} + {safetyStockExact}) = ceil({reorderPointExact})"),
  /** Min and max from the reorder point and the EOQ (DOMAIN §5). */
  REORDER_MIN_MAX_CALCULATED(
      "min {min} = reorder point; max {max} = min + {step};"
          + " EOQ {eoq} = sqrt(2 x {annualDemand} x {costPerOrder} / {holdingCost}) = {eoqExact},"
          + " rounded up to the multiple {multiple}"),
  /** Min and max fixed in the master. */
  REORDER_MIN_MAX_FIXED("min {min} and max {max} are fixed in the part master"),
  /** No min/max for a part that is not stocked. */
  REORDER_MIN_MAX_NOT_STOCKED("min and max are 0: {partNumber} is {stockingClass}"),
  /** The Odoo-style forecast is below min: order up to max. */
  REORDER_BELOW_MIN(
      "forecast {forecast} = on hand {onHand} + incoming {incoming} - reserved {reserved}"
          + " - appointments {appointments} up to {horizon} is below min {min}:"
          + " max {max} - forecast = {raw}, rounded {rounding} to the multiple {multiple}: {quantity}"),
  /** The forecast is not below min: no min/max order. */
  REORDER_NOT_BELOW_MIN(
      "forecast {forecast} = on hand {onHand} + incoming {incoming} - reserved {reserved}"
          + " - appointments {appointments} up to {horizon} is not below min {min}: no min/max order"),
  /** Old numbers roll up to the newest. */
  SUPERSESSION_ROLLUP(
      "demand and stock of {oldNumbers} roll up to the newest number {partNumber}; orders go to {partNumber} only"),
  /** Issue old stock first. */
  SUPERSESSION_USE_OLD_STOCK(
      "issue the {quantity} on hand of old number {oldNumber} before {partNumber} (about {days} days of demand)"),

  /** An emergency order for appointments an urgent order cannot serve in time. */
  ORDER_EMERGENCY(
      "appointments {appointments} need {quantity} from {neededAt}, before an urgent order could arrive at {urgentArrival}: emergency order arriving {arrival}"),
  /** An urgent order for appointments a stock order cannot serve in time. */
  ORDER_URGENT(
      "appointments {appointments} need {quantity} from {neededAt}, before a stock order could arrive on {stockArrival}: urgent order arriving {arrival}"),
  /** The part of a stock order that tops the stock up to max. */
  ORDER_STOCK_MIN_MAX("stock order arriving {arrival} brings the forecast up to max: {quantity}"),
  /** The part of a stock order that serves appointments in time. */
  ORDER_STOCK_APPOINTMENTS(
      "appointments {appointments} need {quantity} from {neededAt}; a stock order arriving {arrival} is in time"),
  /** Urgent and emergency orders are deducted from the stock order. */
  ORDER_STOCK_LESS_FAST_ORDERS(
      "{fast} of the {total} needed is ordered urgent or emergency; the stock order brings the remaining {quantity}"),
  /** A special order for a part that is not stocked. */
  ORDER_SPECIAL("{partNumber} is not stocked ({stockingClass}): special order for {purpose}"),

  /** Even an emergency order arrives after an appointment needs the part. */
  ALERT_TOO_LATE(
      "appointment {appointment} needs {partNumber} at {neededAt}, before even an emergency order could arrive at {arrival}: reschedule or source the part elsewhere"),
  /** The part is blocked from ordering but would be needed. */
  ALERT_ORDER_BLOCKED("{partNumber} is set to DO_NOT_ORDER but {quantity} would be needed"),
  /** Open repair orders reserve more than is on hand. */
  ALERT_RESERVED_EXCEEDS_ON_HAND(
      "open repair orders reserve {reserved} but only {onHand} is on hand: {missing} missing"),

  /** Fill rate. */
  KPI_FILL_RATE(
      "fill rate {value}% = ({demand} - emergency purchases {emergencyPurchases} - lost sales {lostSales}) / {demand}; target 85-95%: {assessment}"),
  /** Gross turns. */
  KPI_GROSS_TURNS(
      "gross turns {value} = annual cost of sales {costOfSales} / average inventory {averageInventory}"),
  /** Months' supply. */
  KPI_MONTHS_SUPPLY(
      "months' supply {value} = inventory {inventory} / average monthly cost of sales {monthlyCostOfSales}; guide 2.5-4.5: {assessment}"),
  /** Obsolete share. */
  KPI_OBSOLETE_SHARE(
      "obsolete share {value}% = obsolete stock {obsolete} / inventory {inventory}"),
  /** A KPI without a denominator. */
  KPI_UNDEFINED("{kpi} is undefined: its denominator is 0");

  private final String template;

  PartsReasonCode(String template) {
    this.template = template;
  }

  /**
   * The English message template; placeholders in braces.
   *
   * @return the template
   */
  public String template() {
    return template;
  }

  /**
   * A reason with this code: {@code Reason.of(name(), template(), keyValues)}. The reason
   * formats its values and renders its message only when read, so planning many parts stays
   * cheap.
   *
   * @param keyValues alternating parameter names and immutable values
   * @return the reason
   */
  public Reason reason(Object... keyValues) {
    return Reason.of(name(), template, keyValues);
  }
}

package org.aftersales.pricing;

/**
 * The reason codes the pricing module puts on lines, totals, warnings and decisions, for hosts
 * that switch on them or translate them with a {@link org.aftersales.core.ReasonFormatter}. Each
 * constant lists the parameters its reason carries. Amounts are formatted {@code "12.30 CNY"},
 * hours and quantities as plain decimals, percentages as {@code "13%"}.
 */
public final class PricingReasonCodes {

  private PricingReasonCodes() {}

  /** A labour line: {@code op, hours, rate, amount}. */
  public static final String LABOUR = "PRICE_LABOUR";
  /** A labour line with shared time deducted: {@code op, bookHours, deducted, with, hours, rate, amount}. */
  public static final String LABOUR_OVERLAP = "PRICE_LABOUR_OVERLAP";
  /** A part at list price: {@code part, quantity, unitPrice, amount}. */
  public static final String PART = "PRICE_PART";
  /** A part priced from cost by the markup matrix: {@code part, cost, markup, unitPrice, quantity, amount}. */
  public static final String PART_MATRIX = "PRICE_PART_MATRIX";
  /** A part whose quantity was rounded up to whole packs: {@code part, requested, pack, quantity, unitPrice, amount}. */
  public static final String PART_PACK = "PRICE_PART_PACK";
  /** A customer-supplied part, not charged: {@code part}. */
  public static final String PART_CUSTOMER_SUPPLIED = "PRICE_PART_CUSTOMER_SUPPLIED";
  /** A core deposit: {@code part, quantity, unitPrice, amount}. */
  public static final String CORE_CHARGE = "PRICE_CORE_CHARGE";
  /** A sublet line: {@code vendor, amount}. */
  public static final String SUBLET = "PRICE_SUBLET";
  /** The risk allowance of a symptom estimate: {@code percent, base, amount}. */
  public static final String RISK_ALLOWANCE = "PRICE_RISK_ALLOWANCE";
  /** A risk allowance limited by its cap: {@code percent, base, raw, cap, amount}. */
  public static final String RISK_ALLOWANCE_CAPPED = "PRICE_RISK_ALLOWANCE_CAPPED";
  /** Shop supplies: {@code fee, percent, base, amount}. */
  public static final String FEE_SHOP_SUPPLIES = "FEE_SHOP_SUPPLIES";
  /** Shop supplies limited by the cap: {@code fee, percent, base, raw, cap, amount}. */
  public static final String FEE_SHOP_SUPPLIES_CAPPED = "FEE_SHOP_SUPPLIES_CAPPED";
  /** A flat fee: {@code fee, amount}. */
  public static final String FEE_FLAT = "FEE_FLAT";
  /** A diagnostic fee charged: {@code fee, amount}. */
  public static final String FEE_DIAGNOSTIC = "FEE_DIAGNOSTIC";
  /** A diagnostic fee waived because the repair is authorized: {@code fee, waived}. */
  public static final String FEE_DIAGNOSTIC_WAIVED = "FEE_DIAGNOSTIC_WAIVED";
  /** A discount applied: {@code discount, terms, base, lines, amount}. */
  public static final String DISCOUNT = "DISCOUNT_APPLIED";
  /** A discount limited by the zero or cost floor of its lines: {@code discount, terms, base, wanted, amount}. */
  public static final String DISCOUNT_LIMITED = "DISCOUNT_LIMITED";
  /** A job priced by the vehicle system (系统估价): {@code job, system, hours, amount}. */
  public static final String JOB_SYSTEM = "JOB_SYSTEM_ESTIMATE";
  /** A job priced by the symptom (现象估价): {@code job, hours, amount}. */
  public static final String JOB_SYMPTOM = "JOB_SYMPTOM_ESTIMATE";
  /** A job priced per item (项目定价): {@code job, hours, amount}. */
  public static final String JOB_ITEM = "JOB_ITEM_PRICE";
  /** Tax added on net prices: {@code rate, base, tax, rounding}. */
  public static final String TAX_ADDED = "TAX_ADDED";
  /** Tax included in gross prices: {@code rate, gross, net, tax, rounding}. */
  public static final String TAX_INCLUDED = "TAX_INCLUDED";
  /** A payer's total: {@code payer, subtotal, tax, rounding, total}. */
  public static final String PAYER_TOTAL = "PAYER_TOTAL";
  /** A payer's total with VAT-inclusive prices: {@code payer, subtotal, tax, rounding, total}. */
  public static final String PAYER_TOTAL_VAT_INCLUDED = "PAYER_TOTAL_VAT_INCLUDED";
  /** A payer's total rounded to the cash increment: {@code payer, before, after, increment}. */
  public static final String ROUNDING = "TOTAL_ROUNDING";
  /** The estimate's total: {@code subtotal, tax, total}. */
  public static final String TOTAL = "ESTIMATE_TOTAL";
  /** The estimate's total with VAT-inclusive prices: {@code subtotal, tax, total}. */
  public static final String TOTAL_VAT_INCLUDED = "ESTIMATE_TOTAL_VAT_INCLUDED";

  /** Warning: a customer-supplied part carries no guarantee (seed 001): {@code part}. */
  public static final String WARN_CUSTOMER_SUPPLIED = "WARN_CUSTOMER_SUPPLIED_PART";
  /** Warning: an aftermarket part on a key component carries no guarantee (seed 001): {@code part, component}. */
  public static final String WARN_AFTERMARKET_KEY_COMPONENT = "WARN_AFTERMARKET_KEY_COMPONENT";
  /** Warning: item pricing cannot always guarantee quality; tell the customer first (seed 001): {@code job}. */
  public static final String WARN_ITEM_PRICE = "WARN_ITEM_PRICE_QUALITY";
  /** Warning: the shop-supplies charge must be disclosed on the estimate: {@code fee, amount, jurisdiction}. */
  public static final String WARN_SHOP_SUPPLIES_DISCLOSURE = "WARN_SHOP_SUPPLIES_DISCLOSURE";
  /** Warning: China's mixed-rate rule taxed every line at the highest rate: {@code rate}. */
  public static final String WARN_MIXED_RATE = "WARN_MIXED_RATE_HIGHEST";
  /** Warning: the quote's validity ends early because a price does: {@code validUntil, item}. */
  public static final String WARN_VALIDITY_SHORTENED = "WARN_VALIDITY_SHORTENED";

  /** Settlement: a line not on the authorized estimate: {@code line, amount}. */
  public static final String DIFF_ADDED = "DIFF_LINE_ADDED";
  /** Settlement: an estimated line not on the invoice: {@code line, amount}. */
  public static final String DIFF_REMOVED = "DIFF_LINE_REMOVED";
  /** Settlement: a line whose amount, quantity or hours changed: {@code line, estimated, actual, delta}. */
  public static final String DIFF_CHANGED = "DIFF_LINE_CHANGED";
  /** Settlement: the customer's invoice is within what was consented: {@code invoice, consented}. */
  public static final String SETTLEMENT_WITHIN_CONSENT = "SETTLEMENT_WITHIN_CONSENT";
  /** Settlement: the customer's invoice exceeds what was consented: {@code invoice, consented, excess, chargeable}. */
  public static final String SETTLEMENT_UNCONSENTED = "SETTLEMENT_UNCONSENTED_EXCESS";
  /** Settlement warning: a recorded consent lacks evidence the jurisdiction requires: {@code consent, missing}. */
  public static final String WARN_CONSENT_EVIDENCE = "WARN_CONSENT_EVIDENCE_MISSING";

  /** Warranty claim labour: {@code op, hours, rate, amount}. */
  public static final String CLAIM_LABOUR = "CLAIM_LABOUR";
  /** Warranty claim labour limited to the allowed hours: {@code op, claimed, allowed, rate, amount}. */
  public static final String CLAIM_LABOUR_LIMITED = "CLAIM_LABOUR_LIMITED";
  /** Warranty claim part at dealer cost: {@code part, quantity, cost, amount}. */
  public static final String CLAIM_PART = "CLAIM_PART";
  /** Warranty claim handling on parts: {@code percent, base, amount}. */
  public static final String CLAIM_HANDLING = "CLAIM_HANDLING";
}

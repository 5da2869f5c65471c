package org.aftersales.pricing.tax;

/**
 * What kind of sale a line is, for its tax rate (China VAT law, DOMAIN §4: goods and repair
 * services 13%, other services 6%).
 */
public enum TaxClass {
  /** Goods: parts, fluids, core charges, shop supplies. */
  GOODS,
  /** Repair and maintenance services (加工修理修配): labour, sublet repairs, risk allowances. */
  REPAIR_SERVICE,
  /** Other services (其他服务): washing, storage, consulting. */
  OTHER_SERVICE,
  /**
   * Not taxed: pass-through government fees and the like. Always 0%, except that China's
   * mixed-rate rule taxes exempt sales that are not accounted separately at the highest rate.
   */
  EXEMPT
}

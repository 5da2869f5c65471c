package org.aftersales.core.order;

/** Who made a part (DOMAIN §1: 正厂件 / 副厂件). */
public enum PartOrigin {
  /** Original equipment, from the manufacturer's network (正厂件). */
  OEM,
  /** Aftermarket (副厂件). */
  AFTERMARKET
}

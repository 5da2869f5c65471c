/**
 * The law of the place the dealer works in, as pricing needs it (DOMAIN §4): a {@link
 * org.aftersales.pricing.jurisdiction.Jurisdiction} with its {@link
 * org.aftersales.pricing.jurisdiction.ConsentRule} for charging more than the authorized estimate
 * (California B&amp;P 9884.9, Colorado CRS 42-9-105, Florida 559.909, China's practice of consent
 * for every supplement) and its stance on generic shop-supplies lines ({@link
 * org.aftersales.pricing.jurisdiction.ShopSuppliesRule}). Presets are factory methods; every rule
 * is immutable, thread-safe, JSON-serializable data.
 */
@NullMarked
package org.aftersales.pricing.jurisdiction;

import org.jspecify.annotations.NullMarked;

/**
 * Tax on estimates and invoices (DOMAIN §4): the {@link org.aftersales.pricing.tax.TaxPolicy} of a
 * pricing profile says whether prices include VAT ({@link
 * org.aftersales.pricing.tax.TaxInclusion}), the rate of each {@link
 * org.aftersales.pricing.tax.TaxClass}, whether tax is rounded per line or per total ({@link
 * org.aftersales.pricing.tax.TaxRounding}), and whether sales at different rates are accounted
 * separately (China's mixed-rate rule). Presets cover China's VAT (增值税法, in force 2026-01-01)
 * and a sales tax. Immutable, thread-safe, JSON-serializable data.
 */
@NullMarked
package org.aftersales.pricing.tax;

import org.jspecify.annotations.NullMarked;

/**
 * Exact quantities without floating point: labour {@link org.aftersales.core.quantity.Hours},
 * {@link org.aftersales.core.quantity.Percentage}s and part {@link
 * org.aftersales.core.quantity.Quantity}s in a {@link org.aftersales.core.quantity.UnitOfMeasure}.
 */
@NullMarked
package org.aftersales.core.quantity;

import org.jspecify.annotations.NullMarked;

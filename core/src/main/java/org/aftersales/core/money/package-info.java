/**
 * Money (DESIGN §3): {@code javax.money} amounts created by {@link
 * org.aftersales.core.money.Monies} in an explicit DECIMAL64 context, and the library's own {@link
 * org.aftersales.core.money.RoundingPolicy} per currency (CNY 0.01, JPY 1, CHF cash 0.05).
 */
@NullMarked
package org.aftersales.core.money;

import org.jspecify.annotations.NullMarked;

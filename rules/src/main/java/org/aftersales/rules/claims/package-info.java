/**
 * Warranty-claim pre-check (索赔, DOMAIN §3.4): before a dealer submits a warranty claim to the
 * manufacturer, {@link org.aftersales.rules.claims.ClaimPreCheck} checks it against the
 * manufacturer's {@link org.aftersales.rules.claims.ClaimRules} — 3C complete, causal part, labour
 * operation codes, claimed vs allowed hours, odometer in/out, replaced parts retained, submission
 * window — and lists {@link org.aftersales.rules.claims.ClaimFinding}s with codes and severities.
 *
 * <p>Every type is immutable and thread-safe; every value round-trips through {@code
 * AfterSalesJson}.
 */
@NullMarked
package org.aftersales.rules.claims;

import org.jspecify.annotations.NullMarked;

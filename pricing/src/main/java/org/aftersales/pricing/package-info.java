/**
 * Estimation for dealership after-sales (DOMAIN §2 step 4, §3.4, §4): labour and parts, fees,
 * discounts, tax, payer splits, consent to exceed an estimate, settlement and warranty claims.
 *
 * <p><b>Entry point.</b> Describe the dealer as a {@link org.aftersales.pricing.PricingProfile}
 * (data, JSON-serializable; presets {@link org.aftersales.pricing.PricingProfile#china4sDealer()}
 * and {@link org.aftersales.pricing.PricingProfile#usDealer}), make an {@link
 * org.aftersales.pricing.Estimator} from it once, and call:
 *
 * <ul>
 *   <li>{@link org.aftersales.pricing.Estimator#estimate} with an {@link
 *       org.aftersales.pricing.EstimateRequest} (vehicle, date, method, jobs, tier, campaigns,
 *       discounts, authorization) for an {@link org.aftersales.pricing.Estimate}: lines with a
 *       reason each, subtotals by category and payer, tax by rate, total, validity, warnings and
 *       hours by skill for scheduling;
 *   <li>{@link org.aftersales.pricing.Estimator#settle} for the final invoice against the
 *       authorized estimate, with differences and unconsented amounts flagged;
 *   <li>{@link org.aftersales.pricing.Estimator#claim} for a warranty claim's amount.
 * </ul>
 *
 * <p>Consent rules for supplements are in {@link org.aftersales.pricing.jurisdiction}, tax in
 * {@link org.aftersales.pricing.tax}, price data in {@link org.aftersales.pricing.catalogue}.
 * Reason codes are listed in {@link org.aftersales.pricing.PricingReasonCodes}, error codes in
 * {@link org.aftersales.pricing.PricingErrorCode}.
 *
 * <p><b>Money.</b> {@code MonetaryAmount} throughout, created by core's {@code Monies}; every line
 * amount, split and tax is rounded to the profile's line increment (half up by default), each
 * payer's total to its total increment (CHF cash 0.05, for example). Mixing currencies is a
 * {@code CURRENCY_MISMATCH}. All types are immutable and thread-safe; results are deterministic and
 * independent of the JVM's zone and locale.
 */
@NullMarked
package org.aftersales.pricing;

import org.jspecify.annotations.NullMarked;

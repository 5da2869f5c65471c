/**
 * The dealer's price data as the estimator reads it (DOMAIN §4): the labour catalogue of
 * flat-rate operations with hours per {@link org.aftersales.pricing.catalogue.VehicleApplication}
 * and overlapping (included) time between operations, the {@link
 * org.aftersales.pricing.catalogue.LabourRateCard} of hourly rates by skill and pay type, and the
 * {@link org.aftersales.pricing.catalogue.PriceList} of parts with list price, dealer cost,
 * origin, pack quantity, core charge and an optional cost-band markup matrix.
 *
 * <p>Rates and part prices are effective-dated ({@link
 * org.aftersales.pricing.catalogue.EffectiveDated}): both {@code validFrom} and {@code
 * validThrough} are inclusive, and two versions of the same price may not overlap. Everything here
 * is immutable, thread-safe, JSON-serializable data validated on build; looking prices up for an
 * estimate is {@link org.aftersales.pricing.Estimator}'s job.
 */
@NullMarked
package org.aftersales.pricing.catalogue;

import org.jspecify.annotations.NullMarked;

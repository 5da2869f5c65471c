/**
 * Warranty eligibility (DOMAIN §2 step 3, §3.4): is a concern covered, by which coverage, who pays
 * what, and why.
 *
 * <p>A {@link org.aftersales.rules.warranty.WarrantyPolicy} is data: {@link
 * org.aftersales.rules.warranty.Coverage}s (basic, powertrain, corrosion, EV traction battery,
 * emissions, replaced parts) with {@link org.aftersales.rules.warranty.CoverageLimits} ("whichever
 * comes first", both bounds inclusive), the {@link org.aftersales.rules.warranty.ComponentGroup}s
 * they include, {@link org.aftersales.rules.warranty.Exclusion}s, {@link
 * org.aftersales.rules.warranty.UsageRestriction}s, a {@link
 * org.aftersales.rules.warranty.MaintenanceSchedule}, deductibles, transfer terms and {@link
 * org.aftersales.rules.warranty.GoodwillTier}s. Presets: {@link
 * org.aftersales.rules.warranty.WarrantyPolicy#chinaPassengerCar()} and {@link
 * org.aftersales.rules.warranty.WarrantyPolicy#usPassengerCar()}.
 *
 * <p>{@link org.aftersales.rules.warranty.WarrantyEvaluator#evaluate} turns a {@link
 * org.aftersales.rules.warranty.WarrantyRequest} (vehicle, {@link
 * org.aftersales.rules.warranty.Failure} with its {@link org.aftersales.rules.warranty.Finding}s,
 * odometer, report date, maintenance records) into a {@link
 * org.aftersales.rules.warranty.WarrantyDecision}: covered, not covered, goodwill or needs
 * inspection, with the coverage, the {@link org.aftersales.rules.warranty.CostShares}, the
 * remaining time and distance, and reasons. Aftermarket parts and outside service never void
 * coverage by themselves: only a causal link excludes, and only the affected component
 * (Magnuson-Moss 15 USC 2302(c), 16 CFR 700.10; EU block-exemption guidelines; SAMR Order 43
 * Art. 32).
 *
 * <p>Every type is immutable and thread-safe; every value round-trips through {@code
 * AfterSalesJson}.
 */
@NullMarked
package org.aftersales.rules.warranty;

import org.jspecify.annotations.NullMarked;

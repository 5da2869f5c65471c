/**
 * When the car will be ready (DOMAIN §2 steps 4 and 6): the {@link
 * org.aftersales.scheduling.promise.PromiseCalculator} turns labour hours, technician efficiency,
 * parts arrival and workshop load into the promised completion time "with a margin", rolling work
 * over breaks, closing time and closed days, and gives the moment to check progress at 70–80% of
 * the estimated duration.
 */
@NullMarked
package org.aftersales.scheduling.promise;

import org.jspecify.annotations.NullMarked;

/**
 * Vehicles as the service department knows them (DOMAIN §1, §3): the {@link
 * org.aftersales.core.vehicle.Vin} with its ISO 3779 check digit and model-year code, the {@link
 * org.aftersales.core.vehicle.Vehicle} with its powertrain, usage and the dates warranties start
 * from, and the odometer: exact {@link org.aftersales.core.vehicle.Distance}s in km or miles and an
 * {@link org.aftersales.core.vehicle.OdometerHistory} that refuses rollbacks.
 */
@NullMarked
package org.aftersales.core.vehicle;

import org.jspecify.annotations.NullMarked;

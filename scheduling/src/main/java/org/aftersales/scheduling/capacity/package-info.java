/**
 * What the workshop can take on a day (DOMAIN §2 steps 4 and 6): {@link
 * org.aftersales.scheduling.capacity.Technician}s with skills, shifts, availability and
 * efficiency; {@link org.aftersales.scheduling.capacity.Bay}s by {@link
 * org.aftersales.scheduling.capacity.BayType}; and the {@link
 * org.aftersales.scheduling.capacity.WorkshopCapacity} that adds daily limits, quotas per {@link
 * org.aftersales.scheduling.capacity.TransportOption}, the loaner fleet, and the carry-over and
 * internal work that come off the loadable hours.
 *
 * <p>Loadable hours per day and skill = Σ (working hours × availability × efficiency) of the
 * technicians with the skill − carry-over − internal work, where a technician's working hours are
 * their shifts within the shop's opening hours, minus breaks, on days they are not absent.
 */
@NullMarked
package org.aftersales.scheduling.capacity;

import org.jspecify.annotations.NullMarked;

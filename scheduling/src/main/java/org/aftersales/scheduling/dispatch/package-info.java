/**
 * Dispatch (派工, DOMAIN §2 step 6): the workshop controller's assignment of a day's jobs to
 * technicians and bays by skill, priority and load ({@link
 * org.aftersales.scheduling.dispatch.Dispatcher}), with the reasons for every assignment, the
 * reasons a job stayed unassigned, and the expected lateness against promised times ({@link
 * org.aftersales.scheduling.dispatch.DispatchPlan}).
 */
@NullMarked
package org.aftersales.scheduling.dispatch;

import org.jspecify.annotations.NullMarked;

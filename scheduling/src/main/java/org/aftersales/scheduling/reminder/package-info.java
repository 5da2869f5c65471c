/**
 * Calls before an appointment (DOMAIN §2 step 1, seed 001: "预约确认（预约前一天）"): the
 * confirmation call the day before and the reminder half a day to one day before, both computed
 * in the shop's zone ({@link org.aftersales.scheduling.reminder.ReminderPlanner}).
 */
@NullMarked
package org.aftersales.scheduling.reminder;

import org.jspecify.annotations.NullMarked;

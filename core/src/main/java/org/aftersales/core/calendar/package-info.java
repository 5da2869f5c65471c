/**
 * Dates without a zone: {@link org.aftersales.core.calendar.DateRange}s (start inclusive, end
 * exclusive) and the {@link org.aftersales.core.calendar.WorkingCalendar} that counts working
 * days for legal and logistic deadlines. Opening hours and time slots live in the scheduling
 * module.
 */
@NullMarked
package org.aftersales.core.calendar;

import org.jspecify.annotations.NullMarked;

/**
 * Follow-up after a visit (回访 / 跟踪服务, DOMAIN §2 step 9; seed 001 "售后服务工作规定"): the customer
 * file within 2 days, the first call 3 days to 1 week after delivery (another seed: 2 days to 1
 * week), the second call in the 7 days after the week following the first, escalation of an open
 * request or complaint within 2 days and the answer the day a solution is found, promotion calls
 * 2 weeks ahead and letters within 2 days after the call.
 *
 * <p>{@link org.aftersales.rules.service.followup.FollowUpPlanner} turns visits, requests and
 * promotions into {@link org.aftersales.rules.service.followup.FollowUpTask}s with due dates and
 * reasons, in the shop's zone and working-day calendar, and tells what is overdue at an instant.
 * Every period is a {@link org.aftersales.rules.service.followup.TimeLimit} in calendar or working
 * days, set in the {@link org.aftersales.rules.service.followup.FollowUpPolicy}. Everything is
 * immutable and thread-safe.
 */
@NullMarked
package org.aftersales.rules.service.followup;

import org.jspecify.annotations.NullMarked;

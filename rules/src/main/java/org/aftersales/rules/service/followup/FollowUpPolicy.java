package org.aftersales.rules.service.followup;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.ZoneId;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.PolicyException;
import org.aftersales.core.calendar.WorkingCalendar;
import org.aftersales.rules.service.ServiceErrorCode;
import org.immutables.value.Value;

/**
 * A shop's follow-up rules (seed 001, "售后服务工作规定" §三; DOMAIN §2 step 9), with the seed's
 * periods as defaults:
 *
 * <table>
 *   <caption>Follow-up periods</caption>
 *   <tr><th>rule</th><th>seed</th><th>default</th></tr>
 *   <tr><td>{@link #customerFileWithin()} after the visit began</td>
 *       <td>两日内建立客户档案</td><td>2 working days</td></tr>
 *   <tr><td>first call from {@link #firstCallFrom()} to {@link #firstCallWithin()} after
 *       delivery</td><td>三天至一周内 (another seed: 二天至一周)</td>
 *       <td>3 to 7 calendar days</td></tr>
 *   <tr><td>second call from {@link #secondCallFrom()} after the first call, within {@link
 *       #secondCallWithin()} of that</td><td>第一次跟踪服务的一周后的7天以内</td>
 *       <td>7 + 7 calendar days</td></tr>
 *   <tr><td>escalate an open request or complaint within {@link #escalateWithin()}</td>
 *       <td>两日内报告业务主管</td><td>2 working days</td></tr>
 *   <tr><td>answer within {@link #answerWithin()} of finding the solution</td>
 *       <td>得到解决办法的当日告知客户</td><td>0 calendar days (the same day)</td></tr>
 *   <tr><td>promotion call {@link #promotionNoticeAhead()} before the event</td>
 *       <td>提前两周</td><td>14 calendar days</td></tr>
 *   <tr><td>letter within {@link #letterWithin()} after the call</td>
 *       <td>两日内寄出</td><td>2 working days</td></tr>
 * </table>
 *
 * <p><b>Why these day counts.</b> Back-office work (file, escalation, letter) is done on working
 * days, so those count working days; the call windows are promises to the customer about the
 * time since the visit, so they count calendar days and are then fitted to the shop's working
 * days by {@link FollowUpPlanner}. Every rule can be switched.
 *
 * <p>Rules: when both ends of the first-call window count the same kind of days, the start is not
 * after the end ({@link ServiceErrorCode#FOLLOW_UP_POLICY_INVALID}, a {@link PolicyException}).
 * Immutable and thread-safe; build with {@link #builder()} or {@link #seedDefaults}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableFollowUpPolicy.class)
@JsonDeserialize(as = ImmutableFollowUpPolicy.class)
public abstract class FollowUpPolicy {

  FollowUpPolicy() {}

  /**
   * A new builder with the seed's periods; zone and calendar must be set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUpPolicy}; {@code build()} validates. */
  public static final class Builder extends ImmutableFollowUpPolicy.Builder {
    Builder() {}
  }

  /**
   * The seed's rules (first call 3 days to 1 week after delivery) for a shop.
   *
   * @param zone the shop's zone
   * @param calendar the shop's working days
   * @return the policy
   */
  public static FollowUpPolicy seedDefaults(ZoneId zone, WorkingCalendar calendar) {
    return builder().zone(zone).calendar(calendar).build();
  }

  /**
   * The shop's zone: instants become dates there.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * The shop's working days.
   *
   * @return the calendar
   */
  public abstract WorkingCalendar calendar();

  /**
   * Time to open the customer file after the visit began (check-in).
   *
   * @return default 2 working days
   */
  @Value.Default
  public TimeLimit customerFileWithin() {
    return TimeLimit.workingDays(2);
  }

  /**
   * Earliest first call after delivery.
   *
   * @return default 3 calendar days
   */
  @Value.Default
  public TimeLimit firstCallFrom() {
    return TimeLimit.calendarDays(3);
  }

  /**
   * Latest first call after delivery.
   *
   * @return default 7 calendar days
   */
  @Value.Default
  public TimeLimit firstCallWithin() {
    return TimeLimit.calendarDays(7);
  }

  /**
   * Earliest second call after the first call.
   *
   * @return default 7 calendar days
   */
  @Value.Default
  public TimeLimit secondCallFrom() {
    return TimeLimit.calendarDays(7);
  }

  /**
   * Length of the second call's window after its earliest day.
   *
   * @return default 7 calendar days
   */
  @Value.Default
  public TimeLimit secondCallWithin() {
    return TimeLimit.calendarDays(7);
  }

  /**
   * Time to escalate a request or complaint not answered on the call.
   *
   * @return default 2 working days
   */
  @Value.Default
  public TimeLimit escalateWithin() {
    return TimeLimit.workingDays(2);
  }

  /**
   * Time to tell the customer once a solution is found.
   *
   * @return default 0 calendar days: the same day
   */
  @Value.Default
  public TimeLimit answerWithin() {
    return TimeLimit.calendarDays(0);
  }

  /**
   * How long before a promotion its call is due.
   *
   * @return default 14 calendar days
   */
  @Value.Default
  public TimeLimit promotionNoticeAhead() {
    return TimeLimit.calendarDays(14);
  }

  /**
   * Time to send the letter after the promotion call.
   *
   * @return default 2 working days
   */
  @Value.Default
  public TimeLimit letterWithin() {
    return TimeLimit.workingDays(2);
  }

  @Value.Check
  final void check() {
    if (firstCallFrom().count() == firstCallWithin().count()
        && firstCallFrom().days() > firstCallWithin().days()) {
      throw PolicyException.of(
          "firstCallWithin",
          ServiceErrorCode.FOLLOW_UP_POLICY_INVALID,
          "the first call window ends ("
              + firstCallWithin()
              + ") before it starts ("
              + firstCallFrom()
              + ")");
    }
  }
}

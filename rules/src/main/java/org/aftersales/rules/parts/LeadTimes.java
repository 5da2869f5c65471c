package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.calendar.WorkingCalendar;
import org.immutables.value.Value;

/**
 * A supplier's lead times by {@link OrderType}: a stock order in the supplier's working days, an
 * urgent order in hours, an emergency (super-urgent) order in minutes.
 *
 * <p>Preset {@link #oemNetwork()} takes the seed's figures (seed 002, DOMAIN §2 parts logistics):
 * super-urgent orders picked and packed within 90 minutes, urgent orders within 3 hours, stock
 * replenished within 3 working days, on a Monday-to-Friday calendar. Hosts whose transport adds
 * time (the seed's "1–5 days to dealers") set their own figures.
 *
 * <p>How arrival is counted, given the planning instant {@code now} and the shop's date {@code
 * today}:
 *
 * <ul>
 *   <li>a stock order arrives on {@code calendar.plusWorkingDays(today, stockWorkingDays)} (the
 *       N-th working day strictly after today), available from the start of that day in the
 *       shop's zone (overnight delivery before opening);
 *   <li>an urgent order arrives at {@code now + urgentHours}, an emergency order at {@code now +
 *       emergencyMinutes}; a part arriving exactly when it is needed is in time.
 * </ul>
 *
 * <p>Rules checked on build: every lead time is above zero ({@link
 * PartsErrorCode#PARTS_LEAD_TIME_NOT_POSITIVE}); stock at most 365 working days, urgent at most
 * 720 hours, emergency at most 10,080 minutes ({@link PartsErrorCode#PARTS_LEAD_TIME_TOO_LONG});
 * an emergency order is not slower than an urgent one ({@link
 * PartsErrorCode#PARTS_LEAD_TIMES_INCONSISTENT}). Immutable and thread-safe; build with {@link
 * #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableLeadTimes.class)
@JsonDeserialize(as = ImmutableLeadTimes.class)
public abstract class LeadTimes {

  LeadTimes() {}

  /**
   * A new builder; the calendar defaults to Monday to Friday.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LeadTimes}; {@code build()} validates. */
  public static final class Builder extends ImmutableLeadTimes.Builder {
    Builder() {}
  }

  /**
   * The seed 002 preset: 3 working days (Monday to Friday), 3 hours, 90 minutes.
   *
   * @return the lead times
   */
  public static LeadTimes oemNetwork() {
    return builder().stockWorkingDays(3).urgentHours(3).emergencyMinutes(90).build();
  }

  /**
   * Working days from ordering to the arrival of a stock order.
   *
   * @return 1 to 365
   */
  public abstract int stockWorkingDays();

  /**
   * Hours from ordering to the arrival of an urgent order.
   *
   * @return 1 to 720
   */
  public abstract int urgentHours();

  /**
   * Minutes from ordering to the arrival of an emergency order.
   *
   * @return 1 to 10,080, not more than the urgent lead time
   */
  public abstract int emergencyMinutes();

  /**
   * The supplier's working days, counting the stock lead time; Monday to Friday by default.
   *
   * @return the calendar
   */
  @Value.Default
  public WorkingCalendar calendar() {
    return WorkingCalendar.mondayToFriday();
  }

  @Value.Check
  final void check() {
    positive(stockWorkingDays(), "stockWorkingDays", 365);
    positive(urgentHours(), "urgentHours", 720);
    positive(emergencyMinutes(), "emergencyMinutes", 7 * 24 * 60);
    Checks.require(
        emergencyMinutes() <= urgentHours() * 60,
        "emergencyMinutes",
        PartsErrorCode.PARTS_LEAD_TIMES_INCONSISTENT,
        "emergencyMinutes %s must not be longer than urgentHours %s",
        emergencyMinutes(),
        urgentHours());
  }

  private static void positive(int value, String path, int max) {
    Checks.require(
        value > 0,
        path,
        PartsErrorCode.PARTS_LEAD_TIME_NOT_POSITIVE,
        "%s must be > 0: %s",
        path,
        value);
    Checks.require(
        value <= max,
        path,
        PartsErrorCode.PARTS_LEAD_TIME_TOO_LONG,
        "%s must be at most %s: %s",
        path,
        max,
        value);
  }
}

package org.aftersales.rules.consumerlaw;

import java.time.Duration;

/**
 * Counting repair time in days as SAMR Order 43 Art. 40 says (DOMAIN §3.1): a repair runs from
 * the agreement to repair to its completion; every full 24 hours is a day, and a remainder under 24
 * hours counts as one more day. So 24 h is 1 day, 24 h and 1 second are 2 days, 1 minute is 1
 * day, and nothing is 0 days. "Over 30 days" (超过) excludes the number itself: it means 31 days or
 * more. Stateless and thread-safe.
 */
public final class RepairDays {

  private RepairDays() {}

  /**
   * The Art. 40 days of a duration.
   *
   * @param duration the repair time; zero or negative counts as 0 days
   * @return the days
   */
  public static long of(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return 0;
    }
    long full = duration.toDays();
    return duration.minusDays(full).isZero() ? full : full + 1;
  }
}

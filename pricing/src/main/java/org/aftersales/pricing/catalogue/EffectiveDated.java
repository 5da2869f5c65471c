package org.aftersales.pricing.catalogue;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Something with a period of validity: a labour rate, a part price, a discount campaign.
 *
 * <p>Both ends are <b>inclusive</b>: a price with {@code validFrom = 2026-01-01} and {@code
 * validThrough = 2026-06-30} applies to an estimate dated 2026-01-01 and to one dated 2026-06-30,
 * and not to one dated 2026-07-01. An absent {@code validFrom} means "since always", an absent
 * {@code validThrough} "until further notice". Dates carry no zone: they are the shop's calendar
 * dates.
 */
public interface EffectiveDated {

  /**
   * The first date of validity, inclusive; empty for "since always".
   *
   * @return the first date
   */
  Optional<LocalDate> validFrom();

  /**
   * The last date of validity, inclusive; empty for "until further notice".
   *
   * @return the last date
   */
  Optional<LocalDate> validThrough();

  /**
   * Whether this applies on a date: {@code validFrom <= date <= validThrough}.
   *
   * @param date the estimate's date
   * @return {@code true} when effective on that date
   */
  default boolean isEffectiveOn(LocalDate date) {
    LocalDate from = validFrom().orElse(null);
    LocalDate through = validThrough().orElse(null);
    return (from == null || !date.isBefore(from)) && (through == null || !date.isAfter(through));
  }
}

package org.aftersales.pricing;

import java.time.LocalDate;
import org.aftersales.pricing.catalogue.EffectiveDated;

/** A compiled version of an effective-dated entry: inclusive bounds, {@code null} when open. */
abstract class Dated {
  final LocalDate from;
  final LocalDate through;

  Dated(EffectiveDated e) {
    this.from = e.validFrom().orElse(null);
    this.through = e.validThrough().orElse(null);
  }

  final boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (through == null || !date.isAfter(through));
  }

  /** The version effective on a date, or {@code null}. */
  static <T extends Dated> T pick(T[] versions, LocalDate date) {
    for (T v : versions) {
      if (v.covers(date)) {
        return v;
      }
    }
    return null;
  }

  /**
   * Why no version covers a date: the latest end before it ("expired"), or {@code null} when
   * every version starts after it ("not yet valid").
   */
  static LocalDate expiredOn(Dated[] versions, LocalDate date) {
    LocalDate latest = null;
    for (Dated v : versions) {
      if (v.through != null && v.through.isBefore(date) && (latest == null || v.through.isAfter(latest))) {
        latest = v.through;
      }
    }
    return latest;
  }

  /** The earliest start after a date. */
  static LocalDate startsOn(Dated[] versions, LocalDate date) {
    LocalDate earliest = null;
    for (Dated v : versions) {
      if (v.from != null && v.from.isAfter(date) && (earliest == null || v.from.isBefore(earliest))) {
        earliest = v.from;
      }
    }
    return earliest;
  }
}

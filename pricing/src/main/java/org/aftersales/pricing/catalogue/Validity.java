package org.aftersales.pricing.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.PolicyException;

/** Checks of effective-dated entries shared by the price list and the rate card. */
final class Validity {

  private Validity() {}

  /** Requires {@code validFrom <= validThrough} when both are present. */
  static void checkOrder(EffectiveDated e, String path) {
    Optional<LocalDate> from = e.validFrom();
    Optional<LocalDate> through = e.validThrough();
    if (from.isPresent() && through.isPresent()) {
      Checks.require(
          !through.get().isBefore(from.get()),
          path + "validThrough",
          CoreErrorCode.DATE_ORDER,
          "validThrough %s is before validFrom %s",
          through.get(),
          from.get());
    }
  }

  /**
   * Requires that entries sharing a key are never effective on the same date.
   *
   * @param entries the entries, in the order of their list
   * @param key the key (part number, skill and pay type)
   * @param listName the list's name for the path, for example {@code parts}
   */
  static <T extends EffectiveDated, K> void requireNoOverlap(
      List<T> entries, Function<T, K> key, String listName) {
    Map<K, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      byKey.computeIfAbsent(key.apply(entries.get(i)), k -> new ArrayList<>(2)).add(i);
    }
    for (List<Integer> indexes : byKey.values()) {
      if (indexes.size() < 2) {
        continue;
      }
      List<Integer> sorted = new ArrayList<>(indexes);
      sorted.sort(Comparator.comparing(i -> entries.get(i).validFrom().orElse(LocalDate.MIN)));
      for (int j = 1; j < sorted.size(); j++) {
        T prev = entries.get(sorted.get(j - 1));
        T next = entries.get(sorted.get(j));
        LocalDate prevEnd = prev.validThrough().orElse(LocalDate.MAX);
        LocalDate nextStart = next.validFrom().orElse(LocalDate.MIN);
        if (!prevEnd.isBefore(nextStart)) {
          int at = Math.max(sorted.get(j - 1), sorted.get(j));
          throw PolicyException.of(
              listName + "[" + at + "]",
              CatalogueErrorCode.PRICE_VALIDITY_OVERLAP,
              String.format(
                  java.util.Locale.ROOT,
                  "%s[%d] and %s[%d] (%s) are both effective on %s",
                  listName,
                  sorted.get(j - 1),
                  listName,
                  sorted.get(j),
                  key.apply(next),
                  nextStart.equals(LocalDate.MIN) ? prevEnd : nextStart));
        }
      }
    }
  }
}

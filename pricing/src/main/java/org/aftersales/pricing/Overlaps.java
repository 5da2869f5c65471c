package org.aftersales.pricing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.quantity.Decimals;
import org.aftersales.pricing.catalogue.LabourOverlap;

/** The overlap rule of {@link org.aftersales.pricing.catalogue.LabourCatalogue}, on work lines. */
final class Overlaps {

  private Overlaps() {}

  /**
   * Deducts shared time from the included operations' lines.
   *
   * @param labour the order's labour lines, in line order, with {@code hours} and {@code
   *     available} set to their book hours
   */
  static void apply(Compiled c, List<WorkLine> labour) {
    if (c.overlaps.length == 0) {
      return;
    }
    Map<String, WorkLine> first = null;
    int[] idx = null;
    int count = 0;
    for (int i = 0, n = labour.size(); i < n; i++) {
      WorkLine l = labour.get(i);
      int[] mine = c.ops.get(l.code).overlaps;
      if (mine.length == 0) {
        continue;
      }
      if (first == null) {
        first = new HashMap<>();
        idx = new int[8];
      }
      first.putIfAbsent(l.code, l);
      for (int o : mine) {
        if (count == idx.length) {
          idx = Arrays.copyOf(idx, count * 2);
        }
        idx[count++] = o;
      }
    }
    if (count == 0) {
      return;
    }
    idx = Arrays.copyOf(idx, count);
    Arrays.sort(idx);
    int last = -1;
    for (int i : idx) {
      if (i == last) {
        continue;
      }
      last = i;
      LabourOverlap o = c.overlaps[i];
      WorkLine p = first.get(o.opCode());
      WorkLine s = first.get(o.includedOpCode());
      if (p == null || s == null) {
        continue;
      }
      BigDecimal d = o.includedHours().value().min(p.available).min(s.available);
      if (d.signum() <= 0) {
        continue;
      }
      p.available = p.available.subtract(d);
      s.available = s.available.subtract(d);
      s.hours = Decimals.normalise(s.hours.subtract(d));
      s.deducted = s.deducted == null ? d : s.deducted.add(d);
      s.sharedWith = s.sharedWith == null ? o.opCode() : s.sharedWith + ", " + o.opCode();
    }
  }
}

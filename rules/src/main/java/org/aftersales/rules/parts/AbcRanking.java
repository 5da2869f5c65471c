package org.aftersales.rules.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * ABC classes of part families by annual cost of sales (see {@link AbcClass} for the rule). Costs
 * are exact {@code long}s in ten-millionths of the currency (thousandths of a unit × ten-
 * thousandths of the currency); share boundaries are compared exactly with 128-bit products.
 * Sorting is O(n log n) on primitive arrays.
 */
final class AbcRanking {

  private final byte[] classes;
  private final int[] rank;
  private final long[] before;
  private final long total;

  private AbcRanking(byte[] classes, int[] rank, long[] before, long total) {
    this.classes = classes;
    this.rank = rank;
    this.before = before;
    this.total = total;
  }

  static AbcRanking rank(long[] annualCost, StockingSettings s) {
    int n = annualCost.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    sort(order, annualCost);
    long a = units(s.abcAShare().value());
    long b = units(s.abcBShare().value());
    long total = 0;
    for (long c : annualCost) {
      total = Units.saturatingAdd(total, c);
    }
    byte[] classes = new byte[n];
    int[] rank = new int[n];
    long[] before = new long[n];
    long cum = 0;
    for (int r = 0; r < n; r++) {
      int f = order[r];
      rank[f] = r + 1;
      before[f] = cum;
      AbcClass c;
      if (annualCost[f] == 0) {
        c = AbcClass.C;
      } else if (Units.compareProducts(cum, 1_000_000L, a, total) < 0) {
        c = AbcClass.A;
      } else if (Units.compareProducts(cum, 1_000_000L, b, total) < 0) {
        c = AbcClass.B;
      } else {
        c = AbcClass.C;
      }
      classes[f] = (byte) c.ordinal();
      cum = Units.saturatingAdd(cum, annualCost[f]);
    }
    return new AbcRanking(classes, rank, before, total);
  }

  /** A percentage with up to 4 decimals in ten-thousandths of a percent: 80 is 800000. */
  private static long units(BigDecimal percent) {
    return percent.movePointRight(4).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  AbcClass classOf(int f) {
    return AbcClass.values()[classes[f]];
  }

  /** 1 for the family with the highest cost of sales. */
  int rankOf(int f) {
    return rank[f];
  }

  /** The share of the total cost of sales ranked before the family, in percent, 2 decimals. */
  BigDecimal shareBefore(int f) {
    if (total == 0) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(before[f])
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_EVEN);
  }

  /** Sorts family indexes by cost, highest first, then by index (part number). */
  private static void sort(int[] a, long[] cost) {
    int[] tmp = new int[a.length];
    for (int width = 1; width < a.length; width *= 2) {
      for (int lo = 0; lo < a.length - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, a.length);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          int x = a[i];
          int y = a[j];
          boolean takeLeft = cost[x] > cost[y] || (cost[x] == cost[y] && x < y);
          tmp[k++] = takeLeft ? a[i++] : a[j++];
        }
        while (i < mid) {
          tmp[k++] = a[i++];
        }
        while (j < hi) {
          tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, lo, a, lo, hi - lo);
      }
    }
  }
}

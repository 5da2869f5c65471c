package org.aftersales.pricing;

import javax.money.MonetaryAmount;

/**
 * The amounts and their texts made during one pricing call, remembered so that equal amounts
 * (a payer's total that is also the estimate's total, a job's amount that is the subtotal) are
 * made once: creating a Moneta {@code Money} is costly. Confined to one call.
 */
final class Amounts {
  private static final int SIZE = 16;

  final Units u;
  private final long[] keys = new long[SIZE];
  private final MonetaryAmount[] money = new MonetaryAmount[SIZE];
  private int used;
  private int next;

  Amounts(Units u) {
    this.u = u;
  }

  private int slot(long units) {
    for (int i = 0; i < used; i++) {
      if (keys[i] == units) {
        return i;
      }
    }
    int i = next;
    next = (next + 1) % SIZE;
    if (used < SIZE) {
      used++;
    }
    keys[i] = units;
    money[i] = null;
    return i;
  }

  MonetaryAmount money(long units) {
    if (units == 0) {
      return u.zero;
    }
    int i = slot(units);
    MonetaryAmount m = money[i];
    if (m == null) {
      m = u.money(units);
      money[i] = m;
    }
    return m;
  }

  String text(java.math.BigDecimal exact) {
    return u.text(exact);
  }

  /**
   * An amount of units as a reason parameter: formatted ({@code 12.30 CNY}) only if the reason is
   * read, since reasons format their values lazily.
   */
  Object text(long units) {
    return new Shown(u, units);
  }

  /** An amount shown as text on demand. */
  private record Shown(Units u, long units) {
    @Override
    public String toString() {
      return u.text(units);
    }
  }
}

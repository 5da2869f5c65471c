package org.aftersales.rules.parts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PartsSnapshot} indexed once by part number: masters sorted by number, supersession
 * chains resolved to their newest number, and every history, position, appointment and special
 * order attached to its number and family. Building it validates every cross-reference; it costs
 * O(n log n) in the snapshot's size and is cached by the (immutable) snapshot, so plans and
 * classifications walk families in one pass without joins.
 */
final class SnapshotIndex {

  private static final Comparator<AppointmentRequirement> APPOINTMENT_ORDER =
      Comparator.comparing(AppointmentRequirement::neededAt)
          .thenComparing(AppointmentRequirement::appointmentRef)
          .thenComparing(AppointmentRequirement::partNumber)
          .thenComparing(a -> a.quantity().value());

  private static final Comparator<IncomingOrder> INCOMING_ORDER =
      Comparator.comparing(IncomingOrder::eta).thenComparing(i -> i.quantity().value());

  /** One newest part number and the older numbers that chain to it. */
  static final class Family {
    /** Index of the newest number in {@link #masters}. */
    final int head;
    /** Members in issue order: the oldest (deepest in the chain) first, the newest last. */
    final int[] members;
    /** Appointment requirements of all members, by time. */
    final AppointmentRequirement[] appointments;
    /** Their quantities in thousandths. */
    final long[] appointmentMillis;
    /** Open supplier orders of all members, by ETA. */
    final IncomingOrder[] incoming;
    /** Their quantities in thousandths. */
    final long[] incomingMillis;

    Family(
        int head,
        int[] members,
        AppointmentRequirement[] appointments,
        long[] appointmentMillis,
        IncomingOrder[] incoming,
        long[] incomingMillis) {
      this.head = head;
      this.members = members;
      this.appointments = appointments;
      this.appointmentMillis = appointmentMillis;
      this.incoming = incoming;
      this.incomingMillis = incomingMillis;
    }
  }

  final PartMaster[] masters;
  final Map<PartNumber, Integer> byNumber;
  /** For each master, the index of its family in {@link #families}. */
  final int[] familyOf;
  /** For each master, the steps from it to its family's newest number. */
  final int[] depth;
  final Family[] families;
  final @Nullable DemandHistory[] history;
  /**
   * Every history's periods packed into one array in family order (members oldest first), four
   * longs a period: {@code monthIndex << 32 | epochDay}, demand, sales (demand − lost sales), hits;
   * quantities in thousandths. Planning reads it front to back instead of chasing a period, a date
   * and a decimal per period.
   */
  final long[] demand;
  /** For each master, its first period in {@link #demand} (in periods, not longs). */
  final int[] demandFrom;
  /** For each master, the end (exclusive) of its periods in {@link #demand}. */
  final int[] demandTo;
  /** For each master, whether its history is daily. */
  final boolean[] dailyHistory;
  final long[] onHand;
  final long[] reserved;
  /** Unit cost in ten-thousandths of the currency. */
  final long[] costUnits;
  final double[] cost;
  final Map<SupplierId, LeadTimes> suppliers;
  final List<SpecialOrderStock> specialOrders;
  final @Nullable CurrencyUnit currency;

  SnapshotIndex(PartsSnapshot s) {
    int n = s.parts().size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(i -> s.parts().get(i).partNumber()));
    masters = new PartMaster[n];
    byNumber = new HashMap<>(n * 2);
    for (int k = 0; k < n; k++) {
      PartMaster m = s.parts().get(order[k]);
      masters[k] = m;
      if (byNumber.put(m.partNumber(), k) != null) {
        throw ValidationException.of(
            "parts[" + order[k] + "].partNumber",
            CoreErrorCode.DUPLICATE_ID,
            "parts has a duplicate entry " + m.partNumber());
      }
    }
    suppliers = new HashMap<>();
    for (int i = 0; i < s.suppliers().size(); i++) {
      Supplier sup = s.suppliers().get(i);
      if (suppliers.put(sup.id(), sup.leadTimes()) != null) {
        throw ValidationException.of(
            "suppliers[" + i + "].id",
            CoreErrorCode.DUPLICATE_ID,
            "suppliers has a duplicate entry " + sup.id());
      }
    }

    CurrencyUnit cur = null;
    costUnits = new long[n];
    cost = new double[n];
    int[] next = new int[n];
    for (int k = 0; k < n; k++) {
      PartMaster m = masters[k];
      String path = "parts[" + order[k] + "]";
      Checks.require(
          suppliers.containsKey(m.supplier()),
          path + ".supplier",
          CoreErrorCode.UNKNOWN_REFERENCE,
          "part %s names supplier %s, which is not in the snapshot's suppliers",
          m.partNumber(),
          m.supplier());
      if (cur == null) {
        cur = m.unitCost().getCurrency();
      } else if (!cur.equals(m.unitCost().getCurrency())) {
        throw ValidationException.of(
            path + ".unitCost",
            CoreErrorCode.CURRENCY_MISMATCH,
            "part " + m.partNumber() + " costs in " + m.unitCost().getCurrency().getCurrencyCode()
                + " but other parts in " + cur.getCurrencyCode());
      }
      BigDecimal c = Monies.number(m.unitCost());
      costUnits[k] = c.movePointRight(4).longValueExact();
      cost[k] = c.doubleValue();
      if (m.supersededBy().isPresent()) {
        Integer t = byNumber.get(m.supersededBy().get());
        if (t == null) {
          throw ValidationException.of(
              path + ".supersededBy",
              CoreErrorCode.UNKNOWN_REFERENCE,
              "part " + m.partNumber() + " is superseded by " + m.supersededBy().get()
                  + ", which is not in the snapshot's parts");
        }
        next[k] = t;
      } else {
        next[k] = -1;
      }
    }
    currency = cur;

    // Resolve chains to their newest number, detecting cycles: 0 new, 1 on the current path, 2 done.
    int[] headOf = new int[n];
    depth = new int[n];
    byte[] state = new byte[n];
    int[] path = new int[n];
    for (int k = 0; k < n; k++) {
      if (state[k] == 2) {
        continue;
      }
      int len = 0;
      int x = k;
      while (x >= 0 && state[x] == 0) {
        state[x] = 1;
        path[len++] = x;
        x = next[x];
      }
      if (x >= 0 && state[x] == 1) {
        StringBuilder cycle = new StringBuilder();
        int start = 0;
        while (path[start] != x) {
          start++;
        }
        for (int i = start; i < len; i++) {
          cycle.append(masters[path[i]].partNumber()).append(" -> ");
        }
        cycle.append(masters[x].partNumber());
        throw ValidationException.of(
            "parts[" + order[x] + "].supersededBy",
            PartsErrorCode.PARTS_SUPERSESSION_CYCLE,
            "part-number supersessions form a cycle: " + cycle);
      }
      int head = x < 0 ? path[len - 1] : headOf[x];
      int d = x < 0 ? 0 : depth[x] + 1;
      for (int i = len - 1; i >= 0; i--) {
        int p = path[i];
        headOf[p] = head;
        depth[p] = d++;
        state[p] = 2;
      }
    }
    // Families in the order of their newest number; members oldest first.
    familyOf = new int[n];
    int familyCount = 0;
    int[] familyIndexOfHead = new int[n];
    for (int k = 0; k < n; k++) {
      if (headOf[k] == k) {
        familyIndexOfHead[k] = familyCount++;
      }
    }
    int[] sizes = new int[familyCount];
    for (int k = 0; k < n; k++) {
      int f = familyIndexOfHead[headOf[k]];
      familyOf[k] = f;
      sizes[f]++;
      UnitOfMeasure u = masters[headOf[k]].unit();
      if (masters[k].unit() != u) {
        throw ValidationException.of(
            "parts[" + order[k] + "].unit",
            CoreErrorCode.UNIT_MISMATCH,
            "part " + masters[k].partNumber() + " is counted in " + masters[k].unit()
                + " but its newest number " + masters[headOf[k]].partNumber() + " in " + u);
      }
    }
    int[][] members = new int[familyCount][];
    for (int f = 0; f < familyCount; f++) {
      members[f] = new int[sizes[f]];
      sizes[f] = 0;
    }
    for (int k = 0; k < n; k++) {
      int f = familyOf[k];
      members[f][sizes[f]++] = k;
    }
    for (int[] m : members) {
      if (m.length > 1) {
        Integer[] boxed = Arrays.stream(m).boxed().toArray(Integer[]::new);
        // deepest first; equal depth by part number (masters are sorted, so by index)
        Arrays.sort(boxed, Comparator.<Integer>comparingInt(i -> -depth[i]).thenComparingInt(i -> i));
        for (int i = 0; i < m.length; i++) {
          m[i] = boxed[i];
        }
      }
    }

    // Histories and positions per number.
    history = new DemandHistory[n];
    for (int i = 0; i < s.demand().size(); i++) {
      DemandHistory h = s.demand().get(i);
      int k = known(h.partNumber(), "demand[" + i + "].partNumber");
      if (history[k] != null) {
        throw ValidationException.of(
            "demand[" + i + "].partNumber",
            CoreErrorCode.DUPLICATE_ID,
            "demand has a duplicate entry " + h.partNumber());
      }
      sameUnit(k, h.unit(), "demand[" + i + "].unit");
      history[k] = h;
    }
    onHand = new long[n];
    reserved = new long[n];
    boolean[] seenPosition = new boolean[n];
    List<List<IncomingOrder>> incomingByFamily = new ArrayList<>(familyCount);
    List<List<AppointmentRequirement>> appointmentsByFamily = new ArrayList<>(familyCount);
    for (int f = 0; f < familyCount; f++) {
      incomingByFamily.add(null);
      appointmentsByFamily.add(null);
    }
    for (int i = 0; i < s.positions().size(); i++) {
      StockPosition p = s.positions().get(i);
      int k = known(p.partNumber(), "positions[" + i + "].partNumber");
      if (seenPosition[k]) {
        throw ValidationException.of(
            "positions[" + i + "].partNumber",
            CoreErrorCode.DUPLICATE_ID,
            "positions has a duplicate entry " + p.partNumber());
      }
      seenPosition[k] = true;
      sameUnit(k, p.onHand().unit(), "positions[" + i + "].onHand.unit");
      onHand[k] = Units.millis(p.onHand());
      reserved[k] = Units.millis(p.reserved());
      if (!p.incoming().isEmpty()) {
        add(incomingByFamily, familyOf[k], p.incoming());
      }
    }
    for (int i = 0; i < s.appointments().size(); i++) {
      AppointmentRequirement a = s.appointments().get(i);
      int k = known(a.partNumber(), "appointments[" + i + "].partNumber");
      sameUnit(k, a.quantity().unit(), "appointments[" + i + "].quantity.unit");
      add(appointmentsByFamily, familyOf[k], List.of(a));
    }
    List<SpecialOrderStock> specials = new ArrayList<>(s.specialOrders());
    java.util.Set<String> refs = new java.util.HashSet<>();
    for (int i = 0; i < specials.size(); i++) {
      SpecialOrderStock o = specials.get(i);
      int k = known(o.partNumber(), "specialOrders[" + i + "].partNumber");
      sameUnit(k, o.quantity().unit(), "specialOrders[" + i + "].quantity.unit");
      if (!refs.add(o.orderRef() + "\u0000" + o.partNumber().value())) {
        throw ValidationException.of(
            "specialOrders[" + i + "].orderRef",
            CoreErrorCode.DUPLICATE_ID,
            "specialOrders has a duplicate entry " + o.orderRef() + " for " + o.partNumber());
      }
    }
    specials.sort(
        Comparator.comparing(SpecialOrderStock::receivedOn)
            .thenComparing(SpecialOrderStock::orderRef)
            .thenComparing(SpecialOrderStock::partNumber));
    specialOrders = List.copyOf(specials);

    families = new Family[familyCount];
    for (int k = 0; k < n; k++) {
      if (headOf[k] != k) {
        continue;
      }
      int f = familyIndexOfHead[k];
      List<AppointmentRequirement> appts = appointmentsByFamily.get(f);
      AppointmentRequirement[] a =
          appts == null ? new AppointmentRequirement[0] : appts.toArray(new AppointmentRequirement[0]);
      Arrays.sort(a, APPOINTMENT_ORDER);
      long[] am = new long[a.length];
      for (int i = 0; i < a.length; i++) {
        am[i] = Units.millis(a[i].quantity());
      }
      List<IncomingOrder> inc = incomingByFamily.get(f);
      IncomingOrder[] in = inc == null ? new IncomingOrder[0] : inc.toArray(new IncomingOrder[0]);
      Arrays.sort(in, INCOMING_ORDER);
      long[] im = new long[in.length];
      for (int i = 0; i < in.length; i++) {
        im[i] = Units.millis(in[i].quantity());
      }
      families[f] = new Family(k, members[f], a, am, in, im);
    }
    demandFrom = new int[n];
    demandTo = new int[n];
    dailyHistory = new boolean[n];
    demand = pack(families, history, demandFrom, demandTo, dailyHistory);
  }

  /** Packs every history's periods in family order; see {@link #demand}. */
  private static long[] pack(
      Family[] families, @Nullable DemandHistory[] history, int[] from, int[] to, boolean[] daily) {
    long total = 0;
    for (DemandHistory h : history) {
      if (h != null) {
        total += h.periods().size();
      }
    }
    if (total * 4 > Integer.MAX_VALUE - 8) {
      throw ValidationException.of(
          "demand", CoreErrorCode.NUMBER_OUT_OF_RANGE, "too many demand periods in one snapshot: " + total);
    }
    long[] packed = new long[(int) total * 4];
    int at = 0;
    for (Family f : families) {
      for (int m : f.members) {
        from[m] = at;
        DemandHistory h = history[m];
        if (h != null) {
          daily[m] = h.granularity() == DemandGranularity.DAY;
          for (DemandPeriod p : h.periods()) {
            int i = at * 4;
            packed[i] =
                ((long) DemandScan.monthIndex(p.start()) << 32) | (p.start().toEpochDay() & 0xFFFFFFFFL);
            long q = Units.millis(p.quantity());
            packed[i + 1] = q;
            packed[i + 2] = p.lostSales().signum() == 0 ? q : q - Units.millis(p.lostSales());
            packed[i + 3] = p.hits();
            at++;
          }
        }
        to[m] = at;
      }
    }
    return packed;
  }

  private static <T> void add(List<List<T>> lists, int f, List<T> items) {
    List<T> l = lists.get(f);
    if (l == null) {
      l = new ArrayList<>(Math.max(2, items.size()));
      lists.set(f, l);
    }
    l.addAll(items);
  }

  private int known(PartNumber pn, String path) {
    Integer k = byNumber.get(pn);
    if (k == null) {
      throw ValidationException.of(
          path,
          CoreErrorCode.UNKNOWN_REFERENCE,
          "part " + pn + " is not in the snapshot's parts");
    }
    return k;
  }

  private void sameUnit(int k, UnitOfMeasure unit, String path) {
    Checks.require(
        unit == masters[k].unit(),
        path,
        CoreErrorCode.UNIT_MISMATCH,
        "%s of part %s is %s but the part is counted in %s",
        path,
        masters[k].partNumber(),
        unit,
        masters[k].unit());
  }

  /** The index of a part number, if the snapshot has it. */
  @Nullable Integer indexOf(PartNumber pn) {
    return byNumber.get(pn);
  }
}

package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.ValidationException;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.Vin;
import org.immutables.value.Value;

/**
 * A vehicle's repair history as the consumer-law packs read it (DOMAIN §3.1–3.3): its {@link
 * RepairVisit}s in chronological order, and the zone in which instants become calendar dates
 * (the dealer's zone). Build it from core repair orders with {@link #fromOrders}, so a host does
 * not recount by hand; {@link #summarize} counts it.
 *
 * <p>Rules checked on build, whatever order the visits came in (they are kept sorted by reception,
 * then order id, so nothing depends on the input order):
 *
 * <ul>
 *   <li>order ids are unique;
 *   <li>visits do not overlap: a visit is received no earlier than the one before it was
 *       completed, and only the last may still be going on ({@link
 *       ConsumerLawErrorCode#CONSUMER_LAW_REPAIR_DATE_ORDER});
 *   <li>odometers at reception do not go backwards ({@link
 *       ConsumerLawErrorCode#CONSUMER_LAW_ODOMETER_BACKWARDS}).
 * </ul>
 *
 * <p>Immutable and thread-safe; the calendar dates of the visits are computed once, on first use.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableRepairHistory.class)
@JsonDeserialize(as = ImmutableRepairHistory.class)
public abstract class RepairHistory {

  /** Excluded time that SAMR Order 43 Art. 24 does not count towards the 30 days. */
  static final java.util.Set<ExcludedTimeKind> ART_24_NOT_COUNTED =
      java.util.Set.of(
          ExcludedTimeKind.SPECIAL_PART_TRANSPORT,
          ExcludedTimeKind.POWER_BATTERY_TRANSPORT,
          ExcludedTimeKind.ROADSIDE_RESCUE_TRAVEL);

  private static final Comparator<RepairVisit> CHRONOLOGICAL =
      Comparator.comparing(RepairVisit::receivedAt).thenComparing(RepairVisit::orderId);

  RepairHistory() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RepairHistory}; {@code build()} validates. */
  public static final class Builder extends ImmutableRepairHistory.Builder {
    Builder() {}
  }

  /**
   * A history without visits.
   *
   * @param zone the dealer's zone
   * @return the history
   */
  public static RepairHistory empty(ZoneId zone) {
    return builder().zone(zone).build();
  }

  /**
   * A history of visits, in any order.
   *
   * @param zone the dealer's zone
   * @param visits the visits
   * @return the history
   */
  public static RepairHistory of(ZoneId zone, Collection<RepairVisit> visits) {
    return builder().zone(zone).visits(visits).build();
  }

  /**
   * The history of core repair orders and the facts a host adds to them, in any order. Orders
   * without facts (maintenance, accessories) are not repair visits and are skipped.
   *
   * @param zone the dealer's zone
   * @param orders repair orders of one vehicle
   * @param facts facts of some of the orders
   * @return the history
   * @throws ValidationException with {@link ConsumerLawErrorCode#CONSUMER_LAW_REPAIR_FACTS_INVALID}
   *     for facts of an order not given, two facts for one order, or orders of different vehicles
   */
  public static RepairHistory fromOrders(
      ZoneId zone, Collection<RepairOrder> orders, Collection<OrderFacts> facts) {
    Checks.requireNonNull(zone, "zone");
    Checks.requireNonNull(orders, "orders");
    Checks.requireNonNull(facts, "facts");
    Map<RepairOrderId, RepairOrder> byId = new HashMap<>();
    Vin vin = null;
    for (RepairOrder o : orders) {
      Checks.requireNonNull(o, "orders[]");
      if (vin == null) {
        vin = o.vehicle().vin();
      } else if (!vin.equals(o.vehicle().vin())) {
        throw ValidationException.of(
            "orders",
            ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_FACTS_INVALID,
            "orders of different vehicles in one history: order " + o.id() + " is for another VIN");
      }
      if (byId.put(o.id(), o) != null) {
        throw ValidationException.of(
            "orders", ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_FACTS_INVALID, "order " + o.id() + " is given twice");
      }
    }
    List<RepairVisit> visits = new ArrayList<>(facts.size());
    java.util.Set<RepairOrderId> seen = new java.util.HashSet<>();
    for (OrderFacts f : facts) {
      Checks.requireNonNull(f, "facts[]");
      RepairOrder o = byId.get(f.orderId());
      if (o == null || !seen.add(f.orderId())) {
        throw ValidationException.of(
            "facts",
            ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_FACTS_INVALID,
            o == null
                ? "facts name order " + f.orderId() + ", which is not among the orders"
                : "order " + f.orderId() + " has two sets of facts");
      }
      visits.add(RepairVisit.from(o, f));
    }
    return of(zone, visits);
  }

  /**
   * The dealer's zone: instants become calendar dates in it.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * The visits, by reception then order id.
   *
   * @return the visits
   */
  public abstract List<RepairVisit> visits();

  /**
   * Calendar dates and counted repairs of every visit, computed once.
   *
   * @return the index
   */
  @Value.Lazy
  Index index() {
    return new Index(this);
  }

  /**
   * Counts the history within a window, as {@link RepairSummary} describes.
   *
   * @param window which visits count and how
   * @return the summary
   */
  public RepairSummary summarize(RepairWindow window) {
    Checks.requireNonNull(window, "window");
    Index ix = index();
    int visits = 0;
    int repairs = 0;
    int safety = 0;
    long cumulative = 0;
    long longest = 0;
    long calendar = 0;
    LocalDate lastDate = null;
    TreeMap<String, Integer> byProblem = new TreeMap<>();
    TreeMap<String, Integer> assemblies = new TreeMap<>();
    TreeMap<String, Integer> mainParts = new TreeMap<>();
    for (int i = 0; i < ix.size; i++) {
      RepairVisit v = ix.visits[i];
      if (ix.counted[i].length == 0
          || v.receivedAt().isAfter(window.asOf())
          || !window.includes(ix.received[i], v.odometerIn())) {
        continue;
      }
      visits++;
      Duration time = v.repairTime(window.asOf());
      Duration off = v.excluded(window.notCounted());
      longest = Math.max(longest, RepairDays.of(time));
      cumulative += RepairDays.of(time.minus(off));
      LocalDate s = ix.received[i];
      if (lastDate != null && !s.isAfter(lastDate)) {
        s = lastDate.plusDays(1);
      }
      LocalDate e = ix.end(i, window.asOf());
      if (!e.isBefore(s)) {
        calendar += ChronoUnit.DAYS.between(s, e) + 1;
        lastDate = e;
      }
      calendar = Math.max(0, calendar - off.toDays());
      java.util.Set<String> problemsHere = new java.util.HashSet<>();
      boolean safetyHere = false;
      for (RepairRecord r : ix.counted[i]) {
        FaultFacts f = r.facts();
        repairs++;
        if (problemsHere.add(f.problemKey())) {
          byProblem.merge(f.problemKey(), 1, Integer::sum);
        }
        if (f.replacement() == ReplacementKind.ASSEMBLY) {
          assemblies.merge(f.componentGroup().code(), 1, Integer::sum);
        } else if (f.replacement() == ReplacementKind.MAIN_PART) {
          mainParts.merge(f.mainPart().orElseThrow(), 1, Integer::sum);
        }
        safetyHere |= f.seriousSafetyFault();
      }
      if (safetyHere) {
        safety++;
      }
    }
    return RepairSummary.builder()
        .visits(visits)
        .repairs(repairs)
        .repairsByProblem(byProblem)
        .cumulativeRepairDays(cumulative)
        .longestSingleRepairDays(longest)
        .calendarDaysOutOfService(calendar)
        .assemblyReplacements(assemblies)
        .mainPartReplacements(mainParts)
        .seriousSafetyRepairs(safety)
        .build();
  }

  @Value.Check
  final RepairHistory normalise() {
    List<RepairVisit> vs = visits();
    for (int i = 1; i < vs.size(); i++) {
      if (CHRONOLOGICAL.compare(vs.get(i - 1), vs.get(i)) > 0) {
        List<RepairVisit> sorted = new ArrayList<>(vs);
        sorted.sort(CHRONOLOGICAL);
        return builder().from(this).visits(sorted).build();
      }
    }
    Checks.requireUnique(vs, RepairVisit::orderId, "visits");
    Distance lastOdometer = null;
    RepairVisit lastWithOdometer = null;
    for (int i = 1; i < vs.size(); i++) {
      RepairVisit prev = vs.get(i - 1);
      RepairVisit v = vs.get(i);
      Checks.require(
          prev.completedAt().isPresent() && !v.receivedAt().isBefore(prev.completedAt().get()),
          "visits[" + i + "].receivedAt",
          ConsumerLawErrorCode.CONSUMER_LAW_REPAIR_DATE_ORDER,
          "order %s was received at %s while order %s was still under repair (%s)",
          v.orderId(),
          v.receivedAt(),
          prev.orderId(),
          prev.completedAt().map(Instant::toString).orElse("not completed"));
    }
    for (int i = 0; i < vs.size(); i++) {
      RepairVisit v = vs.get(i);
      if (v.odometerIn().isEmpty()) {
        continue;
      }
      if (lastOdometer != null) {
        Checks.require(
            v.odometerIn().get().compareTo(lastOdometer) >= 0,
            "visits[" + i + "].odometerIn",
            ConsumerLawErrorCode.CONSUMER_LAW_ODOMETER_BACKWARDS,
            "order %s was received at %s, below %s at the earlier order %s",
            v.orderId(),
            v.odometerIn().get(),
            lastOdometer,
            lastWithOdometer.orderId());
      }
      lastOdometer = v.odometerIn().get();
      lastWithOdometer = v;
    }
    return this;
  }

  /** The visits with their calendar dates and counted repairs, as arrays for fast scans. */
  static final class Index {
    final int size;
    final RepairVisit[] visits;
    final LocalDate[] received;
    final LocalDate[] agreed;
    final LocalDate[] completed;
    final RepairRecord[][] counted;
    /** Excluded time SAMR Order 43 Art. 24 does not count. */
    final Duration[] art24Off;
    /** Art. 40 days of completed visits, raw and less Art. 24's excluded time; -1 while ongoing. */
    private final long[] rawDays;
    private final long[] art24Days;
    private final ZoneId zone;

    Index(RepairHistory h) {
      this.zone = h.zone();
      this.visits = h.visits().toArray(new RepairVisit[0]);
      this.size = visits.length;
      this.received = new LocalDate[size];
      this.agreed = new LocalDate[size];
      this.completed = new LocalDate[size];
      this.counted = new RepairRecord[size][];
      this.art24Off = new Duration[size];
      this.rawDays = new long[size];
      this.art24Days = new long[size];
      for (int i = 0; i < size; i++) {
        RepairVisit v = visits[i];
        received[i] = LocalDate.ofInstant(v.receivedAt(), zone);
        agreed[i] = LocalDate.ofInstant(v.agreedAt(), zone);
        completed[i] = v.completedAt().map(c -> LocalDate.ofInstant(c, zone)).orElse(null);
        counted[i] = v.repairs().stream().filter(r -> r.facts().isQualityProblem()).toArray(RepairRecord[]::new);
        art24Off[i] = v.excluded(ART_24_NOT_COUNTED);
        rawDays[i] = v.completedAt().isPresent() ? RepairDays.of(v.repairTime(v.agreedAt())) : -1;
        art24Days[i] = v.completedAt().isPresent() ? RepairDays.of(v.repairTime(v.agreedAt()).minus(art24Off[i])) : -1;
      }
    }

    /** Art. 40 days of visit {@code i}, an unfinished one counted to {@code asOf}. */
    long rawDays(int i, Instant asOf) {
      return rawDays[i] >= 0 ? rawDays[i] : RepairDays.of(visits[i].repairTime(asOf));
    }

    /** Art. 40 days of visit {@code i} less Art. 24's excluded time. */
    long art24Days(int i, Instant asOf) {
      return art24Days[i] >= 0 ? art24Days[i] : RepairDays.of(visits[i].repairTime(asOf).minus(art24Off[i]));
    }

    LocalDate date(Instant at) {
      return LocalDate.ofInstant(at, zone);
    }

    /** The last calendar date of visit {@code i}: its completion, else the assessment date. */
    LocalDate end(int i, Instant asOf) {
      return completed[i] != null ? completed[i] : date(asOf);
    }
  }
}

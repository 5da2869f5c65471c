package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;
import org.aftersales.core.ReasonTemplate;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.DistanceUnit;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.VehicleUsage;
import org.aftersales.rules.warranty.CoverageLimits;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * California's lemon-law presumption and buyback offset (Song-Beverly Consumer Warranty Act,
 * DOMAIN §3.2) as a pure evaluation over a vehicle and its {@link RepairHistory}: {@code
 * CaliforniaLemonLaw.standard().assess(request)}.
 *
 * <p><b>Presumption, Civ. Code 1793.22(b).</b> Within 18 months from delivery to the buyer or
 * 18,000 miles on the odometer, whichever first (both inclusive; a repair counts as of its
 * visit's reception date and odometer), a reasonable number of repair attempts is presumed when:
 *
 * <ol>
 *   <li>(b)(1) the same nonconformity, likely to cause death or serious bodily injury (a serious
 *       safety fault), was subject to repair 2 or more times;
 *   <li>(b)(2) the same nonconformity was subject to repair 4 or more times;
 *   <li>(b)(3) the vehicle was out of service by reason of repair for a cumulative total of more
 *       than 30 calendar days (31+) since delivery: distinct calendar dates from reception through
 *       completion (or the assessment while still in the shop), in the history's zone, within the
 *       18 months; whole days of {@link ExcludedTimeKind#BEYOND_MANUFACTURER_CONTROL} extend the
 *       limit.
 * </ol>
 *
 * <p>(b)(1) and (b)(2) also require that the buyer directly notified the manufacturer at least
 * once, but only where the manufacturer disclosed that requirement; until then they are {@link
 * RemedyStatus#NOT_YET} with the notification missing. "Same nonconformity" is the same {@link
 * FaultFacts#problemKey()}; only repairs of quality problems count, one per visit. The presumption is
 * rebuttable, and after the window the buyer may still prove a reasonable number of attempts:
 * {@link RemedyStatus#LAPSED} means only that the presumption can no longer arise.
 *
 * <p><b>Remedy and money, Civ. Code 1793.2(d)(2).</b> Repurchase (restitution) or replacement,
 * at the buyer's choice. The offset for use is price × miles driven before the buyer first
 * delivered the vehicle for repair of the nonconformity / 120,000 (1793.2(d)(2)(C)); for (b)(3)
 * the first repair visit in the window. Kilometres convert to miles at 1.609344 km, to 6 decimal
 * places half up. The
 * offset and the restitution before collateral charges and incidental damages (price less
 * offset) are rounded to the cent half up.
 *
 * <p>The numbers are data with the statute's values as defaults. Adding a repair never removes
 * an available remedy; the order of the history does not matter. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableCaliforniaLemonLaw.class)
@JsonDeserialize(as = ImmutableCaliforniaLemonLaw.class)
public abstract class CaliforniaLemonLaw {

  private static final Logger LOG = LoggerFactory.getLogger(CaliforniaLemonLaw.class);

  private static final String LAW = "California Civ. Code 1793.22";
  private static final Set<ExcludedTimeKind> NOT_COUNTED = Set.of(ExcludedTimeKind.BEYOND_MANUFACTURER_CONTROL);

  private static final ReasonTemplate LEMON_LAW_NOT_DELIVERED =
      ReasonTemplate.of(
          "LEMON_LAW_NOT_DELIVERED",
          "the vehicle has not been delivered to a buyer");
  private static final ReasonTemplate LEMON_LAW_WINDOW =
      ReasonTemplate.of(
          "LEMON_LAW_WINDOW",
          "presumption window: {period} from delivery on {start}, last day {last} "
          + "(1793.22(b))");
  private static final ReasonTemplate LEMON_LAW_BUSINESS_USE =
      ReasonTemplate.of(
          "LEMON_LAW_BUSINESS_USE",
          "a vehicle in {usage} use is a new motor vehicle under 1793.22(e)(2) "
          + "only if the buyer has no more than five vehicles registered in "
          + "California");
  private static final ReasonTemplate NOTIFY_MANUFACTURER_DIRECTLY =
      ReasonTemplate.of(
          "NOTIFY_MANUFACTURER_DIRECTLY",
          "the buyer must notify the manufacturer directly at least once "
          + "(disclosed with the warranty)");
  private static final ReasonTemplate SAFETY_NONCONFORMITY_REPAIRED =
      ReasonTemplate.of(
          "SAFETY_NONCONFORMITY_REPAIRED",
          "serious safety nonconformity {problem} repaired {count} times by {since}");
  private static final ReasonTemplate NEEDS_SAFETY_REPAIRS =
      ReasonTemplate.of(
          "NEEDS_SAFETY_REPAIRS",
          "serious safety nonconformity {problem}: {count} of {needed} repairs by "
          + "{last}");
  private static final ReasonTemplate NONCONFORMITY_REPAIRED =
      ReasonTemplate.of(
          "NONCONFORMITY_REPAIRED",
          "nonconformity {problem} repaired {count} times by {since}");
  private static final ReasonTemplate NEEDS_MORE_REPAIRS =
      ReasonTemplate.of(
          "NEEDS_MORE_REPAIRS",
          "nonconformity {problem}: {count} of {needed} repairs by {last}");
  private static final ReasonTemplate OUT_OF_SERVICE_OVER_30_DAYS =
      ReasonTemplate.of(
          "OUT_OF_SERVICE_OVER_30_DAYS",
          "{days} calendar days out of service for repair, over {limit} since "
          + "{since}");
  private static final ReasonTemplate NEEDS_MORE_DAYS_OUT_OF_SERVICE =
      ReasonTemplate.of(
          "NEEDS_MORE_DAYS_OUT_OF_SERVICE",
          "{days} calendar days out of service so far; needs over {limit} by {last}");
  private static final ReasonTemplate PRESUMPTION_WINDOW_ENDED =
      ReasonTemplate.of(
          "PRESUMPTION_WINDOW_ENDED",
          "the presumption window ended on {last} or at {limit}; a reasonable "
          + "number of attempts must now be shown otherwise");
  private static final ReasonTemplate OFFSET_NEEDS_ODOMETER =
      ReasonTemplate.of(
          "OFFSET_NEEDS_ODOMETER",
          "the offset for use needs the odometer at the first repair attempt, "
          + "which is not recorded");
  private static final ReasonTemplate BUYBACK_OFFSET =
      ReasonTemplate.of(
          "BUYBACK_OFFSET",
          "offset = price {price} × {miles} miles before the first repair attempt "
          + "/ {divisor} = {offset} (Civ. Code 1793.2(d)(2)(C))");
  private static final ReasonTemplate RESTITUTION =
      ReasonTemplate.of(
          "RESTITUTION",
          "restitution = price {price} less offset {offset} = {restitution}, "
          + "before collateral charges and incidental damages (Civ. Code "
          + "1793.2(d)(2)(B))");

  CaliforniaLemonLaw() {}

  /**
   * A new builder; every attribute defaults to the statute.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaliforniaLemonLaw}; {@code build()} validates. */
  public static final class Builder extends ImmutableCaliforniaLemonLaw.Builder {
    Builder() {}
  }

  /**
   * The statute's terms.
   *
   * @return the pack
   */
  public static CaliforniaLemonLaw standard() {
    return builder().build();
  }

  /**
   * The presumption window: 18 months or 18,000 miles.
   *
   * @return the window
   */
  @Value.Default
  public CoverageLimits presumptionPeriod() {
    return CoverageLimits.of(18, Distance.ofMiles(18_000));
  }

  /**
   * Repairs of the same serious safety nonconformity that raise the presumption: 2.
   *
   * @return the count
   */
  @Value.Default
  public int safetyRepairs() {
    return 2;
  }

  /**
   * Repairs of the same nonconformity that raise the presumption: 4.
   *
   * @return the count
   */
  @Value.Default
  public int sameRepairs() {
    return 4;
  }

  /**
   * Calendar days out of service the total must exceed: 30.
   *
   * @return the days
   */
  @Value.Default
  public int daysOutOfServiceOver() {
    return 30;
  }

  /**
   * The divisor of the offset for use, in miles: 120,000.
   *
   * @return the divisor
   */
  @Value.Default
  public int offsetDivisorMiles() {
    return 120_000;
  }

  @Value.Check
  final void check() {
    Checks.require(
        safetyRepairs() > 0 && sameRepairs() > 0 && daysOutOfServiceOver() > 0 && offsetDivisorMiles() > 0,
        "sameRepairs",
        CoreErrorCode.NON_POSITIVE_QUANTITY,
        "repair counts, days and the offset divisor must be > 0");
  }

  /**
   * Assesses the presumption and the buyback for a vehicle and its history.
   *
   * @param request the request
   * @return the assessment: one remedy per ground of 1793.22(b), in order
   */
  public ConsumerLawAssessment assess(LemonLawRequest request) {
    Checks.requireNonNull(request, "request");
    Vehicle v = request.vehicle();
    Optional<LocalDate> delivered = v.deliveryDate().or(v::invoiceDate);
    if (delivered.isEmpty()) {
      return ConsumerLawAssessment.builder()
          .law(LAW)
          .applicable(false)
          .addReason(LEMON_LAW_NOT_DELIVERED.with())
          .build();
    }
    RepairHistory h = request.history();
    RepairHistory.Index ix = h.index();
    LocalDate today = ix.date(request.asOf());
    LocalDate start = delivered.get();
    LocalDate last = presumptionPeriod().lastCoveredDate(start);
    Optional<Distance> limit = presumptionPeriod().distance();
    boolean open = presumptionPeriod().covers(start, today, request.odometer());
    List<Reason> reasons = new ArrayList<>(3);
    reasons.add(
        LEMON_LAW_WINDOW.with(presumptionPeriod(), start, last));
    if (v.usage() != VehicleUsage.PRIVATE) {
      reasons.add(
          LEMON_LAW_BUSINESS_USE.with(v.usage()));
    }

    Map<String, Integer> repairs = new HashMap<>();
    Map<String, Integer> safety = new HashMap<>();
    Map<String, Integer> firstVisit = new HashMap<>();
    String repeatKey = null;
    LocalDate repeatSince = null;
    String safetyKey = null;
    LocalDate safetySince = null;
    String bestRepeat = null;
    int bestRepeatCount = 0;
    String bestSafety = null;
    int bestSafetyCount = 0;
    long days = 0;
    long off = 0;
    LocalDate lastDate = null;
    LocalDate daysSince = null;
    int firstCounted = -1;
    for (int i = 0; i < ix.size; i++) {
      RepairVisit visit = ix.visits[i];
      if (ix.counted[i].length == 0
          || ix.received[i].isAfter(last)
          || (limit.isPresent() && visit.odometerIn().isPresent() && visit.odometerIn().get().compareTo(limit.get()) > 0)) {
        continue;
      }
      if (firstCounted < 0) {
        firstCounted = i;
      }
      java.util.Set<String> seenHere = new java.util.HashSet<>();
      for (RepairRecord rec : ix.counted[i]) {
        String key = rec.facts().problemKey();
        if (!seenHere.add(key)) {
          continue; // one visit is one repair attempt of a nonconformity
        }
        firstVisit.putIfAbsent(key, i);
        int c = repairs.merge(key, 1, Integer::sum);
        if (c > bestRepeatCount || (c == bestRepeatCount && key.compareTo(bestRepeat) < 0)) {
          bestRepeat = key;
          bestRepeatCount = c;
        }
        if (repeatSince == null && c >= sameRepairs()) {
          repeatKey = key;
          repeatSince = ix.received[i];
        }
        if (rec.facts().seriousSafetyFault()) {
          int s = safety.merge(key, 1, Integer::sum);
          if (s > bestSafetyCount || (s == bestSafetyCount && key.compareTo(bestSafety) < 0)) {
            bestSafety = key;
            bestSafetyCount = s;
          }
          if (safetySince == null && s >= safetyRepairs()) {
            safetyKey = key;
            safetySince = ix.received[i];
          }
        }
      }
      LocalDate s = ix.received[i];
      if (lastDate != null && !s.isAfter(lastDate)) {
        s = lastDate.plusDays(1);
      }
      LocalDate e = ix.end(i, request.asOf());
      if (e.isAfter(last)) {
        e = last;
      }
      off += visit.excluded(NOT_COUNTED).toDays();
      if (!e.isBefore(s)) {
        long n = ChronoUnit.DAYS.between(s, e) + 1;
        if (daysSince == null && days + n - off > daysOutOfServiceOver()) {
          daysSince = s.plusDays(daysOutOfServiceOver() - (days - off));
        }
        days += n;
        lastDate = e;
      }
    }
    long outOfService = Math.max(0, days - off);
    boolean notifyMissing = request.notificationRequirementDisclosed() && !request.manufacturerNotifiedDirectly();
    Reason notify =
        NOTIFY_MANUFACTURER_DIRECTLY.with();

    List<RemedyAssessment> remedies = new ArrayList<>(3);
    remedies.add(
        ground(
            "1793.22(b)(1)",
            safetyKey != null ? safetyKey : bestSafety,
            safetySince,
            notifyMissing,
            notify,
            open,
            last,
            SAFETY_NONCONFORMITY_REPAIRED.with(safetyKey, safetyRepairs(), safetySince),
            NEEDS_SAFETY_REPAIRS.with(bestSafety == null ? "none" : bestSafety, bestSafetyCount, safetyRepairs(), last),
            request.purchasePrice(),
            firstMiles(request, ix, safetyKey == null ? -1 : firstVisit.get(safetyKey))));
    remedies.add(
        ground(
            "1793.22(b)(2)",
            repeatKey != null ? repeatKey : bestRepeat,
            repeatSince,
            notifyMissing,
            notify,
            open,
            last,
            NONCONFORMITY_REPAIRED.with(repeatKey, sameRepairs(), repeatSince),
            NEEDS_MORE_REPAIRS.with(bestRepeat == null ? "none" : bestRepeat, bestRepeatCount, sameRepairs(), last),
            request.purchasePrice(),
            firstMiles(request, ix, repeatKey == null ? -1 : firstVisit.get(repeatKey))));
    remedies.add(
        ground(
            "1793.22(b)(3)",
            "DAYS_OUT_OF_SERVICE",
            daysSince,
            false,
            notify,
            open,
            last,
            OUT_OF_SERVICE_OVER_30_DAYS.with(outOfService, daysOutOfServiceOver(), daysSince),
            NEEDS_MORE_DAYS_OUT_OF_SERVICE.with(outOfService, daysOutOfServiceOver(), last),
            request.purchasePrice(),
            firstMiles(request, ix, firstCounted)));
    ConsumerLawAssessment a =
        ConsumerLawAssessment.builder().law(LAW).applicable(true).remedies(remedies).reasons(reasons).build();
    if (LOG.isDebugEnabled()) {
      LOG.debug("lemon-law presumption: available {}", a.available().stream().map(RemedyAssessment::article).toList());
    }
    return a;
  }

  private RemedyAssessment ground(
      String article,
      String subject,
      LocalDate since,
      boolean notifyMissing,
      Reason notify,
      boolean open,
      LocalDate last,
      Reason met,
      Reason missing,
      Optional<MonetaryAmount> price,
      Optional<BigDecimal> miles) {
    RemedyAssessment.Builder b =
        RemedyAssessment.builder().remedy(Remedy.REPURCHASE_OR_REPLACEMENT).article("Civ. Code " + article);
    if (subject != null) {
      b.subject(subject);
    }
    if (since != null && !notifyMissing) {
      b.status(RemedyStatus.AVAILABLE).since(since).addReason(met);
      return withMoney(b, price, miles).build();
    }
    if (since != null) {
      return b.status(RemedyStatus.NOT_YET).addReason(met).addMissing(notify).build();
    }
    if (open) {
      return b.status(RemedyStatus.NOT_YET).addMissing(missing).addReason(missing).build();
    }
    return b.status(RemedyStatus.LAPSED)
        .addReason(missing)
        .addReason(
            PRESUMPTION_WINDOW_ENDED.with(last, presumptionPeriod().distance().map(Object::toString).orElse("no limit")))
        .build();
  }

  private static Optional<BigDecimal> firstMiles(LemonLawRequest r, RepairHistory.Index ix, int visit) {
    if (visit < 0 || ix.visits[visit].odometerIn().isEmpty()) {
      return Optional.empty();
    }
    Distance at = ix.visits[visit].odometerIn().get();
    BigDecimal km = at.exactKilometres();
    if (r.odometerAtDelivery().isPresent()) {
      km = km.subtract(r.odometerAtDelivery().get().exactKilometres()).max(BigDecimal.ZERO);
    }
    return Optional.of(km.divide(DistanceUnit.MI.kilometres(), 6, java.math.RoundingMode.HALF_UP));
  }

  /** The offset for use and the restitution, when the price and the miles are known. */
  private RemedyAssessment.Builder withMoney(
      RemedyAssessment.Builder b, Optional<MonetaryAmount> price, Optional<BigDecimal> miles) {
    if (price.isEmpty()) {
      return b;
    }
    if (miles.isEmpty()) {
      return b.addReason(
          OFFSET_NEEDS_ODOMETER.with());
    }
    MonetaryAmount p = price.get();
    MonetaryAmount offset = offset(p, miles.get());
    MonetaryAmount restitution = Monies.of(Monies.number(p).subtract(Monies.number(offset)), p.getCurrency());
    String m = miles.get().setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    return b.addMoney(
            MoneyOwed.builder()
                .kind("BUYBACK_OFFSET")
                .amount(offset)
                .owedBy(Party.CONSUMER)
                .explanation(
                    BUYBACK_OFFSET.with(p, m, offsetDivisorMiles(), offset))
                .build())
        .addMoney(
            MoneyOwed.builder()
                .kind("RESTITUTION")
                .amount(restitution)
                .owedBy(Party.SELLER)
                .explanation(
                    RESTITUTION.with(p, offset, restitution))
                .build());
  }

  /**
   * The offset for use of 1793.2(d)(2)(C): price × miles before the first repair attempt /
   * 120,000, rounded to the currency's minor unit half up.
   *
   * @param price the price paid or payable
   * @param milesBeforeFirstRepair miles driven before the first repair attempt
   * @return the offset
   */
  public MonetaryAmount offset(MonetaryAmount price, BigDecimal milesBeforeFirstRepair) {
    Checks.requireNonNull(price, "price");
    Checks.requireNonNegative(milesBeforeFirstRepair, "milesBeforeFirstRepair", 7, 9);
    BigDecimal raw =
        Monies.number(price)
            .multiply(milesBeforeFirstRepair, MathContext.DECIMAL64)
            .divide(BigDecimal.valueOf(offsetDivisorMiles()), MathContext.DECIMAL64);
    return Monies.of(RoundingPolicy.standard(price.getCurrency()).round(raw), price.getCurrency());
  }
}

package org.aftersales.scheduling.promise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;
import org.aftersales.core.ValidationException;
import org.aftersales.scheduling.SchedulingReason;
import org.aftersales.scheduling.calendar.Interval;
import org.aftersales.scheduling.calendar.ShopCalendar;

/**
 * Computes the promised completion time of a job (DOMAIN §2 step 4, "with a margin") and the
 * progress check (step 6, 70–80% of the estimated duration).
 *
 * <ol>
 *   <li>Work starts at the first working instant (opening hours minus breaks, in the shop's
 *       zone) at or after the latest of the start, the parts' arrival and the workshop's free
 *       time.
 *   <li>The work takes Σ labour hours × 100 / efficiency of clock time, rounded up to whole
 *       seconds, consumed in working time only: it pauses over breaks, at closing time and on
 *       closed days, and resumes at the next opening. Work that ends exactly at a break or at
 *       closing ends there, not at the next opening.
 *   <li>The margin, {@code work × marginShare + fixedMargin} (rounded up to whole seconds), is
 *       consumed the same way after the work.
 *   <li>The promise is rounded up to the policy's step in local time, but never past the end of
 *       its working window, so it never falls into closed hours.
 *   <li>The progress check is where {@code progressCheckAt} of the work has been done, in working
 *       time.
 * </ol>
 *
 * <p>More work, a later start, a later parts arrival or a busier workshop never give an earlier
 * promise. Immutable and thread-safe; holds no state but its calendar and policy.
 */
public final class PromiseCalculator {

  private static final int MAX_DAYS = 3660;
  private static final BigDecimal SECONDS_PER_HOUR_PERCENT = BigDecimal.valueOf(360_000);

  private final ShopCalendar calendar;
  private final PromisePolicy policy;

  private PromiseCalculator(ShopCalendar calendar, PromisePolicy policy) {
    this.calendar = calendar;
    this.policy = policy;
  }

  /**
   * A calculator for a shop.
   *
   * @param calendar the shop's calendar (working time and zone)
   * @param policy the margin, progress-check and rounding policy
   * @return the calculator
   */
  public static PromiseCalculator of(ShopCalendar calendar, PromisePolicy policy) {
    return new PromiseCalculator(
        Checks.requireNonNull(calendar, "calendar"), Checks.requireNonNull(policy, "policy"));
  }

  /**
   * The calendar.
   *
   * @return the calendar
   */
  public ShopCalendar calendar() {
    return calendar;
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public PromisePolicy policy() {
    return policy;
  }

  /**
   * The promise for a request.
   *
   * @param request the start, labour, efficiency and constraints
   * @return the promise with its reasons
   * @throws ValidationException when the work cannot be placed within ten years of working time
   */
  public Promise promise(PromiseRequest request) {
    Checks.requireNonNull(request, "request");
    List<Reason> reasons = new ArrayList<>();
    Instant earliest = request.start();
    String cause = "CLOSED";
    if (request.partsEta().isPresent() && request.partsEta().get().isAfter(earliest)) {
      earliest = request.partsEta().get();
      cause = "PARTS_ETA";
    }
    if (request.workshopFreeAt().isPresent() && request.workshopFreeAt().get().isAfter(earliest)) {
      earliest = request.workshopFreeAt().get();
      cause = "WORKSHOP_LOAD";
    }
    Instant opening = calendar.nextOpening(earliest).orElseThrow(() -> noWorkingTime(request.start()));
    Instant workStart = opening;
    if (opening.getNano() != 0) {
      // work is counted in whole seconds: start at the next one that is still working time
      workStart =
          calendar.nextOpening(Instant.ofEpochSecond(opening.getEpochSecond() + 1))
              .orElseThrow(() -> noWorkingTime(request.start()));
    }
    if (workStart.isAfter(request.start())) {
      reasons.add(
          SchedulingReason.WORK_START_DELAYED.reason(
              "work cannot start at {requested}; it starts at {workStart} ({cause})",
              "requested", calendar.localDateTime(request.start()),
              "workStart", calendar.localDateTime(workStart),
              "cause", cause));
    }
    long workSeconds =
        request.totalHours().value().multiply(SECONDS_PER_HOUR_PERCENT)
            .divide(request.efficiency(), 0, RoundingMode.CEILING).longValueExact();
    long marginSeconds =
        BigDecimal.valueOf(workSeconds).multiply(policy.marginShare().fraction())
            .setScale(0, RoundingMode.CEILING).longValueExact()
            + policy.fixedMargin().getSeconds() + (policy.fixedMargin().getNano() > 0 ? 1 : 0);
    long checkSeconds =
        BigDecimal.valueOf(workSeconds).multiply(policy.progressCheckAt().fraction())
            .setScale(0, RoundingMode.CEILING).longValueExact();
    Instant[] workEnd = consume(workStart, workSeconds);
    Instant[] end = consume(workEnd[0], marginSeconds);
    Instant progress = consume(workStart, checkSeconds)[0];
    Instant promised = roundUp(end[0], end[1]);
    Duration work = Duration.ofSeconds(workSeconds);
    Duration margin = Duration.ofSeconds(marginSeconds);
    reasons.add(
        SchedulingReason.PROMISE_COMPUTED.reason(
            "{work} of work from {workStart} ends at {workEnd}; with a margin of {margin} the car is promised for {promisedAt}",
            "work", work, "margin", margin,
            "workStart", calendar.localDateTime(workStart),
            "workEnd", calendar.localDateTime(workEnd[0]),
            "promisedAt", calendar.localDateTime(promised)));
    return Promise.builder()
        .workStart(workStart)
        .workEnd(workEnd[0])
        .promisedAt(promised)
        .progressCheckAt(progress)
        .work(work)
        .margin(margin)
        .reasons(reasons)
        .build();
  }

  /**
   * The instant at which {@code seconds} of working time after {@code from} (itself a working
   * instant or the end of a working window) have passed, and the end of the working window it
   * lies in.
   */
  private Instant[] consume(Instant from, long seconds) {
    Instant pos = from;
    long left = seconds;
    LocalDate d = calendar.dateOf(from);
    for (int i = 0; i <= MAX_DAYS && d.getYear() <= 2999; i++, d = d.plusDays(1)) {
      for (Interval iv : calendar.openIntervals(d)) {
        if (!iv.end().isAfter(pos) && !(left == 0 && iv.end().equals(pos))) {
          continue;
        }
        Instant s = iv.start().isAfter(pos) ? iv.start() : pos;
        long avail = iv.end().getEpochSecond() - s.getEpochSecond();
        if (left <= avail) {
          if (left == 0 && !s.equals(pos)) {
            return new Instant[] {pos, pos};
          }
          return new Instant[] {s.plusSeconds(left), iv.end()};
        }
        left -= avail;
        pos = iv.end();
      }
    }
    throw noWorkingTime(from);
  }

  private Instant roundUp(Instant t, Instant windowEnd) {
    long step = policy.roundUpTo().getSeconds();
    if (step == 0) {
      return t;
    }
    long offset = calendar.zone().getRules().getOffset(t).getTotalSeconds();
    long local = t.getEpochSecond() + offset;
    long rounded = Math.floorDiv(local + step - 1 + (t.getNano() > 0 ? 1 : 0), step) * step - offset;
    Instant r = Instant.ofEpochSecond(rounded);
    return r.isAfter(windowEnd) ? windowEnd : r;
  }

  private static ValidationException noWorkingTime(Instant from) {
    return ValidationException.of(
        "labour",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "the work does not fit into the shop's working time within ten years after " + from);
  }

  @Override
  public String toString() {
    return "PromiseCalculator[" + calendar.zone() + ", " + policy + "]";
  }
}

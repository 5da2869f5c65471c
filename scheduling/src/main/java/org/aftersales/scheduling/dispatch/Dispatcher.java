package org.aftersales.scheduling.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.aftersales.core.ValidationException;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.scheduling.SchedulingErrorCode;
import org.aftersales.scheduling.SchedulingReason;
import org.aftersales.scheduling.calendar.Interval;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.aftersales.scheduling.capacity.Bay;
import org.aftersales.scheduling.capacity.BayType;
import org.aftersales.scheduling.capacity.Technician;
import org.aftersales.scheduling.capacity.WorkshopCapacity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assigns a day's jobs to technicians and bays (派工, DOMAIN §2 step 6: "the controller sets
 * priority and assigns by skill and load").
 *
 * <p>The rules, applied in this order, make the result deterministic for the same input:
 *
 * <ol>
 *   <li><b>Priority</b>: waiting customers first; then the earliest promised time (jobs without a
 *       promise after those with one); then the earliest ready time; then the job id.
 *   <li><b>Qualified technicians</b>: those with the job's skill who work that day (their shifts
 *       within the shop's opening hours, minus breaks, not absent), or only the pinned technician.
 *   <li><b>Earliest finish</b>: each job goes, in priority order, to the qualified technician who
 *       would finish it first, starting no earlier than the start of dispatch, the job's ready
 *       time, the end of the technician's previous job and, for a job needing a bay, the moment
 *       the first bay of its type frees up. Ties go to the technician with less clocked time
 *       assigned so far, then to the lower id. This balances load: a technician with a queue
 *       finishes later and stops winning jobs.
 *   <li><b>Time</b>: work takes hours × 100 / the technician's efficiency, only in the
 *       technician's working intervals: it pauses over breaks and after the shift and goes on the
 *       next working day. A job is assigned only when it can start on the dispatch date.
 *   <li><b>Bays</b>: a job needing a bay takes the bay of its type that frees up first (then the
 *       lower id) from its start to its end.
 * </ol>
 *
 * <p>A technician or bay is never given two jobs at the same time. Every assignment explains its
 * rank, the choice of technician and bay, and the expected lateness against the promise; every
 * unassigned job says why. Cost: O(jobs × qualified technicians × (bays of the type + working
 * intervals)). Immutable and thread-safe.
 */
public final class Dispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final int MAX_DAYS = 366;

  private final ShopCalendar calendar;
  private final WorkshopCapacity capacity;

  private Dispatcher(ShopCalendar calendar, WorkshopCapacity capacity) {
    this.calendar = calendar;
    this.capacity = capacity;
  }

  /**
   * A dispatcher for a shop.
   *
   * @param calendar the shop's calendar
   * @param capacity the technicians and bays
   * @return the dispatcher
   */
  public static Dispatcher of(ShopCalendar calendar, WorkshopCapacity capacity) {
    return new Dispatcher(
        Checks.requireNonNull(calendar, "calendar"), Checks.requireNonNull(capacity, "capacity"));
  }

  /** The priority order: waiting first, earliest promise, earliest ready time, id. */
  public static final Comparator<DispatchJob> PRIORITY =
      Comparator.comparing((DispatchJob j) -> !j.waitingCustomer())
          .thenComparing(j -> j.promisedAt().orElse(Instant.MAX))
          .thenComparing(j -> j.readyAt().orElse(Instant.MIN))
          .thenComparing(DispatchJob::id);

  /** A technician's time line: working intervals from the dispatch date on, and where they are. */
  private final class Line {
    final Technician tech;
    final List<Interval> intervals = new ArrayList<>();
    final int todayCount;
    LocalDate nextDate;
    Instant freeFrom;
    long assignedSeconds;

    Line(Technician tech, LocalDate date, Instant notBefore) {
      this.tech = tech;
      intervals.addAll(tech.workingIntervals(calendar, date));
      this.todayCount = intervals.size();
      this.nextDate = date.plusDays(1);
      this.freeFrom = notBefore;
    }

    boolean worksToday() {
      return todayCount > 0;
    }

    boolean extend() {
      for (int i = 0; i < MAX_DAYS && nextDate.getYear() <= 2999; i++) {
        List<Interval> more = tech.workingIntervals(calendar, nextDate);
        nextDate = nextDate.plusDays(1);
        if (!more.isEmpty()) {
          intervals.addAll(more);
          return true;
        }
      }
      return false;
    }

    /** The first working instant today at or after {@code earliest}, or null. */
    @Nullable Instant startToday(Instant earliest) {
      for (int i = 0; i < todayCount; i++) {
        Interval iv = intervals.get(i);
        if (iv.end().isAfter(earliest)) {
          return iv.start().isAfter(earliest) ? iv.start() : earliest;
        }
      }
      return null;
    }

    /** Where {@code work} ends when started at {@code start}; collects the intervals when asked. */
    @Nullable Instant finish(Instant start, Duration work, @Nullable List<Interval> out) {
      Duration left = work;
      Instant pos = start;
      for (int i = 0; ; i++) {
        if (i == intervals.size() && !extend()) {
          return null;
        }
        Interval iv = intervals.get(i);
        if (!iv.end().isAfter(pos)) {
          continue;
        }
        Instant s = iv.start().isAfter(pos) ? iv.start() : pos;
        Duration avail = Duration.between(s, iv.end());
        if (left.compareTo(avail) <= 0) {
          Instant end = s.plus(left);
          if (out != null && end.isAfter(s)) {
            out.add(Interval.of(s, end));
          }
          return end;
        }
        if (out != null) {
          out.add(Interval.of(s, iv.end()));
        }
        left = left.minus(avail);
        pos = iv.end();
      }
    }
  }

  private static final class BaySlot {
    final Bay bay;
    Instant freeFrom;

    BaySlot(Bay bay, Instant freeFrom) {
      this.bay = bay;
      this.freeFrom = freeFrom;
    }
  }

  /**
   * Dispatches a day's jobs.
   *
   * @param date the date, in the shop's zone
   * @param jobs the jobs, ids unique
   * @param notBefore no work starts before this instant (the moment of dispatch)
   * @return the plan
   * @throws ValidationException when a job needs a skill or bay type the workshop does not have,
   *     or is pinned to a technician who is not part of it
   */
  public DispatchPlan dispatch(LocalDate date, List<DispatchJob> jobs, Instant notBefore) {
    ShopCalendar.requireSupported(date, "date");
    ShopCalendar.requireSupported(notBefore, "notBefore");
    Checks.requireNonNull(jobs, "jobs");
    validate(jobs);

    Map<TechnicianId, Line> lines = new HashMap<>();
    List<Line> ordered = new ArrayList<>();
    for (Technician t : capacity.technicians()) {
      Line l = new Line(t, date, notBefore);
      lines.put(t.id(), l);
      ordered.add(l);
    }
    ordered.sort(Comparator.comparing(l -> l.tech.id()));
    Map<BayType, List<BaySlot>> bays = new TreeMap<>();
    for (Bay b : capacity.bays()) {
      bays.computeIfAbsent(b.type(), k -> new ArrayList<>()).add(new BaySlot(b, notBefore));
    }
    bays.values().forEach(l -> l.sort(Comparator.comparing(s -> s.bay.id())));

    List<DispatchJob> queue = new ArrayList<>(jobs);
    queue.sort(PRIORITY);
    DispatchPlan.Builder plan = DispatchPlan.builder().date(date);
    int rank = 0;
    for (DispatchJob job : queue) {
      rank++;
      List<Line> candidates = new ArrayList<>();
      if (job.technician().isPresent()) {
        Line pinned = lines.get(job.technician().get());
        if (!pinned.tech.can(job.skill())) {
          plan.addUnassigned(unassigned(job, pinnedReason(job, "LACKS_SKILL",
              "{technician} is pinned but does not have skill {skill}")));
          continue;
        }
        if (!pinned.worksToday()) {
          plan.addUnassigned(unassigned(job, pinnedReason(job, "NOT_WORKING",
              "{technician} is pinned but does not work on " + date)));
          continue;
        }
        candidates.add(pinned);
      } else {
        for (Line l : ordered) {
          if (l.tech.can(job.skill()) && l.worksToday()) {
            candidates.add(l);
          }
        }
      }
      if (candidates.isEmpty()) {
        plan.addUnassigned(
            unassigned(
                job,
                SchedulingReason.NO_QUALIFIED_TECHNICIAN.reason(
                    "no technician with skill {skill} works on {date}", "skill", job.skill(), "date", date)));
        continue;
      }
      Instant ready = later(notBefore, job.readyAt().orElse(notBefore));
      BaySlot bay = job.bayType().map(t -> firstFree(bays.get(t))).orElse(null);
      Line best = null;
      Instant bestStart = null;
      Instant bestEnd = null;
      boolean startableWithoutBay = false;
      for (Line l : candidates) {
        Instant earliest = later(ready, l.freeFrom);
        if (bay != null) {
          startableWithoutBay |= l.startToday(earliest) != null;
          earliest = later(earliest, bay.freeFrom);
        }
        // one technician's time line, the job's readiness and the bay: the latest wins
        Instant start = l.startToday(earliest);
        if (start == null) {
          continue;
        }
        Instant end = l.finish(start, l.tech.clockTime(job.hours()), null);
        if (end == null) {
          continue;
        }
        if (best == null
            || end.isBefore(bestEnd)
            || (end.equals(bestEnd) && l.assignedSeconds < best.assignedSeconds)) {
          best = l;
          bestStart = start;
          bestEnd = end;
        }
      }
      if (best == null) {
        plan.addUnassigned(unassigned(job, noTime(job, date, notBefore, candidates, bay != null && startableWithoutBay)));
        continue;
      }
      Duration clock = best.tech.clockTime(job.hours());
      List<Interval> work = new ArrayList<>();
      best.finish(bestStart, clock, work);
      best.freeFrom = bestEnd;
      best.assignedSeconds += clock.getSeconds();
      List<Reason> reasons = new ArrayList<>();
      reasons.add(priorityReason(job, rank));
      reasons.add(
          job.technician().isPresent()
              ? SchedulingReason.TECHNICIAN_CHOSEN.reason(
                  "pinned to {technician}, who finishes at {end}",
                  "technician", best.tech.id(), "end", calendar.localDateTime(bestEnd), "candidates", 1)
              : SchedulingReason.TECHNICIAN_CHOSEN.reason(
                  "{technician} finishes earliest, at {end}, of {candidates} qualified technicians",
                  "technician", best.tech.id(), "end", calendar.localDateTime(bestEnd),
                  "candidates", candidates.size()));
      if (bay != null) {
        bay.freeFrom = bestEnd;
        reasons.add(
            SchedulingReason.BAY_CHOSEN.reason(
                "bay {bay} is the first {bayType} bay free", "bay", bay.bay.id(), "bayType", bay.bay.type()));
      }
      Duration late = Duration.ZERO;
      if (job.promisedAt().isPresent() && bestEnd.isAfter(job.promisedAt().get())) {
        late = Duration.between(job.promisedAt().get(), bestEnd);
        reasons.add(
            SchedulingReason.EXPECTED_LATE.reason(
                "expected to finish at {end}, {minutesLate} min after the promised {promisedAt}",
                "end", calendar.localDateTime(bestEnd),
                "minutesLate", (late.getSeconds() + 59) / 60,
                "promisedAt", calendar.localDateTime(job.promisedAt().get())));
      }
      if (LOG.isDebugEnabled()) {
        LOG.debug("dispatched {} to {} from {} to {}", job.id(), best.tech.id(), bestStart, bestEnd);
      }
      plan.addAssignments(
          Assignment.builder()
              .job(job.id())
              .skill(job.skill())
              .technician(best.tech.id())
              .bay(Optional.ofNullable(bay).map(b -> b.bay.id()))
              .start(bestStart)
              .end(bestEnd)
              .work(work)
              .expectedLateness(late)
              .reasons(reasons)
              .build());
    }
    for (Line l : ordered) {
      plan.putTechnicianLoad(l.tech.id(), Duration.ofSeconds(l.assignedSeconds));
    }
    return plan.build();
  }

  private void validate(List<DispatchJob> jobs) {
    Checks.requireUnique(jobs, DispatchJob::id, "jobs");
    Set<Skill> skills = capacity.skills();
    Set<BayType> bayTypes = capacity.bayTypes();
    for (int i = 0; i < jobs.size(); i++) {
      DispatchJob j = Checks.requireNonNull(jobs.get(i), "jobs[" + i + "]");
      if (!skills.contains(j.skill())) {
        throw ValidationException.of(
            "jobs[" + i + "].skill",
            SchedulingErrorCode.SKILL_NOT_IN_WORKSHOP,
            "job " + j.id() + " needs skill " + j.skill() + ", which no technician of the workshop has");
      }
      if (j.bayType().isPresent() && !bayTypes.contains(j.bayType().get())) {
        throw ValidationException.of(
            "jobs[" + i + "].bayType",
            SchedulingErrorCode.BAY_TYPE_NOT_IN_WORKSHOP,
            "job " + j.id() + " needs a bay of type " + j.bayType().get() + ", which the workshop does not have");
      }
      if (j.technician().isPresent() && capacity.technician(j.technician().get()).isEmpty()) {
        throw ValidationException.of(
            "jobs[" + i + "].technician",
            SchedulingErrorCode.TECHNICIAN_NOT_IN_WORKSHOP,
            "job " + j.id() + " is pinned to technician " + j.technician().get()
                + ", who is not part of the workshop");
      }
    }
  }

  private static BaySlot firstFree(List<BaySlot> slots) {
    BaySlot best = slots.get(0);
    for (BaySlot s : slots) {
      if (s.freeFrom.isBefore(best.freeFrom)) {
        best = s;
      }
    }
    return best;
  }

  private Reason priorityReason(DispatchJob job, int rank) {
    if (job.waitingCustomer()) {
      return SchedulingReason.DISPATCH_PRIORITY.reason(
          "rank {rank}: the customer is waiting",
          "rank", rank, "waiting", true, "promisedAt", job.promisedAt().map(calendar::localDateTime).map(Object::toString).orElse("none"));
    }
    return job.promisedAt()
        .map(p -> SchedulingReason.DISPATCH_PRIORITY.reason(
            "rank {rank}: promised for {promisedAt}", "rank", rank, "waiting", false,
            "promisedAt", calendar.localDateTime(p)))
        .orElseGet(() -> SchedulingReason.DISPATCH_PRIORITY.reason(
            "rank {rank}: no promised time", "rank", rank, "waiting", false, "promisedAt", "none"));
  }

  private static Reason pinnedReason(DispatchJob job, String detail, String template) {
    return SchedulingReason.PINNED_TECHNICIAN_UNAVAILABLE.reason(
        template, "technician", job.technician().orElseThrow(), "skill", job.skill(), "detail", detail);
  }

  private Reason noTime(
      DispatchJob job, LocalDate date, Instant notBefore, List<Line> candidates, boolean baysOnly) {
    if (baysOnly) {
      return SchedulingReason.NO_TIME_LEFT.reason(
          "every {bayType} bay is taken until the qualified technicians' day ends on {date}",
          "skill", job.skill(), "date", date, "detail", "BAYS", "bayType", job.bayType().orElseThrow());
    }
    if (job.readyAt().isPresent()) {
      for (Line l : candidates) {
        if (l.startToday(later(notBefore, l.freeFrom)) != null) {
          return SchedulingReason.NOT_READY_TODAY.reason(
              "the car is not ready before the qualified technicians' day ends ({readyAt})",
              "readyAt", calendar.localDateTime(job.readyAt().get()));
        }
      }
    }
    return SchedulingReason.NO_TIME_LEFT.reason(
        "every technician with skill {skill} is busy until the end of their day on {date}",
        "skill", job.skill(), "date", date, "detail", "TECHNICIANS");
  }

  private static UnassignedJob unassigned(DispatchJob job, Reason reason) {
    return new UnassignedJob(job.id(), List.of(reason));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  @Override
  public String toString() {
    return "Dispatcher[" + capacity.technicians().size() + " technicians, " + capacity.bays().size() + " bays]";
  }
}

package org.aftersales.scheduling.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.IllegalTransitionException;
import org.aftersales.core.Reason;
import org.aftersales.core.SchedulingConflictException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.calendar.DateRange;
import org.aftersales.core.order.AdvisorId;
import org.aftersales.scheduling.SchedulingErrorCode;
import org.aftersales.scheduling.SchedulingReason;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.aftersales.scheduling.capacity.TransportOption;
import org.aftersales.scheduling.capacity.WorkshopCapacity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shop's appointment book (预约, DOMAIN §2 steps 1–2): which start times can be booked for a
 * request, and the bookings that hold or confirm them.
 *
 * <h2>What is checked</h2>
 *
 * A start time is offered for a request exactly when all of these hold; otherwise {@link
 * #explain} lists every reason (codes of {@link SchedulingReason}):
 *
 * <ul>
 *   <li>the shop is open that date and the time is a reception slot start of the {@link
 *       ReceptionPattern} ({@code OUTSIDE_OPENING_HOURS}, {@code BUFFER_SLOT}, {@code
 *       NOT_A_SLOT_START}); the reception's consecutive slots do not run into a buffer, a break
 *       or closing ({@code RECEPTION_DOES_NOT_FIT});
 *   <li>it is not before now, not inside the minimum notice, not today when same-day bookings are
 *       off, and not beyond the horizon, all counted in the shop's zone ({@code IN_THE_PAST},
 *       {@code INSIDE_MINIMUM_NOTICE}, {@code BEYOND_BOOKING_HORIZON}); not before the parts'
 *       arrival ({@code BEFORE_PARTS_ETA});
 *   <li>an advisor (the requested one, if any) is free for all slots of the reception ({@code
 *       ADVISOR_BUSY});
 *   <li>the date has room: appointment and hour limits, the walk-in reserve, the transport quota,
 *       a free loaner on every day of the loan, loadable hours for every skill, bay-hours of the
 *       bay type ({@code DAILY_APPOINTMENT_LIMIT}, {@code DAILY_HOURS_LIMIT}, {@code
 *       WALK_IN_RESERVE}, {@code TRANSPORT_QUOTA_FULL}, {@code LOANER_QUOTA_FULL}, {@code
 *       SKILL_CAPACITY_EXHAUSTED}, {@code BAY_CAPACITY_EXHAUSTED}).
 * </ul>
 *
 * <p>Skill capacity counts each technician's hours once: the demand of every set of skills
 * (booked, requested, carry-over and internal work) must fit into the loadable hours of the
 * technicians having any skill of the set (Hall's condition for assigning hours to technicians),
 * so two skills sharing one technician cannot both book that technician's whole day. Bay-hours of
 * a type = bays of the type × the shop's open hours that day; a request with a bay type takes its
 * total labour hours of them.
 *
 * <h2>Operations</h2>
 *
 * {@link #hold} reserves a time until an expiry (exclusive), {@link #confirm} books a held time,
 * {@link #book} holds and confirms at once, {@link #release} gives a hold up, {@link #cancel}
 * cancels a confirmed booking, {@link #reschedule} moves an active booking, and {@link #expire}
 * turns holds whose expiry has passed into {@link BookingStatus#EXPIRED}. Every operation takes the
 * current instant and first expires the holds due by then. Booking runs through the very checks
 * that compute {@link #availability}, so a start is bookable if and only if it is offered; a
 * refusal is a {@link SchedulingConflictException} with the same reasons as {@link #explain}, and
 * a start before now is a {@link ValidationException} ({@link
 * SchedulingErrorCode#BOOKING_IN_PAST}). Cancelling or releasing gives back exactly what the
 * booking took, so availability is what it was before (buffers included). Rescheduling frees the
 * old time, checks the new one on that basis, and keeps the booking unchanged if the new time is
 * refused. Advisors: the requested one, else the one already receiving the customer when
 * rescheduling, else the free advisor with the fewest receptions that day, ties in the order of
 * {@link ReceptionPattern#advisors()}; advisors on their {@linkplain ReceptionPattern#advisorAbsences()
 * days off} receive no one.
 *
 * <h2>Immutability, threads and cost</h2>
 *
 * The book is <b>immutable</b>: every operation returns a new book in a {@link BookingResult} and
 * leaves this one as it was, so it is thread-safe and a failed operation changes nothing. To book
 * from several threads, keep the current book in a {@link SharedAppointmentBook}, which swaps
 * snapshots with compare-and-set: among concurrent attempts on the last free slot exactly one
 * succeeds. Bookings are kept in persistent balanced trees and per-date ledgers: checking or
 * booking a time costs O(log n) in the bookings of the book plus the size of one date's ledger,
 * never a scan of all bookings; an availability query costs O(dates × slots × advisors).
 * Restored books and the book's own {@link #bookings()} keep every booking, active or not.
 */
public final class AppointmentBook {

  private static final Logger LOG = LoggerFactory.getLogger(AppointmentBook.class);
  private static final Pattern GENERATED_ID = Pattern.compile("BK-(\\d{1,17})");

  /** Orders holds by expiry, then id. */
  private record HoldKey(Instant expiresAt, BookingId id) implements Comparable<HoldKey> {
    @Override
    public int compareTo(HoldKey o) {
      int c = expiresAt.compareTo(o.expiresAt);
      return c != 0 ? c : id.compareTo(o.id);
    }
  }

  /** Orders active bookings by start, then id. */
  private record StartKey(Instant start, BookingId id) implements Comparable<StartKey> {
    @Override
    public int compareTo(StartKey o) {
      int c = start.compareTo(o.start);
      return c != 0 ? c : id.compareTo(o.id);
    }
  }

  /** The current instant and the dates and bounds derived from it. */
  private static final class Ctx {
    final Instant now;
    final long nowCeil;
    final long noticeCeil;
    final LocalDate today;
    final LocalDate earliest;
    final LocalDate last;

    Ctx(Compiled c, Instant now) {
      this.now = now;
      this.nowCeil = ceil(now);
      this.noticeCeil = ceil(now.plus(c.notice));
      this.today = c.calendar.dateOf(now);
      this.earliest = c.sameDay ? today : today.plusDays(1);
      this.last = today.plusDays(c.horizonDays);
    }
  }

  private final Compiled c;
  private final PersistentMap<Long, DayLedger> days;
  private final PersistentMap<BookingId, Booking> byId;
  private final PersistentMap<HoldKey, BookingId> holds;
  private final PersistentMap<StartKey, BookingId> active;
  private final long nextSequence;

  private AppointmentBook(
      Compiled c,
      PersistentMap<Long, DayLedger> days,
      PersistentMap<BookingId, Booking> byId,
      PersistentMap<HoldKey, BookingId> holds,
      PersistentMap<StartKey, BookingId> active,
      long nextSequence) {
    this.c = c;
    this.days = days;
    this.byId = byId;
    this.holds = holds;
    this.active = active;
    this.nextSequence = nextSequence;
  }

  /**
   * An empty book for a shop.
   *
   * @param calendar the shop's calendar
   * @param pattern the reception pattern
   * @param capacity the workshop's capacity
   * @return the book
   * @throws org.aftersales.core.PolicyException when the pattern requires aligned windows and the
   *     slot length does not divide one ({@link SchedulingErrorCode#SLOT_LENGTH_MISALIGNED})
   */
  public static AppointmentBook create(
      ShopCalendar calendar, ReceptionPattern pattern, WorkshopCapacity capacity) {
    Checks.requireNonNull(calendar, "calendar");
    Checks.requireNonNull(pattern, "pattern");
    Checks.requireNonNull(capacity, "capacity");
    return new AppointmentBook(
        new Compiled(calendar, pattern, capacity),
        PersistentMap.empty(),
        PersistentMap.empty(),
        PersistentMap.empty(),
        PersistentMap.empty(),
        1);
  }

  /**
   * A book with stored bookings, for example after a restart or a policy change. Active bookings
   * take their slots again: each must still start on a reception slot of its date, fit its
   * reception, and find its advisor free ({@link SchedulingConflictException} otherwise), and its
   * request must name only what the shop has. Capacity limits are not checked again: when a
   * technician fell ill, a restored date may be over capacity, and it offers nothing more until
   * bookings free up. Inactive bookings are kept as history. New ids continue after the highest
   * {@code BK-n} id.
   *
   * @param calendar the shop's calendar
   * @param pattern the reception pattern
   * @param capacity the workshop's capacity
   * @param bookings the stored bookings; ids unique
   * @return the book
   */
  public static AppointmentBook restore(
      ShopCalendar calendar,
      ReceptionPattern pattern,
      WorkshopCapacity capacity,
      Collection<Booking> bookings) {
    Checks.requireNonNull(bookings, "bookings");
    AppointmentBook b = create(calendar, pattern, capacity);
    List<Booking> sorted = new ArrayList<>(bookings.size());
    for (Booking x : bookings) {
      sorted.add(Checks.requireNonNull(x, "bookings"));
    }
    sorted.sort(Comparator.comparing(Booking::id));
    Checks.requireUnique(sorted, Booking::id, "bookings");
    PersistentMap<Long, DayLedger> days = b.days;
    PersistentMap<BookingId, Booking> byId = b.byId;
    PersistentMap<HoldKey, BookingId> holds = b.holds;
    PersistentMap<StartKey, BookingId> active = b.active;
    long next = 1;
    for (int i = 0; i < sorted.size(); i++) {
      Booking x = sorted.get(i);
      String path = "bookings[" + i + "]";
      Matcher m = GENERATED_ID.matcher(x.id().value());
      if (m.matches()) {
        next = Math.max(next, Long.parseLong(m.group(1)) + 1);
      }
      if (x.isActive()) {
        Resolved r;
        try {
          r = b.c.resolve(x.request());
        } catch (ValidationException e) {
          throw e.under(path + ".request");
        }
        days = b.restoreOccupancy(days, x, r, path);
        active = active.put(new StartKey(x.start(), x.id()), x.id());
        if (x.status() == BookingStatus.HELD) {
          holds = holds.put(new HoldKey(x.holdExpiresAt().orElseThrow(), x.id()), x.id());
        }
      }
      byId = byId.put(x.id(), x);
    }
    return new AppointmentBook(b.c, days, byId, holds, active, next);
  }

  private PersistentMap<Long, DayLedger> restoreOccupancy(
      PersistentMap<Long, DayLedger> days, Booking x, Resolved r, String path) {
    ShopCalendar.requireSupported(x.start(), path + ".start");
    LocalDate date = c.calendar.dateOf(x.start());
    Checks.require(
        date.equals(x.date()),
        path + ".date",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "booking %s has date %s, but starts on %s in the shop's zone",
        x.id(),
        x.date(),
        date);
    DayPlan p = c.plan(date);
    int slot = x.start().getNano() == 0 ? p.slotAt(x.start().getEpochSecond()) : -1;
    Integer adv = c.advisorIndex.get(x.advisor());
    if (adv == null) {
      throw ValidationException.of(
          path + ".advisor",
          SchedulingErrorCode.ADVISOR_NOT_ON_DUTY,
          "advisor " + x.advisor() + " of booking " + x.id() + " is not on duty; advisors: " + c.advisors);
    }
    List<Reason> why = new ArrayList<>();
    if (!p.shape.isOpen()) {
      why.add(closedReason(p));
    } else if (slot < 0) {
      why.add(offGridReason(p, x.start()));
    } else if (p.shape.grid.runLeft[slot] < r.slots) {
      why.add(doesNotFit(p, slot, r));
    } else {
      DayLedger l = days.get(p.epochDay);
      if (l != null && !l.isFree(adv, slot, r.slots)) {
        why.add(
            SchedulingReason.ADVISOR_BUSY.reason(
                "advisor {advisor} is already receiving another customer at {time}",
                "time", local(p.slotStart(slot)), "advisor", x.advisor()));
      }
    }
    if (!why.isEmpty()) {
      throw new SchedulingConflictException(path + ".start", why);
    }
    Checks.require(
        x.receptionEnd().equals(Instant.ofEpochSecond(p.slotStart(slot) + (long) r.slots * c.slotSeconds)),
        path + ".receptionEnd",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "booking %s ends its reception at %s, but its type %s takes %s slots",
        x.id(),
        x.receptionEnd(),
        r.type.code(),
        r.slots);
    return occupy(days, p, slot, adv, r, 1);
  }

  /**
   * The shop's calendar.
   *
   * @return the calendar
   */
  public ShopCalendar calendar() {
    return c.calendar;
  }

  /**
   * The reception pattern.
   *
   * @return the pattern
   */
  public ReceptionPattern pattern() {
    return c.pattern;
  }

  /**
   * The workshop's capacity.
   *
   * @return the capacity
   */
  public WorkshopCapacity capacity() {
    return c.capacity;
  }

  // ---------------------------------------------------------------- queries

  /**
   * Every start time bookable for a request on the query's dates, and why nothing is offered on
   * the other dates.
   *
   * @param query the request and the dates (the shop's local dates)
   * @param now the current instant
   * @return the availability
   * @throws ValidationException when the request names an appointment type, skill, bay type or
   *     advisor the shop does not have
   */
  public Availability availability(AvailabilityQuery query, Instant now) {
    Checks.requireNonNull(query, "query");
    ShopCalendar.requireSupported(now, "now");
    requireSupported(query.dates());
    Resolved r = c.resolve(query.request());
    return expire(now).availabilityOf(r, query.dates(), new Ctx(c, now));
  }

  private Availability availabilityOf(Resolved r, DateRange dates, Ctx x) {
    List<OfferedSlot> slots = new ArrayList<>();
    List<DayRefusal> refusals = new ArrayList<>();
    long reception = (long) r.slots * c.slotSeconds;
    for (LocalDate d = dates.start(); d.isBefore(dates.end()); d = d.plusDays(1)) {
      DayPlan p = c.plan(d);
      DayLedger l = days.get(p.epochDay);
      if (!dayOk(p, l, r, x, null)) {
        List<Reason> why = new ArrayList<>();
        dayOk(p, l, r, x, why);
        refusals.add(new DayRefusal(d, why));
        continue;
      }
      int offered = 0;
      long seen = 0;
      List<Reason> why = new ArrayList<>();
      int n = p.shape.slotCount();
      for (int i = 0; i < n; i++) {
        int code = slotRefusal(p, l, r, i, x, null);
        if (code < 0) {
          long s = p.slotStart(i);
          slots.add(
              new OfferedSlot(Instant.ofEpochSecond(s), Instant.ofEpochSecond(s + reception), freeAdvisors(p.shape, l, i, r)));
          offered++;
        } else if (offered == 0 && (seen & (1L << code)) == 0) {
          List<Reason> all = new ArrayList<>();
          slotRefusal(p, l, r, i, x, all);
          for (Reason reason : all) {
            int k = SchedulingReason.valueOf(reason.code()).ordinal();
            if ((seen & (1L << k)) == 0) {
              seen |= 1L << k;
              why.add(reason);
            }
          }
        }
      }
      if (offered == 0) {
        refusals.add(new DayRefusal(d, why));
      }
    }
    return new Availability(slots, refusals);
  }

  /**
   * Whether a start time can be booked for a request now, and if not every reason why: "9:45 is a
   * buffer slot", "all advisors are busy", "skill capacity exhausted: ALIGNMENT".
   *
   * @param request what the customer asks for
   * @param start the start time asked about
   * @param now the current instant
   * @return the decision with its reasons
   */
  public SlotDecision explain(AppointmentRequest request, Instant start, Instant now) {
    Checks.requireNonNull(request, "request");
    ShopCalendar.requireSupported(start, "start");
    ShopCalendar.requireSupported(now, "now");
    Resolved r = c.resolve(request);
    AppointmentBook b = expire(now);
    List<Reason> why = b.reasons(r, start, new Ctx(c, now));
    return new SlotDecision(start, why.isEmpty(), why);
  }

  /**
   * Whether a start time can be booked for a request now: the conflict check behind {@link #hold}
   * and {@link #book}, without building reasons. O(log n) in the bookings of the book.
   *
   * @param request what the customer asks for
   * @param start the start time
   * @param now the current instant
   * @return {@code true} when {@link #hold} would succeed
   */
  public boolean isAvailable(AppointmentRequest request, Instant start, Instant now) {
    Checks.requireNonNull(request, "request");
    ShopCalendar.requireSupported(start, "start");
    ShopCalendar.requireSupported(now, "now");
    Resolved r = c.resolve(request);
    return !start.isBefore(now) && expire(now).check(r, start, new Ctx(c, now)) >= 0;
  }

  /**
   * The booking with an id, in whatever status.
   *
   * @param id the id
   * @return the booking, or empty
   */
  public Optional<Booking> booking(BookingId id) {
    Checks.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Every booking of the book, active or not, in id order (the order they were made).
   *
   * @return the bookings
   */
  public List<Booking> bookings() {
    return List.copyOf(byId.values());
  }

  /**
   * The held and confirmed bookings on some dates, by start time then id. Holds whose expiry has
   * passed are included until {@link #expire} (or any operation) drops them.
   *
   * @param dates the shop's local dates, end exclusive
   * @return the active bookings
   */
  public List<Booking> activeBookings(DateRange dates) {
    Checks.requireNonNull(dates, "dates");
    requireSupported(dates);
    Instant from = c.calendar.startOfDay(dates.start());
    Instant to = dates.end().atStartOfDay(c.zone).toInstant();
    List<Booking> out = new ArrayList<>();
    active.forEachInRange(
        new StartKey(from, new BookingId("0")),
        new StartKey(to, new BookingId("0")),
        (k, id) -> out.add(byId.get(id)));
    return List.copyOf(out);
  }

  /**
   * The number of held and confirmed bookings.
   *
   * @return the count
   */
  public int activeCount() {
    return active.size();
  }

  /**
   * The number of bookings in the book, active or not.
   *
   * @return the count
   */
  public int size() {
    return byId.size();
  }

  // ---------------------------------------------------------------- commands

  /**
   * Holds a start time for a request until an expiry; the hold takes the slot and capacity like
   * a booking until it is confirmed, released, or its expiry passes.
   *
   * @param request what the customer asks for
   * @param start the start, one of the offered times
   * @param expiresAt when the hold lapses, exclusive; after {@code now}
   * @param now the current instant
   * @return the new book and the held booking
   * @throws SchedulingConflictException when the time is not offered, with the reasons
   * @throws ValidationException when the start is before now ({@link
   *     SchedulingErrorCode#BOOKING_IN_PAST}), the expiry is not after now, or the request names
   *     something the shop does not have
   */
  public BookingResult hold(AppointmentRequest request, Instant start, Instant expiresAt, Instant now) {
    Checks.requireNonNull(request, "request");
    ShopCalendar.requireSupported(start, "start");
    ShopCalendar.requireSupported(expiresAt, "expiresAt");
    ShopCalendar.requireSupported(now, "now");
    Checks.require(
        expiresAt.isAfter(now),
        "expiresAt",
        SchedulingErrorCode.HOLD_EXPIRY_INVALID,
        "expiresAt %s must be after now %s",
        expiresAt,
        now);
    Resolved r = c.resolve(request);
    return expire(now).place(r, start, now, BookingStatus.HELD, Optional.of(expiresAt), null);
  }

  /**
   * Books a start time for a request at once (a hold confirmed in the same step).
   *
   * @param request what the customer asks for
   * @param start the start, one of the offered times
   * @param now the current instant
   * @return the new book and the confirmed booking
   * @throws SchedulingConflictException when the time is not offered, with the reasons
   * @throws ValidationException when the start is before now or the request names something the
   *     shop does not have
   */
  public BookingResult book(AppointmentRequest request, Instant start, Instant now) {
    Checks.requireNonNull(request, "request");
    ShopCalendar.requireSupported(start, "start");
    ShopCalendar.requireSupported(now, "now");
    Resolved r = c.resolve(request);
    return expire(now).place(r, start, now, BookingStatus.CONFIRMED, Optional.empty(), null);
  }

  /**
   * Confirms a held booking whose expiry has not passed.
   *
   * @param id the booking
   * @param now the current instant
   * @return the new book and the confirmed booking
   * @throws IllegalTransitionException when the booking is not held (for example it expired)
   */
  public BookingResult confirm(BookingId id, Instant now) {
    AppointmentBook b = expire(checkNow(id, now));
    Booking x = b.require(id);
    if (x.status() != BookingStatus.HELD) {
      throw transition(x, "confirm", "only a HELD booking can be confirmed");
    }
    Booking y =
        Booking.builder()
            .from(x)
            .status(BookingStatus.CONFIRMED)
            .holdExpiresAt(Optional.empty())
            .updatedAt(now)
            .build();
    log("confirmed", y);
    return new BookingResult(
        new AppointmentBook(
            c,
            b.days,
            b.byId.put(id, y),
            b.holds.remove(new HoldKey(x.holdExpiresAt().orElseThrow(), id)),
            b.active,
            b.nextSequence),
        y);
  }

  /**
   * Gives up a hold before its expiry; its slot and capacity are free again.
   *
   * @param id the booking
   * @param now the current instant
   * @return the new book and the released booking
   * @throws IllegalTransitionException when the booking is not held
   */
  public BookingResult release(BookingId id, Instant now) {
    return end(id, now, BookingStatus.HELD, BookingStatus.RELEASED, "release");
  }

  /**
   * Cancels a confirmed booking; its slot and capacity are free again, exactly as before it was
   * made.
   *
   * @param id the booking
   * @param now the current instant
   * @return the new book and the cancelled booking
   * @throws IllegalTransitionException when the booking is not confirmed (release a hold instead)
   */
  public BookingResult cancel(BookingId id, Instant now) {
    return end(id, now, BookingStatus.CONFIRMED, BookingStatus.CANCELLED, "cancel");
  }

  private BookingResult end(BookingId id, Instant now, BookingStatus from, BookingStatus to, String command) {
    AppointmentBook b = expire(checkNow(id, now));
    Booking x = b.require(id);
    if (x.status() != from) {
      throw transition(x, command, "only a " + from + " booking can be " + to.name().toLowerCase(java.util.Locale.ROOT));
    }
    Resolved r = c.resolve(x.request());
    Booking y = Booking.builder().from(x).status(to).updatedAt(now).build();
    PersistentMap<HoldKey, BookingId> h =
        from == BookingStatus.HELD ? b.holds.remove(new HoldKey(x.holdExpiresAt().orElseThrow(), id)) : b.holds;
    log(to.name().toLowerCase(java.util.Locale.ROOT), y);
    return new BookingResult(
        new AppointmentBook(
            c,
            b.vacate(b.days, x, r),
            b.byId.put(id, y),
            h,
            b.active.remove(new StartKey(x.start(), id)),
            b.nextSequence),
        y);
  }

  /**
   * Moves a held or confirmed booking to another start time, atomically: the old time is freed,
   * the new one is checked on that basis (so moving within a full day works), and on refusal the
   * book keeps the booking where it was. Status, id and a hold's expiry stay as they are; the
   * advisor stays when free at the new time.
   *
   * @param id the booking
   * @param newStart the new start
   * @param now the current instant
   * @return the new book and the moved booking
   * @throws SchedulingConflictException when the new time is not offered
   * @throws IllegalTransitionException when the booking is not active
   * @throws ValidationException when the new start is before now
   */
  public BookingResult reschedule(BookingId id, Instant newStart, Instant now) {
    ShopCalendar.requireSupported(newStart, "newStart");
    AppointmentBook b = expire(checkNow(id, now));
    Booking x = b.require(id);
    if (!x.isActive()) {
      throw transition(x, "reschedule", "only a HELD or CONFIRMED booking can be rescheduled");
    }
    Resolved r = c.resolve(x.request());
    AppointmentBook without =
        new AppointmentBook(c, b.vacate(b.days, x, r), b.byId, b.holds, b.active, b.nextSequence);
    return without.place(r, newStart, now, x.status(), x.holdExpiresAt(), x);
  }

  /**
   * Turns every hold whose expiry is at or before {@code now} into {@link BookingStatus#EXPIRED}
   * and frees its slot. Every other operation does this first by itself.
   *
   * @param now the current instant
   * @return the book without lapsed holds; this book when there are none
   */
  public AppointmentBook expire(Instant now) {
    ShopCalendar.requireSupported(now, "now");
    HoldKey first = holds.firstKey();
    if (first == null || first.expiresAt().isAfter(now)) {
      return this;
    }
    PersistentMap<Long, DayLedger> d = days;
    PersistentMap<BookingId, Booking> ids = byId;
    PersistentMap<HoldKey, BookingId> h = holds;
    PersistentMap<StartKey, BookingId> a = active;
    while (first != null && !first.expiresAt().isAfter(now)) {
      Booking x = ids.get(first.id());
      Booking y =
          Booking.builder().from(x).status(BookingStatus.EXPIRED).updatedAt(first.expiresAt()).build();
      d = vacate(d, x, c.resolve(x.request()));
      ids = ids.put(x.id(), y);
      h = h.remove(first);
      a = a.remove(new StartKey(x.start(), x.id()));
      log("expired", y);
      first = h.firstKey();
    }
    return new AppointmentBook(c, d, ids, h, a, nextSequence);
  }

  // ---------------------------------------------------------------- engine

  private Instant checkNow(BookingId id, Instant now) {
    Checks.requireNonNull(id, "id");
    return ShopCalendar.requireSupported(now, "now");
  }

  private Booking require(BookingId id) {
    Booking x = byId.get(id);
    if (x == null) {
      throw ValidationException.of(
          "id", SchedulingErrorCode.BOOKING_NOT_FOUND, "no booking has the id " + id);
    }
    return x;
  }

  private static IllegalTransitionException transition(Booking x, String command, String rule) {
    return new IllegalTransitionException(
        x.status().name(),
        command,
        SchedulingErrorCode.BOOKING_STATUS,
        "cannot " + command + " booking " + x.id() + " in status " + x.status() + ": " + rule);
  }

  private static void requireSupported(DateRange dates) {
    ShopCalendar.requireSupported(dates.start(), "dates.start");
    if (!dates.isEmpty()) {
      ShopCalendar.requireSupported(dates.end().minusDays(1), "dates.end");
    }
  }

  private static void requireNotPast(Instant start, Instant now) {
    Checks.require(
        !start.isBefore(now),
        "start",
        SchedulingErrorCode.BOOKING_IN_PAST,
        "start %s is before now %s",
        start,
        now);
  }

  /**
   * The conflict check: the slot index when the start is bookable, else -1. The same checks as
   * {@link #availabilityOf}.
   */
  private int check(Resolved r, Instant start, Ctx x) {
    DayPlan p = c.plan(c.calendar.dateOf(start));
    int slot = start.getNano() == 0 ? p.slotAt(start.getEpochSecond()) : -1;
    if (slot < 0) {
      return -1;
    }
    DayLedger l = days.get(p.epochDay);
    return dayOk(p, l, r, x, null) && slotRefusal(p, l, r, slot, x, null) < 0 ? slot : -1;
  }

  private BookingResult place(
      Resolved r,
      Instant start,
      Instant now,
      BookingStatus status,
      Optional<Instant> expiry,
      @Nullable Booking moving) {
    requireNotPast(start, now);
    Ctx x = new Ctx(c, now);
    int slot = check(r, start, x);
    if (slot < 0) {
      List<Reason> why = reasons(r, start, x);
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "refused {} at {}: {}",
            r.type.code(),
            start,
            why.stream().map(Reason::code).toList());
      }
      throw new SchedulingConflictException("start", why);
    }
    DayPlan p = c.plan(c.calendar.dateOf(start));
    DayLedger l = days.get(p.epochDay);
    int prefer = moving == null ? -1 : c.advisorIndex.get(moving.advisor());
    int adv = chooseAdvisor(p.shape, l, slot, r, prefer);
    Instant end = Instant.ofEpochSecond(p.slotStart(slot) + (long) r.slots * c.slotSeconds);
    Booking b;
    long next = nextSequence;
    PersistentMap<HoldKey, BookingId> h = holds;
    PersistentMap<StartKey, BookingId> a = active;
    if (moving == null) {
      BookingId id = BookingId.ofSequence(next++);
      while (byId.get(id) != null) {
        id = BookingId.ofSequence(next++);
      }
      b =
          Booking.builder()
              .id(id)
              .request(r.request)
              .start(start)
              .receptionEnd(end)
              .date(p.date)
              .advisor(c.advisors.get(adv))
              .status(status)
              .holdExpiresAt(expiry)
              .createdAt(now)
              .updatedAt(now)
              .build();
      if (status == BookingStatus.HELD) {
        h = h.put(new HoldKey(expiry.orElseThrow(), id), id);
      }
    } else {
      b =
          Booking.builder()
              .from(moving)
              .start(start)
              .receptionEnd(end)
              .date(p.date)
              .advisor(c.advisors.get(adv))
              .updatedAt(now)
              .build();
      a = a.remove(new StartKey(moving.start(), moving.id()));
    }
    a = a.put(new StartKey(b.start(), b.id()), b.id());
    log(moving == null ? status.name().toLowerCase(java.util.Locale.ROOT) : "rescheduled", b);
    return new BookingResult(
        new AppointmentBook(c, occupy(days, p, slot, adv, r, 1), byId.put(b.id(), b), h, a, next), b);
  }

  private PersistentMap<Long, DayLedger> vacate(PersistentMap<Long, DayLedger> d, Booking x, Resolved r) {
    DayPlan p = c.plan(x.date());
    int slot = p.slotAt(x.start().getEpochSecond());
    return occupy(d, p, slot, c.advisorIndex.get(x.advisor()), r, -1);
  }

  private PersistentMap<Long, DayLedger> occupy(
      PersistentMap<Long, DayLedger> d, DayPlan p, int slot, int advisor, Resolved r, int sign) {
    DayLedger l = d.get(p.epochDay);
    if (l == null) {
      l = emptyLedger(p);
    }
    d = put(d, p.epochDay, l.withReception(slot, advisor, r, sign));
    if (r.needsLoaner()) {
      for (int i = 1; i < r.loanerDays; i++) {
        long ed = p.epochDay + i;
        DayLedger li = d.get(ed);
        if (li == null) {
          li = emptyLedger(c.plan(p.date.plusDays(i)));
        }
        d = put(d, ed, li.withLoaner(sign));
      }
      d = put(d, p.epochDay, d.get(p.epochDay).withLoaner(sign));
    }
    return d;
  }

  private static PersistentMap<Long, DayLedger> put(PersistentMap<Long, DayLedger> d, long ed, DayLedger l) {
    return l.isEmpty() ? d.remove(ed) : d.put(ed, l);
  }

  private DayLedger emptyLedger(DayPlan p) {
    return DayLedger.empty(
        p.shape.slotCount(),
        c.advisors.size(),
        c.skills.size(),
        c.bayTypes.size(),
        TransportOption.values().length);
  }

  /**
   * The advisor for a reception: the requested one, else {@code prefer} (the current one when
   * rescheduling), else the free advisor on duty with the fewest receptions that day, ties in the
   * pattern's order; -1 when none is free.
   */
  private int chooseAdvisor(DayShape sh, @Nullable DayLedger l, int slot, Resolved r, int prefer) {
    if (r.advisor >= 0) {
      return free(sh, l, r.advisor, slot, r.slots) ? r.advisor : -1;
    }
    if (prefer >= 0 && free(sh, l, prefer, slot, r.slots)) {
      return prefer;
    }
    int best = -1;
    for (int a = 0; a < c.advisors.size(); a++) {
      if (free(sh, l, a, slot, r.slots)
          && (best < 0 || (l != null && l.advisorLoad[a] < l.advisorLoad[best]))) {
        best = a;
      }
    }
    return best;
  }

  private static boolean free(DayShape sh, @Nullable DayLedger l, int advisor, int slot, int count) {
    return sh.onDuty(advisor) && (l == null || l.isFree(advisor, slot, count));
  }

  private int freeAdvisors(DayShape sh, @Nullable DayLedger l, int slot, Resolved r) {
    if (r.advisor >= 0) {
      return 1;
    }
    int n = 0;
    for (int a = 0; a < c.advisors.size(); a++) {
      if (free(sh, l, a, slot, r.slots)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The checks that depend on the date only. Returns true when none fails; with {@code out}, adds
   * a reason for every failing check, else stops at the first.
   */
  private boolean dayOk(DayPlan p, @Nullable DayLedger l, Resolved r, Ctx x, @Nullable List<Reason> out) {
    DayShape sh = p.shape;
    if (!sh.isOpen()) {
      if (out != null) {
        out.add(closedReason(p));
      }
      return false;
    }
    boolean ok = true;
    if (sh.slotCount() == 0) {
      if (out == null) {
        return false;
      }
      out.add(
          SchedulingReason.RECEPTION_DOES_NOT_FIT.reason(
              "no reception slot of {minutes} min fits into the opening hours of {date}",
              "date", p.date, "minutes", c.slotSeconds / 60, "type", r.type.code(), "slots", r.slots));
      ok = false;
    }
    if (p.date.isBefore(x.today)) {
      if (out == null) {
        return false;
      }
      out.add(
          SchedulingReason.IN_THE_PAST.reason(
              "{date} is before today, {today}, in the shop's zone",
              "date", p.date, "today", x.today, "now", x.now));
      ok = false;
    } else if (p.date.isBefore(x.earliest)) {
      if (out == null) {
        return false;
      }
      out.add(
          SchedulingReason.INSIDE_MINIMUM_NOTICE.reason(
              "same-day appointments are not taken; the earliest date is {earliest}",
              "date", p.date, "earliest", x.earliest));
      ok = false;
    }
    if (p.date.isAfter(x.last)) {
      if (out == null) {
        return false;
      }
      out.add(
          SchedulingReason.BEYOND_BOOKING_HORIZON.reason(
              "{date} is beyond the booking horizon of {days} days; the last bookable date is {lastDate}",
              "date", p.date, "days", c.horizonDays, "lastDate", x.last));
      ok = false;
    }
    if (c.maxAppointments >= 0 && (l == null ? 0 : l.appointments) + 1 > c.maxAppointments) {
      if (out == null) {
        return false;
      }
      out.add(
          SchedulingReason.DAILY_APPOINTMENT_LIMIT.reason(
              "{date} already has {limit} appointments, its daily limit",
              "date", p.date, "limit", c.maxAppointments));
      ok = false;
    }
    long booked = l == null ? 0 : l.hoursUnits;
    if (c.maxHoursUnits >= 0 && booked + r.totalUnits > c.maxHoursUnits) {
      if (out == null) {
        return false;
      }
      out.add(
          SchedulingReason.DAILY_HOURS_LIMIT.reason(
              "{date} has {booked} h booked; {requested} h more would exceed its limit of {limit} h",
              "date", p.date, "limit", Compiled.hours(c.maxHoursUnits), "booked", Compiled.hours(booked),
              "requested", Compiled.hours(r.totalUnits)));
      ok = false;
    }
    if (c.reserveMillionths > 0 && (l == null ? 0 : l.receptionUnits) + r.slots > sh.appointmentUnits) {
      if (out == null) {
        return false;
      }
      out.add(
          SchedulingReason.WALK_IN_RESERVE.reason(
              "the reception slots of {date} left for appointments are taken; {reserve} are kept for walk-ins",
              "date", p.date, "reserve", c.pattern.walkInReserve()));
      ok = false;
    }
    int quota = c.transportQuota[r.transport];
    if (quota >= 0 && (l == null ? 0 : l.transport[r.transport]) + 1 > quota) {
      if (out == null) {
        return false;
      }
      TransportOption t = TransportOption.values()[r.transport];
      out.add(
          t == TransportOption.LOANER
              ? SchedulingReason.LOANER_QUOTA_FULL.reason(
                  "the loaner quota of {limit} per day is used up on {date}", "date", p.date, "limit", quota)
              : SchedulingReason.TRANSPORT_QUOTA_FULL.reason(
                  "the quota of {limit} {transport} appointments per day is used up on {date}",
                  "date", p.date, "transport", t, "limit", quota));
      ok = false;
    }
    if (r.needsLoaner()) {
      for (int i = 0; i < r.loanerDays; i++) {
        DayLedger li = i == 0 ? l : days.get(p.epochDay + i);
        if ((li == null ? 0 : li.loanersOut) + 1 > c.loanerFleet) {
          if (out == null) {
            return false;
          }
          out.add(
              SchedulingReason.LOANER_QUOTA_FULL.reason(
                  "all {limit} loaner cars are out on {date}", "date", p.date.plusDays(i), "limit", c.loanerFleet));
          ok = false;
          break;
        }
      }
    }
    if (r.skillMask != 0) {
      int bad = skillShortage(p, l, r, out != null);
      if (bad != 0) {
        if (out == null) {
          return false;
        }
        out.add(skillReason(p, l, r, bad));
        ok = false;
      }
    }
    if (r.bay >= 0) {
      long used = l == null ? 0 : l.bayUnits[r.bay];
      if (used + r.totalUnits > sh.bayUnits[r.bay]) {
        if (out == null) {
          return false;
        }
        out.add(
            SchedulingReason.BAY_CAPACITY_EXHAUSTED.reason(
                "bay capacity exhausted: {bayType} on {date} ({needed} h needed, {available} h available)",
                "date", p.date, "bayType", c.bayTypes.get(r.bay),
                "needed", Compiled.hours(used + r.totalUnits), "available", Compiled.hours(sh.bayUnits[r.bay])));
        ok = false;
      }
    }
    return ok;
  }

  /** Demand per skill on the date with the request added. */
  private long[] demand(DayPlan p, @Nullable DayLedger l, Resolved r) {
    int n = c.skills.size();
    long[] ded = c.deductionsOn(p.epochDay);
    long[] dem = new long[n];
    for (int s = 0; s < n; s++) {
      dem[s] = r.skillUnits[s] + (l == null ? 0 : l.skillUnits[s]) + (ded == null ? 0 : ded[s]);
    }
    return dem;
  }

  /**
   * Hall's condition over the skills with demand, for the sets touching the request: 0 when every
   * set's demand fits into the hours of the technicians able to do any of its skills, else a
   * violated set (the smallest, then the lowest mask, when {@code smallest}).
   */
  private int skillShortage(DayPlan p, @Nullable DayLedger l, Resolved r, boolean smallest) {
    long[] dem = demand(p, l, r);
    int all = 0;
    for (int s = 0; s < dem.length; s++) {
      if (dem[s] > 0) {
        all |= 1 << s;
      }
    }
    int best = 0;
    int bestBits = Integer.MAX_VALUE;
    long[] tu = p.shape.techUnits;
    for (int sub = all; sub != 0; sub = (sub - 1) & all) {
      if ((sub & r.skillMask) == 0) {
        continue;
      }
      int bits = Integer.bitCount(sub);
      if (smallest && bits > bestBits) {
        continue;
      }
      if (need(dem, sub) > capacity(tu, sub)) {
        if (!smallest) {
          return sub;
        }
        if (bits < bestBits || sub < best) {
          best = sub;
          bestBits = bits;
        }
      }
    }
    return best;
  }

  private static long need(long[] dem, int mask) {
    long n = 0;
    for (int m = mask; m != 0; m &= m - 1) {
      n += dem[Integer.numberOfTrailingZeros(m)];
    }
    return n;
  }

  private long capacity(long[] techUnits, int mask) {
    long cap = 0;
    for (int t = 0; t < techUnits.length; t++) {
      if ((c.techMask[t] & mask) != 0) {
        cap += techUnits[t];
      }
    }
    return cap;
  }

  private Reason skillReason(DayPlan p, @Nullable DayLedger l, Resolved r, int mask) {
    long[] dem = demand(p, l, r);
    return SchedulingReason.SKILL_CAPACITY_EXHAUSTED.reason(
        "skill capacity exhausted: {skill} on {date} ({needed} h needed, {available} h loadable)",
        "date", p.date,
        "skill", String.join(", ", c.skillNames(mask)),
        "needed", Compiled.hours(need(dem, mask)),
        "available", Compiled.hours(capacity(p.shape.techUnits, mask)));
  }

  /**
   * The checks of one slot of an open date. Returns -1 when none fails, else the ordinal of the
   * first failing {@link SchedulingReason}; with {@code out}, adds every failing reason.
   */
  private int slotRefusal(DayPlan p, @Nullable DayLedger l, Resolved r, int slot, Ctx x, @Nullable List<Reason> out) {
    long s = p.slotStart(slot);
    int first = -1;
    if (s < x.nowCeil) {
      if (out == null) {
        return SchedulingReason.IN_THE_PAST.ordinal();
      }
      out.add(
          SchedulingReason.IN_THE_PAST.reason(
              "{time} is before now ({now})", "time", local(s), "now", x.now));
      first = SchedulingReason.IN_THE_PAST.ordinal();
    } else if (s < x.noticeCeil) {
      if (out == null) {
        return SchedulingReason.INSIDE_MINIMUM_NOTICE.ordinal();
      }
      out.add(
          SchedulingReason.INSIDE_MINIMUM_NOTICE.reason(
              "{time} is inside the minimum notice of {notice}; the earliest start is {earliest}",
              "time", local(s), "notice", c.notice, "earliest", local(x.noticeCeil)));
      first = SchedulingReason.INSIDE_MINIMUM_NOTICE.ordinal();
    }
    if (s < r.etaCeil) {
      if (out == null) {
        return SchedulingReason.BEFORE_PARTS_ETA.ordinal();
      }
      out.add(
          SchedulingReason.BEFORE_PARTS_ETA.reason(
              "{time} is before the parts arrive at {partsEta}",
              "time", local(s), "partsEta", local(r.etaCeil)));
      first = first < 0 ? SchedulingReason.BEFORE_PARTS_ETA.ordinal() : first;
    }
    if (p.shape.grid.runLeft[slot] < r.slots) {
      if (out == null) {
        return SchedulingReason.RECEPTION_DOES_NOT_FIT.ordinal();
      }
      out.add(doesNotFit(p, slot, r));
      first = first < 0 ? SchedulingReason.RECEPTION_DOES_NOT_FIT.ordinal() : first;
    } else if (chooseAdvisor(p.shape, l, slot, r, -1) < 0) {
      if (out == null) {
        return SchedulingReason.ADVISOR_BUSY.ordinal();
      }
      out.add(advisorBusy(p, s, r));
      first = first < 0 ? SchedulingReason.ADVISOR_BUSY.ordinal() : first;
    }
    return first;
  }

  private Reason advisorBusy(DayPlan p, long s, Resolved r) {
    if (r.advisor >= 0) {
      AdvisorId a = c.advisors.get(r.advisor);
      return p.shape.onDuty(r.advisor)
          ? SchedulingReason.ADVISOR_BUSY.reason(
              "advisor {advisor} is busy at {time}", "time", local(s), "advisor", a, "detail", "BUSY")
          : SchedulingReason.ADVISOR_BUSY.reason(
              "advisor {advisor} is not on duty on {date}", "time", local(s), "advisor", a, "date", p.date,
              "detail", "OFF_DUTY");
    }
    int onDuty = 0;
    for (int a = 0; a < c.advisors.size(); a++) {
      onDuty += p.shape.onDuty(a) ? 1 : 0;
    }
    return SchedulingReason.ADVISOR_BUSY.reason(
        "all {advisors} advisors on duty are busy at {time}", "time", local(s), "advisors", onDuty, "detail", "BUSY");
  }

  /** Every reason a start is refused, most fundamental first; empty when it is bookable. */
  private List<Reason> reasons(Resolved r, Instant start, Ctx x) {
    DayPlan p = c.plan(c.calendar.dateOf(start));
    DayLedger l = days.get(p.epochDay);
    List<Reason> out = new ArrayList<>();
    if (!p.shape.isOpen()) {
      out.add(closedReason(p));
      return out;
    }
    int slot = start.getNano() == 0 ? p.slotAt(start.getEpochSecond()) : -1;
    if (slot < 0) {
      out.add(offGridReason(p, start));
    }
    dayOk(p, l, r, x, out);
    if (slot >= 0) {
      List<Reason> more = new ArrayList<>();
      slotRefusal(p, l, r, slot, x, more);
      for (Reason m : more) {
        if (out.stream().noneMatch(o -> o.code().equals(m.code()))) {
          out.add(m);
        }
      }
    } else if (start.isBefore(x.now) && out.stream().noneMatch(SchedulingReason.IN_THE_PAST::matches)) {
      out.add(
          SchedulingReason.IN_THE_PAST.reason(
              "{time} is before now ({now})", "time", c.calendar.localDateTime(start), "now", x.now));
    }
    return out;
  }

  private Reason closedReason(DayPlan p) {
    return switch (p.shape.status) {
      case HOLIDAY -> SchedulingReason.OUTSIDE_OPENING_HOURS.reason(
          "{date} is a holiday; the shop is closed", "date", p.date, "detail", "HOLIDAY");
      case CLOSED_BY_OVERRIDE -> SchedulingReason.OUTSIDE_OPENING_HOURS.reason(
          "the shop is closed on {date}", "date", p.date, "detail", "CLOSED_BY_OVERRIDE");
      default -> SchedulingReason.OUTSIDE_OPENING_HOURS.reason(
          "the shop is closed on {weekday}s ({date})",
          "date", p.date, "detail", "CLOSED_DAY", "weekday", p.date.getDayOfWeek());
    };
  }

  private Reason offGridReason(DayPlan p, Instant start) {
    DayShape sh = p.shape;
    long rel = start.getEpochSecond() - p.base;
    Object time = c.calendar.localDateTime(start);
    int w = -1;
    for (int i = 0; i < sh.winStart.length; i++) {
      if (rel >= sh.winStart[i] && rel < sh.winEnd[i]) {
        w = i;
        break;
      }
    }
    if (w < 0) {
      int n = sh.winStart.length;
      if (n == 0) {
        return SchedulingReason.OUTSIDE_OPENING_HOURS.reason(
            "the shop does not work on {date}", "time", time, "date", p.date, "detail", "CLOSED_DAY");
      }
      if (rel < sh.winStart[0]) {
        return SchedulingReason.OUTSIDE_OPENING_HOURS.reason(
            "{time} is before opening at {opens}",
            "time", time, "detail", "BEFORE_OPENING", "opens", localTime(p.base + sh.winStart[0]));
      }
      if (rel >= sh.winEnd[n - 1]) {
        return SchedulingReason.OUTSIDE_OPENING_HOURS.reason(
            "{time} is at or after closing at {closes}",
            "time", time, "detail", "AFTER_CLOSING", "closes", localTime(p.base + sh.winEnd[n - 1]));
      }
      int b = 0;
      while (b + 1 < n && !(rel >= sh.winEnd[b] && rel < sh.winStart[b + 1])) {
        b++;
      }
      return SchedulingReason.OUTSIDE_OPENING_HOURS.reason(
          "{time} is in the break {from}–{until}",
          "time", time, "detail", "BREAK",
          "from", localTime(p.base + sh.winEnd[b]), "until", localTime(p.base + sh.winStart[b + 1]));
    }
    SlotGrid g = sh.grid;
    int buf = g.bufferAt(rel);
    if (buf >= 0) {
      return SchedulingReason.BUFFER_SLOT.reason(
          "{time} is a buffer slot: {from}–{until} is kept free after every {n} receptions",
          "time", time,
          "from", localTime(p.base + g.bufferFrom[buf]),
          "until", localTime(p.base + g.bufferUntil[buf]),
          "n", c.perRun);
    }
    int fl = g.floor(rel);
    if (fl >= 0 && rel < g.starts[fl] + (long) c.slotSeconds) {
      String next = fl + 1 < g.starts.length ? localTime(p.base + g.starts[fl + 1]).toString() : "none";
      return SchedulingReason.NOT_A_SLOT_START.reason(
          "{time} is not a reception slot start; the nearest starts are {previous} and {next}",
          "time", time, "previous", localTime(p.base + g.starts[fl]), "next", next);
    }
    return SchedulingReason.RECEPTION_DOES_NOT_FIT.reason(
        "a reception of {minutes} min starting at {time} would end after {until}",
        "time", time, "minutes", c.slotSeconds / 60, "until", localTime(p.base + sh.winEnd[w]),
        "slots", 1);
  }

  private Reason doesNotFit(DayPlan p, int slot, Resolved r) {
    int left = p.shape.grid.runLeft[slot];
    long after = p.slotStart(slot + left - 1) + c.slotSeconds;
    return SchedulingReason.RECEPTION_DOES_NOT_FIT.reason(
        "{type} needs {slots} consecutive reception slots, but only {left} remain at {time} before {until}",
        "time", local(p.slotStart(slot)), "type", r.type.code(), "slots", r.slots, "left", left,
        "until", localTime(after));
  }

  private Object local(long epochSecond) {
    return c.calendar.localDateTime(Instant.ofEpochSecond(epochSecond));
  }

  private Object localTime(long epochSecond) {
    return c.calendar.localDateTime(Instant.ofEpochSecond(epochSecond)).toLocalTime();
  }

  private static long ceil(Instant i) {
    return i.getEpochSecond() + (i.getNano() > 0 ? 1 : 0);
  }

  private static void log(String what, Booking b) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} on {} at {} with advisor {}", what, b.id(), b.date(), b.start(), b.advisor());
    }
  }

  @Override
  public String toString() {
    return "AppointmentBook[" + active.size() + " active of " + byId.size() + " bookings]";
  }

  /** For tests: the ledger dates, to check that cancelling leaves nothing behind. */
  int ledgerDays() {
    return days.size();
  }
}

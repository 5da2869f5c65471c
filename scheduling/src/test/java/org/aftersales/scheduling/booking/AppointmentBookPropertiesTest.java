package org.aftersales.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.AfterSalesException;
import org.aftersales.core.SchedulingConflictException;
import org.aftersales.core.ValidationException;
import org.aftersales.scheduling.SchedulingArbitraries;
import org.aftersales.scheduling.SchedulingArbitraries.Shop;
import org.aftersales.scheduling.calendar.Interval;

/** Invariants of the appointment book over generated shops, requests and bookings. */
class AppointmentBookPropertiesTest {

  /** A shop, some requests, and a book filled by booking offered slots picked at random. */
  record Scenario(Shop shop, List<AppointmentRequest> requests, AppointmentBook book) {

    Availability availability(AppointmentBook b, AppointmentRequest r) {
      return b.availability(AvailabilityQuery.of(r, shop.dates()), shop.now());
    }

    List<LocalDate> dates() {
      return shop.dates().dates().toList();
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return SchedulingArbitraries.shops()
        .flatMap(
            shop ->
                Combinators.combine(
                        SchedulingArbitraries.requests(shop).list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.integers().between(0, 1000).list().ofMaxSize(12))
                    .as((requests, picks) -> new Scenario(shop, requests, fill(shop, requests, picks))));
  }

  static AppointmentBook fill(Shop shop, List<AppointmentRequest> requests, List<Integer> picks) {
    AppointmentBook book = AppointmentBook.create(shop.calendar(), shop.pattern(), shop.capacity());
    List<AppointmentRequest> pool = new ArrayList<>(requests);
    pool.add(AppointmentRequest.builder().appointmentType("EXPRESS_MAINTENANCE").build());
    for (int pick : picks) {
      AppointmentRequest r = null;
      Availability a = null;
      for (int i = 0; i < pool.size() && (a == null || a.slots().isEmpty()); i++) {
        r = pool.get((pick + i) % pool.size());
        a = book.availability(AvailabilityQuery.of(r, shop.dates()), shop.now());
      }
      if (!a.slots().isEmpty()) {
        Instant start = a.slots().get(pick % a.slots().size()).start();
        book = (pick % 3 == 0)
            ? book.hold(r, start, shop.now().plus(Duration.ofMinutes(30)), shop.now()).book()
            : book.book(r, start, shop.now()).book();
      }
    }
    return book;
  }

  static Set<Instant> oracleStarts(Scenario s) {
    Set<Instant> out = new HashSet<>();
    for (LocalDate d : s.dates()) {
      out.addAll(new GridOracle(s.shop().calendar(), s.shop().pattern(), d).starts);
    }
    return out;
  }

  static List<Instant> oracleBuffers(Scenario s) {
    List<Instant> out = new ArrayList<>();
    for (LocalDate d : s.dates()) {
      out.addAll(new GridOracle(s.shop().calendar(), s.shop().pattern(), d).buffers);
    }
    return out;
  }

  @Property(tries = 150)
  void everyOfferedSlotIsOnTheGridAndWithinOpeningHoursMinusBreaks(@ForAll("scenarios") Scenario s) {
    Set<Instant> grid = oracleStarts(s);
    Duration slot = s.shop().pattern().slotLength();
    for (AppointmentRequest r : s.requests()) {
      int k = s.shop().pattern().appointmentType(r.appointmentType()).orElseThrow().receptionSlots();
      for (OfferedSlot o : s.availability(s.book(), r).slots()) {
        assertThat(grid).contains(o.start());
        assertThat(Duration.between(o.start(), o.receptionEnd())).isEqualTo(slot.multipliedBy(k));
        Interval reception = Interval.of(o.start(), o.receptionEnd());
        LocalDate date = s.shop().calendar().dateOf(o.start());
        assertThat(s.shop().calendar().openIntervals(date)).anySatisfy(i -> assertThat(i.encloses(reception)).isTrue());
        assertThat(o.start()).isAfterOrEqualTo(s.shop().now());
        r.partsEta().ifPresent(eta -> assertThat(o.start()).isAfterOrEqualTo(eta));
      }
    }
  }

  @Property(tries = 150)
  void bufferSlotsAreNeverOfferedOrBookable(@ForAll("scenarios") Scenario s) {
    for (AppointmentRequest r : s.requests()) {
      Availability a = s.availability(s.book(), r);
      for (Instant b : oracleBuffers(s)) {
        assertThat(a.offers(b)).isFalse();
        SlotDecision d = s.book().explain(r, b, s.shop().now());
        assertThat(d.available()).isFalse();
        assertThat(d.hasReason("BUFFER_SLOT")).isTrue();
        assertThat(tryHold(s.book(), r, b, s.shop().now())).isFalse();
      }
    }
  }

  static boolean tryHold(AppointmentBook book, AppointmentRequest r, Instant start, Instant now) {
    try {
      BookingResult res = book.hold(r, start, now.plusSeconds(600), now);
      assertThat(res.booking().start()).isEqualTo(start);
      return true;
    } catch (SchedulingConflictException e) {
      assertThat(e.reasons()).isNotEmpty();
      return false;
    } catch (ValidationException e) {
      assertThat(start).isBefore(now);
      return false;
    }
  }

  @Property(tries = 150)
  void aTimeCanBeBookedIfAndOnlyIfItIsOffered(@ForAll("scenarios") Scenario s, @ForAll("minutes") List<Integer> offsets) {
    List<Instant> candidates = new ArrayList<>(oracleStarts(s));
    candidates.addAll(oracleBuffers(s));
    Instant from = s.shop().calendar().startOfDay(s.shop().dates().start());
    for (int m : offsets) {
      candidates.add(from.plus(Duration.ofMinutes(m)));
    }
    for (AppointmentRequest r : s.requests()) {
      Availability a = s.availability(s.book(), r);
      for (Instant t : candidates) {
        boolean offered = a.offers(t);
        assertThat(s.book().isAvailable(r, t, s.shop().now())).as("isAvailable %s", t).isEqualTo(offered);
        SlotDecision d = s.book().explain(r, t, s.shop().now());
        assertThat(d.available()).as("explain %s: %s", t, d.reasons()).isEqualTo(offered);
        assertThat(tryHold(s.book(), r, t, s.shop().now())).as("hold %s", t).isEqualTo(offered);
      }
    }
  }

  @Provide
  Arbitrary<List<Integer>> minutes() {
    return Arbitraries.integers().between(0, 3 * 24 * 60).list().ofMaxSize(20);
  }

  @Property(tries = 150)
  void cancellingOrReleasingRestoresAvailabilityExactly(@ForAll("scenarios") Scenario s, @ForAll int pick) {
    AppointmentRequest r = s.requests().get(Math.floorMod(pick, s.requests().size()));
    Availability a = s.availability(s.book(), r);
    if (a.slots().isEmpty()) {
      return;
    }
    Instant start = a.slots().get(Math.floorMod(pick, a.slots().size())).start();
    List<Availability> before = s.requests().stream().map(q -> s.availability(s.book(), q)).toList();
    BookingResult booked = s.book().book(r, start, s.shop().now());
    AppointmentBook cancelled = booked.book().cancel(booked.booking().id(), s.shop().now()).book();
    BookingResult held = s.book().hold(r, start, s.shop().now().plusSeconds(60), s.shop().now());
    AppointmentBook released = held.book().release(held.booking().id(), s.shop().now()).book();
    AppointmentBook expired = held.book().expire(s.shop().now().plusSeconds(60));
    for (int i = 0; i < s.requests().size(); i++) {
      AppointmentRequest q = s.requests().get(i);
      assertThat(s.availability(cancelled, q)).isEqualTo(before.get(i));
      assertThat(s.availability(released, q)).isEqualTo(before.get(i));
      assertThat(expired.availability(AvailabilityQuery.of(q, s.shop().dates()), s.shop().now()))
          .isEqualTo(before.get(i));
    }
    assertThat(cancelled.ledgerDays()).isEqualTo(s.book().ledgerDays());
  }

  @Property(tries = 150)
  void addingABookingNeverAddsSlots(@ForAll("scenarios") Scenario s, @ForAll int pick) {
    AppointmentRequest r = s.requests().get(Math.floorMod(pick, s.requests().size()));
    Availability a = s.availability(s.book(), r);
    if (a.slots().isEmpty()) {
      return;
    }
    AppointmentBook more = s.book().book(r, a.slots().get(Math.floorMod(pick, a.slots().size())).start(), s.shop().now()).book();
    for (AppointmentRequest q : s.requests()) {
      Availability before = s.availability(s.book(), q);
      Availability after = s.availability(more, q);
      assertThat(before.starts()).containsAll(after.starts());
      for (OfferedSlot o : after.slots()) {
        OfferedSlot old = before.slots().get(before.starts().indexOf(o.start()));
        assertThat(o.freeAdvisors()).isLessThanOrEqualTo(old.freeAdvisors());
      }
    }
  }

  @Property(tries = 150)
  void addingAHolidayNeverAddsSlots(@ForAll("scenarios") Scenario s, @ForAll int day) {
    LocalDate holiday = s.shop().dates().start().plusDays(Math.floorMod(day, 4) - 1);
    List<Booking> elsewhere =
        s.book().bookings().stream().filter(b -> !b.date().equals(holiday)).toList();
    AppointmentBook without = AppointmentBook.restore(s.shop().calendar(), s.shop().pattern(), s.shop().capacity(), elsewhere);
    AppointmentBook with =
        AppointmentBook.restore(s.shop().calendar().withHoliday(holiday), s.shop().pattern(), s.shop().capacity(), elsewhere);
    for (AppointmentRequest q : s.requests()) {
      assertThat(s.availability(without, q).starts()).containsAll(s.availability(with, q).starts());
    }
  }

  @Property(tries = 150)
  void advisorsAreNeverDoubleBookedAndReceptionsNeverExceedTheAdvisorsOnDuty(@ForAll("scenarios") Scenario s) {
    List<Booking> active = s.book().bookings().stream().filter(Booking::isActive).toList();
    for (Booking a : active) {
      int concurrent = 0;
      for (Booking b : active) {
        if (a != b && a.start().isBefore(b.receptionEnd()) && b.start().isBefore(a.receptionEnd())) {
          assertThat(b.advisor()).isNotEqualTo(a.advisor());
        }
        // receptions going on at the moment a starts (the count peaks at some start)
        if (!b.start().isAfter(a.start()) && b.receptionEnd().isAfter(a.start())) {
          concurrent++;
        }
      }
      long off = s.shop().pattern().advisorAbsences().stream().filter(x -> x.date().equals(a.date())).count();
      assertThat(concurrent).isLessThanOrEqualTo(s.shop().pattern().advisors().size() - (int) off);
      assertThat(s.shop().pattern().advisorAbsences()).doesNotContain(AdvisorAbsence.of(a.advisor(), a.date()));
    }
  }

  @Property(tries = 100)
  void restoringTheBookingsGivesTheSameBook(@ForAll("scenarios") Scenario s) {
    AppointmentBook restored =
        AppointmentBook.restore(s.shop().calendar(), s.shop().pattern(), s.shop().capacity(), s.book().bookings());
    for (AppointmentRequest q : s.requests()) {
      assertThat(s.availability(restored, q)).isEqualTo(s.availability(s.book(), q));
    }
    assertThat(restored.activeBookings(s.shop().dates())).isEqualTo(s.book().activeBookings(s.shop().dates()));
  }

  @Property(tries = 100)
  void failedOperationsChangeNothing(@ForAll("scenarios") Scenario s, @ForAll("minutes") List<Integer> offsets) {
    List<Booking> active = s.book().bookings().stream().filter(Booking::isActive).toList();
    if (active.isEmpty()) {
      return;
    }
    Instant from = s.shop().calendar().startOfDay(s.shop().dates().start());
    for (int i = 0; i < offsets.size(); i++) {
      Booking b = active.get(i % active.size());
      Instant target = from.plus(Duration.ofMinutes(offsets.get(i)));
      List<Booking> before = s.book().bookings();
      try {
        BookingResult moved = s.book().reschedule(b.id(), target, s.shop().now());
        assertThat(moved.booking().start()).isEqualTo(target);
        assertThat(moved.book().activeCount()).isEqualTo(s.book().expire(s.shop().now()).activeCount());
      } catch (AfterSalesException e) {
        assertThat(s.book().bookings()).isEqualTo(before);
      }
    }
  }
}

package org.aftersales.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.aftersales.core.IllegalTransitionException;
import org.aftersales.core.SchedulingConflictException;
import org.aftersales.scheduling.SchedulingArbitraries;
import org.aftersales.scheduling.SchedulingArbitraries.Shop;

/**
 * Stateful sequences of hold, book, confirm, release, cancel, reschedule, expire and the passing
 * of time, checked against a model of the booking statuses. After every step: the book agrees
 * with the model, a time is bookable exactly when offered, advisors are never double-booked, and
 * rebuilding the book from its bookings gives the same availability (so cancelling, releasing
 * and expiring give back exactly what a booking took).
 */
class AppointmentBookStatefulTest {

  /** The system under test and its model; mutated by the actions. */
  static final class Desk {
    final Shop shop;
    final List<AppointmentRequest> requests;
    AppointmentBook book;
    Instant now;
    final Map<BookingId, BookingStatus> model = new TreeMap<>();
    final Map<BookingId, Instant> expiry = new TreeMap<>();

    Desk(Shop shop, List<AppointmentRequest> requests) {
      this.shop = shop;
      this.requests = requests;
      this.book = AppointmentBook.create(shop.calendar(), shop.pattern(), shop.capacity());
      this.now = shop.now();
    }

    Availability availability(AppointmentRequest r) {
      return book.availability(AvailabilityQuery.of(r, shop.dates()), now);
    }

    /** An offered start when there is one (mostly), else some instant in the range. */
    Instant pickStart(AppointmentRequest r, int pick) {
      Availability a = availability(r);
      if (!a.slots().isEmpty() && pick % 5 != 0) {
        return a.slots().get(pick % a.slots().size()).start();
      }
      return book.calendar().startOfDay(shop.dates().start()).plus(Duration.ofMinutes(pick % (3 * 24 * 60)));
    }

    void advance(Duration d) {
      now = now.plus(d);
      for (Map.Entry<BookingId, BookingStatus> e : model.entrySet()) {
        if (e.getValue() == BookingStatus.HELD && !expiry.get(e.getKey()).isAfter(now)) {
          e.setValue(BookingStatus.EXPIRED);
        }
      }
    }

    BookingStatus status(BookingId id) {
      return model.get(id);
    }

    @Override
    public String toString() {
      return "Desk[now=" + now + ", model=" + model + "]";
    }
  }

  @Provide
  Arbitrary<ActionChain<Desk>> chains() {
    return SchedulingArbitraries.shops()
        .flatMap(shop -> SchedulingArbitraries.requests(shop).list().ofMinSize(1).ofMaxSize(3)
            .map(rs -> {
              List<AppointmentRequest> pool = new ArrayList<>(rs);
              pool.add(AppointmentRequest.builder().appointmentType("EXPRESS_MAINTENANCE").build());
              return new Object[] {shop, pool};
            }))
        .flatMap(
            pair ->
                ActionChain.<Desk>startWith(() -> new Desk((Shop) pair[0], castList(pair[1])))
                    .withAction(3, new Place(false))
                    .withAction(3, new Place(true))
                    .withAction(2, new Confirm())
                    .withAction(1, new End(true))
                    .withAction(1, new End(false))
                    .withAction(2, new Reschedule())
                    .withAction(1, Action.just(Transformer.mutate("expire", d -> d.book = d.book.expire(d.now))))
                    .withAction(2, new Advance())
                    .withMaxTransformations(25));
  }

  @SuppressWarnings("unchecked")
  static List<AppointmentRequest> castList(Object o) {
    return (List<AppointmentRequest>) o;
  }

  @Property(tries = 60)
  void sequencesOfBookingOperationsKeepEveryInvariant(@ForAll("chains") ActionChain<Desk> chain) {
    chain.withInvariant("book agrees with the model and rebuilds to the same availability", AppointmentBookStatefulTest::check).run();
  }

  static void check(Desk d) {
    AppointmentBook current = d.book.expire(d.now);
    for (Map.Entry<BookingId, BookingStatus> e : d.model.entrySet()) {
      assertThat(current.booking(e.getKey()).orElseThrow().status()).as("status of %s", e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(current.size()).isEqualTo(d.model.size());
    List<Booking> active = current.bookings().stream().filter(Booking::isActive).toList();
    for (Booking a : active) {
      for (Booking b : active) {
        if (a != b && a.advisor().equals(b.advisor())) {
          assertThat(a.start().isBefore(b.receptionEnd()) && b.start().isBefore(a.receptionEnd())).isFalse();
        }
      }
    }
    AppointmentBook rebuilt =
        AppointmentBook.restore(d.shop.calendar(), d.shop.pattern(), d.shop.capacity(), current.bookings());
    for (AppointmentRequest r : d.requests) {
      AvailabilityQuery q = AvailabilityQuery.of(r, d.shop.dates());
      assertThat(rebuilt.availability(q, d.now)).isEqualTo(d.book.availability(q, d.now));
    }
  }

  /** Holds (or books) a start: it works exactly when the start is offered. */
  static final class Place implements Action.Independent<Desk> {
    final boolean confirmAtOnce;

    Place(boolean confirmAtOnce) {
      this.confirmAtOnce = confirmAtOnce;
    }

    @Override
    public Arbitrary<Transformer<Desk>> transformer() {
      return Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(1, 90))
          .as((pick, minutes) -> Transformer.mutate(
              (confirmAtOnce ? "book " : "hold ") + pick + " for " + minutes + " min",
              d -> {
                AppointmentRequest r = d.requests.get(pick % d.requests.size());
                Instant start = d.pickStart(r, pick);
                boolean offered = d.availability(r).offers(start);
                if (offered) {
                  BookingResult res = confirmAtOnce
                      ? d.book.book(r, start, d.now)
                      : d.book.hold(r, start, d.now.plus(Duration.ofMinutes(minutes)), d.now);
                  d.book = res.book();
                  d.model.put(res.booking().id(), res.booking().status());
                  res.booking().holdExpiresAt().ifPresent(x -> d.expiry.put(res.booking().id(), x));
                } else {
                  AppointmentBook before = d.book;
                  assertThatThrownBy(() -> {
                        if (confirmAtOnce) {
                          before.book(r, start, d.now);
                        } else {
                          before.hold(r, start, d.now.plus(Duration.ofMinutes(minutes)), d.now);
                        }
                      })
                      .isInstanceOfAny(SchedulingConflictException.class, org.aftersales.core.ValidationException.class);
                }
              }));
    }
  }

  /** Confirms a booking: only holds whose expiry has not passed. */
  static final class Confirm implements Action.Dependent<Desk> {
    @Override
    public boolean precondition(Desk d) {
      return !d.model.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Desk>> transformer(Desk state) {
      return Arbitraries.of(new ArrayList<>(state.model.keySet()))
          .map(id -> Transformer.mutate("confirm " + id, d -> {
            if (d.status(id) == BookingStatus.HELD) {
              BookingResult r = d.book.confirm(id, d.now);
              d.book = r.book();
              d.model.put(id, BookingStatus.CONFIRMED);
            } else {
              assertThatThrownBy(() -> d.book.confirm(id, d.now)).isInstanceOf(IllegalTransitionException.class);
            }
          }));
    }
  }

  /** Releases a hold or cancels a confirmed booking. */
  static final class End implements Action.Dependent<Desk> {
    final boolean cancel;

    End(boolean cancel) {
      this.cancel = cancel;
    }

    @Override
    public boolean precondition(Desk d) {
      return !d.model.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Desk>> transformer(Desk state) {
      return Arbitraries.of(new ArrayList<>(state.model.keySet()))
          .map(id -> Transformer.mutate((cancel ? "cancel " : "release ") + id, d -> {
            BookingStatus from = cancel ? BookingStatus.CONFIRMED : BookingStatus.HELD;
            if (d.status(id) == from) {
              d.book = cancel ? d.book.cancel(id, d.now).book() : d.book.release(id, d.now).book();
              d.model.put(id, cancel ? BookingStatus.CANCELLED : BookingStatus.RELEASED);
            } else {
              assertThatThrownBy(() -> {
                    if (cancel) {
                      d.book.cancel(id, d.now);
                    } else {
                      d.book.release(id, d.now);
                    }
                  })
                  .isInstanceOf(IllegalTransitionException.class);
            }
          }));
    }
  }

  /** Moves a booking: an offered time always works; a failure leaves the book as it was. */
  static final class Reschedule implements Action.Dependent<Desk> {
    @Override
    public boolean precondition(Desk d) {
      return !d.model.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Desk>> transformer(Desk state) {
      return Combinators.combine(Arbitraries.of(new ArrayList<>(state.model.keySet())), Arbitraries.integers().between(0, 100_000))
          .as((id, pick) -> Transformer.mutate("reschedule " + id + " " + pick, d -> {
            BookingStatus s = d.status(id);
            Booking b = d.book.expire(d.now).booking(id).orElseThrow();
            Instant target = d.pickStart(b.request(), pick);
            boolean offered = d.availability(b.request()).offers(target);
            AppointmentBook before = d.book;
            try {
              BookingResult r = d.book.reschedule(id, target, d.now);
              assertThat(s.isActive()).isTrue();
              assertThat(r.booking().start()).isEqualTo(target);
              assertThat(r.booking().status()).isEqualTo(s);
              d.book = r.book();
            } catch (SchedulingConflictException | org.aftersales.core.ValidationException e) {
              assertThat(s.isActive()).isTrue();
              assertThat(offered).as("an offered time must be reachable by rescheduling").isFalse();
              assertThat(before.bookings()).isEqualTo(d.book.bookings());
            } catch (IllegalTransitionException e) {
              assertThat(s.isActive()).isFalse();
            }
          }));
    }
  }

  /** Lets time pass; holds lapse in the model when their expiry is reached. */
  static final class Advance implements Action.Independent<Desk> {
    @Override
    public Arbitrary<Transformer<Desk>> transformer() {
      return Arbitraries.integers().between(0, 120)
          .map(m -> Transformer.mutate("advance " + m + " min", d -> d.advance(Duration.ofMinutes(m))));
    }
  }
}

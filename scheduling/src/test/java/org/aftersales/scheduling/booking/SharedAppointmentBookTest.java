package org.aftersales.scheduling.booking;

import static org.aftersales.scheduling.booking.Shops.A1;
import static org.aftersales.scheduling.booking.Shops.A2;
import static org.aftersales.scheduling.booking.Shops.FRIDAY_BEFORE;
import static org.aftersales.scheduling.booking.Shops.MONDAY;
import static org.aftersales.scheduling.booking.Shops.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.Reason;
import org.aftersales.core.SchedulingConflictException;
import org.aftersales.core.calendar.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Concurrent booking through the compare-and-set holder. */
class SharedAppointmentBookTest {

  static AppointmentRequest receptionOnly() {
    return AppointmentRequest.builder().appointmentType("REPAIR").build();
  }

  @Test
  void theLastFreeSlotGoesToExactlyOneOfTwoCustomers() {
    SharedAppointmentBook shared =
        SharedAppointmentBook.of(AppointmentBook.create(Shops.seedMorning(), Shops.seed(A1), Shops.small()));
    Booking first = shared.book(receptionOnly(), at(MONDAY, 9, 0), FRIDAY_BEFORE);
    assertThat(first.advisor()).isEqualTo(A1);
    assertThatThrownBy(() -> shared.hold(receptionOnly(), at(MONDAY, 9, 0), FRIDAY_BEFORE.plusSeconds(60), FRIDAY_BEFORE))
        .isInstanceOf(SchedulingConflictException.class);
    assertThat(shared.snapshot().activeCount()).isEqualTo(1);
    shared.cancel(first.id(), FRIDAY_BEFORE);
    assertThat(shared.snapshot().activeCount()).isZero();
    assertThat(shared.update(b -> b).activeCount()).isZero();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard only, not a timing assertion
  void concurrentAttemptsNeverDoubleBookAndEveryRefusalHasAReason() throws Exception {
    SharedAppointmentBook shared =
        SharedAppointmentBook.of(AppointmentBook.create(Shops.fullDay(), Shops.seed(A1, A2), Shops.small()));
    DateRange week = DateRange.of(MONDAY, MONDAY.plusDays(5));
    List<Instant> starts = shared.availability(AvailabilityQuery.of(receptionOnly(), week), FRIDAY_BEFORE).starts();
    int threads = 4;
    int attempts = 400;
    ConcurrentLinkedQueue<Booking> confirmed = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<List<Reason>> refused = new ConcurrentLinkedQueue<>();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int seed = t;
        done.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < attempts; i++) {
            Instant start = starts.get((i * 7 + seed * 13) % starts.size());
            try {
              confirmed.add(shared.book(receptionOnly(), start, FRIDAY_BEFORE));
            } catch (SchedulingConflictException e) {
              refused.add(e.reasons());
            }
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(confirmed.size() + refused.size()).isEqualTo(threads * attempts);
    assertThat(refused).allSatisfy(r -> assertThat(r).isNotEmpty());
    // two advisors: each start at most twice, never the same advisor twice
    assertThat(confirmed).hasSizeLessThanOrEqualTo(2 * starts.size());
    assertThat(confirmed.stream().map(b -> b.start() + "/" + b.advisor()).distinct().count()).isEqualTo(confirmed.size());
    AppointmentBook end = shared.snapshot();
    assertThat(end.activeCount()).isEqualTo(confirmed.size());
    assertThat(end.bookings()).containsExactlyInAnyOrderElementsOf(confirmed);
  }
}

package org.aftersales.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.ValidationException;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.order.JobId;
import org.aftersales.scheduling.SchedulingArbitraries.Shop;
import org.aftersales.scheduling.booking.AppointmentBook;
import org.aftersales.scheduling.booking.AppointmentRequest;
import org.aftersales.scheduling.booking.AppointmentType;
import org.aftersales.scheduling.booking.Availability;
import org.aftersales.scheduling.booking.AvailabilityQuery;
import org.aftersales.scheduling.booking.Booking;
import org.aftersales.scheduling.booking.BookingId;
import org.aftersales.scheduling.booking.BookingResult;
import org.aftersales.scheduling.booking.DayRefusal;
import org.aftersales.scheduling.booking.OfferedSlot;
import org.aftersales.scheduling.booking.ReceptionPattern;
import org.aftersales.scheduling.booking.SlotDecision;
import org.aftersales.scheduling.calendar.DayHours;
import org.aftersales.scheduling.calendar.Interval;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.aftersales.scheduling.calendar.TimeWindow;
import org.aftersales.scheduling.capacity.Bay;
import org.aftersales.scheduling.capacity.Shift;
import org.aftersales.scheduling.capacity.Technician;
import org.aftersales.scheduling.capacity.WorkloadDeduction;
import org.aftersales.scheduling.capacity.WorkshopCapacity;
import org.aftersales.scheduling.dispatch.Assignment;
import org.aftersales.scheduling.dispatch.DispatchJob;
import org.aftersales.scheduling.dispatch.DispatchPlan;
import org.aftersales.scheduling.dispatch.Dispatcher;
import org.aftersales.scheduling.dispatch.UnassignedJob;
import org.aftersales.scheduling.promise.Promise;
import org.aftersales.scheduling.promise.PromiseCalculator;
import org.aftersales.scheduling.promise.PromisePolicy;
import org.aftersales.scheduling.promise.PromiseRequest;
import org.aftersales.scheduling.reminder.Reminder;
import org.aftersales.scheduling.reminder.ReminderPlan;
import org.aftersales.scheduling.reminder.ReminderPlanner;
import org.aftersales.scheduling.reminder.ReminderPolicy;
import org.junit.jupiter.api.Test;

/** Every public value of the scheduling module survives JSON → value → JSON unchanged. */
class SchedulingJsonRoundTripTest {

  static final AfterSalesJson JSON = AfterSalesJson.strict();

  static <T> void roundTrips(T value, Class<? super T> type) {
    String json = JSON.write(value);
    Object back = JSON.read(json, type);
    assertThat(back).as(json).isEqualTo(value);
    assertThat(JSON.write(back)).isEqualTo(json);
  }

  record Case(Shop shop, AppointmentRequest request) {}

  @Provide
  Arbitrary<Case> cases() {
    return SchedulingArbitraries.shops()
        .flatMap(shop -> Combinators.combine(net.jqwik.api.Arbitraries.just(shop), SchedulingArbitraries.requests(shop))
            .as(Case::new));
  }

  @Property(tries = 100)
  void policiesAndRequestsRoundTrip(@ForAll("cases") Case c) {
    Shop s = c.shop();
    roundTrips(s.calendar(), ShopCalendar.class);
    s.calendar().weeklyHours().values().forEach(h -> roundTrips(h, DayHours.class));
    s.calendar().weeklyHours().values().forEach(h -> h.breaks().forEach(b -> roundTrips(b, TimeWindow.class)));
    roundTrips(s.pattern(), ReceptionPattern.class);
    s.pattern().appointmentTypes().forEach(t -> roundTrips(t, AppointmentType.class));
    s.pattern().advisorAbsences().forEach(t -> roundTrips(t, org.aftersales.scheduling.booking.AdvisorAbsence.class));
    roundTrips(s.capacity(), WorkshopCapacity.class);
    for (Technician t : s.capacity().technicians()) {
      roundTrips(t, Technician.class);
      t.shifts().forEach(x -> roundTrips(x, Shift.class));
    }
    s.capacity().bays().forEach(b -> roundTrips(b, Bay.class));
    s.capacity().carryOver().forEach(w -> roundTrips(w, WorkloadDeduction.class));
    roundTrips(c.request(), AppointmentRequest.class);
    roundTrips(AvailabilityQuery.of(c.request(), s.dates()), AvailabilityQuery.class);
    roundTrips(PromisePolicy.standard(), PromisePolicy.class);
    roundTrips(ReminderPolicy.seed(), ReminderPolicy.class);
  }

  @Property(tries = 100)
  void resultsRoundTrip(@ForAll("cases") Case c) {
    Shop s = c.shop();
    AppointmentBook book = AppointmentBook.create(s.calendar(), s.pattern(), s.capacity());
    Availability a = book.availability(AvailabilityQuery.of(c.request(), s.dates()), s.now());
    roundTrips(a, Availability.class);
    a.slots().forEach(o -> roundTrips(o, OfferedSlot.class));
    a.unavailableDays().forEach(d -> roundTrips(d, DayRefusal.class));
    Instant nine = s.calendar().startOfDay(s.dates().start()).plus(Duration.ofHours(9));
    roundTrips(book.explain(c.request(), nine, s.now()), SlotDecision.class);
    List<Booking> bookings = new ArrayList<>();
    if (!a.slots().isEmpty()) {
      BookingResult held = book.hold(c.request(), a.slots().get(0).start(), s.now().plusSeconds(900), s.now());
      bookings.add(held.booking());
      bookings.add(held.book().confirm(held.booking().id(), s.now()).booking());
      ReminderPlan plan = ReminderPlanner.of(s.calendar(), ReminderPolicy.seed()).plan(held.booking().start(), s.now());
      roundTrips(plan, ReminderPlan.class);
      plan.due().forEach(r -> roundTrips(r, Reminder.class));
      plan.due().forEach(r -> roundTrips(r.due(), Interval.class));
    }
    for (Booking b : bookings) {
      roundTrips(b, Booking.class);
      roundTrips(b.id(), BookingId.class);
    }
    PromiseRequest pr = PromiseRequest.builder().start(nine).labour(c.request().labour()).partsEta(s.now()).build();
    roundTrips(pr, PromiseRequest.class);
    roundTrips(PromiseCalculator.of(s.calendar(), PromisePolicy.standard()).promise(pr), Promise.class);
    List<DispatchJob> jobs = new ArrayList<>();
    int i = 0;
    for (var e : c.request().labour().entrySet()) {
      jobs.add(DispatchJob.builder().id(JobId.of("J" + i++)).skill(e.getKey()).hours(e.getValue())
          .bayType(c.request().bayType()).promisedAt(s.now().plusSeconds(3600)).waitingCustomer(i % 2 == 0).build());
    }
    jobs.forEach(j -> roundTrips(j, DispatchJob.class));
    DispatchPlan plan = Dispatcher.of(s.calendar(), s.capacity()).dispatch(s.calendar().dateOf(s.now()), jobs, s.now());
    roundTrips(plan, DispatchPlan.class);
    plan.assignments().forEach(x -> roundTrips(x, Assignment.class));
    plan.unassigned().forEach(x -> roundTrips(x, UnassignedJob.class));
  }

  @Test
  void badJsonNamesThePathAndTheRule() {
    String json = "{\"opens\":\"09:00\",\"closes\":\"18:00\",\"breaks\":[{\"start\":\"17:30\",\"end\":\"18:30\"}]}";
    assertThatThrownBy(() -> JSON.read(json, DayHours.class))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("BREAK_OUTSIDE_OPENING_HOURS");
    String negative =
        JSON.write(ReceptionPattern.seedPreset(org.aftersales.core.order.AdvisorId.of("A1"))).replace("\"buffer\":\"PT15M\"", "\"buffer\":\"PT-15M\"");
    assertThatThrownBy(() -> JSON.read(negative, ReceptionPattern.class))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("NEGATIVE_BUFFER");
  }
}

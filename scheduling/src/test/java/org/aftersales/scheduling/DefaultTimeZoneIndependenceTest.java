package org.aftersales.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.order.JobId;
import org.aftersales.core.quantity.Hours;
import org.aftersales.scheduling.SchedulingArbitraries.Shop;
import org.aftersales.scheduling.booking.AppointmentBook;
import org.aftersales.scheduling.booking.AppointmentRequest;
import org.aftersales.scheduling.booking.Availability;
import org.aftersales.scheduling.booking.AvailabilityQuery;
import org.aftersales.scheduling.booking.BookingResult;
import org.aftersales.scheduling.dispatch.DispatchJob;
import org.aftersales.scheduling.dispatch.Dispatcher;
import org.aftersales.scheduling.promise.PromiseCalculator;
import org.aftersales.scheduling.promise.PromisePolicy;
import org.aftersales.scheduling.promise.PromiseRequest;
import org.aftersales.scheduling.reminder.ReminderPlanner;
import org.aftersales.scheduling.reminder.ReminderPolicy;

/**
 * Results are the same whatever the JVM's default time zone and locale (DESIGN §2.7): every
 * computation of the module runs under several defaults and must give equal values and equal JSON.
 */
class DefaultTimeZoneIndependenceTest {

  static final List<String> ZONES =
      List.of("UTC", "Pacific/Kiritimati", "America/Adak", "Asia/Kathmandu", "Europe/Berlin", "America/New_York");
  static final List<Locale> LOCALES = List.of(Locale.ROOT, Locale.forLanguageTag("tr-TR"), Locale.JAPAN, Locale.forLanguageTag("ar-SA"));

  record Case(Shop shop, AppointmentRequest request) {}

  @Provide
  Arbitrary<Case> cases() {
    return SchedulingArbitraries.shops()
        .flatMap(shop -> Combinators.combine(net.jqwik.api.Arbitraries.just(shop), SchedulingArbitraries.requests(shop))
            .as(Case::new));
  }

  static List<Object> everything(Case c) {
    Shop s = c.shop();
    List<Object> out = new ArrayList<>();
    AppointmentBook book = AppointmentBook.create(s.calendar(), s.pattern(), s.capacity());
    Availability a = book.availability(AvailabilityQuery.of(c.request(), s.dates()), s.now());
    out.add(a);
    if (!a.slots().isEmpty()) {
      BookingResult r = book.book(c.request(), a.slots().get(a.slots().size() / 2).start(), s.now());
      out.add(r.booking());
      out.add(r.book().availability(AvailabilityQuery.of(c.request(), s.dates()), s.now()));
      out.add(ReminderPlanner.of(s.calendar(), ReminderPolicy.seed()).plan(r.booking().start(), s.now()));
    }
    Instant start = s.calendar().startOfDay(s.dates().start()).plus(Duration.ofHours(9));
    out.add(book.explain(c.request(), start, s.now()));
    out.add(PromiseCalculator.of(s.calendar(), PromisePolicy.standard())
        .promise(PromiseRequest.builder().start(start).labour(c.request().labour()).build()));
    List<DispatchJob> jobs = new ArrayList<>();
    int i = 0;
    for (var e : c.request().labour().entrySet()) {
      jobs.add(DispatchJob.builder().id(JobId.of("J" + i++)).skill(e.getKey()).hours(e.getValue()).build());
    }
    jobs.add(DispatchJob.builder().id(JobId.of("JX")).skill(s.capacity().skills().first())
        .hours(Hours.of("1.5")).waitingCustomer(true).promisedAt(s.now().plusSeconds(7200)).build());
    out.add(Dispatcher.of(s.calendar(), s.capacity()).dispatch(s.calendar().dateOf(s.now()), jobs, s.now()));
    List<Object> json = new ArrayList<>();
    for (Object o : out) {
      json.add(AfterSalesJson.strict().write(o));
    }
    out.addAll(json);
    return out;
  }

  static <T> T under(String zone, Locale locale, Supplier<T> work) {
    TimeZone zoneBefore = TimeZone.getDefault();
    Locale localeBefore = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      Locale.setDefault(locale);
      return work.get();
    } finally {
      TimeZone.setDefault(zoneBefore);
      Locale.setDefault(localeBefore);
    }
  }

  @Property(tries = 60)
  void resultsAreTheSameInAnyDefaultTimeZoneAndLocale(@ForAll("cases") Case c) {
    List<Object> reference = under("UTC", Locale.ROOT, () -> everything(c));
    for (int i = 0; i < ZONES.size(); i++) {
      String zone = ZONES.get(i);
      Locale locale = LOCALES.get(i % LOCALES.size());
      assertThat(under(zone, locale, () -> everything(c))).as("under %s, %s", zone, locale).isEqualTo(reference);
    }
  }
}

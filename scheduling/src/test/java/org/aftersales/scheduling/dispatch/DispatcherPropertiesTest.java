package org.aftersales.scheduling.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.quantity.Hours;
import org.aftersales.scheduling.SchedulingArbitraries;
import org.aftersales.scheduling.SchedulingArbitraries.Shop;
import org.aftersales.scheduling.calendar.Interval;
import org.aftersales.scheduling.capacity.BayType;
import org.aftersales.scheduling.capacity.Technician;

/** Invariants of dispatch over generated workshops and jobs. */
class DispatcherPropertiesTest {

  record Case(Shop shop, List<DispatchJob> jobs) {}

  @Provide
  Arbitrary<Case> cases() {
    return SchedulingArbitraries.shops().flatMap(shop -> jobs(shop).map(j -> new Case(shop, j)));
  }

  static Arbitrary<List<DispatchJob>> jobs(Shop shop) {
    List<Skill> skills = new ArrayList<>(shop.capacity().skills());
    List<BayType> bays = new ArrayList<>(shop.capacity().bayTypes());
    List<TechnicianId> techs = shop.capacity().technicians().stream().map(Technician::id).toList();
    Arbitrary<DispatchJob> job =
        Combinators.combine(
                Arbitraries.of(skills),
                Arbitraries.integers().between(1, 60),
                Arbitraries.integers().between(-1, bays.size() - 1),
                Arbitraries.of(true, false, false),
                Arbitraries.integers().between(-1, 12 * 60),
                Arbitraries.integers().between(-1, 6 * 60),
                Arbitraries.integers().between(-4, techs.size() - 1))
            .as((skill, tenths, bay, waiting, promise, ready, pin) -> {
              DispatchJob.Builder b = DispatchJob.builder().id(JobId.of("J")).skill(skill)
                  .hours(Hours.of(BigDecimal.valueOf(tenths, 1).toPlainString())).waitingCustomer(waiting);
              if (bay >= 0) {
                b.bayType(bays.get(bay));
              }
              if (promise >= 0) {
                b.promisedAt(shop.now().plus(Duration.ofMinutes(promise)));
              }
              if (ready >= 0) {
                b.readyAt(shop.now().plus(Duration.ofMinutes(ready)));
              }
              if (pin >= 0) {
                b.technician(techs.get(pin));
              }
              return b.build();
            });
    return job.list().ofMaxSize(25).map(list -> {
      List<DispatchJob> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(DispatchJob.builder().from(list.get(i)).id(JobId.of("J" + i)).build());
      }
      return out;
    });
  }

  static DispatchPlan dispatch(Case c) {
    return Dispatcher.of(c.shop().calendar(), c.shop().capacity())
        .dispatch(c.shop().calendar().dateOf(c.shop().now()), c.jobs(), c.shop().now());
  }

  @Property(tries = 200)
  void dispatchedSkillsAreTechnicianSkillsAndEveryJobIsAccountedForOnce(@ForAll("cases") Case c) {
    DispatchPlan plan = dispatch(c);
    Map<TechnicianId, Technician> techs =
        c.shop().capacity().technicians().stream().collect(Collectors.toMap(Technician::id, t -> t));
    Set<JobId> seen = new HashSet<>();
    for (Assignment a : plan.assignments()) {
      assertThat(techs.get(a.technician()).skills()).contains(a.skill());
      assertThat(seen.add(a.job())).isTrue();
      DispatchJob job = c.jobs().stream().filter(j -> j.id().equals(a.job())).findFirst().orElseThrow();
      assertThat(a.skill()).isEqualTo(job.skill());
      job.technician().ifPresent(t -> assertThat(a.technician()).isEqualTo(t));
      assertThat(a.start()).isAfterOrEqualTo(c.shop().now());
      job.readyAt().ifPresent(r -> assertThat(a.start()).isAfterOrEqualTo(r));
      assertThat(c.shop().calendar().dateOf(a.start())).isEqualTo(plan.date());
      Duration worked = a.work().stream().map(Interval::duration).reduce(Duration.ZERO, Duration::plus);
      assertThat(worked).isEqualTo(techs.get(a.technician()).clockTime(job.hours()));
      for (Interval w : a.work()) {
        assertThat(c.shop().calendar().isOpenAt(w.start())).isTrue();
      }
      assertThat(a.expectedLateness())
          .isEqualTo(job.promisedAt().filter(p -> p.isBefore(a.end())).map(p -> Duration.between(p, a.end())).orElse(Duration.ZERO));
      assertThat(a.job().value()).isNotEmpty();
      assertThat(job.bayType().isPresent()).isEqualTo(a.bay().isPresent());
    }
    for (UnassignedJob u : plan.unassigned()) {
      assertThat(seen.add(u.job())).isTrue();
      assertThat(u.reasons()).isNotEmpty();
    }
    assertThat(seen).hasSize(c.jobs().size());
  }

  @Property(tries = 200)
  void aTechnicianOrABayIsNeverDoubleBooked(@ForAll("cases") Case c) {
    DispatchPlan plan = dispatch(c);
    List<Assignment> as = plan.assignments();
    for (int i = 0; i < as.size(); i++) {
      for (int j = i + 1; j < as.size(); j++) {
        Assignment a = as.get(i);
        Assignment b = as.get(j);
        if (a.technician().equals(b.technician())) {
          for (Interval x : a.work()) {
            for (Interval y : b.work()) {
              assertThat(x.overlaps(y)).as("%s and %s on %s", a.job(), b.job(), a.technician()).isFalse();
            }
          }
        }
        if (a.bay().isPresent() && a.bay().equals(b.bay())) {
          assertThat(Interval.of(a.start(), a.end()).overlaps(Interval.of(b.start(), b.end()))).isFalse();
        }
      }
    }
  }

  @Property(tries = 100)
  void theSameJobsInAnyOrderGiveTheSamePlan(@ForAll("cases") Case c) {
    DispatchPlan plan = dispatch(c);
    List<DispatchJob> reversed = new ArrayList<>(c.jobs());
    Collections.reverse(reversed);
    assertThat(dispatch(new Case(c.shop(), reversed))).isEqualTo(plan);
    assertThat(dispatch(c)).isEqualTo(plan);
  }

  @Property(tries = 100)
  void waitingCustomersAreServedBeforeOthersOfTheSameSkill(@ForAll("cases") Case c) {
    DispatchPlan plan = dispatch(c);
    List<JobId> order = plan.assignments().stream().map(Assignment::job).toList();
    Map<JobId, DispatchJob> jobs = c.jobs().stream().collect(Collectors.toMap(DispatchJob::id, j -> j));
    boolean seenNonWaiting = false;
    for (JobId id : order) {
      boolean waiting = jobs.get(id).waitingCustomer();
      assertThat(waiting && seenNonWaiting).as("waiting job %s after a non-waiting one", id).isFalse();
      seenNonWaiting |= !waiting;
    }
  }
}

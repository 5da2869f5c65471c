package org.aftersales.core.order;

import static org.aftersales.core.order.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.aftersales.core.AfterSalesException;
import org.aftersales.core.order.RepairOrderCommand.AddJob;
import org.aftersales.core.order.RepairOrderCommand.AgreeTerms;
import org.aftersales.core.order.RepairOrderCommand.Authorize;
import org.aftersales.core.order.RepairOrderCommand.Cancel;
import org.aftersales.core.order.RepairOrderCommand.CheckIn;
import org.aftersales.core.order.RepairOrderCommand.Close;
import org.aftersales.core.order.RepairOrderCommand.CompleteJob;
import org.aftersales.core.order.RepairOrderCommand.Decline;
import org.aftersales.core.order.RepairOrderCommand.Defer;
import org.aftersales.core.order.RepairOrderCommand.Deliver;
import org.aftersales.core.order.RepairOrderCommand.Dispatch;
import org.aftersales.core.order.RepairOrderCommand.FailQualityCheck;
import org.aftersales.core.order.RepairOrderCommand.MarkNoShow;
import org.aftersales.core.order.RepairOrderCommand.PassQualityCheck;
import org.aftersales.core.order.RepairOrderCommand.PresentEstimate;
import org.aftersales.core.order.RepairOrderCommand.Promise;
import org.aftersales.core.order.RepairOrderCommand.ProposeSupplement;
import org.aftersales.core.order.RepairOrderCommand.RecordCause;
import org.aftersales.core.order.RepairOrderCommand.RecordConsent;
import org.aftersales.core.order.RepairOrderCommand.RecordFollowUp;
import org.aftersales.core.order.RepairOrderCommand.RecordRefusal;
import org.aftersales.core.order.RepairOrderCommand.RequestQualityCheck;
import org.aftersales.core.order.RepairOrderCommand.StartDiagnosis;
import org.aftersales.core.order.RepairOrderCommand.StartJob;
import org.aftersales.core.order.RepairOrderCommand.StartRework;
import org.aftersales.core.order.RepairOrderEvent.JobStatusChanged;
import org.aftersales.core.order.RepairOrderEvent.StatusChanged;
import org.aftersales.core.quantity.Hours;

/**
 * Random command sequences against the lifecycle: whatever is asked, in whatever order, the order
 * stays consistent, and a refused command changes nothing.
 */
class RepairOrderLifecyclePropertiesTest {

  @Provide
  Arbitrary<List<RandomWalk.Step>> steps() {
    return RandomWalk.steps();
  }

  @Property
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void randomCommandSequencesNeverProduceAnInconsistentOrder(@ForAll("steps") List<RandomWalk.Step> steps) {
    RepairOrder order = Fixtures.appointment();
    int clock = 0;
    int nextJob = 0;
    Set<JobId> consentedSupplements = new HashSet<>();
    for (RandomWalk.Step s : steps) {
      clock += s.minutes();
      RepairOrderCommand command = RandomWalk.command(order, s, clock, nextJob);
      if (command instanceof AddJob || command instanceof ProposeSupplement) {
        nextJob++;
      }
      RepairOrder before = order;
      RepairOrder snapshot = RepairOrder.builder().from(order).build();
      Transition t;
      try {
        t = order.apply(command);
      } catch (AfterSalesException refused) {
        assertThat(before).isEqualTo(snapshot);
        assertThat(refused.violations()).isNotEmpty();
        continue;
      }
      checkTransition(before, t, consentedSupplements);
      order = t.order();
    }
    // the generator must reach the interesting parts of the lifecycle, or the property proves little
    Statistics.label("supplement consented")
        .collect(!consentedSupplements.isEmpty())
        .coverage(c -> c.check(true).count(n -> n > 0));
    Statistics.label("delivered")
        .collect(order.status().isDelivered())
        .coverage(c -> c.check(true).count(n -> n > 0));
  }

  private static void checkTransition(RepairOrder before, Transition t, Set<JobId> consentedSupplements) {
    RepairOrder o = t.order();
    // events tell the status change exactly when there is one
    List<StatusChanged> changes =
        t.events().stream().filter(StatusChanged.class::isInstance).map(StatusChanged.class::cast).toList();
    if (before.status() == o.status()) {
      assertThat(changes).isEmpty();
    } else {
      assertThat(changes).containsExactly(
          new StatusChanged(o.id(), o.lastUpdatedAt(), before.status(), o.status()));
      assertThat(t.events().get(t.events().size() - 1)).isInstanceOf(StatusChanged.class);
    }
    // work on a supplement never starts before its consent is on record
    for (RepairOrderEvent e : t.events()) {
      if (e instanceof JobStatusChanged c) {
        Job j = o.job(c.job()).orElseThrow();
        if (j.supplement() && c.from() == JobStatus.PROPOSED && c.to() == JobStatus.AUTHORIZED) {
          consentedSupplements.add(c.job());
        }
        if (j.supplement() && c.to() == JobStatus.IN_PROGRESS) {
          assertThat(consentedSupplements).contains(c.job());
          assertThat(j.authorization()).isPresent();
        }
      }
    }
    // delivery only with a passed quality check and every job done, declined or deferred
    if (o.status().isDelivered()) {
      assertThat(o.lastQualityCheck()).hasValueSatisfying(q -> assertThat(q.passed()).isTrue());
      assertThat(o.jobs()).allSatisfy(j -> assertThat(j.status().isSettled()).isTrue());
      assertThat(o.odometerOut()).isPresent();
    }
    if (o.status() == RepairOrderStatus.READY || o.status() == RepairOrderStatus.QUALITY_CHECK) {
      assertThat(o.jobs()).allSatisfy(j -> assertThat(j.status().isSettled()).isTrue());
      assertThat(o.jobs()).anySatisfy(j -> assertThat(j.status()).isEqualTo(JobStatus.DONE));
    }
    boolean pending = o.jobs().stream().anyMatch(j -> j.supplement() && j.status() == JobStatus.PROPOSED);
    assertThat(o.status() == RepairOrderStatus.SUPPLEMENT_PENDING).isEqualTo(pending);
    if (o.jobs().stream().anyMatch(j -> j.status() == JobStatus.IN_PROGRESS)) {
      assertThat(o.status()).isIn(RepairOrderStatus.IN_PROGRESS, RepairOrderStatus.SUPPLEMENT_PENDING);
    }
    assertThat(o.statusHistory().get(o.statusHistory().size() - 1).status()).isEqualTo(o.status());
    assertThat(o.statusHistory()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
    if (before.status().isTerminal()) {
      throw new AssertionError("a terminal order accepted " + t);
    }
    // every job ever added is still there
    assertThat(o.jobs().size()).isGreaterThanOrEqualTo(before.jobs().size());
  }
}

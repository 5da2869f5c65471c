package org.aftersales.core.order;

import static org.aftersales.core.order.Fixtures.at;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;
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
import org.aftersales.core.quantity.Hours;

/**
 * Random walks through the repair-order lifecycle: a generator of steps, and the command each
 * step means for the order at hand. Mostly commands the status allows, weighted towards progress,
 * with sensible job picks; sometimes anything at all, to exercise refusals.
 */
public final class RandomWalk {

  private RandomWalk() {}

  /** One step: which command (mostly one the status allows), its job picks and a time step. */
  public record Step(int kind, boolean allowedOnly, int pick, int pick2, int minutes, boolean flag) {}

  /**
   * Sequences of up to 120 steps.
   *
   * @return the generator
   */
  public static Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 9).map(i -> i < 9),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(-2, 120),
                Arbitraries.of(true, false))
            .as(Step::new);
    return step.withoutEdgeCases().list().ofMinSize(1).ofMaxSize(120)
        .withSizeDistribution(RandomDistribution.uniform()).withoutEdgeCases();
  }

  /**
   * An accepted command and what it did.
   *
   * @param command the command
   * @param transition its result
   */
  public record Applied(RepairOrderCommand command, Transition transition) {}

  /**
   * Applies the steps to an order, skipping refused commands.
   *
   * @param start the starting order
   * @param steps the steps
   * @return every accepted command with its transition, in order
   */
  public static List<Applied> walk(RepairOrder start, List<Step> steps) {
    List<Applied> done = new ArrayList<>();
    RepairOrder order = start;
    int clock = 0;
    int nextJob = 0;
    for (Step s : steps) {
      clock += s.minutes();
      RepairOrderCommand command = command(order, s, clock, nextJob);
      if (command instanceof AddJob || command instanceof ProposeSupplement) {
        nextJob++;
      }
      try {
        Transition t = order.apply(command);
        done.add(new Applied(command, t));
        order = t.order();
      } catch (AfterSalesException refused) {
        // a refused command leaves the order as it was
      }
    }
    return done;
  }

  /**
   * The command a step means for an order.
   *
   * @param o the order
   * @param s the step
   * @param clock minutes after the fixtures' start
   * @param nextJob a number for a new job id
   * @return the command
   */
  public static RepairOrderCommand command(RepairOrder o, Step s, int clock, int nextJob) {
    boolean mayEnd = s.pick() == 0 && s.pick2() == 0;
    List<String> menu = new ArrayList<>(s.allowedOnly() ? o.allowedCommands() : NAMES);
    if (!mayEnd && menu.size() > 1) {
      // ending an order early is legal but rare; keep most sequences going
      menu.removeAll(List.of("Cancel", "MarkNoShow"));
    }
    if (s.allowedOnly()) {
      // commands that move the order forward get three times the weight
      List.copyOf(menu).stream().filter(PROGRESS::contains).forEach(c -> menu.addAll(List.of(c, c)));
    }
    String name = menu.isEmpty() ? "Close" : menu.get(s.kind() % menu.size());
    List<JobId> ids = candidates(o, name, s.allowedOnly());
    JobId pick = ids.isEmpty() ? JobId.of("J-none") : ids.get(s.pick() % ids.size());
    JobId pick2 = ids.isEmpty() ? pick : ids.get(s.pick2() % ids.size());
    List<JobId> picks = pick.equals(pick2) ? List.of(pick) : List.of(pick, pick2);
    var at = at(clock);
    return switch (name) {
      case "AddJob" -> new AddJob(at, Fixtures.job("J" + nextJob));
      case "AgreeTerms" -> new AgreeTerms(at, PaymentMethod.CARD, OldPartsDisposition.DISPOSE, s.flag());
      case "Promise" -> new Promise(at, at(clock + 180));
      case "CheckIn" -> new CheckIn(at, Fixtures.walkAround(10_000));
      case "MarkNoShow" -> new MarkNoShow(at);
      case "StartDiagnosis" -> new StartDiagnosis(at);
      case "RecordCause" -> new RecordCause(at, pick, "worn part");
      case "PresentEstimate" -> new PresentEstimate(at);
      case "Authorize" -> new Authorize(at, picks, Fixtures.consent(clock, "500"));
      case "Decline" -> new Decline(at, picks, Fixtures.refusal(clock));
      case "Defer" -> new Defer(at, picks, Fixtures.refusal(clock));
      case "Dispatch" -> new Dispatch(at, Map.of(pick, TechnicianId.of("T-" + s.pick2())));
      case "StartJob" -> new StartJob(at, pick);
      case "CompleteJob" -> new CompleteJob(
          at, pick, "fixed", s.flag() ? Map.of("BRK-" + pick.value(), Hours.of("1")) : Map.of());
      case "ProposeSupplement" -> new ProposeSupplement(at, Fixtures.job("S" + nextJob));
      case "RecordConsent" -> new RecordConsent(at, pick, Fixtures.consent(clock, "800"));
      case "RecordRefusal" -> new RecordRefusal(at, pick, Fixtures.refusal(clock));
      case "RequestQualityCheck" -> new RequestQualityCheck(at);
      case "PassQualityCheck" -> new PassQualityCheck(at, TechnicianId.of("QC"), List.of());
      case "FailQualityCheck" -> new FailQualityCheck(at, TechnicianId.of("QC"), picks, List.of("noise"));
      case "StartRework" -> new StartRework(at);
      case "Deliver" -> new Deliver(at, Fixtures.odometer(s.flag() ? 10_010 : 9_990, clock), PaymentMethod.CASH);
      case "RecordFollowUp" -> new RecordFollowUp(at, s.flag(), false);
      case "Close" -> new Close(at);
      case "Cancel" -> new Cancel(at, "customer withdrew");
      default -> throw new IllegalStateException(name);
    };
  }

  /** Jobs a command can act on, when the step asks for a sensible pick; else every job. */
  private static List<JobId> candidates(RepairOrder o, String command, boolean sensible) {
    java.util.function.Predicate<Job> fits =
        switch (command) {
          case "Authorize", "Decline" -> j -> !j.supplement() && j.status() == JobStatus.PROPOSED;
          case "Defer" -> j -> !j.supplement() && j.status() == JobStatus.PROPOSED
              || j.status() == JobStatus.AUTHORIZED;
          case "Dispatch" -> j -> j.status() == JobStatus.AUTHORIZED || j.status() == JobStatus.IN_PROGRESS;
          case "StartJob" -> j -> j.status() == JobStatus.AUTHORIZED;
          case "CompleteJob" -> j -> j.status() == JobStatus.IN_PROGRESS;
          case "RecordConsent", "RecordRefusal" -> j -> j.supplement() && j.status() == JobStatus.PROPOSED;
          case "FailQualityCheck" -> j -> j.status() == JobStatus.DONE;
          default -> j -> true;
        };
    List<JobId> all = o.jobs().stream().map(Job::id).toList();
    List<JobId> fitting = o.jobs().stream().filter(fits).map(Job::id).toList();
    return sensible && !fitting.isEmpty() ? fitting : all;
  }

  private static final Set<String> PROGRESS =
      Set.of(
          "CheckIn", "PresentEstimate", "Authorize", "Dispatch", "StartJob", "CompleteJob", "RecordConsent",
          "RequestQualityCheck", "PassQualityCheck", "StartRework", "Deliver", "RecordFollowUp", "Close");

  private static final List<String> NAMES =
      new ArrayList<>(
          List.of(
              "AddJob", "AgreeTerms", "Promise", "CheckIn", "MarkNoShow", "StartDiagnosis", "RecordCause",
              "PresentEstimate", "Authorize", "Decline", "Defer", "Dispatch", "StartJob", "CompleteJob",
              "ProposeSupplement", "RecordConsent", "RecordRefusal", "RequestQualityCheck",
              "PassQualityCheck", "FailQualityCheck", "StartRework", "Deliver", "RecordFollowUp", "Close",
              "Cancel"));
}

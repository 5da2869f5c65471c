package org.aftersales.rules.consumerlaw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.calendar.WorkingCalendar;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.rules.warranty.Causation;
import org.aftersales.rules.warranty.ComponentGroup;
import org.aftersales.rules.warranty.ExclusionKind;
import org.aftersales.rules.warranty.Finding;

/** Invariants of the consumer-law packs over generated repair histories. */
class ConsumerLawPropertiesTest {

  static final List<ComponentGroup> GROUPS =
      List.of(ComponentGroup.ENGINE, ComponentGroup.TRACTION_BATTERY, ComponentGroup.BRAKES,
          ComponentGroup.STEERING, ComponentGroup.ELECTRICAL);

  record Scenario(Vehicle vehicle, List<RepairVisit> visits, Optional<ReportedFault> current, Instant asOf,
      Distance odometer, boolean priced, boolean asked) {

    RepairHistory history(List<RepairVisit> vs) {
      return RepairHistory.of(LawFixtures.SHANGHAI, vs);
    }

    ThreeGuaranteesRequest china(List<RepairVisit> vs) {
      ThreeGuaranteesRequest.Builder b =
          ThreeGuaranteesRequest.builder().vehicle(vehicle).history(history(vs)).asOf(asOf).odometer(odometer)
              .currentFault(current);
      if (priced) {
        b.purchasePrice(Monies.of("150000.00", "CNY"));
      }
      if (asked) {
        LocalDate today = LocalDate.ofInstant(asOf, LawFixtures.SHANGHAI);
        b.remedyRequestedOn(today.minusDays(40)).workingCalendar(WorkingCalendar.mondayToFriday());
      }
      return b.build();
    }

    LemonLawRequest california(List<RepairVisit> vs) {
      return LemonLawRequest.builder().vehicle(vehicle).history(history(vs)).asOf(asOf).odometer(odometer)
          .manufacturerNotifiedDirectly(priced).purchasePrice(Monies.of("40000.00", "USD")).build();
    }

    Optional<LegalGuaranteeRequest> eu(List<RepairVisit> vs) {
      return current.map(
          f -> LegalGuaranteeRequest.builder().vehicle(vehicle).history(history(vs)).fault(f.facts())
              .apparentOn(LocalDate.ofInstant(f.at(), LawFixtures.SHANGHAI)).build());
    }
  }

  static Arbitrary<FaultFacts> facts() {
    Arbitrary<ComponentGroup> group = Arbitraries.of(GROUPS);
    return Combinators.combine(
            group,
            Arbitraries.of("P1", "P2", "P3").optional(),
            Arbitraries.of(ReplacementKind.class),
            Arbitraries.of("M1", "M2").optional(),
            Arbitraries.of(true, false),
            Arbitraries.of(CriticalFailure.class).optional(0.2),
            Arbitraries.of(Causation.class).optional(0.2))
        .as((g, p, rep, mp, safety, critical, cause) -> {
          ReplacementKind r = rep == ReplacementKind.ASSEMBLY && !FaultFacts.ASSEMBLIES.contains(g) ? ReplacementKind.NONE : rep;
          FaultFacts.Builder b = FaultFacts.builder().componentGroup(g).problem(p).replacement(r)
              .seriousSafetyFault(safety).criticalFailure(critical);
          if (r == ReplacementKind.MAIN_PART) {
            b.mainPart(mp.orElse("M1"));
          } else {
            b.mainPart(mp);
          }
          cause.ifPresent(c -> b.addFinding(new Finding(ExclusionKind.OUTSIDE_SERVICE, c)));
          return b.build();
        });
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<LocalDate> purchased = Arbitraries.integers().between(0, 2500).map(d -> LocalDate.of(2019, 1, 1).plusDays(d));
    Arbitrary<List<int[]>> shapes =
        Combinators.combine(
                Arbitraries.integers().between(0, 120),
                Arbitraries.integers().between(1, 500),
                Arbitraries.integers().between(0, 6_000))
            .as((gap, hours, km) -> new int[] {gap, hours, km})
            .list().ofMaxSize(10);
    Arbitrary<List<List<FaultFacts>>> records = facts().list().ofMinSize(1).ofMaxSize(2).list().ofSize(10);
    return Combinators.combine(
            purchased, shapes, records, facts().optional(), Arbitraries.integers().between(0, 60),
            Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((bought, shape, recs, current, wait, priced, asked, lastOngoing) -> {
          Vehicle v = LawFixtures.car(bought);
          Instant t = LawFixtures.at(bought, 9);
          long km = 10;
          List<RepairVisit> vs = new ArrayList<>();
          for (int i = 0; i < shape.size(); i++) {
            int[] s = shape.get(i);
            t = t.plus(Duration.ofDays(s[0])).plus(Duration.ofHours(1));
            km += s[2];
            boolean ongoing = lastOngoing && i == shape.size() - 1;
            RepairVisit.Builder b = RepairVisit.builder().orderId(RepairOrderId.of("RO-" + i)).receivedAt(t).agreedAt(t)
                .odometerIn(Distance.ofKilometres(km));
            List<FaultFacts> fs = recs.get(i);
            for (int j = 0; j < fs.size(); j++) {
              b.addRepair(new RepairRecord(JobId.of("J" + j), fs.get(j)));
            }
            if (!ongoing) {
              t = t.plus(Duration.ofHours(s[1]));
              b.completedAt(t);
              if (s[1] > 48) {
                b.addExcludedTime(new ExcludedTime(ExcludedTimeKind.POWER_BATTERY_TRANSPORT, Duration.ofHours(s[1] / 3)));
              }
            }
            vs.add(b.build());
          }
          Instant asOf = t.plus(Duration.ofDays(wait)).plus(Duration.ofHours(2));
          Distance odometer = Distance.ofKilometres(km + 500);
          Distance atReport = Distance.ofKilometres(km + 400);
          Optional<ReportedFault> f = current.map(c -> new ReportedFault(c, asOf.minusSeconds(60), atReport));
          return new Scenario(v, vs, f, asOf, odometer, priced, asked);
        });
  }

  static Set<String> available(ConsumerLawAssessment a) {
    Set<String> keys = new TreeSet<>();
    for (RemedyAssessment r : a.available()) {
      String subject = r.remedy() == Remedy.SUBSTITUTE_VEHICLE ? " " + r.subject().orElse("") : "";
      keys.add(r.remedy() + " " + r.article() + subject);
    }
    return keys;
  }

  @Property(tries = 250)
  void addingARepairNeverRemovesARemedyThatWasAvailable(@ForAll("scenarios") Scenario s, @ForAll long pick) {
    if (s.visits().isEmpty()) {
      return;
    }
    List<RepairVisit> fewer = new ArrayList<>(s.visits());
    fewer.remove(Math.floorMod(pick, fewer.size()));
    ChinaThreeGuarantees china = ChinaThreeGuarantees.legalMinimum();
    assertThat(available(china.assess(s.china(s.visits())))).containsAll(available(china.assess(s.china(fewer))));
    CaliforniaLemonLaw ca = CaliforniaLemonLaw.standard();
    assertThat(available(ca.assess(s.california(s.visits())))).containsAll(available(ca.assess(s.california(fewer))));
    if (s.eu(fewer).isPresent()) {
      EuLegalGuarantee eu = EuLegalGuarantee.germany();
      assertThat(available(eu.assess(s.eu(s.visits()).get()))).containsAll(available(eu.assess(s.eu(fewer).get())));
    }
  }

  @Property(tries = 150)
  void assessmentsDoNotDependOnTheOrderOfTheHistory(@ForAll("scenarios") Scenario s, @ForAll long seed) {
    List<RepairVisit> shuffled = new ArrayList<>(s.visits());
    Collections.shuffle(shuffled, new java.util.Random(seed));
    ChinaThreeGuarantees china = ChinaThreeGuarantees.legalMinimum();
    assertThat(china.assess(s.china(shuffled))).isEqualTo(china.assess(s.china(s.visits())));
    CaliforniaLemonLaw ca = CaliforniaLemonLaw.standard();
    assertThat(ca.assess(s.california(shuffled))).isEqualTo(ca.assess(s.california(s.visits())));
  }

  @Property(tries = 60)
  void requestsAndAssessmentsRoundTripThroughJson(@ForAll("scenarios") Scenario s) {
    AfterSalesJson json = AfterSalesJson.strict();
    ThreeGuaranteesRequest r = s.china(s.visits());
    assertThat(json.read(json.write(r), ThreeGuaranteesRequest.class)).isEqualTo(r);
    ConsumerLawAssessment a = ChinaThreeGuarantees.legalMinimum().assess(r);
    String text = json.write(a);
    assertThat(json.read(text, ConsumerLawAssessment.class)).isEqualTo(a);
    LemonLawRequest c = s.california(s.visits());
    assertThat(json.read(json.write(c), LemonLawRequest.class)).isEqualTo(c);
    ConsumerLawAssessment ca = CaliforniaLemonLaw.standard().assess(c);
    assertThat(json.read(json.write(ca), ConsumerLawAssessment.class)).isEqualTo(ca);
    s.eu(s.visits()).ifPresent(e -> {
      assertThat(json.read(json.write(e), LegalGuaranteeRequest.class)).isEqualTo(e);
      ConsumerLawAssessment eu = EuLegalGuarantee.germany().assess(e);
      assertThat(json.read(json.write(eu), ConsumerLawAssessment.class)).isEqualTo(eu);
    });
    RepairWindow w = RepairWindow.builder().firstDay(s.vehicle().invoiceDate().orElseThrow())
        .lastDay(s.vehicle().invoiceDate().orElseThrow().plusYears(2)).odometerLimit(Distance.ofKilometres(50_000))
        .asOf(s.asOf()).addNotCounted(ExcludedTimeKind.ROADSIDE_RESCUE_TRAVEL).build();
    assertThat(json.read(json.write(w), RepairWindow.class)).isEqualTo(w);
    RepairSummary summary = s.history(s.visits()).summarize(w);
    assertThat(json.read(json.write(summary), RepairSummary.class)).isEqualTo(summary);
    assertThat(json.read(json.write(ChinaThreeGuarantees.legalMinimum()), ChinaThreeGuarantees.class))
        .isEqualTo(ChinaThreeGuarantees.legalMinimum());
    assertThat(json.read(json.write(CaliforniaLemonLaw.standard()), CaliforniaLemonLaw.class))
        .isEqualTo(CaliforniaLemonLaw.standard());
    assertThat(json.read(json.write(EuLegalGuarantee.spain()), EuLegalGuarantee.class)).isEqualTo(EuLegalGuarantee.spain());
  }
}

package org.aftersales.rules.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.aftersales.core.Reason;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.money.Monies;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.DistanceUnit;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.VehicleUsage;

/** Invariants of warranty decisions over generated policies and requests. */
class WarrantyPropertiesTest {

  static final WarrantyPolicy CUSTOM =
      WarrantyPolicy.builder()
          .from(WarrantyPolicy.usPassengerCar())
          .id("CUSTOM")
          .coverages(
              List.of(
                  Coverage.builder()
                      .from(WarrantyPolicy.usPassengerCar().coverages().get(0))
                      .deductible(Monies.of("50", "USD"))
                      .transferable(false)
                      .build(),
                  Coverage.builder()
                      .from(WarrantyPolicy.usPassengerCar().coverages().get(1))
                      .subsequentOwnerLimits(CoverageLimits.of(24, Distance.ofMiles(24_000)))
                      .build(),
                  WarrantyPolicy.usPassengerCar().coverages().get(2),
                  WarrantyPolicy.usPassengerCar().coverages().get(6)))
          .usageRestrictions(
              List.of(
                  UsageRestriction.builder().addUsage(VehicleUsage.TAXI).effect(UsageEffect.VOID).build(),
                  UsageRestriction.builder().addUsage(VehicleUsage.COMMERCIAL).effect(UsageEffect.SHORTEN)
                      .shortenedTo(CoverageLimits.of(12, Distance.ofKilometres(50_000))).build()))
          .build();

  static final List<WarrantyEvaluator> EVALUATORS =
      List.of(
          WarrantyEvaluator.of(WarrantyPolicy.chinaPassengerCar()),
          WarrantyEvaluator.of(WarrantyPolicy.usPassengerCar()),
          WarrantyEvaluator.of(WarrantyFixtures.usWithoutGoodwill()),
          WarrantyEvaluator.of(CUSTOM));

  static final Set<String> REFUSALS =
      Set.of(
          "WARRANTY_NOT_STARTED", "NO_COVERAGE_FOR_GROUP", "NO_COVERAGE_IN_FORCE",
          "COVERAGE_EXPIRED_BY_TIME", "COVERAGE_EXPIRED_BY_DISTANCE", "COVERAGE_VOID_FOR_USAGE",
          "COVERAGE_NOT_TRANSFERRED", "WEAR_ITEM_EXCLUDED", "EXCLUDED_BY_FINDING", "THIRD_PARTY_DAMAGE");

  record Scenario(WarrantyEvaluator evaluator, WarrantyRequest request) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<WarrantyEvaluator> evaluator = Arbitraries.of(EVALUATORS);
    return evaluator.flatMap(
        ev -> {
          List<ComponentGroup> groups = new ArrayList<>(ev.policy().componentGroups());
          Arbitrary<ComponentGroup> group = Arbitraries.of(groups);
          Arbitrary<List<Finding>> findings =
              Arbitraries.of(EnumSet.complementOf(EnumSet.of(ExclusionKind.WEAR_ITEM)))
                  .set().ofMaxSize(3)
                  .flatMap(kinds -> Combinators.combine(
                          Arbitraries.of(Causation.class).list().ofSize(kinds.size()), Arbitraries.just(kinds))
                      .as((causes, ks) -> {
                        List<Finding> out = new ArrayList<>();
                        int i = 0;
                        for (ExclusionKind k : ks.stream().sorted().toList()) {
                          out.add(new Finding(k, causes.get(i++)));
                        }
                        return out;
                      }));
          Arbitrary<Powertrain> powertrain = Arbitraries.of(Powertrain.class);
          Arbitrary<VehicleUsage> usage = Arbitraries.of(VehicleUsage.class);
          Arbitrary<Integer> startOffset = Arbitraries.integers().between(0, 2500);
          Arbitrary<Integer> reportOffset = Arbitraries.integers().between(0, 4500);
          Arbitrary<Integer> odometer = Arbitraries.integers().between(0, 220_000);
          Arbitrary<DistanceUnit> unit = Arbitraries.of(DistanceUnit.class);
          return Combinators.combine(group, findings, powertrain, usage, startOffset, reportOffset, odometer, unit)
              .as((g, f, pt, u, so, ro, odo, un) -> {
                LocalDate start = LocalDate.of(2018, 1, 1).plusDays(so);
                return WarrantyRequest.builder()
                    .vehicle(WarrantyFixtures.vehicle(pt, u, start))
                    .failure(WarrantyFixtures.failure(g, f.toArray(new Finding[0])))
                    .reportedOn(start.plusDays(ro))
                    .odometer(new Distance(java.math.BigDecimal.valueOf(odo), un));
              })
              .flatMap(b -> extras(b.build()).map(r -> new Scenario(ev, r)));
        });
  }

  /** Adds maintenance records, an owner change and a part installation, all before the report. */
  static Arbitrary<WarrantyRequest> extras(WarrantyRequest r) {
    LocalDate start = r.vehicle().warrantyStartDate().orElseThrow();
    long days = java.time.temporal.ChronoUnit.DAYS.between(start, r.reportedOn());
    long odo = r.odometer().value().longValue();
    Arbitrary<List<MaintenanceRecord>> records =
        Combinators.combine(
                Arbitraries.longs().between(0, days).list().ofMaxSize(6),
                Arbitraries.integers().between(0, 1000).list().ofSize(6),
                Arbitraries.of(true, false).list().ofSize(6))
            .as((ds, fractions, network) -> {
              List<Long> sorted = ds.stream().sorted().toList();
              List<Integer> fs = fractions.stream().sorted().toList();
              List<MaintenanceRecord> out = new ArrayList<>();
              for (int i = 0; i < sorted.size(); i++) {
                out.add(new MaintenanceRecord(start.plusDays(sorted.get(i)),
                    new Distance(java.math.BigDecimal.valueOf(odo * fs.get(i) / 1000), r.odometer().unit()),
                    network.get(i)));
              }
              return out;
            });
    Arbitrary<java.util.Optional<PartInstallation>> install =
        Arbitraries.longs().between(0, days).optional().map(o -> o.map(d -> new PartInstallation(
            start.plusDays(d), new Distance(java.math.BigDecimal.valueOf(odo * d / Math.max(days, 1)), r.odometer().unit()))));
    return Combinators.combine(records, Arbitraries.of(true, false), install)
        .as((rs, owner, in) -> WarrantyRequest.builder().from(r).maintenanceRecords(rs).ownerChanged(owner)
            .causalPartInstalled(in).build());
  }

  @Property(tries = 300)
  void moreTimeOrDistanceNeverTurnsNotCoveredIntoCovered(
      @ForAll("scenarios") Scenario s,
      @ForAll @IntRange(min = 0, max = 800) int moreDays,
      @ForAll @IntRange(min = 0, max = 30_000) int moreDistance) {
    WarrantyDecision before = s.evaluator().evaluate(s.request());
    WarrantyRequest later =
        WarrantyRequest.builder()
            .from(s.request())
            .reportedOn(s.request().reportedOn().plusDays(moreDays))
            .odometer(s.request().odometer().plus(new Distance(java.math.BigDecimal.valueOf(moreDistance),
                s.request().odometer().unit())))
            .build();
    WarrantyDecision after = s.evaluator().evaluate(later);
    if (before.outcome() == WarrantyOutcome.NOT_COVERED || before.outcome() == WarrantyOutcome.GOODWILL) {
      assertThat(after.outcome()).isNotEqualTo(WarrantyOutcome.COVERED);
    }
    if (after.outcome() == WarrantyOutcome.COVERED) {
      assertThat(before.outcome()).isIn(WarrantyOutcome.COVERED, WarrantyOutcome.NEEDS_INSPECTION);
    }
  }

  @Property(tries = 300)
  void everyNotCoveredCarriesAReasonThatRefuses(@ForAll("scenarios") Scenario s) {
    WarrantyDecision d = s.evaluator().evaluate(s.request());
    assertThat(d.reasons()).isNotEmpty();
    if (d.outcome() == WarrantyOutcome.NOT_COVERED) {
      assertThat(d.reasons()).extracting(Reason::code).anyMatch(REFUSALS::contains);
      assertThat(d.shares()).contains(CostShares.CUSTOMER_PAYS);
    }
    if (d.outcome() == WarrantyOutcome.COVERED) {
      assertThat(d.reasons()).extracting(Reason::code).contains("COVERED");
      assertThat(d.remaining()).isPresent();
    }
  }

  @Property(tries = 200)
  void theOrderOfTheMaintenanceRecordsDoesNotMatter(@ForAll("scenarios") Scenario s, @ForAll long seed) {
    List<MaintenanceRecord> shuffled = new ArrayList<>(s.request().maintenanceRecords());
    Collections.shuffle(shuffled, new java.util.Random(seed));
    WarrantyRequest reordered = WarrantyRequest.builder().from(s.request()).maintenanceRecords(shuffled).build();
    assertThat(s.evaluator().evaluate(reordered)).isEqualTo(s.evaluator().evaluate(s.request()));
  }

  @Property(tries = 100)
  void requestsAndDecisionsRoundTripThroughJson(@ForAll("scenarios") Scenario s) {
    AfterSalesJson json = AfterSalesJson.strict();
    String text = json.write(s.request());
    assertThat(json.read(text, WarrantyRequest.class)).isEqualTo(s.request());
    WarrantyDecision d = s.evaluator().evaluate(s.request());
    String dj = json.write(d);
    WarrantyDecision back = json.read(dj, WarrantyDecision.class);
    assertThat(back).isEqualTo(d);
    assertThat(json.write(back)).isEqualTo(dj);
  }
}

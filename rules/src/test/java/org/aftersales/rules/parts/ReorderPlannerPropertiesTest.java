package org.aftersales.rules.parts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.Quantity;

/** Invariants of the reorder planner over random parts departments (issue 6). */
class ReorderPlannerPropertiesTest {

  static ReorderProposal plan(RandomParts.Case c) {
    return ReorderPlanner.of(c.settings()).plan(c.snapshot(), c.now());
  }

  @Property(tries = 150)
  void proposedQuantitiesAreNonNegativeMultiplesOfTheOrderMultiple(@ForAll long seed) {
    RandomParts.Case c = RandomParts.generate(seed);
    ReorderProposal p = plan(c);
    assertThat(p.lines()).hasSize(p.partsReviewed());
    for (ReorderLine line : p.lines()) {
      PartMaster master =
          c.snapshot().parts().stream().filter(m -> m.partNumber().equals(line.partNumber())).findFirst().orElseThrow();
      assertThat(master.supersededBy()).as("orders go to the newest number only").isEmpty();
      assertThat(line.proposedQuantity()).isNotNegative();
      BigDecimal multiple = line.figures().orderMultiple();
      OrderType previous = null;
      for (ProposedOrder o : line.orders()) {
        assertThat(o.quantity().value()).isPositive();
        assertThat(o.quantity().unit()).isEqualTo(master.unit());
        assertThat(multiple).isPositive();
        assertThat(o.quantity().value().remainder(multiple)).as("%s of %s", o.quantity(), line.partNumber()).isZero();
        if (previous != null) {
          assertThat(o.orderType()).isGreaterThan(previous);
        }
        previous = o.orderType();
      }
      if (!master.orderable()) {
        assertThat(line.orders()).isEmpty();
      }
    }
  }

  @Property(tries = 100)
  void raisingTheServiceLevelNeverLowersTheSafetyStock(
      @ForAll long seed, @ForAll("levels") BigDecimal a, @ForAll("levels") BigDecimal b) {
    RandomParts.Case c = RandomParts.generate(seed);
    ServiceLevel lo = new ServiceLevel(a.min(b));
    ServiceLevel hi = new ServiceLevel(a.max(b));
    ReorderProposal low =
        ReorderPlanner.of(ReorderSettings.builder().from(c.settings()).serviceLevel(lo).build())
            .plan(c.snapshot(), c.now());
    ReorderProposal high =
        ReorderPlanner.of(ReorderSettings.builder().from(c.settings()).serviceLevel(hi).build())
            .plan(c.snapshot(), c.now());
    assertThat(high.lines()).hasSameSizeAs(low.lines());
    for (int i = 0; i < low.lines().size(); i++) {
      ReorderFigures l = low.lines().get(i).figures();
      ReorderFigures h = high.lines().get(i).figures();
      assertThat(h.safetyStock()).isGreaterThanOrEqualTo(l.safetyStock());
      assertThat(h.safetyStockExact()).isGreaterThanOrEqualTo(l.safetyStockExact());
      assertThat(h.reorderPoint()).isGreaterThanOrEqualTo(l.reorderPoint());
    }
  }

  @Property(tries = 150)
  void moreOnOrderNeverRaisesTheProposal(@ForAll long seed, @ForAll long extraSeed) {
    RandomParts.Case c = RandomParts.generate(seed);
    SplittableRandom r = new SplittableRandom(extraSeed);
    PartMaster target = c.snapshot().parts().get(r.nextInt(c.snapshot().parts().size()));
    BigDecimal qty = BigDecimal.valueOf(1 + r.nextInt(25));
    IncomingOrder extra =
        new IncomingOrder(
            new Quantity(qty, target.unit()),
            c.now().plus(-2 * 24 * 60 + r.nextInt(14 * 24 * 60), ChronoUnit.MINUTES));
    PartsSnapshot.Builder more = PartsSnapshot.builder().from(c.snapshot()).positions(List.of());
    boolean found = false;
    for (StockPosition p : c.snapshot().positions()) {
      if (p.partNumber().equals(target.partNumber())) {
        more.addPosition(StockPosition.builder().from(p).addIncoming(extra).build());
        found = true;
      } else {
        more.addPosition(p);
      }
    }
    if (!found) {
      more.addPosition(
          StockPosition.builder()
              .partNumber(target.partNumber())
              .onHand(new Quantity(BigDecimal.ZERO, target.unit()))
              .addIncoming(extra)
              .build());
    }
    ReorderProposal before = plan(c);
    ReorderProposal after = ReorderPlanner.of(c.settings()).plan(more.build(), c.now());
    Map<PartNumber, BigDecimal> was = new HashMap<>();
    before.lines().forEach(l -> was.put(l.partNumber(), l.proposedQuantity()));
    assertThat(after.lines()).hasSameSizeAs(before.lines());
    for (ReorderLine l : after.lines()) {
      assertThat(l.proposedQuantity()).as("%s", l.partNumber()).isLessThanOrEqualTo(was.get(l.partNumber()));
    }
  }

  @Property(tries = 100)
  void resultsDoNotDependOnInputOrder(@ForAll long seed, @ForAll Random random) {
    RandomParts.Case c = RandomParts.generate(seed);
    PartsSnapshot shuffled = RandomParts.shuffled(c.snapshot(), random);
    assertThat(ReorderPlanner.of(c.settings()).plan(shuffled, c.now())).isEqualTo(plan(c));
    StockingClassifier classifier = StockingClassifier.of(c.settings().stocking());
    assertThat(classifier.classify(shuffled, c.today())).isEqualTo(classifier.classify(c.snapshot(), c.today()));
    PartsKpis kpis = PartsKpis.of(c.settings().stocking());
    assertThat(kpis.compute(shuffled, c.today(), List.of()))
        .isEqualTo(kpis.compute(c.snapshot(), c.today(), List.of()));
  }

  @Property(tries = 50)
  void idlePartsOnlyAddLinesWithoutOrdersOrAlerts(@ForAll long seed) {
    RandomParts.Case c = RandomParts.generate(seed);
    ReorderProposal all = plan(c);
    ReorderProposal action =
        ReorderPlanner.of(ReorderSettings.builder().from(c.settings()).includeIdleParts(false).build())
            .plan(c.snapshot(), c.now());
    List<ReorderLine> expected =
        all.lines().stream().filter(l -> !l.orders().isEmpty() || !l.alerts().isEmpty()).toList();
    assertThat(action.lines()).isEqualTo(expected);
  }

  @Provide
  Arbitrary<BigDecimal> levels() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("0.999")).ofScale(3),
        Arbitraries.of(new BigDecimal("0.9"), new BigDecimal("0.95"), new BigDecimal("0.98"), new BigDecimal("0.99")));
  }
}

package org.aftersales.rules.parts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.Quantity;
import org.junit.jupiter.api.Test;

/** Every public value of the parts package survives JSON → value → JSON unchanged. */
class PartsJsonRoundTripTest {

  static final AfterSalesJson JSON = AfterSalesJson.strict();

  static <T> void roundTrips(T value, Class<? super T> type) {
    String json = JSON.write(value);
    Object back = JSON.read(json, type);
    assertThat(back).isEqualTo(value);
    assertThat(JSON.write(back)).isEqualTo(json);
  }

  @Property(tries = 40)
  void inputsPoliciesAndResultsRoundTrip(@ForAll long seed) {
    RandomParts.Case c = RandomParts.generate(seed);
    roundTrips(c.snapshot(), PartsSnapshot.class);
    roundTrips(c.settings(), ReorderSettings.class);
    roundTrips(c.settings().stocking(), StockingSettings.class);
    for (PartMaster m : c.snapshot().parts()) {
      roundTrips(m, PartMaster.class);
    }
    for (DemandHistory h : c.snapshot().demand()) {
      roundTrips(h, DemandHistory.class);
      h.periods().forEach(p -> roundTrips(p, DemandPeriod.class));
    }
    for (StockPosition p : c.snapshot().positions()) {
      roundTrips(p, StockPosition.class);
      p.incoming().forEach(i -> roundTrips(i, IncomingOrder.class));
    }
    c.snapshot().appointments().forEach(a -> roundTrips(a, AppointmentRequirement.class));
    c.snapshot().specialOrders().forEach(o -> roundTrips(o, SpecialOrderStock.class));
    c.snapshot().suppliers().forEach(s -> roundTrips(s, Supplier.class));

    ReorderProposal proposal = ReorderPlanner.of(c.settings()).plan(c.snapshot(), c.now());
    roundTrips(proposal, ReorderProposal.class);
    for (ReorderLine l : proposal.lines()) {
      roundTrips(l, ReorderLine.class);
      roundTrips(l.figures(), ReorderFigures.class);
      l.orders().forEach(o -> roundTrips(o, ProposedOrder.class));
      l.supersededStock().forEach(s -> roundTrips(s, SupersededStock.class));
    }
    StockingReport report = StockingClassifier.of(c.settings().stocking()).classify(c.snapshot(), c.today());
    roundTrips(report, StockingReport.class);
    report.decisions().forEach(d -> roundTrips(d, StockingDecision.class));
    report.agedSpecialOrders().forEach(a -> roundTrips(a, AgedSpecialOrder.class));
    PartsKpiReport kpis =
        PartsKpis.of(c.settings().stocking()).compute(c.snapshot(), c.today(), List.of(Monies.of("1000.50", "CNY")));
    roundTrips(kpis, PartsKpiReport.class);
    roundTrips(kpis.fillRate(), Ratio.class);
  }

  @Test
  void scalarsAndSmallValuesRoundTrip() {
    roundTrips(ServiceLevel.of("0.975"), ServiceLevel.class);
    roundTrips(SupplierId.of("OEM-PDC"), SupplierId.class);
    roundTrips(LeadTimes.oemNetwork(), LeadTimes.class);
    roundTrips(new Ratio(new BigDecimal("170"), new BigDecimal("200")), Ratio.class);
    roundTrips(new SupersededStock(PartNumber.of("A"), Quantity.pieces(3)), SupersededStock.class);
    assertThat(JSON.write(ServiceLevel.of("0.95"))).isEqualTo("0.95");
    assertThat(JSON.write(new Ratio(new BigDecimal("170"), new BigDecimal("200"))))
        .isEqualTo("{\"numerator\":170,\"denominator\":200}");
  }

  @Test
  void settingsReadFromJsonWithDefaults() {
    ReorderSettings s =
        JSON.read(
            "{\"shopZone\":\"Asia/Shanghai\",\"costPerOrder\":{\"amount\":\"50\",\"currency\":\"CNY\"},"
                + "\"serviceLevelByAbc\":{\"A\":0.98}}",
            ReorderSettings.class);
    assertThat(s.serviceLevelFor(AbcClass.A)).isEqualTo(ServiceLevel.P98);
    assertThat(s.serviceLevelFor(AbcClass.C)).isEqualTo(ServiceLevel.P95);
    assertThat(s.stocking()).isEqualTo(StockingSettings.defaults());
  }
}

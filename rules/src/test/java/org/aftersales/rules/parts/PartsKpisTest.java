package org.aftersales.rules.parts;

import static org.aftersales.rules.parts.PartsFixtures.date;
import static org.aftersales.rules.parts.PartsFixtures.part;
import static org.aftersales.rules.parts.PartsFixtures.pn;
import static org.aftersales.rules.parts.PartsFixtures.position;
import static org.aftersales.rules.parts.PartsFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.Reason;
import org.aftersales.core.calendar.DateRange;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.junit.jupiter.api.Test;

/** Fill rate, gross turns, months' supply and obsolete share by the DOMAIN §5 formulas. */
class PartsKpisTest {

  static final LocalDate TODAY = date("2026-09-15");

  static PartsSnapshot department() {
    return snapshot()
        .addPart(part("P1").unitCost(Monies.of("10", "CNY")).stocked(true).build())
        .addPart(part("OIL").unit(UnitOfMeasure.LITRE).unitCost(Monies.of("2", "CNY")).build())
        .addPart(part("X").unitCost(Monies.of("5", "CNY")).stocked(true).build())
        .addDemand(
            DemandHistory.builder().partNumber(pn("P1"))
                .addPeriod(DemandPeriod.builder().start(date("2026-01-01")).quantity(BigDecimal.valueOf(200))
                    .hits(40).lostSales(BigDecimal.valueOf(20)).emergencyPurchases(BigDecimal.TEN).build())
                // outside the 12 months: August 2025 and the current month
                .addPeriod(DemandPeriod.of(date("2025-08-01"), 999))
                .addPeriod(DemandPeriod.of(date("2026-09-01"), 999))
                .build())
        .addDemand(
            DemandHistory.builder().partNumber(pn("OIL")).unit(UnitOfMeasure.LITRE)
                .addPeriod(DemandPeriod.builder().start(date("2026-03-01")).quantity(new BigDecimal("100.5")).build())
                .build())
        .addPosition(position("P1", 50))
        .addPosition(position("X", 20))
        .addSpecialOrder(
            SpecialOrderStock.builder().orderRef("SO-9").partNumber(pn("P1"))
                .quantity(Quantity.pieces(2)).receivedOn(date("2026-06-01")).build())
        .build();
  }

  @Test
  void workedKpis() {
    PartsKpiReport r =
        PartsKpis.of(StockingSettings.defaults())
            .compute(department(), TODAY, List.of(Monies.of("500", "CNY"), Monies.of("700", "CNY")));
    assertThat(r.period()).isEqualTo(DateRange.of(date("2025-09-01"), date("2026-09-01")));
    // fill rate (200 - 10 - 20) / 200 = 85%
    assertThat(r.fillRate().numerator()).isEqualByComparingTo("170");
    assertThat(r.fillRate().denominator()).isEqualByComparingTo("200");
    assertThat(r.fillRate().percent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("85"));
    assertThat(r.fillRateByUnit()).containsOnlyKeys(UnitOfMeasure.PIECE, UnitOfMeasure.LITRE);
    assertThat(r.fillRateByUnit().get(UnitOfMeasure.LITRE).value())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
    // cost of sales 180 x 10 + 100.5 x 2 = 2001; inventory 50 x 10 + 20 x 5 = 600
    assertThat(r.annualCostOfSales()).isEqualTo(Monies.of("2001", "CNY"));
    assertThat(r.inventory()).isEqualTo(Monies.of("600", "CNY"));
    assertThat(r.averageInventory()).isEqualTo(Monies.of("600", "CNY"));
    // gross turns 2001 / 600 = 3.335
    assertThat(r.grossTurns().value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.335"));
    // months' supply 600 / (2001 / 12 = 166.75) = 3.5982
    assertThat(r.monthsSupply().denominator()).isEqualByComparingTo("166.75");
    assertThat(r.monthsSupply().value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.5982"));
    // obsolete: X (20 x 5, no sale) + the aged special order of P1 (2 x 10) = 120 of 600 = 20%
    assertThat(r.obsoleteInventory()).isEqualTo(Monies.of("120", "CNY"));
    assertThat(r.obsoleteShare().percent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
    assertThat(r.reasons()).extracting(Reason::message)
        .containsExactly(
            "fill rate 85.00% = (200 - emergency purchases 10 - lost sales 20) / 200; target 85-95%: within the target",
            "gross turns 3.34 = annual cost of sales 2001.00 CNY / average inventory 600.00 CNY",
            "months' supply 3.60 = inventory 600.00 CNY / average monthly cost of sales 166.7500 CNY; guide 2.5-4.5: within the guide",
            "obsolete share 20.00% = obsolete stock 120.00 CNY / inventory 600.00 CNY");
  }

  @Test
  void withoutValuationsTheCurrentInventoryIsTheAverage() {
    PartsKpiReport r = PartsKpis.of(StockingSettings.defaults()).compute(department(), TODAY, List.of());
    assertThat(r.averageInventory()).isEqualTo(Monies.of("600", "CNY"));
    assertThat(r.grossTurns().denominator()).isEqualByComparingTo("600");
  }

  @Test
  void kpisWithoutDenominatorsAreUndefined() {
    PartsSnapshot empty = snapshot().addPart(part("P").build()).build();
    PartsKpiReport r = PartsKpis.of(StockingSettings.defaults()).compute(empty, TODAY, List.of());
    assertThat(r.fillRate().value()).isEmpty();
    assertThat(r.grossTurns().value()).isEmpty();
    assertThat(r.reasons()).extracting(Reason::code).containsOnly("KPI_UNDEFINED");
  }
}

package org.aftersales.rules.parts;

import static org.aftersales.rules.parts.PartsFixtures.date;
import static org.aftersales.rules.parts.PartsFixtures.part;
import static org.aftersales.rules.parts.PartsFixtures.pn;
import static org.aftersales.rules.parts.PartsFixtures.position;
import static org.aftersales.rules.parts.PartsFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;
import org.aftersales.core.ValidationException;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Quantity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Phase-in, phase-out, obsolescence, ABC and special-order aging (DOMAIN §5). */
class StockingClassifierTest {

  /** The planning month is September 2026: month 1 is August 2026, month 12 September 2025. */
  static final LocalDate TODAY = date("2026-09-15");

  static DemandHistory sales(String number, String... months) {
    DemandHistory.Builder b = DemandHistory.builder().partNumber(pn(number));
    for (String m : months) {
      b.addPeriod(DemandPeriod.of(YearMonth.parse(m).atDay(1), 2));
    }
    return b.build();
  }

  static StockingDecision decide(StockingSettings settings, PartMaster master, DemandHistory history, long onHand) {
    PartsSnapshot.Builder s = snapshot().addPart(master).addDemand(history);
    if (onHand > 0) {
      s.addPosition(position(master.partNumber().value(), onHand));
    }
    return StockingClassifier.of(settings).classify(s.build(), TODAY).decisions().get(0);
  }

  static StockingDecision decide(PartMaster master, DemandHistory history, long onHand) {
    return decide(StockingSettings.defaults(), master, history, onHand);
  }

  static List<String> codes(StockingDecision d) {
    return d.reasons().stream().map(Reason::code).toList();
  }

  @Nested
  class PhaseIn {
    @Test
    void demandedInThreeOfTheLastTwelveMonthsPhasesIn() {
      StockingDecision d = decide(part("P").build(), sales("P", "2026-06", "2026-07", "2026-08"), 0);
      assertThat(d.stockingClass()).isEqualTo(StockingClass.STOCK);
      assertThat(d.change()).isEqualTo(StockingChange.PHASE_IN);
      assertThat(d.hitMonths()).isEqualTo(3);
      assertThat(d.hits()).isEqualTo(3);
      assertThat(d.reasons().get(0).message())
          .isEqualTo("P was demanded in 3 of the last 12 months; phase-in needs 3");
    }

    @Test
    void twoMonthsDoNotAndTheCurrentMonthDoesNotCount() {
      StockingDecision d = decide(part("P").build(), sales("P", "2026-07", "2026-08", "2026-09"), 0);
      assertThat(d.stockingClass()).isEqualTo(StockingClass.NON_STOCK);
      assertThat(d.change()).isEqualTo(StockingChange.NONE);
      assertThat(d.hitMonths()).isEqualTo(2);
      assertThat(codes(d)).first().isEqualTo("STOCKING_BELOW_PHASE_IN");
    }

    @Test
    void theTwelfthMonthBackCountsTheThirteenthDoesNot() {
      assertThat(decide(part("P").build(), sales("P", "2025-09", "2026-07", "2026-08"), 0).stockingClass())
          .isEqualTo(StockingClass.STOCK);
      assertThat(decide(part("P").build(), sales("P", "2025-08", "2026-07", "2026-08"), 0).stockingClass())
          .isEqualTo(StockingClass.NON_STOCK);
    }

    @Test
    void lostSalesAreDemandToo() {
      DemandHistory.Builder h = DemandHistory.builder().partNumber(pn("P"));
      for (String m : new String[] {"2026-06", "2026-07", "2026-08"}) {
        h.addPeriod(
            DemandPeriod.builder().start(YearMonth.parse(m).atDay(1)).quantity(BigDecimal.ONE)
                .lostSales(BigDecimal.ONE).build());
      }
      StockingDecision d = decide(part("P").build(), h.build(), 0);
      assertThat(d.stockingClass()).isEqualTo(StockingClass.STOCK);
      assertThat(d.annualCostOfSales()).isEqualTo(Monies.of("0", "CNY"));
    }
  }

  @Nested
  class Obsolescence {
    @Test
    void twelveFullMonthsWithoutASaleIsObsolete() {
      // last sale August 2025: September 2025 .. August 2026 are 12 months without a sale
      StockingDecision d = decide(part("P").stocked(true).build(), sales("P", "2025-08"), 5);
      assertThat(d.monthsWithoutSale()).isEqualTo(12);
      assertThat(d.stockingClass()).isEqualTo(StockingClass.OBSOLETE);
      assertThat(d.change()).isEqualTo(StockingChange.PHASE_OUT);
      assertThat(codes(d)).contains("STOCKING_NO_SALE", "STOCKING_OBSOLETE_STOCK");
    }

    @Test
    void elevenMonthsWithoutASaleStaysStocked() {
      StockingDecision d = decide(part("P").stocked(true).build(), sales("P", "2025-09"), 5);
      assertThat(d.monthsWithoutSale()).isEqualTo(11);
      assertThat(d.stockingClass()).isEqualTo(StockingClass.STOCK);
      assertThat(d.change()).isEqualTo(StockingChange.NONE);
      assertThat(d.reasons().get(0).message())
          .isEqualTo("P is stocked and has gone 11 full months without a sale, less than the 12-month limit");
    }

    @Test
    void nineAndSixMonthsAreSettings() {
      PartMaster p = part("P").stocked(true).build();
      // last sale February 2026: March .. August are 6 months without a sale
      assertThat(decide(StockingSettings.obsoleteAfter(6), p, sales("P", "2026-02"), 5).stockingClass())
          .isEqualTo(StockingClass.OBSOLETE);
      assertThat(decide(StockingSettings.obsoleteAfter(6), p, sales("P", "2026-03"), 5).stockingClass())
          .isEqualTo(StockingClass.STOCK);
      assertThat(decide(StockingSettings.obsoleteAfter(9), p, sales("P", "2026-02"), 5).stockingClass())
          .isEqualTo(StockingClass.STOCK);
      assertThat(decide(StockingSettings.obsoleteAfter(9), p, sales("P", "2025-11"), 5).stockingClass())
          .isEqualTo(StockingClass.OBSOLETE);
    }

    @Test
    void aSaleThisMonthCounts() {
      assertThat(decide(part("P").stocked(true).build(), sales("P", "2026-09"), 5).monthsWithoutSale()).isZero();
    }

    @Test
    void phasedOutWithoutStockBecomesNonStock() {
      StockingDecision d = decide(part("P").stocked(true).build(), sales("P"), 0);
      assertThat(d.stockingClass()).isEqualTo(StockingClass.NON_STOCK);
      assertThat(d.change()).isEqualTo(StockingChange.PHASE_OUT);
    }

    @Test
    void aNewPartCountsFromItsIntroduction() {
      PartMaster p = part("P").stocked(true).introducedOn(date("2026-05-10")).build();
      StockingDecision d = decide(p, sales("P"), 3);
      assertThat(d.monthsWithoutSale()).isEqualTo(3);
      assertThat(d.stockingClass()).isEqualTo(StockingClass.STOCK);
      assertThat(codes(d)).contains("STOCKING_NEW_PART");
    }

    @Test
    void nonStockLeftoversAgeIntoObsolescence() {
      PartMaster p = part("P").mode(StockingMode.NON_STOCK).build();
      assertThat(decide(p, sales("P", "2025-01"), 1).stockingClass()).isEqualTo(StockingClass.OBSOLETE);
      assertThat(decide(p, sales("P", "2026-08"), 1).stockingClass()).isEqualTo(StockingClass.NON_STOCK);
      assertThat(decide(part("P").mode(StockingMode.ALWAYS_STOCK).build(), sales("P"), 0).change())
          .isEqualTo(StockingChange.PHASE_IN);
    }
  }

  @Test
  void oldNumbersAreSupersededOrObsoleteOnTheirOwnSales() {
    PartsSnapshot s =
        snapshot()
            .addPart(part("A").supersededBy(pn("C")).stocked(true).build())
            .addPart(part("B").supersededBy(pn("C")).build())
            .addPart(part("C").build())
            .addDemand(sales("A", "2025-01"))
            .addDemand(sales("C", "2026-06", "2026-07", "2026-08"))
            .addPosition(position("A", 2))
            .build();
    StockingReport r = StockingClassifier.of(StockingSettings.defaults()).classify(s, TODAY);
    assertThat(r.decisions()).extracting(StockingDecision::partNumber).containsExactly(pn("A"), pn("B"), pn("C"));
    StockingDecision a = r.decision(pn("A")).orElseThrow();
    assertThat(a.stockingClass()).isEqualTo(StockingClass.OBSOLETE);
    assertThat(a.change()).isEqualTo(StockingChange.PHASE_OUT);
    assertThat(a.newestNumber()).isEqualTo(pn("C"));
    assertThat(r.decision(pn("B")).orElseThrow().stockingClass()).isEqualTo(StockingClass.SUPERSEDED);
    StockingDecision c = r.decision(pn("C")).orElseThrow();
    assertThat(c.stockingClass()).isEqualTo(StockingClass.STOCK);
    assertThat(c.onHand()).isEqualTo(Quantity.pieces(2));
  }

  @Nested
  class Abc {
    StockingReport ranked(long... annualSales) {
      PartsSnapshot.Builder s = snapshot();
      for (int i = 0; i < annualSales.length; i++) {
        String n = "P" + i;
        s.addPart(part(n).unitCost(Monies.of("1", "CNY")).build());
        if (annualSales[i] > 0) {
          s.addDemand(DemandHistory.builder().partNumber(pn(n))
              .addPeriod(DemandPeriod.of(date("2026-03-01"), annualSales[i])).build());
        }
      }
      return StockingClassifier.of(StockingSettings.defaults()).classify(s.build(), TODAY);
    }

    List<AbcClass> classes(StockingReport r) {
      List<AbcClass> l = new ArrayList<>();
      r.decisions().forEach(d -> l.add(d.abcClass()));
      return l;
    }

    @Test
    void aFamilyStartingExactlyAtTheShareBoundaryBelongsToTheNextClass() {
      // 80 | 15 | 5 | 0: before P1 lie exactly 80%, before P2 exactly 95%
      StockingReport r = ranked(80, 15, 5, 0);
      assertThat(classes(r)).containsExactly(AbcClass.A, AbcClass.B, AbcClass.C, AbcClass.C);
      assertThat(r.decisions().get(1).reasons().get(1).message())
          .isEqualTo("class B: annual cost of sales 15.00 CNY, rank 2 of 4, 80.00% of the total before it");
    }

    @Test
    void aFamilyStartingBelowTheBoundaryIsStillA() {
      assertThat(classes(ranked(79, 16, 5))).containsExactly(AbcClass.A, AbcClass.A, AbcClass.C);
      assertThat(classes(ranked(5, 16, 79))).containsExactly(AbcClass.C, AbcClass.A, AbcClass.A);
    }

    @Test
    void tiesAreRankedByPartNumber() {
      // ranked 75 (P0), 15 (P3), 5 (P1), 5 (P2): before them 0%, 75%, 90%, 95%
      StockingReport r = ranked(75, 5, 5, 15);
      assertThat(classes(r)).containsExactly(AbcClass.A, AbcClass.B, AbcClass.C, AbcClass.A);
    }
  }

  @Nested
  class SpecialOrderAging {
    StockingReport withSpecialOrder(String receivedOn) {
      PartsSnapshot s =
          snapshot()
              .addPart(part("P").mode(StockingMode.NON_STOCK).build())
              .addPosition(position("P", 1))
              .addSpecialOrder(
                  SpecialOrderStock.builder().orderRef("SO-1").partNumber(pn("P"))
                      .quantity(Quantity.pieces(1)).receivedOn(date(receivedOn)).build())
              .build();
      return StockingClassifier.of(StockingSettings.defaults()).classify(s, TODAY);
    }

    @Test
    void exactlyTheLimitIsNotFlaggedOneDayMoreIs() {
      assertThat(withSpecialOrder("2026-06-17").agedSpecialOrders()).isEmpty();
      List<AgedSpecialOrder> aged = withSpecialOrder("2026-06-16").agedSpecialOrders();
      assertThat(aged).singleElement().satisfies(a -> {
        assertThat(a.ageDays()).isEqualTo(91);
        assertThat(a.value()).isEqualTo(Monies.of("20", "CNY"));
        assertThat(a.reason().message())
            .isEqualTo("special order SO-1: 1 PIECE of P received 2026-06-16 is unsold after 91 days (limit 90)");
      });
    }

    @Test
    void aReceiptAfterTodayIsRefused() {
      assertThatThrownBy(() -> withSpecialOrder("2026-09-16"))
          .isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).code())
              .isEqualTo(CoreErrorCode.DATE_ORDER));
    }
  }
}

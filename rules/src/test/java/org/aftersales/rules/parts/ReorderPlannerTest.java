package org.aftersales.rules.parts;

import static org.aftersales.rules.parts.PartsFixtures.MONDAY_9AM;
import static org.aftersales.rules.parts.PartsFixtures.appointment;
import static org.aftersales.rules.parts.PartsFixtures.at;
import static org.aftersales.rules.parts.PartsFixtures.date;
import static org.aftersales.rules.parts.PartsFixtures.dec;
import static org.aftersales.rules.parts.PartsFixtures.monthly;
import static org.aftersales.rules.parts.PartsFixtures.part;
import static org.aftersales.rules.parts.PartsFixtures.pn;
import static org.aftersales.rules.parts.PartsFixtures.position;
import static org.aftersales.rules.parts.PartsFixtures.settings;
import static org.aftersales.rules.parts.PartsFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.aftersales.core.Reason;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked reorder plans: DOMAIN §5 formulas, Odoo min/max, supersession, appointments. */
class ReorderPlannerTest {

  static final YearMonth JULY = YearMonth.of(2026, 7);

  static ReorderProposal plan(PartsSnapshot s, ReorderSettings settings) {
    return ReorderPlanner.of(settings).plan(s, MONDAY_9AM);
  }

  static ReorderLine only(ReorderProposal p) {
    assertThat(p.lines()).hasSize(1);
    return p.lines().get(0);
  }

  static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  /**
   * July 31 and August 93 pieces, 2 months of history, planned Monday 2026-09-07 09:00:
   *
   * <pre>
   * mean  = 124 / 62 days = 2 per day
   * var   = (31²/31 + 93²/31 - 124²/62) / (2 - 1) = 31 + 279 - 248 = 62, sigma = √62 = 7.8740
   * L     = Monday + 3 working days = Thursday 2026-09-10: 3 days
   * SS    = 1.65 x 7.8740 x √3 = 22.5030 -> 23
   * ROP   = 2 x 3 + 22.5030 = 28.5030 -> 29
   * EOQ   = √(2 x 730 x 50 / (20 x 25%)) = √14600 = 120.8305 -> 121 (multiple 1)
   * min 29, max 29 + 121 = 150
   * forecast = 20 on hand + 5 arriving Wednesday - 2 reserved = 23 (50 arriving Friday is beyond)
   * order = 150 - 23 = 127
   * </pre>
   */
  @Test
  void workedExampleOfTheDomainFormulasAndMinMax() {
    PartsSnapshot s =
        snapshot()
            .addPart(part("BRAKE-PAD").stocked(true).build())
            .addDemand(monthly("BRAKE-PAD", JULY, 31, 93))
            .addPosition(
                StockPosition.builder()
                    .partNumber(pn("BRAKE-PAD"))
                    .onHand(Quantity.pieces(20))
                    .reserved(Quantity.pieces(2))
                    .addIncoming(new IncomingOrder(Quantity.pieces(5), at("2026-09-09T10:00")))
                    .addIncoming(new IncomingOrder(Quantity.pieces(50), at("2026-09-11T10:00")))
                    .build())
            .build();
    ReorderLine line = only(plan(s, settings().historyMonths(2).build()));
    ReorderFigures f = line.figures();
    assertThat(f.windowDays()).isEqualTo(62);
    assertThat(f.periods()).isEqualTo(2);
    assertThat(f.windowDemand()).isEqualByComparingTo("124");
    assertThat(f.meanDailyDemand()).isEqualByComparingTo("2");
    assertThat(f.sigmaDailyDemand()).isEqualByComparingTo("7.874");
    assertThat(f.z()).isEqualByComparingTo("1.65");
    assertThat(f.leadTimeDays()).isEqualTo(3);
    assertThat(f.stockArrivalDate()).isEqualTo(date("2026-09-10"));
    assertThat(f.safetyStockExact()).isEqualByComparingTo("22.503");
    assertThat(f.safetyStock()).isEqualByComparingTo("23");
    assertThat(f.reorderPointExact()).isEqualByComparingTo("28.503");
    assertThat(f.reorderPoint()).isEqualByComparingTo("29");
    assertThat(f.annualDemand()).isEqualByComparingTo("730");
    assertThat(f.eoqExact()).isEqualByComparingTo("120.8305");
    assertThat(f.eoq()).isEqualByComparingTo("121");
    assertThat(f.min()).isEqualByComparingTo("29");
    assertThat(f.max()).isEqualByComparingTo("150");
    assertThat(f.incoming()).isEqualByComparingTo("5");
    assertThat(f.forecast()).isEqualByComparingTo("23");
    assertThat(line.stockingClass()).isEqualTo(StockingClass.STOCK);
    assertThat(line.orders()).hasSize(1);
    ProposedOrder o = line.orders().get(0);
    assertThat(o.orderType()).isEqualTo(OrderType.STOCK);
    assertThat(o.quantity()).isEqualTo(Quantity.pieces(127));
    assertThat(o.expectedArrival()).isEqualTo(at("2026-09-10T00:00"));
    assertThat(o.specialOrder()).isFalse();
    assertThat(o.value()).isEqualTo(Monies.of("2540.00", "CNY"));
    assertThat(line.proposedQuantity()).isEqualByComparingTo("127");
    assertThat(codes(line.reasons()))
        .containsExactly(
            "STOCKING_SOLD_RECENTLY", "REORDER_LEVELS", "REORDER_MIN_MAX_CALCULATED", "REORDER_BELOW_MIN");
    assertThat(line.reasons().get(1).message())
        .isEqualTo(
            "mean daily demand 2, standard deviation 7.874, from 124 PIECE over 62 days;"
                + " safety stock 23 = ceil(1.65 x 7.874 x sqrt(3)) = ceil(22.503) at service level 0.95 (class A);"
                + " reorder point 29 = ceil(2 x 3 + 22.503) = ceil(28.503)");
    assertThat(line.reasons().get(2).message())
        .isEqualTo(
            "min 29 = reorder point; max 150 = min + EOQ 121;"
                + " EOQ 121 = sqrt(2 x 730 x 50.00 CNY / 5 CNY) = 120.8305, rounded up to the multiple 1");
    assertThat(line.reasons().get(3).message())
        .isEqualTo(
            "forecast 23 = on hand 20 + incoming 5 - reserved 2 - appointments 0 up to 2026-09-10"
                + " is below min 29: max 150 - forecast = 127, rounded up to the multiple 1: 127");
    assertThat(line.reasons().get(1).parameters())
        .containsEntry("safetyStockExact", "22.503")
        .containsEntry("z", "1.65")
        .containsEntry("leadDays", "3");
  }

  @Test
  void multipleOfTenRoundsUpOrDownAsTheSettingSays() {
    // EOQ 120.83 -> 130, max = 29 + 130 = 159; forecast 23; 159 - 23 = 136 -> up 140, down 130
    PartsSnapshot s =
        snapshot()
            .addPart(part("FILTER").stocked(true).orderMultiple(BigDecimal.TEN).build())
            .addDemand(monthly("FILTER", JULY, 31, 93))
            .addPosition(position("FILTER", 23))
            .build();
    ReorderLine up = only(plan(s, settings().historyMonths(2).build()));
    assertThat(up.figures().eoq()).isEqualByComparingTo("130");
    assertThat(up.figures().max()).isEqualByComparingTo("159");
    assertThat(up.proposedQuantity()).isEqualByComparingTo("140");
    ReorderLine down =
        only(plan(s, settings().historyMonths(2).rounding(MultipleRounding.DOWN).build()));
    assertThat(down.proposedQuantity()).isEqualByComparingTo("130");
  }

  @Nested
  class MinMaxBoundary {
    PartsSnapshot withOnHand(long onHand, long min, long max, long multiple) {
      return snapshot()
          .addPart(
              part("WIPER")
                  .mode(StockingMode.ALWAYS_STOCK)
                  .fixedMin(BigDecimal.valueOf(min))
                  .fixedMax(BigDecimal.valueOf(max))
                  .orderMultiple(BigDecimal.valueOf(multiple))
                  .build())
          .addPosition(position("WIPER", onHand))
          .build();
    }

    @Test
    void forecastExactlyAtMinOrdersNothing() {
      ReorderProposal p = plan(withOnHand(10, 10, 30, 1), settings().build());
      assertThat(p.lines()).isEmpty();
      assertThat(p.partsReviewed()).isEqualTo(1);
      ReorderLine idle = only(plan(withOnHand(10, 10, 30, 1), settings().includeIdleParts(true).build()));
      assertThat(idle.orders()).isEmpty();
      assertThat(codes(idle.reasons())).contains("REORDER_MIN_MAX_FIXED", "REORDER_NOT_BELOW_MIN");
    }

    @Test
    void oneBelowMinOrdersUpToMax() {
      ReorderLine line = only(plan(withOnHand(9, 10, 30, 1), settings().build()));
      assertThat(line.figures().fixedMinMax()).isTrue();
      assertThat(line.figures().forecast()).isEqualByComparingTo("9");
      assertThat(line.proposedQuantity()).isEqualByComparingTo("21");
    }

    @Test
    void roundingUpAndDownToTheMultiple() {
      // max 33 - forecast 9 = 24: up to 30, down to 20
      assertThat(only(plan(withOnHand(9, 10, 33, 10), settings().build())).proposedQuantity())
          .isEqualByComparingTo("30");
      assertThat(
              only(plan(withOnHand(9, 10, 33, 10), settings().rounding(MultipleRounding.DOWN).build()))
                  .proposedQuantity())
          .isEqualByComparingTo("20");
    }

    @Test
    void roundingDownNeverOrdersLessThanOneMultiple() {
      // max 12 - forecast 9 = 3 < multiple 10: down would be 0, which would leave the part below min
      assertThat(
              only(plan(withOnHand(9, 10, 12, 10), settings().rounding(MultipleRounding.DOWN).build()))
                  .proposedQuantity())
          .isEqualByComparingTo("10");
    }
  }

  @Test
  void leadTimeOverAWeekendCountsCalendarDays() {
    PartsSnapshot s =
        snapshot()
            .addPart(part("BRAKE-PAD").stocked(true).build())
            .addDemand(monthly("BRAKE-PAD", JULY, 31, 93))
            .build();
    ReorderProposal p =
        ReorderPlanner.of(settings().historyMonths(2).build()).plan(s, at("2026-09-11T09:00"));
    ReorderFigures f = only(p).figures();
    // Friday + 3 working days = Wednesday 2026-09-16: 5 calendar days
    assertThat(f.stockArrivalDate()).isEqualTo(date("2026-09-16"));
    assertThat(f.leadTimeDays()).isEqualTo(5);
    // SS = 1.65 x sqrt(62) x sqrt(5) = 29.0512 -> 30; ROP = 2 x 5 + 29.0512 -> 40
    assertThat(f.safetyStock()).isEqualByComparingTo("30");
    assertThat(f.reorderPoint()).isEqualByComparingTo("40");
  }

  @Test
  void seedPresetAndSupplierHolidaysShiftTheStockArrival() {
    LeadTimes preset = LeadTimes.oemNetwork();
    assertThat(preset.stockWorkingDays()).isEqualTo(3);
    assertThat(preset.urgentHours()).isEqualTo(3);
    assertThat(preset.emergencyMinutes()).isEqualTo(90);
    LeadTimes withHoliday =
        LeadTimes.builder()
            .from(preset)
            .calendar(
                org.aftersales.core.calendar.WorkingCalendar.builder()
                    .addHoliday(date("2026-09-08"))
                    .build())
            .build();
    PartsSnapshot s =
        PartsSnapshot.builder()
            .addSupplier(new Supplier(SupplierId.of(PartsFixtures.OEM), withHoliday))
            .addPart(part("BRAKE-PAD").stocked(true).build())
            .addDemand(monthly("BRAKE-PAD", JULY, 31, 93))
            .build();
    ReorderFigures f = only(plan(s, settings().historyMonths(2).build())).figures();
    // Monday + 3 working days, Tuesday a holiday: Friday 2026-09-11, 4 days
    assertThat(f.stockArrivalDate()).isEqualTo(date("2026-09-11"));
    assertThat(f.leadTimeDays()).isEqualTo(4);
  }

  @Test
  void aFamilyMixingDailyAndMonthlyHistoriesIsCountedByMonth() {
    DemandHistory daily =
        DemandHistory.builder()
            .partNumber(pn("OLD"))
            .granularity(DemandGranularity.DAY)
            .addPeriod(DemandPeriod.of(date("2026-07-05"), 10))
            .addPeriod(DemandPeriod.of(date("2026-07-20"), 21))
            .build();
    PartsSnapshot s =
        snapshot()
            .addPart(part("OLD").supersededBy(pn("NEW")).build())
            .addPart(part("NEW").stocked(true).build())
            .addDemand(daily)
            .addDemand(monthly("NEW", JULY, 0, 93))
            .build();
    ReorderFigures f = only(plan(s, settings().historyMonths(2).build())).figures();
    // July 10 + 21 = 31 and August 93 by month: the worked example's figures again
    assertThat(f.periods()).isEqualTo(2);
    assertThat(f.meanDailyDemand()).isEqualByComparingTo("2");
    assertThat(f.sigmaDailyDemand()).isEqualByComparingTo("7.874");
  }

  @Test
  void dailyHistoryGivesTheSampleDeviationOfTheDays() {
    // 62 days: 31 days of 1 and 31 days of 3: mean 2, variance 62 / 61, sigma 1.0082
    DemandHistory.Builder h =
        DemandHistory.builder().partNumber(pn("BULB")).granularity(DemandGranularity.DAY);
    LocalDate d = date("2026-07-01");
    for (int i = 0; i < 62; i++) {
      h.addPeriod(DemandPeriod.of(d.plusDays(i), i % 2 == 0 ? 1 : 3));
    }
    PartsSnapshot s =
        snapshot().addPart(part("BULB").stocked(true).build()).addDemand(h.build()).build();
    ReorderFigures f = only(plan(s, settings().historyMonths(2).build())).figures();
    assertThat(f.periods()).isEqualTo(62);
    assertThat(f.meanDailyDemand()).isEqualByComparingTo("2");
    assertThat(f.sigmaDailyDemand()).isEqualByComparingTo("1.0082");
  }

  @Test
  void serviceLevelByAbcClassPicksZ() {
    PartsSnapshot s =
        snapshot()
            .addPart(part("BRAKE-PAD").stocked(true).build())
            .addDemand(monthly("BRAKE-PAD", JULY, 31, 93))
            .build();
    ReorderLine line =
        only(
            plan(
                s,
                settings()
                    .historyMonths(2)
                    .putServiceLevelByAbc(AbcClass.A, ServiceLevel.P99)
                    .build()));
    assertThat(line.abcClass()).isEqualTo(AbcClass.A);
    assertThat(line.figures().serviceLevel()).isEqualTo(ServiceLevel.P99);
    assertThat(line.figures().z()).isEqualByComparingTo("2.33");
  }

  @Nested
  class Supersession {
    /** A -> B -> C: a chain of length 3. */
    PartsSnapshot chain() {
      return snapshot()
          .addPart(part("A").supersededBy(pn("B")).stocked(true).orderMultiple(BigDecimal.ZERO).build())
          .addPart(part("B").supersededBy(pn("C")).stocked(true).build())
          .addPart(part("C").orderMultiple(BigDecimal.valueOf(5)).build())
          .addDemand(monthly("A", JULY, 31, 0))
          .addDemand(monthly("B", JULY, 0, 62))
          .addDemand(monthly("C", JULY, 0, 31))
          .addPosition(position("A", 3))
          .addPosition(position("B", 2))
          .build();
    }

    @Test
    void demandAndStockRollUpAndOrdersGoToTheNewestOnly() {
      ReorderLine line = only(plan(chain(), settings().historyMonths(2).build()));
      assertThat(line.partNumber()).isEqualTo(pn("C"));
      // 31 + 62 + 31 = 124 over 62 days, the same as the worked example's single number
      assertThat(line.figures().windowDemand()).isEqualByComparingTo("124");
      assertThat(line.figures().meanDailyDemand()).isEqualByComparingTo("2");
      assertThat(line.figures().sigmaDailyDemand()).isEqualByComparingTo("7.874");
      assertThat(line.figures().onHand()).isEqualByComparingTo("5");
      // stocked through its old numbers; min 29, max = 29 + EOQ 125 = 154; 154 - 5 = 149 -> 150
      assertThat(line.stockingClass()).isEqualTo(StockingClass.STOCK);
      assertThat(line.figures().max()).isEqualByComparingTo("154");
      assertThat(line.proposedQuantity()).isEqualByComparingTo("150");
      assertThat(line.orders()).allSatisfy(o -> assertThat(o.quantity().value().remainder(BigDecimal.valueOf(5))).isZero());
    }

    @Test
    void oldStockIsIssuedFirstOldestNumberFirst() {
      ReorderLine line = only(plan(chain(), settings().historyMonths(2).build()));
      assertThat(line.supersededStock())
          .containsExactly(
              new SupersededStock(pn("A"), Quantity.pieces(3)),
              new SupersededStock(pn("B"), Quantity.pieces(2)));
      List<Reason> old =
          line.reasons().stream().filter(r -> r.code().equals("SUPERSESSION_USE_OLD_STOCK")).toList();
      assertThat(old).extracting(Reason::message)
          .containsExactly(
              "issue the 3 PIECE on hand of old number A before C (about 1.5 days of demand)",
              "issue the 2 PIECE on hand of old number B before C (about 1 days of demand)");
      assertThat(codes(line.reasons())).contains("SUPERSESSION_ROLLUP");
    }

    @Test
    void appointmentsAndReservationsOnOldNumbersCountForTheNewest() {
      PartsSnapshot s =
          snapshot()
              .addPart(part("OLD").supersededBy(pn("NEW")).build())
              .addPart(part("NEW").mode(StockingMode.NON_STOCK).build())
              .addPosition(
                  StockPosition.builder()
                      .partNumber(pn("OLD"))
                      .onHand(Quantity.pieces(1))
                      .reserved(Quantity.pieces(1))
                      .build())
              .addAppointment(appointment("APT-7", "OLD", 2, "2026-09-15T10:00"))
              .build();
      ReorderLine line = only(plan(s, settings().build()));
      assertThat(line.partNumber()).isEqualTo(pn("NEW"));
      assertThat(line.orders()).singleElement().satisfies(o -> {
        assertThat(o.quantity()).isEqualTo(Quantity.pieces(2));
        assertThat(o.specialOrder()).isTrue();
        assertThat(o.appointmentRefs()).containsExactly("APT-7");
      });
    }
  }

  @Nested
  class Appointments {
    PartsSnapshot nonStock(long multiple, AppointmentRequirement... appointments) {
      return snapshot()
          .addPart(
              part("HEADLAMP")
                  .mode(StockingMode.NON_STOCK)
                  .orderMultiple(BigDecimal.valueOf(multiple))
                  .unitCost(Monies.of("800", "CNY"))
                  .build())
          .addAllAppointments(java.util.Arrays.asList(appointments))
          .build();
    }

    ProposedOrder single(PartsSnapshot s) {
      ReorderLine line = only(plan(s, settings().build()));
      assertThat(line.orders()).hasSize(1);
      return line.orders().get(0);
    }

    @Test
    void specialOrderTriggeredByAnAppointmentAfterTheStockArrival() {
      ProposedOrder o = single(nonStock(1, appointment("APT-1", "HEADLAMP", 2, "2026-09-14T10:00")));
      assertThat(o.orderType()).isEqualTo(OrderType.STOCK);
      assertThat(o.specialOrder()).isTrue();
      assertThat(o.quantity()).isEqualTo(Quantity.pieces(2));
      assertThat(o.appointmentRefs()).containsExactly("APT-1");
      assertThat(o.neededBy()).contains(at("2026-09-14T10:00"));
      assertThat(o.value()).isEqualTo(Monies.of("1600", "CNY"));
      assertThat(codes(o.reasons())).containsExactly("ORDER_STOCK_APPOINTMENTS", "ORDER_SPECIAL");
      assertThat(o.reasons().get(1).message())
          .isEqualTo("HEADLAMP is not stocked (NON_STOCK): special order for appointments APT-1");
    }

    @Test
    void specialOrderIsRoundedUpToThePack() {
      assertThat(single(nonStock(4, appointment("APT-1", "HEADLAMP", 2, "2026-09-14T10:00"))).quantity())
          .isEqualTo(Quantity.pieces(4));
    }

    @Test
    void appointmentOnTheStockArrivalDayIsServedByAStockOrder() {
      assertThat(single(nonStock(1, appointment("APT-1", "HEADLAMP", 1, "2026-09-10T00:00"))).orderType())
          .isEqualTo(OrderType.STOCK);
    }

    @Test
    void appointmentTheMinuteBeforeTheStockArrivalNeedsAnUrgentOrder() {
      ProposedOrder o = single(nonStock(1, appointment("APT-1", "HEADLAMP", 1, "2026-09-09T23:59")));
      assertThat(o.orderType()).isEqualTo(OrderType.URGENT);
      assertThat(o.expectedArrival()).isEqualTo(at("2026-09-07T12:00"));
      assertThat(o.reasons().get(0).code()).isEqualTo("ORDER_URGENT");
    }

    @Test
    void urgentOrderArrivingExactlyWhenNeededIsInTime() {
      // now 09:00 + 3 h = 12:00
      assertThat(single(nonStock(1, appointment("APT-1", "HEADLAMP", 1, "2026-09-07T12:00"))).orderType())
          .isEqualTo(OrderType.URGENT);
      assertThat(single(nonStock(1, appointment("APT-1", "HEADLAMP", 1, "2026-09-07T11:59"))).orderType())
          .isEqualTo(OrderType.EMERGENCY);
    }

    @Test
    void emergencyOrderArrivingAfterTheAppointmentRaisesAnAlert() {
      // now 09:00 + 90 min = 10:30: an appointment at 10:30 is served, one at 10:29 is not
      ReorderLine inTime =
          only(plan(nonStock(1, appointment("APT-1", "HEADLAMP", 1, "2026-09-07T10:30")), settings().build()));
      assertThat(inTime.orders().get(0).orderType()).isEqualTo(OrderType.EMERGENCY);
      assertThat(inTime.orders().get(0).expectedArrival()).isEqualTo(at("2026-09-07T10:30"));
      assertThat(inTime.alerts()).isEmpty();
      ReorderLine late =
          only(plan(nonStock(1, appointment("APT-1", "HEADLAMP", 1, "2026-09-07T10:29")), settings().build()));
      assertThat(late.orders().get(0).orderType()).isEqualTo(OrderType.EMERGENCY);
      assertThat(codes(late.alerts())).containsExactly("ALERT_TOO_LATE");
    }

    @Test
    void stockedPartSplitsUrgentNeedFromTheStockOrder() {
      // on hand 1, appointment tomorrow needs 3: 2 urgent; forecast 1 - 3 = -2 < min 2:
      // max 10 - (-2) = 12 in total, so the stock order brings the other 10
      PartsSnapshot s =
          snapshot()
              .addPart(
                  part("SPARK-PLUG")
                      .mode(StockingMode.ALWAYS_STOCK)
                      .fixedMin(BigDecimal.valueOf(2))
                      .fixedMax(BigDecimal.TEN)
                      .build())
              .addPosition(position("SPARK-PLUG", 1))
              .addAppointment(appointment("APT-2", "SPARK-PLUG", 3, "2026-09-08T09:00"))
              .build();
      ReorderLine line = only(plan(s, settings().build()));
      assertThat(line.orders()).extracting(ProposedOrder::orderType)
          .containsExactly(OrderType.URGENT, OrderType.STOCK);
      assertThat(line.orders()).extracting(ProposedOrder::quantity)
          .containsExactly(Quantity.pieces(2), Quantity.pieces(10));
      assertThat(line.orders()).noneMatch(ProposedOrder::specialOrder);
      assertThat(line.orderType()).contains(OrderType.URGENT);
      assertThat(line.proposedQuantity()).isEqualByComparingTo("12");
      assertThat(codes(line.orders().get(1).reasons()))
          .containsExactly("ORDER_STOCK_MIN_MAX", "ORDER_STOCK_LESS_FAST_ORDERS");
    }

    @Test
    void stockArrivingInTimeCoversTheAppointment() {
      PartsSnapshot s =
          snapshot()
              .addPart(part("HEADLAMP").mode(StockingMode.NON_STOCK).build())
              .addPosition(
                  StockPosition.builder()
                      .partNumber(pn("HEADLAMP"))
                      .onHand(Quantity.pieces(0))
                      .addIncoming(new IncomingOrder(Quantity.pieces(2), at("2026-09-08T08:00")))
                      .build())
              .addAppointment(appointment("APT-1", "HEADLAMP", 2, "2026-09-08T09:00"))
              .build();
      assertThat(plan(s, settings().build()).lines()).isEmpty();
    }
  }

  @Test
  void repairOrdersWaitingForPartsRaiseAnAlertAndAStockOrder() {
    PartsSnapshot s =
        snapshot()
            .addPart(part("MIRROR").mode(StockingMode.NON_STOCK).build())
            .addPosition(
                StockPosition.builder()
                    .partNumber(pn("MIRROR"))
                    .onHand(Quantity.pieces(0))
                    .reserved(Quantity.pieces(1))
                    .build())
            .build();
    ReorderLine line = only(plan(s, settings().build()));
    assertThat(codes(line.alerts())).containsExactly("ALERT_RESERVED_EXCEEDS_ON_HAND");
    assertThat(line.orders()).singleElement().satisfies(o -> {
      assertThat(o.orderType()).isEqualTo(OrderType.STOCK);
      assertThat(o.quantity()).isEqualTo(Quantity.pieces(1));
      assertThat(o.specialOrder()).isTrue();
      assertThat(o.reasons().get(o.reasons().size() - 1).message()).endsWith("special order for open repair orders");
    });
  }

  @Test
  void doNotOrderPartIsNeverOrderedButTheNeedIsReported() {
    PartsSnapshot s =
        snapshot()
            .addPart(part("RECALLED").mode(StockingMode.DO_NOT_ORDER).orderMultiple(BigDecimal.ZERO).build())
            .addAppointment(appointment("APT-3", "RECALLED", 1, "2026-09-14T10:00"))
            .build();
    ReorderLine line = only(plan(s, settings().build()));
    assertThat(line.orders()).isEmpty();
    assertThat(line.alerts()).extracting(Reason::message)
        .containsExactly("RECALLED is set to DO_NOT_ORDER but 1 PIECE would be needed");
  }

  @Test
  void fluidsAreCountedInThousandths() {
    PartsSnapshot s =
        snapshot()
            .addPart(
                part("OIL-5W30")
                    .unit(UnitOfMeasure.LITRE)
                    .mode(StockingMode.ALWAYS_STOCK)
                    .orderMultiple(new BigDecimal("4"))
                    .fixedMin(new BigDecimal("10.5"))
                    .fixedMax(new BigDecimal("20"))
                    .build())
            .addPosition(StockPosition.of(pn("OIL-5W30"), Quantity.of("10.25", UnitOfMeasure.LITRE)))
            .build();
    ReorderLine line = only(plan(s, settings().build()));
    // 20 - 10.25 = 9.75 -> 12 litres (3 cans of 4)
    assertThat(line.orders().get(0).quantity()).isEqualTo(Quantity.of("12", UnitOfMeasure.LITRE));
    assertThat(line.figures().forecast()).isEqualByComparingTo("10.25");
  }

  @Test
  void idlePartsAreCountedButNotListedUnlessAsked() {
    PartsSnapshot s =
        snapshot()
            .addPart(part("B-IDLE").build())
            .addPart(part("A-IDLE").build())
            .build();
    assertThat(plan(s, settings().build()).lines()).isEmpty();
    ReorderProposal all = plan(s, settings().includeIdleParts(true).build());
    assertThat(all.partsReviewed()).isEqualTo(2);
    assertThat(all.lines()).extracting(ReorderLine::partNumber).containsExactly(pn("A-IDLE"), pn("B-IDLE"));
    assertThat(all.line(pn("B-IDLE"))).isPresent();
    assertThat(all.line(pn("C-NONE"))).isEmpty();
    assertThat(all.lines().get(0).stockingClass()).isEqualTo(StockingClass.NON_STOCK);
    assertThat(all.plannedAt()).isEqualTo(MONDAY_9AM);
    assertThat(all.planDate()).isEqualTo(date("2026-09-07"));
  }
}

package org.aftersales.rules.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.aftersales.core.calendar.WorkingCalendar;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.core.quantity.UnitOfMeasure;

/**
 * Random but reproducible parts departments for property tests: a seed gives supersession chains
 * of up to 3 numbers, pieces and litres, every stocking mode, daily and monthly histories,
 * positions with orders on the way, appointments around the planning instant and special orders.
 */
final class RandomParts {

  static final String LOCAL = "LOCAL-WH";

  private RandomParts() {}

  /** A snapshot, the instant to plan at, and reorder settings listing idle parts too. */
  record Case(PartsSnapshot snapshot, Instant now, ReorderSettings settings) {
    LocalDate today() {
      return LocalDate.ofInstant(now, PartsFixtures.SHANGHAI);
    }
  }

  static Case generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Instant now = PartsFixtures.MONDAY_9AM.plus(r.nextInt(14 * 24 * 60), ChronoUnit.MINUTES);
    LocalDate today = LocalDate.ofInstant(now, PartsFixtures.SHANGHAI);
    PartsSnapshot.Builder s =
        PartsSnapshot.builder()
            .addSupplier(Supplier.oemNetwork(PartsFixtures.OEM))
            .addSupplier(
                new Supplier(
                    SupplierId.of(LOCAL),
                    LeadTimes.builder()
                        .stockWorkingDays(1)
                        .urgentHours(2)
                        .emergencyMinutes(30)
                        .calendar(
                            WorkingCalendar.builder()
                                .addHoliday(LocalDate.parse("2026-09-08"))
                                .addExtraWorkingDay(LocalDate.parse("2026-09-12"))
                                .build())
                        .build()));
    int families = 1 + r.nextInt(6);
    for (int f = 0; f < families; f++) {
      int chain = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 1;
      UnitOfMeasure unit = r.nextInt(5) == 0 ? UnitOfMeasure.LITRE : UnitOfMeasure.PIECE;
      for (int j = 0; j < chain; j++) {
        String name = "F" + f + "-" + j;
        boolean head = j == chain - 1;
        PartMaster.Builder m =
            PartMaster.builder()
                .partNumber(PartNumber.of(name))
                .unit(unit)
                .unitCost(Monies.of(BigDecimal.valueOf(1 + r.nextInt(50_000), 2), Monies.currency("CNY")))
                .supplier(SupplierId.of(r.nextBoolean() ? PartsFixtures.OEM : LOCAL))
                .stocked(r.nextBoolean());
        if (!head) {
          m.supersededBy(PartNumber.of("F" + f + "-" + (j + 1)));
        }
        int mode = r.nextInt(10);
        m.mode(
            mode == 0 ? StockingMode.NON_STOCK
                : mode == 1 ? StockingMode.ALWAYS_STOCK
                : mode == 2 ? StockingMode.DO_NOT_ORDER
                : StockingMode.AUTOMATIC);
        m.orderMultiple(
            unit.isWhole()
                ? BigDecimal.valueOf(new int[] {1, 1, 1, 2, 4, 5, 10}[r.nextInt(7)])
                : new BigDecimal(new String[] {"0.5", "1", "4", "1.25"}[r.nextInt(4)]));
        if (r.nextInt(6) == 0) {
          m.introducedOn(today.minusDays(r.nextInt(400)));
        }
        if (head && r.nextInt(5) == 0) {
          int min = r.nextInt(20);
          m.fixedMin(BigDecimal.valueOf(min)).fixedMax(BigDecimal.valueOf(min + r.nextInt(30)));
        }
        s.addPart(m.build());
        if (r.nextInt(3) != 0) {
          s.addDemand(history(r, name, unit, today));
        }
        if (r.nextInt(4) != 0) {
          StockPosition.Builder p =
              StockPosition.builder()
                  .partNumber(PartNumber.of(name))
                  .onHand(qty(r, unit, 30, true))
                  .reserved(qty(r, unit, 8, true));
          for (int i = r.nextInt(3); i > 0; i--) {
            p.addIncoming(new IncomingOrder(qty(r, unit, 20, false), around(r, now)));
          }
          s.addPosition(p.build());
        }
        for (int i = r.nextInt(3); i > 0; i--) {
          s.addAppointment(
              AppointmentRequirement.builder()
                  .appointmentRef("APT-" + f + j + i)
                  .partNumber(PartNumber.of(name))
                  .quantity(qty(r, unit, 4, false))
                  .neededAt(now.plus(-120 + r.nextInt(12 * 24 * 60), ChronoUnit.MINUTES))
                  .build());
        }
        if (r.nextInt(6) == 0) {
          s.addSpecialOrder(
              SpecialOrderStock.builder()
                  .orderRef("SO-" + f + j)
                  .partNumber(PartNumber.of(name))
                  .quantity(qty(r, unit, 2, false))
                  .receivedOn(today.minusDays(r.nextInt(200)))
                  .build());
        }
      }
    }
    ReorderSettings settings =
        PartsFixtures.settings()
            .costPerOrder(Monies.of(BigDecimal.valueOf(r.nextInt(10_000), 2), Monies.currency("CNY")))
            .annualHoldingRate(Percentage.of(10 + r.nextInt(31)))
            .historyMonths(2 + r.nextInt(23))
            .rounding(r.nextBoolean() ? MultipleRounding.UP : MultipleRounding.DOWN)
            .serviceLevel(new ServiceLevel(BigDecimal.valueOf(500 + r.nextInt(499), 3)))
            .stocking(
                StockingSettings.builder()
                    .obsoleteAfterMonths(new int[] {6, 9, 12}[r.nextInt(3)])
                    .phaseInHitMonths(1 + r.nextInt(3))
                    .build())
            .includeIdleParts(true)
            .build();
    return new Case(s.build(), now, settings);
  }

  private static DemandHistory history(SplittableRandom r, String name, UnitOfMeasure unit, LocalDate today) {
    DemandHistory.Builder h = DemandHistory.builder().partNumber(PartNumber.of(name)).unit(unit);
    if (r.nextInt(4) == 0) {
      h.granularity(DemandGranularity.DAY);
      for (int d = 0; d < 120; d++) {
        if (r.nextInt(4) == 0) {
          h.addPeriod(period(r, today.minusDays(d), unit));
        }
      }
    } else {
      YearMonth p = YearMonth.from(today);
      for (int k = 0; k <= 26; k++) {
        if (r.nextInt(3) != 0) {
          h.addPeriod(period(r, p.minusMonths(k).atDay(1), unit));
        }
      }
    }
    return h.build();
  }

  private static DemandPeriod period(SplittableRandom r, LocalDate start, UnitOfMeasure unit) {
    long q = r.nextInt(40);
    BigDecimal quantity = BigDecimal.valueOf(q);
    if (!unit.isWhole() && r.nextBoolean()) {
      quantity = quantity.add(new BigDecimal("0.5"));
    }
    if (quantity.signum() == 0) {
      return DemandPeriod.builder().start(start).quantity(quantity).build();
    }
    long lost = r.nextInt((int) q + 1);
    long emergency = r.nextInt((int) (q - lost) + 1);
    return DemandPeriod.builder()
        .start(start)
        .quantity(quantity)
        .hits(1 + r.nextInt(5))
        .lostSales(BigDecimal.valueOf(lost))
        .emergencyPurchases(BigDecimal.valueOf(emergency))
        .build();
  }

  private static Quantity qty(SplittableRandom r, UnitOfMeasure unit, int bound, boolean zeroAllowed) {
    long n = zeroAllowed ? r.nextInt(bound + 1) : 1 + r.nextInt(bound);
    BigDecimal v = BigDecimal.valueOf(n);
    if (!unit.isWhole() && r.nextBoolean()) {
      v = v.add(new BigDecimal("0.25"));
    }
    return new Quantity(v, unit);
  }

  private static Instant around(SplittableRandom r, Instant now) {
    return now.plus(-3 * 24 * 60 + r.nextInt(13 * 24 * 60), ChronoUnit.MINUTES);
  }

  /** The same snapshot with every list in another order. */
  static PartsSnapshot shuffled(PartsSnapshot s, Random random) {
    List<DemandHistory> demand = new ArrayList<>();
    for (DemandHistory h : s.demand()) {
      List<DemandPeriod> periods = new ArrayList<>(h.periods());
      Collections.shuffle(periods, random);
      demand.add(DemandHistory.builder().from(h).periods(periods).build());
    }
    List<StockPosition> positions = new ArrayList<>();
    for (StockPosition p : s.positions()) {
      List<IncomingOrder> incoming = new ArrayList<>(p.incoming());
      Collections.shuffle(incoming, random);
      positions.add(StockPosition.builder().from(p).incoming(incoming).build());
    }
    return PartsSnapshot.builder()
        .parts(shuffle(s.parts(), random))
        .suppliers(shuffle(s.suppliers(), random))
        .demand(shuffle(demand, random))
        .positions(shuffle(positions, random))
        .appointments(shuffle(s.appointments(), random))
        .specialOrders(shuffle(s.specialOrders(), random))
        .build();
  }

  private static <T> List<T> shuffle(List<T> l, Random random) {
    List<T> copy = new ArrayList<>(l);
    Collections.shuffle(copy, random);
    return copy;
  }
}

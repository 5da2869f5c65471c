package org.aftersales.rules.parts;

import static org.aftersales.rules.parts.PartsFixtures.MONDAY_9AM;
import static org.aftersales.rules.parts.PartsFixtures.date;
import static org.aftersales.rules.parts.PartsFixtures.part;
import static org.aftersales.rules.parts.PartsFixtures.pn;
import static org.aftersales.rules.parts.PartsFixtures.position;
import static org.aftersales.rules.parts.PartsFixtures.settings;
import static org.aftersales.rules.parts.PartsFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ErrorCode;
import org.aftersales.core.PolicyException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.Violation;
import org.aftersales.core.json.AfterSalesJson;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every bad input the issue lists fails with its own code, path and message. */
class PartsValidationTest {

  static Violation violation(ThrowingCallable call, ErrorCode code) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(t).isInstanceOf(ValidationException.class);
    List<Violation> v = ((ValidationException) t).violations();
    assertThat(v).hasSize(1);
    assertThat(v.get(0).code()).isEqualTo(code);
    return v.get(0);
  }

  @Test
  void negativeStockIsRefused() {
    Violation v = violation(() -> position("X", -1), CoreErrorCode.NEGATIVE_QUANTITY);
    assertThat(v.message()).contains("-1");
    violation(
        () -> StockPosition.builder().partNumber(pn("X")).onHand(Quantity.pieces(1))
            .reserved(Quantity.pieces(-2)).build(),
        CoreErrorCode.NEGATIVE_QUANTITY);
  }

  @Test
  void negativeDemandIsRefused() {
    Violation v = violation(() -> DemandPeriod.of(date("2026-01-01"), -3), CoreErrorCode.NEGATIVE_QUANTITY);
    assertThat(v.path()).isEqualTo("quantity");
    assertThat(v.message()).isEqualTo("quantity must be >= 0: -3");
    violation(
        () -> DemandPeriod.builder().start(date("2026-01-01")).quantity(BigDecimal.ONE)
            .lostSales(BigDecimal.valueOf(-1)).build(),
        CoreErrorCode.NEGATIVE_QUANTITY);
  }

  @Test
  void demandBreakdownMustFit() {
    violation(
        () -> DemandPeriod.builder().start(date("2026-01-01")).quantity(BigDecimal.valueOf(3))
            .lostSales(BigDecimal.valueOf(2)).emergencyPurchases(BigDecimal.valueOf(2)).build(),
        PartsErrorCode.PARTS_DEMAND_BREAKDOWN);
    violation(
        () -> DemandPeriod.builder().start(date("2026-01-01")).quantity(BigDecimal.valueOf(3)).hits(0).build(),
        PartsErrorCode.PARTS_DEMAND_BREAKDOWN);
    Violation v =
        violation(
            () -> DemandHistory.builder().partNumber(pn("X"))
                .addPeriod(DemandPeriod.of(date("2026-01-15"), 1)).build(),
            PartsErrorCode.PARTS_PERIOD_START);
    assertThat(v.path()).isEqualTo("periods[0].start");
    violation(
        () -> DemandHistory.builder().partNumber(pn("X"))
            .addPeriod(DemandPeriod.of(date("2026-01-01"), 1))
            .addPeriod(DemandPeriod.of(date("2026-01-01"), 2)).build(),
        CoreErrorCode.DUPLICATE_ID);
  }

  @Test
  void leadTimesOfZeroOrLessAreRefused() {
    Violation v =
        violation(
            () -> LeadTimes.builder().stockWorkingDays(0).urgentHours(3).emergencyMinutes(90).build(),
            PartsErrorCode.PARTS_LEAD_TIME_NOT_POSITIVE);
    assertThat(v.path()).isEqualTo("stockWorkingDays");
    assertThat(v.message()).isEqualTo("stockWorkingDays must be > 0: 0");
    violation(
        () -> LeadTimes.builder().stockWorkingDays(3).urgentHours(-1).emergencyMinutes(90).build(),
        PartsErrorCode.PARTS_LEAD_TIME_NOT_POSITIVE);
    violation(
        () -> LeadTimes.builder().stockWorkingDays(3).urgentHours(3).emergencyMinutes(0).build(),
        PartsErrorCode.PARTS_LEAD_TIME_NOT_POSITIVE);
    violation(
        () -> LeadTimes.builder().stockWorkingDays(3).urgentHours(1).emergencyMinutes(61).build(),
        PartsErrorCode.PARTS_LEAD_TIMES_INCONSISTENT);
    assertThatCode(
            () -> LeadTimes.builder().stockWorkingDays(3).urgentHours(1).emergencyMinutes(60).build())
        .doesNotThrowAnyException();
  }

  @Test
  void serviceLevelOutsideZeroToOneIsRefused() {
    for (String bad : new String[] {"0", "1", "1.5", "-0.1", "1.000000"}) {
      Violation v = violation(() -> ServiceLevel.of(bad), PartsErrorCode.PARTS_SERVICE_LEVEL_OUT_OF_RANGE);
      assertThat(v.message()).startsWith("serviceLevel must be strictly between 0 and 1: ");
    }
    assertThat(ServiceLevel.of("0.000001").value()).isEqualByComparingTo("0.000001");
    assertThat(ServiceLevel.of("0.999999").value()).isEqualByComparingTo("0.999999");
    violation(() -> ServiceLevel.of("0.9999999"), CoreErrorCode.NUMBER_OUT_OF_RANGE);
    ValidationException json =
        (ValidationException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> AfterSalesJson.strict().read(
                    "{\"shopZone\":\"Asia/Shanghai\",\"costPerOrder\":{\"amount\":\"50\",\"currency\":\"CNY\"},"
                        + "\"serviceLevel\":1.5}",
                    ReorderSettings.class));
    assertThat(json.violations().get(0).code()).isEqualTo(PartsErrorCode.PARTS_SERVICE_LEVEL_OUT_OF_RANGE);
    assertThat(json.violations().get(0).path()).isEqualTo("$.serviceLevel");
  }

  @Test
  void supersessionCyclesAreRefused() {
    Violation self =
        violation(() -> part("A").supersededBy(pn("A")).build(), PartsErrorCode.PARTS_SUPERSESSION_CYCLE);
    assertThat(self.path()).isEqualTo("supersededBy");
    Violation v =
        violation(
            () -> snapshot()
                .addPart(part("A").supersededBy(pn("B")).build())
                .addPart(part("B").supersededBy(pn("C")).build())
                .addPart(part("C").supersededBy(pn("A")).build())
                .addPart(part("D").supersededBy(pn("A")).build())
                .build(),
            PartsErrorCode.PARTS_SUPERSESSION_CYCLE);
    assertThat(v.message()).isEqualTo("part-number supersessions form a cycle: A -> B -> C -> A");
    assertThat(v.path()).isEqualTo("parts[0].supersededBy");
  }

  @Test
  void orderMultipleOfZeroIsRefusedWhereOneIsRequired() {
    Violation v =
        violation(() -> part("A").orderMultiple(BigDecimal.ZERO).build(), PartsErrorCode.PARTS_ORDER_MULTIPLE_REQUIRED);
    assertThat(v.path()).isEqualTo("orderMultiple");
    assertThat(v.message()).isEqualTo("orderMultiple of orderable part A must be > 0: 0");
    assertThatCode(() -> part("A").supersededBy(pn("B")).orderMultiple(BigDecimal.ZERO).build())
        .doesNotThrowAnyException();
    assertThatCode(() -> part("A").mode(StockingMode.DO_NOT_ORDER).orderMultiple(BigDecimal.ZERO).build())
        .doesNotThrowAnyException();
    violation(() -> part("A").orderMultiple(new BigDecimal("2.5")).build(), CoreErrorCode.FRACTIONAL_QUANTITY);
    violation(() -> part("A").orderMultiple(BigDecimal.valueOf(-1)).build(), CoreErrorCode.NEGATIVE_QUANTITY);
  }

  @Test
  void mixedUnitsAreRefused() {
    Violation history =
        violation(
            () -> snapshot()
                .addPart(part("A").build())
                .addDemand(DemandHistory.builder().partNumber(pn("A")).unit(UnitOfMeasure.LITRE).build())
                .build(),
            CoreErrorCode.UNIT_MISMATCH);
    assertThat(history.path()).isEqualTo("demand[0].unit");
    violation(
        () -> StockPosition.builder().partNumber(pn("A")).onHand(Quantity.pieces(1))
            .reserved(Quantity.of("1", UnitOfMeasure.LITRE)).build(),
        CoreErrorCode.UNIT_MISMATCH);
    violation(
        () -> snapshot()
            .addPart(part("A").build())
            .addPosition(StockPosition.of(pn("A"), Quantity.of("1.5", UnitOfMeasure.LITRE)))
            .build(),
        CoreErrorCode.UNIT_MISMATCH);
    Violation family =
        violation(
            () -> snapshot()
                .addPart(part("OLD").supersededBy(pn("NEW")).build())
                .addPart(part("NEW").unit(UnitOfMeasure.SET).build())
                .build(),
            CoreErrorCode.UNIT_MISMATCH);
    assertThat(family.message()).isEqualTo("part OLD is counted in PIECE but its newest number NEW in SET");
    violation(
        () -> DemandHistory.builder().partNumber(pn("A"))
            .addPeriod(DemandPeriod.builder().start(date("2026-01-01")).quantity(new BigDecimal("1.5")).build())
            .build(),
        CoreErrorCode.FRACTIONAL_QUANTITY);
  }

  @Test
  void brokenReferencesAndDuplicatesAreRefused() {
    violation(() -> snapshot().addParts(part("A").build(), part("A").build()).build(), CoreErrorCode.DUPLICATE_ID);
    Violation supplier =
        violation(
            () -> snapshot().addPart(part("A").supplier(SupplierId.of("NOBODY")).build()).build(),
            CoreErrorCode.UNKNOWN_REFERENCE);
    assertThat(supplier.path()).isEqualTo("parts[0].supplier");
    violation(
        () -> snapshot().addPart(part("A").supersededBy(pn("B")).build()).build(),
        CoreErrorCode.UNKNOWN_REFERENCE);
    Violation pos =
        violation(
            () -> snapshot().addPart(part("A").build()).addPosition(position("B", 1)).build(),
            CoreErrorCode.UNKNOWN_REFERENCE);
    assertThat(pos.path()).isEqualTo("positions[0].partNumber");
    violation(
        () -> snapshot().addPart(part("A").build()).addPositions(position("A", 1), position("A", 2)).build(),
        CoreErrorCode.DUPLICATE_ID);
    violation(
        () -> snapshot()
            .addPart(part("A").build())
            .addPart(part("B").unitCost(Monies.of("1", "USD")).build())
            .build(),
        CoreErrorCode.CURRENCY_MISMATCH);
  }

  @Test
  void fixedMinAndMaxComeTogetherInOrder() {
    violation(() -> part("A").fixedMin(BigDecimal.ONE).build(), PartsErrorCode.PARTS_MIN_MAX);
    violation(
        () -> part("A").fixedMin(BigDecimal.TEN).fixedMax(BigDecimal.ONE).build(), PartsErrorCode.PARTS_MIN_MAX);
  }

  @Test
  void settingsAreCheckedAsPolicies() {
    assertThatThrownBy(() -> settings().historyMonths(1).build())
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("historyMonths must be 2 to 60: 1");
    assertThatThrownBy(() -> StockingSettings.builder().phaseInHitMonths(13).build())
        .isInstanceOf(PolicyException.class);
    assertThatThrownBy(() -> StockingSettings.obsoleteAfter(0)).isInstanceOf(PolicyException.class);
    assertThatThrownBy(
            () -> StockingSettings.builder()
                .abcAShare(org.aftersales.core.quantity.Percentage.of(95))
                .abcBShare(org.aftersales.core.quantity.Percentage.of(80))
                .build())
        .isInstanceOf(PolicyException.class);
  }

  @Test
  void planningRefusesAnotherCurrencyAndAnAbsurdInstant() {
    PartsSnapshot s = snapshot().addPart(part("A").build()).build();
    violation(
        () -> ReorderPlanner.of(settings().costPerOrder(Monies.of("5", "USD")).build()).plan(s, MONDAY_9AM),
        CoreErrorCode.CURRENCY_MISMATCH);
    violation(
        () -> ReorderPlanner.of(settings().build()).plan(s, Instant.MAX), CoreErrorCode.VALUE_OUT_OF_RANGE);
    violation(
        () -> StockingClassifier.of(StockingSettings.defaults()).classify(s, java.time.LocalDate.MIN),
        CoreErrorCode.VALUE_OUT_OF_RANGE);
  }

  @Test
  void nothingIsLeakedAsANullPointer() {
    violation(() -> ReorderPlanner.of(settings().build()).plan(null, MONDAY_9AM), CoreErrorCode.REQUIRED_FIELD);
    Violation missing =
        violation(
            () -> PartMaster.builder().partNumber(pn("A")).supplier(SupplierId.of("OEM-PDC")).build(),
            CoreErrorCode.REQUIRED_FIELD);
    assertThat(missing.path()).isEqualTo("unitCost");
  }
}

package org.aftersales.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.money.MonetaryAmount;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ErrorCode;
import org.aftersales.core.ValidationException;
import org.aftersales.core.Violation;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.Fixtures;
import org.aftersales.core.order.Job;
import org.aftersales.core.order.PartLine;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderCommand;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.Vin;
import org.aftersales.core.vehicle.VinValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hardening: every bad document becomes a ValidationException naming the JSON path, without a
 * Jackson exception escaping. The {@code @Timeout}s are hang guards (each case takes a few
 * milliseconds; an unguarded parser would take minutes or run out of memory), not benchmarks.
 */
class AfterSalesJsonTest {

  static final AfterSalesJson JSON = AfterSalesJson.strict();

  static final String VEHICLE =
      "{\"vin\":\"LGXCE4CB5R0123456\",\"make\":\"BYD\",\"model\":\"Seal\",\"modelYear\":2024,"
          + "\"powertrain\":\"BEV\"}";

  static Violation rejected(String json, Class<?> type, ErrorCode code) {
    try {
      JSON.read(json, type);
    } catch (ValidationException e) {
      assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
      return e.violations().get(0);
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void writesTheDocumentedShapes() {
    assertThat(JSON.write(Monies.of("12.30", "CNY"))).isEqualTo("{\"amount\":\"12.30\",\"currency\":\"CNY\"}");
    assertThat(JSON.write(Hours.of("1.5"))).isEqualTo("1.5");
    assertThat(JSON.write(Vin.parse("LGXCE4CB5R0123456"))).isEqualTo("\"LGXCE4CB5R0123456\"");
    String vehicle = JSON.write(JSON.read(VEHICLE, Vehicle.class));
    assertThat(vehicle).isEqualTo(
        "{\"vin\":\"LGXCE4CB5R0123456\",\"make\":\"BYD\",\"model\":\"Seal\",\"modelYear\":2024,"
            + "\"powertrain\":\"BEV\",\"usage\":\"PRIVATE\"}");
    String order = JSON.write(Fixtures.appointment());
    assertThat(order).contains("\"openedAt\":\"2026-11-22T01:00:00Z\"").doesNotContain("null");
  }

  @Test
  void acceptsAmountsAsNumbersToo() {
    assertThat(JSON.read("{\"amount\":12.3,\"currency\":\"CNY\"}", MonetaryAmount.class))
        .isEqualTo(Monies.of("12.30", "CNY"));
  }

  @Test
  void rejectsAnUnknownFieldNamingItsPath() {
    Violation v =
        rejected(VEHICLE.replace("}", ",\"colour\":\"red\"}"), Vehicle.class, CoreErrorCode.JSON_UNKNOWN_FIELD);
    assertThat(v.path()).isEqualTo("$.colour");
    assertThat(v.message()).contains("unknown field \"colour\"");
    Violation nested =
        rejected("{\"amount\":\"1\",\"currency\":\"CNY\",\"x\":1}", MonetaryAmount.class, CoreErrorCode.JSON_UNKNOWN_FIELD);
    assertThat(nested.path()).isEqualTo("$.x");
  }

  @Test
  void rejectsWrongTypes() {
    Violation v = rejected(VEHICLE.replace("2024", "\"2024\""), Vehicle.class, CoreErrorCode.JSON_WRONG_TYPE);
    assertThat(v.path()).isEqualTo("$.modelYear");
    rejected(VEHICLE.replace("\"BYD\"", "{}"), Vehicle.class, CoreErrorCode.JSON_WRONG_TYPE);
    rejected("[1,2]", Vehicle.class, CoreErrorCode.JSON_WRONG_TYPE);
    rejected("{\"amount\":true,\"currency\":\"CNY\"}", MonetaryAmount.class, CoreErrorCode.JSON_WRONG_TYPE);
    rejected("\"1.5\"", Hours.class, CoreErrorCode.JSON_WRONG_TYPE);
    Violation e = rejected(VEHICLE.replace("BEV", "STEAM"), Vehicle.class, CoreErrorCode.JSON_UNKNOWN_VALUE);
    assertThat(e.path()).isEqualTo("$.powertrain");
    assertThat(e.message()).contains("[ICE, HEV, PHEV, BEV, FCEV]");
  }

  @Test
  void rejectsTrailingTokensAndMalformedJson() {
    rejected(VEHICLE + " {}", Vehicle.class, CoreErrorCode.JSON_TRAILING_TOKENS);
    rejected(VEHICLE.substring(0, 20), Vehicle.class, CoreErrorCode.JSON_SYNTAX);
    rejected("{\"vin\":'x'}", Vehicle.class, CoreErrorCode.JSON_SYNTAX);
    rejected(VEHICLE.replace("\"make\":\"BYD\"", "\"make\":\"BYD\",\"make\":\"NIO\""), Vehicle.class,
        CoreErrorCode.JSON_SYNTAX);
  }

  @Test
  void rejectsMissingRequiredFieldsByName() {
    Violation v = rejected("{\"make\":\"BYD\"}", Vehicle.class, CoreErrorCode.REQUIRED_FIELD);
    assertThat(v.path()).startsWith("$.");
    try {
      JSON.read("{\"make\":\"BYD\"}", Vehicle.class);
    } catch (ValidationException e) {
      assertThat(e.violations()).extracting(Violation::path)
          .containsExactlyInAnyOrder("$.vin", "$.model", "$.modelYear", "$.powertrain");
    }
    rejected("{\"amount\":\"1\"}", MonetaryAmount.class, CoreErrorCode.REQUIRED_FIELD);
  }

  @Test
  @Timeout(5)
  void rejectsAHugeExponentAsAnAmountAtOnce() {
    Violation v = rejected("{\"amount\":\"1e10000000\",\"currency\":\"CNY\"}", MonetaryAmount.class,
        CoreErrorCode.NUMBER_OUT_OF_RANGE);
    assertThat(v.path()).isEqualTo("$.amount");
    rejected("{\"amount\":1e10000000,\"currency\":\"CNY\"}", MonetaryAmount.class, CoreErrorCode.NUMBER_OUT_OF_RANGE);
    rejected("1e10000000", Hours.class, CoreErrorCode.NUMBER_OUT_OF_RANGE);
    rejected("1e-10000000", Hours.class, CoreErrorCode.NUMBER_OUT_OF_RANGE);
    String part =
        "{\"partNumber\":\"P1\",\"description\":\"pad\",\"quantity\":{\"value\":1e10000000,\"unit\":\"PIECE\"}}";
    Violation q = rejected(part, PartLine.class, CoreErrorCode.NUMBER_OUT_OF_RANGE);
    assertThat(q.path()).isEqualTo("$.quantity.value");
  }

  @Test
  @Timeout(10)
  void rejectsDeepNesting() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    rejected(deep, Object.class, CoreErrorCode.JSON_LIMIT_EXCEEDED);
    String deepObject = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    rejected(deepObject, java.util.Map.class, CoreErrorCode.JSON_LIMIT_EXCEEDED);
    // a typed target refuses the first unexpected level, long before the depth limit
    assertThatThrownBy(() -> JSON.read(deepObject, Vehicle.class)).isInstanceOf(ValidationException.class);
  }

  @Test
  @Timeout(30)
  void rejectsA100MegabyteString() {
    StringBuilder sb = new StringBuilder(100_000_020).append("{\"make\":\"");
    sb.append("x".repeat(100_000_000)).append("\"}");
    String json = sb.toString();
    rejected(json, Vehicle.class, CoreErrorCode.JSON_LIMIT_EXCEEDED);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> JSON.read(bytes, Vehicle.class))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.JSON_LIMIT_EXCEEDED);
  }

  @Test
  void rejectsALongButLegalStringByTheFieldRule() {
    Violation v = rejected(VEHICLE.replace("\"BYD\"", "\"" + "x".repeat(5000) + "\""), Vehicle.class,
        CoreErrorCode.TEXT_TOO_LONG);
    assertThat(v.path()).isEqualTo("$.make");
  }

  @Test
  void rejectsNegativeQuantitiesNamingThePath() {
    String order = JSON.write(Fixtures.appointment());
    Job job = Fixtures.job("J1");
    String jobJson = JSON.write(job).replace("\"flatRateHours\":1.2", "\"flatRateHours\":-1.2");
    Violation v = rejected(jobJson, Job.class, CoreErrorCode.NEGATIVE_QUANTITY);
    assertThat(v.path()).isEqualTo("$.labour[0].flatRateHours");
    String negativePart = JSON.write(job).replace("\"value\":1,\"unit\":\"PIECE\"", "\"value\":-2,\"unit\":\"PIECE\"");
    assertThat(rejected(negativePart, Job.class, CoreErrorCode.NEGATIVE_QUANTITY).path())
        .isEqualTo("$.parts[0].quantity.value");
    String command = "{\"command\":\"AddJob\",\"at\":\"2026-11-23T01:00:00Z\",\"job\":" + jobJson + "}";
    assertThat(rejected(command, RepairOrderCommand.class, CoreErrorCode.NEGATIVE_QUANTITY).path())
        .isEqualTo("$.job.labour[0].flatRateHours");
    assertThat(order).isNotEmpty();
  }

  @Test
  void rejectsAVinWithABadCheckDigitUnlessLenient() {
    String bad = VEHICLE.replace("LGXCE4CB5R0123456", "LGXCE4CB6R0123456");
    Violation v = rejected(bad, Vehicle.class, CoreErrorCode.VIN_CHECK_DIGIT);
    assertThat(v.path()).isEqualTo("$.vin");
    assertThat(v.message()).contains("require '5'");
    assertThat(AfterSalesJson.lenientVins().read(bad, Vehicle.class).vin().hasValidCheckDigit()).isFalse();
    Violation letter = rejected(VEHICLE.replace("LGXCE4CB5R0123456", "LGXCE4CB5R012345O"), Vehicle.class,
        CoreErrorCode.VIN_CHARACTER);
    assertThat(letter.message()).contains("'O' at position 17");
  }

  @Test
  void rejectsAnUnknownCurrency() {
    Violation v = rejected("{\"amount\":\"1.00\",\"currency\":\"XYZ\"}", MonetaryAmount.class,
        CoreErrorCode.UNKNOWN_CURRENCY);
    assertThat(v.path()).isEqualTo("$.currency");
    String job = JSON.write(Fixtures.job("J1")).replace("\"CNY\"", "\"ABC\"");
    assertThat(rejected(job, Job.class, CoreErrorCode.UNKNOWN_CURRENCY).path())
        .isEqualTo("$.parts[0].unitPrice.currency");
  }

  @Test
  void rejectsUnknownCommandTypes() {
    Violation v = rejected("{\"command\":\"Teleport\",\"at\":\"2026-11-23T01:00:00Z\"}", RepairOrderCommand.class,
        CoreErrorCode.JSON_UNKNOWN_VALUE);
    assertThat(v.message()).contains("Teleport");
  }

  @Test
  void domainRulesOfAWholeOrderAreCheckedOnRead() {
    String json = JSON.write(Fixtures.appointment()).replace("\"status\":\"APPOINTMENT\"", "\"status\":\"DELIVERED\"");
    ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(
        ValidationException.class, () -> JSON.read(json, RepairOrder.class));
    assertThat(e.violations().get(0).path()).startsWith("$");
  }

  @Test
  void readsGenericTypes() {
    List<Hours> hours = JSON.read("[1, 2.5]", new TypeReference<List<Hours>>() {});
    assertThat(hours).containsExactly(Hours.of(1), Hours.of("2.5"));
  }

  @Test
  void translatesExceptionsFromAHostsOwnMapper() throws Exception {
    ObjectMapper mine = new ObjectMapper().registerModule(new AfterSalesModule(VinValidation.STRICT));
    try {
      mine.readValue("\"LGXCE4CB6R0123456\"", Vin.class);
      throw new AssertionError("accepted");
    } catch (Exception e) {
      ValidationException v = AfterSalesJson.translate(e);
      assertThat(v.code()).isEqualTo(CoreErrorCode.VIN_CHECK_DIGIT);
    }
    assertThat(AfterSalesJson.newMapper()).isNotSameAs(AfterSalesJson.newMapper());
  }
}

package org.aftersales.rules.service.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.aftersales.core.json.AfterSalesJson;
import org.junit.jupiter.api.Test;

/** Every public value of the KPI package survives JSON → value → JSON unchanged. */
class KpiJsonTest {

  static final AfterSalesJson JSON = AfterSalesJson.strict();

  static <T> void roundTrips(T value, Class<? super T> type) {
    String json = JSON.write(value);
    Object back = JSON.read(json, type);
    assertThat(back).isEqualTo(value);
    assertThat(JSON.write(back)).isEqualTo(json);
  }

  @Provide
  Arbitrary<KpiInput> months() {
    return new ServiceKpisPropertiesTest().months();
  }

  @Property(tries = 30)
  void inputsAndReportsRoundTrip(@ForAll("months") KpiInput in) {
    roundTrips(in, KpiInput.class);
    KpiReport report = ServiceKpis.compute(in);
    roundTrips(report, KpiReport.class);
  }

  @Test
  void theHandBuiltMonthAndItsPartsRoundTrip() {
    KpiInput in = ServiceKpisTest.input().settings(KpiSettings.builder().comebackDays(14).build()).build();
    roundTrips(in, KpiInput.class);
    KpiReport k = ServiceKpis.compute(in);
    roundTrips(k, KpiReport.class);
    roundTrips(new Rate(3, 4), Rate.class);
    assertThat(JSON.write(new Rate(3, 4))).isEqualTo("{\"numerator\":3,\"denominator\":4}");
    roundTrips(new HoursRatio(new BigDecimal("5.3"), new BigDecimal("5.2")), HoursRatio.class);
    roundTrips(k.averageOrderValues().get(0), AverageOrderValue.class);
    roundTrips(k.visits(), VisitCounts.class);
    roundTrips(k.technicians().get(0), TechnicianKpis.class);
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefusedInJson() {
    String json = "{\"period\":{\"start\":\"2026-04-01\",\"end\":\"2026-03-01\"},\"zone\":\"Asia/Shanghai\"}";
    assertThatThrownBy(() -> JSON.read(json, KpiInput.class))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> {
          ValidationException v = (ValidationException) e;
          assertThat(v.code()).isEqualTo(CoreErrorCode.DATE_ORDER);
          assertThat(v.violations().get(0).path()).isEqualTo("$.period.end");
        });
  }
}

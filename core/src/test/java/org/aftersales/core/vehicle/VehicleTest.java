package org.aftersales.core.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.MissingFieldException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.Violation;
import org.junit.jupiter.api.Test;

class VehicleTest {

  static Vehicle.Builder seal() {
    return Vehicle.builder()
        .vin(Vin.parse("LGXCE4CB5R0123456"))
        .make("BYD")
        .model("Seal")
        .modelYear(Year.of(2024))
        .powertrain(Powertrain.BEV);
  }

  @Test
  void buildsWithDefaultsAndTrimsText() {
    Vehicle v = seal().make("  BYD ").variant(" Performance ").build();
    assertThat(v.make()).isEqualTo("BYD");
    assertThat(v.variant()).contains("Performance");
    assertThat(v.usage()).isEqualTo(VehicleUsage.PRIVATE);
    assertThat(v.powertrain().hasTractionBattery()).isTrue();
    assertThat(v.usage().isHousehold()).isTrue();
  }

  @Test
  void namesEveryMissingField() {
    assertThatThrownBy(() -> Vehicle.builder().make("BYD").build())
        .isInstanceOf(MissingFieldException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).violations())
                    .extracting(Violation::path)
                    .containsExactlyInAnyOrder("vin", "model", "modelYear", "powertrain"));
  }

  @Test
  void rejectsNullsWithTheFieldName() {
    assertThatThrownBy(() -> Vehicle.builder().make(null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("make")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.REQUIRED_FIELD);
  }

  @Test
  void rejectsBlankAndOverlongText() {
    assertThatThrownBy(() -> seal().make("  ").build())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.BLANK_TEXT);
    assertThat(seal().make("x".repeat(40)).build().make()).hasSize(40);
    assertThatThrownBy(() -> seal().make("x".repeat(41)).build())
        .hasMessageContaining("make must have at most 40 characters, got 41");
  }

  @Test
  void boundsTheModelYear() {
    assertThat(seal().modelYear(Year.of(1980)).build().modelYear()).isEqualTo(Year.of(1980));
    assertThat(seal().modelYear(Year.of(2100)).build().modelYear()).isEqualTo(Year.of(2100));
    assertThatThrownBy(() -> seal().modelYear(Year.of(1979)).build()).hasMessageContaining("1979");
    assertThatThrownBy(() -> seal().modelYear(Year.of(2101)).build()).hasMessageContaining("2101");
  }

  @Test
  void warrantyStartsOnTheDeliveryDateWhenItDiffersFromTheInvoiceDate() {
    LocalDate invoice = LocalDate.of(2025, 12, 28);
    LocalDate delivery = LocalDate.of(2026, 1, 5);
    assertThat(seal().invoiceDate(invoice).build().warrantyStartDate()).contains(invoice);
    assertThat(seal().invoiceDate(invoice).deliveryDate(delivery).build().warrantyStartDate())
        .contains(delivery);
    assertThat(seal().invoiceDate(invoice).deliveryDate(invoice).build().warrantyStartDate())
        .contains(invoice);
    assertThat(seal().build().warrantyStartDate()).isEmpty();
  }

  @Test
  void saleDatesCannotPrecedeProduction() {
    LocalDate produced = LocalDate.of(2025, 6, 1);
    assertThat(seal().productionDate(produced).deliveryDate(produced).build().deliveryDate()).contains(produced);
    assertThatThrownBy(() -> seal().productionDate(produced).deliveryDate(produced.minusDays(1)).build())
        .hasMessageContaining("deliveryDate 2025-05-31 is before productionDate 2025-06-01")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.DATE_ORDER);
    assertThatThrownBy(() -> seal().productionDate(produced).invoiceDate(produced.minusDays(1)).build())
        .extracting(e -> ((ValidationException) e).violations().get(0).path())
        .isEqualTo("invoiceDate");
  }

  @Test
  void neverShowsTheLicencePlateInToString() {
    Vehicle v = seal().licencePlate(LicencePlate.of("粤B9X7Y6")).build();
    assertThat(v.toString()).doesNotContain("9X7Y6").contains("粤B*****");
    assertThat(v.licencePlate().orElseThrow().value()).isEqualTo("粤B9X7Y6");
    assertThat(LicencePlate.of("AB").toString()).isEqualTo("A*");
  }
}

package org.aftersales.core.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.junit.jupiter.api.Test;

class OdometerHistoryTest {

  static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

  static OdometerReading km(long km, int day, OdometerSource source) {
    return new OdometerReading(Distance.ofKilometres(km), T0.plusSeconds(86_400L * day), source);
  }

  @Test
  void acceptsNonDecreasingReadings() {
    OdometerHistory h =
        OdometerHistory.empty()
            .append(km(1000, 0, OdometerSource.CHECK_IN))
            .append(km(1000, 0, OdometerSource.DELIVERY))
            .append(km(5000, 30, OdometerSource.CUSTOMER_REPORTED));
    assertThat(h.size()).isEqualTo(3);
    assertThat(h.latest()).contains(km(5000, 30, OdometerSource.CUSTOMER_REPORTED));
  }

  @Test
  void rejectsARollbackNamingBothReadings() {
    OdometerHistory h = OdometerHistory.empty().append(km(5000, 0, OdometerSource.CHECK_IN));
    assertThatThrownBy(() -> h.append(km(4999, 1, OdometerSource.CHECK_IN)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("4999 km")
        .hasMessageContaining("below the earlier 5000 km")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.ODOMETER_ROLLBACK);
    assertThat(h.size()).isEqualTo(1);
  }

  @Test
  void aClusterReplacementMayGoBackwardsAndStartsANewBaseline() {
    OdometerHistory h =
        OdometerHistory.empty()
            .append(km(80_000, 0, OdometerSource.CHECK_IN))
            .append(km(12, 1, OdometerSource.CLUSTER_REPLACEMENT))
            .append(km(500, 10, OdometerSource.TELEMATICS));
    assertThat(h.size()).isEqualTo(3);
    assertThatThrownBy(() -> h.append(km(499, 11, OdometerSource.TELEMATICS)))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.ODOMETER_ROLLBACK);
  }

  @Test
  void comparesReadingsExactlyAcrossUnits() {
    OdometerReading miles = new OdometerReading(Distance.ofMiles(1000), T0, OdometerSource.CHECK_IN);
    OdometerReading sameInKm =
        new OdometerReading(Distance.ofKilometres("1609.344"), T0.plusSeconds(60), OdometerSource.DELIVERY);
    OdometerReading justBelow =
        new OdometerReading(Distance.ofKilometres("1609.343"), T0.plusSeconds(60), OdometerSource.DELIVERY);
    assertThat(OdometerHistory.of(List.of(miles, sameInKm)).size()).isEqualTo(2);
    assertThatThrownBy(() -> OdometerHistory.of(List.of(miles, justBelow)))
        .extracting(e -> ((ValidationException) e).violations().get(0).path())
        .isEqualTo("readings[1].distance");
  }

  @Test
  void rejectsReadingsOutOfTimeOrder() {
    assertThatThrownBy(
            () -> OdometerHistory.of(List.of(km(1000, 5, OdometerSource.CHECK_IN), km(2000, 4, OdometerSource.CHECK_IN))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("earlier than the previous one")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.OUT_OF_ORDER);
  }

  @Test
  void readingsRequireEveryComponent() {
    assertThatThrownBy(() -> new OdometerReading(Distance.ofKilometres(1), null, OdometerSource.CHECK_IN))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at must not be null");
  }
}

package org.aftersales.rules.warranty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.Vehicle;
import org.immutables.value.Value;

/**
 * What the advisor knows at check-in when asking "is this covered?" (DOMAIN §2 step 3): the
 * vehicle, the failure, the odometer and the date the failure was reported, the maintenance
 * records of the service history, whether the vehicle changed owner, and, for a part replaced
 * earlier, when and at what odometer it was installed.
 *
 * <p>The report date and odometer are the ones that count for the limits: a failure reported on
 * the last covered day is covered even if repaired later.
 *
 * <p>Rules checked on build: the maintenance records are kept in chronological order (whatever
 * order they were given in, so the decision does not depend on it); read in that order together
 * with the report (records of the report date itself are not compared with it), no odometer is
 * below an earlier one ({@link
 * WarrantyErrorCode#WARRANTY_ODOMETER_BACKWARDS}); a part installation is not after the report,
 * in date ({@link WarrantyErrorCode#WARRANTY_REPORT_DATE}) or odometer. Immutable and thread-safe;
 * build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableWarrantyRequest.class)
@JsonDeserialize(as = ImmutableWarrantyRequest.class)
public abstract class WarrantyRequest {

  WarrantyRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WarrantyRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutableWarrantyRequest.Builder {
    Builder() {}
  }

  /**
   * The vehicle.
   *
   * @return the vehicle
   */
  public abstract Vehicle vehicle();

  /**
   * The failure.
   *
   * @return the failure
   */
  public abstract Failure failure();

  /**
   * The odometer when the failure was reported.
   *
   * @return the reading
   */
  public abstract Distance odometer();

  /**
   * The date the failure was reported.
   *
   * @return the date
   */
  public abstract LocalDate reportedOn();

  /**
   * Maintenance records of the service history, in chronological order.
   *
   * @return the records
   */
  public abstract List<MaintenanceRecord> maintenanceRecords();

  /**
   * Whether the vehicle has changed owner since the warranty started; {@code false} by default.
   *
   * @return {@code true} for a subsequent owner
   */
  @Value.Default
  public boolean ownerChanged() {
    return false;
  }

  /**
   * When and at what odometer the failed part was installed, if it is a part replaced earlier.
   *
   * @return the installation
   */
  public abstract Optional<PartInstallation> causalPartInstalled();

  @Value.Check
  final WarrantyRequest normalise() {
    List<MaintenanceRecord> records = maintenanceRecords();
    for (int i = 1; i < records.size(); i++) {
      if (MaintenanceRecord.CHRONOLOGICAL.compare(records.get(i - 1), records.get(i)) > 0) {
        List<MaintenanceRecord> sorted = new ArrayList<>(records);
        sorted.sort(MaintenanceRecord.CHRONOLOGICAL);
        return builder().from(this).maintenanceRecords(sorted).build();
      }
    }
    MaintenanceRecord before = null;
    MaintenanceRecord after = null;
    for (int i = 0; i < records.size(); i++) {
      MaintenanceRecord r = records.get(i);
      if (i > 0) {
        MaintenanceRecord p = records.get(i - 1);
        requireNotBelow(r.odometer(), r.date(), p.odometer(), p.date(), "maintenanceRecords[" + i + "].odometer");
      }
      if (r.date().isBefore(reportedOn())) {
        before = r;
      } else if (after == null && r.date().isAfter(reportedOn())) {
        after = r;
      }
    }
    if (before != null) {
      requireNotBelow(odometer(), reportedOn(), before.odometer(), before.date(), "odometer");
    }
    if (after != null) {
      requireNotBelow(
          after.odometer(), after.date(), odometer(), reportedOn(),
          "maintenanceRecords[" + records.indexOf(after) + "].odometer");
    }
    causalPartInstalled()
        .ifPresent(
            p -> {
              Checks.require(
                  !p.date().isAfter(reportedOn()),
                  "causalPartInstalled.date",
                  WarrantyErrorCode.WARRANTY_REPORT_DATE,
                  "the causal part was installed on %s, after the failure was reported on %s",
                  p.date(),
                  reportedOn());
              Checks.require(
                  p.odometer().compareTo(odometer()) <= 0,
                  "causalPartInstalled.odometer",
                  WarrantyErrorCode.WARRANTY_ODOMETER_BACKWARDS,
                  "the causal part was installed at %s, above the odometer %s at the report",
                  p.odometer(),
                  odometer());
            });
    return this;
  }

  private static void requireNotBelow(
      Distance value, LocalDate on, Distance earlier, LocalDate earlierOn, String path) {
    if (earlier != null) {
      Checks.require(
          value.compareTo(earlier) >= 0,
          path,
          WarrantyErrorCode.WARRANTY_ODOMETER_BACKWARDS,
          "odometer %s on %s is below %s on the earlier %s",
          value,
          on,
          earlier,
          earlierOn);
    }
  }
}

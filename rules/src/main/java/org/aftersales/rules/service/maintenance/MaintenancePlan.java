package org.aftersales.rules.service.maintenance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;
import org.aftersales.core.ValidationException;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.rules.service.ServiceErrorCode;
import org.immutables.value.Value;

/**
 * A maintenance plan (保养计划, seed 001: "make the customer a maintenance plan, then tell them
 * before it is due"): the items a family of vehicles needs, each by time and distance,
 * <b>whichever comes first</b>, with the first service (首保) and severe-service variants.
 *
 * <p><b>Due dates</b> ({@link #outlook}). For each item that applies to the vehicle's powertrain:
 *
 * <ol>
 *   <li>The baseline is the last time the item was performed on or before the day asked about, or
 *       the vehicle's delivery date (invoice date when there is no delivery date) when it never
 *       was. A one-time item already performed is done. The interval is {@link
 *       MaintenanceItem#every()} after a performance, {@link MaintenanceItem#first()} (else
 *       {@code every}) after delivery, tightened by the variants of the vehicle's severe
 *       conditions.
 *   <li>By time: the baseline date plus the time limit.
 *   <li>By distance: the baseline odometer (recorded, zero at delivery, or estimated from the
 *       forecast when a performance has no odometer) plus the distance limit. A due distance
 *       still ahead of the odometer's last value is dated with the {@link MileageForecast} from
 *       there; one already passed is dated by the first reading at or beyond it (never before
 *       the baseline).
 *   <li>The due date is the earlier of the two; it never precedes the baseline. The status on
 *       the day follows {@link #thresholds()} (see {@link DueThresholds}).
 * </ol>
 *
 * <p>Rules: the id is an identifier, the name non-blank (at most 100 characters), at least one
 * item, item codes unique ({@code DUPLICATE_ID}). Plans are data: hosts load the manufacturer's
 * schedules as JSON; {@link #genericPassengerCar()} is an example to start from, not any
 * manufacturer's schedule. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableMaintenancePlan.class)
@JsonDeserialize(as = ImmutableMaintenancePlan.class)
public abstract class MaintenancePlan {

  MaintenancePlan() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaintenancePlan}; {@code build()} validates. */
  public static final class Builder extends ImmutableMaintenancePlan.Builder {
    Builder() {}
  }

  /**
   * The plan's identifier.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The plan's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Which vehicles the plan is for; every vehicle by default.
   *
   * @return the applicability
   */
  @Value.Default
  public PlanApplicability applicability() {
    return PlanApplicability.all();
  }

  /**
   * The items.
   *
   * @return the items, at least one
   */
  public abstract List<MaintenanceItem> items();

  /**
   * When items count as due soon, due or overdue; the defaults by default.
   *
   * @return the thresholds
   */
  @Value.Default
  public DueThresholds thresholds() {
    return DueThresholds.defaults();
  }

  /**
   * Whether the plan applies to a vehicle.
   *
   * @param vehicle the vehicle
   * @return {@code true} when {@link #applicability()} matches it
   */
  public boolean appliesTo(org.aftersales.core.vehicle.Vehicle vehicle) {
    return applicability().appliesTo(vehicle);
  }

  /**
   * The item with a code.
   *
   * @param code the code
   * @return the item, or empty
   */
  public Optional<MaintenanceItem> item(String code) {
    return items().stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /**
   * When every item is due for a vehicle, forecasting its mileage with a forecaster.
   *
   * @param record the vehicle's record
   * @param asOf the day asked about (readings and performances after it are ignored)
   * @param forecaster the forecaster, which also gives the shop's zone
   * @return the outlook
   * @throws ValidationException with {@link ServiceErrorCode#MAINTENANCE_PLAN_NOT_APPLICABLE}
   *     when the plan does not apply to the vehicle
   */
  public MaintenanceOutlook outlook(
      VehicleServiceRecord record, LocalDate asOf, MileageForecaster forecaster) {
    Checks.requireNonNull(forecaster, "forecaster");
    check(record, asOf);
    OdometerSeries s =
        OdometerSeries.of(
            record.odometer().readings(), forecaster.settings().zone(), asOf, "odometer");
    MileageForecaster.Estimate est = forecaster.estimate(record.vehicle(), s, asOf);
    return outlook(record, asOf, s, est, est.toForecast(s));
  }

  /**
   * When every item is due for a vehicle, with a given mileage forecast (for example one the host
   * stored, or one a customer stated).
   *
   * @param record the vehicle's record
   * @param asOf the day asked about
   * @param forecast the forecast, in the scale of the vehicle's current odometer
   * @param zone the shop's zone, which dates the odometer readings
   * @return the outlook
   */
  public MaintenanceOutlook outlook(
      VehicleServiceRecord record, LocalDate asOf, MileageForecast forecast, ZoneId zone) {
    Checks.requireNonNull(forecast, "forecast");
    Checks.requireNonNull(zone, "zone");
    check(record, asOf);
    OdometerSeries s = OdometerSeries.of(record.odometer().readings(), zone, asOf, "odometer");
    return outlook(record, asOf, s, MileageForecaster.Estimate.from(forecast, s), forecast);
  }

  private void check(VehicleServiceRecord record, LocalDate asOf) {
    Checks.requireNonNull(record, "record");
    Checks.requireNonNull(asOf, "asOf");
    Checks.require(
        appliesTo(record.vehicle()),
        "record.vehicle",
        ServiceErrorCode.MAINTENANCE_PLAN_NOT_APPLICABLE,
        "maintenance plan %s does not apply to %s %s %s (%s)",
        id(),
        record.vehicle().make(),
        record.vehicle().model(),
        record.vehicle().modelYear(),
        record.vehicle().powertrain());
  }

  private MaintenanceOutlook outlook(
      VehicleServiceRecord record,
      LocalDate asOf,
      OdometerSeries s,
      MileageForecaster.Estimate est,
      MileageForecast forecast) {
    List<DueCalculator.ItemDue> due = new ArrayList<>();
    List<Reason> notes = new ArrayList<>();
    DueCalculator.compute(this, record, asOf, s, est, due, notes);
    due.sort(
        Comparator.comparing((DueCalculator.ItemDue d) -> d.dueDate)
            .thenComparing(d -> d.item.code()));
    MaintenanceOutlook.Builder b =
        MaintenanceOutlook.builder()
            .vin(record.vehicle().vin())
            .planId(id())
            .asOf(asOf)
            .forecast(forecast)
            .notes(notes);
    for (DueCalculator.ItemDue d : due) {
      b.addService(DueCalculator.toDueService(d, asOf, s, est));
    }
    return b.build();
  }

  /**
   * An example plan for passenger cars, to start from; not any manufacturer's schedule:
   *
   * <ul>
   *   <li>{@code FIRST_SERVICE} (首保): once, 5,000 km or 6 months after delivery;
   *   <li>{@code OIL_SERVICE} (ICE and hybrids): every 10,000 km or 12 months; 5,000 km or 6
   *       months for taxis, towing, dusty roads and short trips;
   *   <li>{@code CABIN_FILTER}: every 20,000 km or 12 months; 10,000 km or 6 months on dusty
   *       roads;
   *   <li>{@code ENGINE_AIR_FILTER} (ICE and hybrids): every 30,000 km or 24 months; 15,000 km on
   *       dusty roads;
   *   <li>{@code BRAKE_FLUID}: every 24 months;
   *   <li>{@code HV_SYSTEM_CHECK} (every powertrain with a traction battery): every 20,000 km or
   *       12 months; 10,000 km or 6 months for taxis;
   *   <li>{@code TYRE_ROTATION}: every 10,000 km.
   * </ul>
   *
   * @return the plan
   */
  public static MaintenancePlan genericPassengerCar() {
    ServiceInterval severe = ServiceInterval.of(Period.ofMonths(6), km(5000));
    return builder()
        .id("GENERIC-PASSENGER-CAR")
        .name("Generic passenger car (example)")
        .addItem(
            MaintenanceItem.builder()
                .code("FIRST_SERVICE")
                .description("First service (首保)")
                .first(ServiceInterval.of(Period.ofMonths(6), km(5000)))
                .build())
        .addItem(
            MaintenanceItem.builder()
                .code("OIL_SERVICE")
                .description("Engine oil and oil filter")
                .every(ServiceInterval.of(Period.ofMonths(12), km(10_000)))
                .putSevere(SevereCondition.TAXI, severe)
                .putSevere(SevereCondition.TOWING, severe)
                .putSevere(SevereCondition.DUSTY_ROADS, severe)
                .putSevere(SevereCondition.SHORT_TRIPS, severe)
                .addPowertrains(Powertrain.ICE, Powertrain.HEV, Powertrain.PHEV)
                .build())
        .addItem(
            MaintenanceItem.builder()
                .code("CABIN_FILTER")
                .description("Cabin air filter")
                .every(ServiceInterval.of(Period.ofMonths(12), km(20_000)))
                .putSevere(SevereCondition.DUSTY_ROADS, ServiceInterval.of(Period.ofMonths(6), km(10_000)))
                .build())
        .addItem(
            MaintenanceItem.builder()
                .code("ENGINE_AIR_FILTER")
                .description("Engine air filter")
                .every(ServiceInterval.of(Period.ofMonths(24), km(30_000)))
                .putSevere(SevereCondition.DUSTY_ROADS, ServiceInterval.ofDistance(km(15_000)))
                .addPowertrains(Powertrain.ICE, Powertrain.HEV, Powertrain.PHEV)
                .build())
        .addItem(
            MaintenanceItem.builder()
                .code("BRAKE_FLUID")
                .description("Brake fluid")
                .every(ServiceInterval.ofTime(Period.ofMonths(24)))
                .build())
        .addItem(
            MaintenanceItem.builder()
                .code("HV_SYSTEM_CHECK")
                .description("Traction battery and high-voltage system check")
                .every(ServiceInterval.of(Period.ofMonths(12), km(20_000)))
                .putSevere(SevereCondition.TAXI, ServiceInterval.of(Period.ofMonths(6), km(10_000)))
                .addPowertrains(Powertrain.HEV, Powertrain.PHEV, Powertrain.BEV, Powertrain.FCEV)
                .build())
        .addItem(
            MaintenanceItem.builder()
                .code("TYRE_ROTATION")
                .description("Tyre rotation")
                .every(ServiceInterval.ofDistance(km(10_000)))
                .build())
        .build();
  }

  private static Distance km(long km) {
    return Distance.ofKilometres(km);
  }

  @Value.Check
  final MaintenancePlan normalise() {
    Checks.requireIdentifier(id(), "id");
    String name = Checks.requireText(name(), "name", 100);
    Checks.require(
        !items().isEmpty(),
        "items",
        CoreErrorCode.REQUIRED_FIELD,
        "maintenance plan %s needs at least one item",
        id());
    Checks.requireUnique(items(), MaintenanceItem::code, "items");
    if (name.equals(name())) {
      return this;
    }
    return builder().from(this).name(name).build();
  }
}

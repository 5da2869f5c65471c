package org.aftersales.rules.service.kpi;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.ValidationException;
import org.aftersales.core.calendar.DateRange;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.rules.service.ServiceErrorCode;
import org.immutables.value.Value;

/**
 * What the service KPIs are computed from: the period and the shop's zone, the repair orders
 * (with their appointments, status history, quality checks and follow-up calls), what each
 * payer was invoiced per order, the vehicles the dealer sold (for first-service uptake) and the
 * technicians' attended hours.
 *
 * <p>The period is a {@link DateRange} of the shop's local dates, start inclusive, end exclusive;
 * one whose end is before its start is refused by {@code DateRange} ({@code DATE_ORDER}). Pass
 * the orders a KPI may look beyond the period for, too: comebacks are found among later orders,
 * first services among orders after the delivery.
 *
 * <p>Rules: order ids unique, one invoice per order and payer, sold VINs and attendance
 * technicians unique ({@code DUPLICATE_ID}); every invoice names an order of the input ({@link
 * ServiceErrorCode#KPI_UNKNOWN_ORDER}); all invoices in one currency ({@code CURRENCY_MISMATCH}:
 * averaging mixed currencies would be meaningless). Immutable and thread-safe; build with {@link
 * #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableKpiInput.class)
@JsonDeserialize(as = ImmutableKpiInput.class)
public abstract class KpiInput {

  KpiInput() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KpiInput}; {@code build()} validates. */
  public static final class Builder extends ImmutableKpiInput.Builder {
    Builder() {}
  }

  /**
   * The period, in the shop's local dates.
   *
   * @return the period
   */
  public abstract DateRange period();

  /**
   * The shop's zone.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * The repair orders, in any order.
   *
   * @return the orders
   */
  public abstract List<RepairOrder> orders();

  /**
   * What each payer was invoiced per order.
   *
   * @return the invoices
   */
  public abstract List<OrderInvoice> invoices();

  /**
   * The vehicles the dealer sold, with their delivery or invoice dates.
   *
   * @return the vehicles
   */
  public abstract List<Vehicle> soldVehicles();

  /**
   * The technicians' attended hours in the period.
   *
   * @return the attendance
   */
  public abstract List<Attendance> attendance();

  /**
   * The KPI choices; the defaults by default.
   *
   * @return the settings
   */
  @Value.Default
  public KpiSettings settings() {
    return KpiSettings.defaults();
  }

  @Value.Check
  final void check() {
    Checks.requireUnique(orders(), RepairOrder::id, "orders");
    Checks.requireUnique(invoices(), i -> i.orderId() + "/" + i.payer(), "invoices");
    Checks.requireUnique(soldVehicles(), Vehicle::vin, "soldVehicles");
    Checks.requireUnique(attendance(), Attendance::technician, "attendance");
    Set<RepairOrderId> ids = new HashSet<>();
    for (RepairOrder o : orders()) {
      ids.add(o.id());
    }
    for (int i = 0; i < invoices().size(); i++) {
      OrderInvoice inv = invoices().get(i);
      if (!ids.contains(inv.orderId())) {
        throw ValidationException.of(
            "invoices[" + i + "].orderId",
            ServiceErrorCode.KPI_UNKNOWN_ORDER,
            "invoice for order " + inv.orderId() + " names an order that is not in the input");
      }
      if (i > 0) {
        Monies.requireSameCurrency(invoices().get(0).amount(), inv.amount(), "invoices[" + i + "].amount");
      }
    }
  }
}

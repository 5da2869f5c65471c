package org.aftersales.rules.service.kpi;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.calendar.DateRange;
import org.aftersales.core.order.PayType;
import org.immutables.value.Value;

/**
 * The service KPIs of a period (DOMAIN §6; seeds 003–004). "Delivered in the period" means the
 * order entered {@code DELIVERED} on a date of the period in the shop's zone; "checked in in the
 * period" likewise for {@code CHECKED_IN}.
 *
 * <table>
 *   <caption>Definitions</caption>
 *   <tr><th>KPI</th><th>numerator</th><th>denominator</th></tr>
 *   <tr><td>{@link #firstTimeFix()} 一次修复率</td><td>those whose first quality check passed
 *       (一次维修合格), and, if set, without a comeback</td><td>orders delivered in the
 *       period</td></tr>
 *   <tr><td>{@link #onTimeDelivery()} 准时交车率</td><td>those delivered at or before the
 *       promised time</td><td>orders delivered in the period that had a promised time</td></tr>
 *   <tr><td>{@link #sameDayDelivery()} 当天交车率</td><td>those delivered on their check-in
 *       date</td><td>orders checked in in the period</td></tr>
 *   <tr><td>{@link #comebacks()} 返修率</td><td>those followed by a comeback: a later visit of
 *       the same vehicle, checked in from the delivery to N days after it, with a repair,
 *       warranty or diagnosis job for the same concern</td><td>repairs: orders delivered in the
 *       period with a done repair or warranty job</td></tr>
 *   <tr><td>{@link #appointmentRate()} 预约率</td><td>those booked as appointments</td>
 *       <td>orders checked in in the period</td></tr>
 *   <tr><td>{@link #appointmentShowRate()} 预约成功率</td><td>those checked in</td>
 *       <td>appointments dated in the period that came or were marked no-show (and, if set,
 *       were cancelled); appointments still open are not counted</td></tr>
 *   <tr><td>{@link #followUpReach()} 回访成功率</td><td>those whose customer was reached</td>
 *       <td>orders delivered in the period with at least one follow-up call</td></tr>
 *   <tr><td>{@link #complaintRate()} 投诉率</td><td>those with a complaint on a follow-up
 *       call</td><td>orders delivered in the period</td></tr>
 *   <tr><td>{@link #firstServiceUptake()} 首保实施率</td><td>those with a maintenance visit
 *       (done maintenance job) checked in from delivery to the due date plus grace</td>
 *       <td>vehicles sold here whose first service fell due in the period</td></tr>
 *   <tr><td>{@link #productivity()} 维修工生产率</td><td>flat-rate hours</td><td>clocked
 *       hours, both of the done labour lines with clocked hours on orders delivered in the
 *       period</td></tr>
 *   <tr><td>{@link #utilisation()}</td><td>clocked hours of technicians with attendance</td>
 *       <td>their attended hours</td></tr>
 *   <tr><td>{@link #efficiency()}</td><td>flat-rate hours of all done lines of technicians with
 *       attendance</td><td>their attended hours</td></tr>
 * </table>
 *
 * <p>Vocabularies differ: the seed's 生产率 (flat-rate / clocked) is what many US DMSs call
 * "efficiency"; here efficiency is the overall measure, flat-rate hours sold per hour attended
 * (productivity &times; utilisation). {@link #visits()} counts delivered visits by who paid;
 * {@link #averageOrderValues()} gives, per payer with at least one invoiced order delivered in
 * the period, the total and the number of such orders (sorted by payer); a payer without one is
 * absent: no data. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableKpiReport.class)
@JsonDeserialize(as = ImmutableKpiReport.class)
public abstract class KpiReport {

  KpiReport() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KpiReport}. */
  public static final class Builder extends ImmutableKpiReport.Builder {
    Builder() {}
  }

  /**
   * The period.
   *
   * @return the period
   */
  public abstract DateRange period();

  /**
   * First-time-fix rate.
   *
   * @return the rate
   */
  public abstract Rate firstTimeFix();

  /**
   * On-time delivery rate.
   *
   * @return the rate
   */
  public abstract Rate onTimeDelivery();

  /**
   * Same-day delivery rate.
   *
   * @return the rate
   */
  public abstract Rate sameDayDelivery();

  /**
   * Comeback rate.
   *
   * @return the rate
   */
  public abstract Rate comebacks();

  /**
   * Appointment rate.
   *
   * @return the rate
   */
  public abstract Rate appointmentRate();

  /**
   * Appointment show rate.
   *
   * @return the rate
   */
  public abstract Rate appointmentShowRate();

  /**
   * Follow-up reach rate.
   *
   * @return the rate
   */
  public abstract Rate followUpReach();

  /**
   * Complaint rate.
   *
   * @return the rate
   */
  public abstract Rate complaintRate();

  /**
   * First-service uptake.
   *
   * @return the rate
   */
  public abstract Rate firstServiceUptake();

  /**
   * Shop productivity: flat-rate over clocked hours.
   *
   * @return the ratio
   */
  public abstract HoursRatio productivity();

  /**
   * Shop utilisation: clocked over attended hours.
   *
   * @return the ratio
   */
  public abstract HoursRatio utilisation();

  /**
   * Shop efficiency: flat-rate over attended hours.
   *
   * @return the ratio
   */
  public abstract HoursRatio efficiency();

  /**
   * Per technician, sorted by id.
   *
   * @return the technicians' KPIs
   */
  public abstract List<TechnicianKpis> technicians();

  /**
   * Delivered visits by who paid.
   *
   * @return the counts
   */
  public abstract VisitCounts visits();

  /**
   * Average order value per payer, sorted by payer.
   *
   * @return the averages
   */
  public abstract List<AverageOrderValue> averageOrderValues();

  /**
   * The average order value of one payer.
   *
   * @param payer the payer
   * @return the average, or empty for no data
   */
  public Optional<AverageOrderValue> averageOrderValue(PayType payer) {
    return averageOrderValues().stream().filter(a -> a.payer() == payer).findFirst();
  }

  /**
   * Every rate by name, for dashboards and checks.
   *
   * @return the rates, sorted by name
   */
  public SortedMap<String, Rate> rates() {
    SortedMap<String, Rate> m = new TreeMap<>();
    m.put("appointmentRate", appointmentRate());
    m.put("appointmentShowRate", appointmentShowRate());
    m.put("comebacks", comebacks());
    m.put("complaintRate", complaintRate());
    m.put("firstServiceUptake", firstServiceUptake());
    m.put("firstTimeFix", firstTimeFix());
    m.put("followUpReach", followUpReach());
    m.put("onTimeDelivery", onTimeDelivery());
    m.put("sameDayDelivery", sameDayDelivery());
    return java.util.Collections.unmodifiableSortedMap(m);
  }
}

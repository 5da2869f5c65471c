package org.aftersales.rules.service.kpi;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.order.TechnicianId;
import org.immutables.value.Value;

/**
 * One technician's hours KPIs over the period (see {@link KpiReport} for the definitions):
 * productivity (flat-rate over clocked hours), utilisation (clocked over attended hours) and
 * efficiency (flat-rate over attended hours). Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableTechnicianKpis.class)
@JsonDeserialize(as = ImmutableTechnicianKpis.class)
public abstract class TechnicianKpis {

  TechnicianKpis() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TechnicianKpis}. */
  public static final class Builder extends ImmutableTechnicianKpis.Builder {
    Builder() {}
  }

  /**
   * The technician.
   *
   * @return the id
   */
  public abstract TechnicianId technician();

  /**
   * Flat-rate hours over clocked hours of the lines with clocked hours.
   *
   * @return the ratio
   */
  public abstract HoursRatio productivity();

  /**
   * Clocked hours over attended hours.
   *
   * @return the ratio
   */
  public abstract HoursRatio utilisation();

  /**
   * Flat-rate hours of all done lines over attended hours.
   *
   * @return the ratio
   */
  public abstract HoursRatio efficiency();
}

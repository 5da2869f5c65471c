package org.aftersales.rules.service.kpi;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.immutables.value.Value;

/**
 * Delivered visits by who paid (seed 004, "每日或每周服务绩效指标" 1–8): 总服务台数 = 有费 + 免费;
 * 有费 = 有费定保 + 有费修理; 免费 = 免费定检 + 免费修理; and 索赔修理, counted apart.
 *
 * <p>Each delivered order of the period is one visit. Only its done jobs count. A visit is
 * <b>paid</b> when a done job has a customer or insurance share; a paid visit is a <b>paid
 * repair</b> when a paid done job is not maintenance, else <b>paid maintenance</b>. Any other
 * visit is <b>free</b>: a <b>free repair</b> when a done job is not maintenance, else a <b>free
 * inspection</b> (including a visit where nothing was done). A <b>warranty repair</b> is a visit
 * with a done job of type warranty or with a warranty share, paid or free. Rules: the parts add
 * up ({@code VALUE_OUT_OF_RANGE}). Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableVisitCounts.class)
@JsonDeserialize(as = ImmutableVisitCounts.class)
public abstract class VisitCounts {

  VisitCounts() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitCounts}; {@code build()} validates. */
  public static final class Builder extends ImmutableVisitCounts.Builder {
    Builder() {}
  }

  /**
   * Paid visits whose paid work is maintenance only (有费定保台数).
   *
   * @return the count
   */
  public abstract long paidMaintenance();

  /**
   * Paid visits with paid repair work (有费修理台数).
   *
   * @return the count
   */
  public abstract long paidRepair();

  /**
   * Free visits with maintenance or nothing done (免费定检台数).
   *
   * @return the count
   */
  public abstract long freeInspection();

  /**
   * Free visits with repair work (免费修理台数).
   *
   * @return the count
   */
  public abstract long freeRepair();

  /**
   * Visits with warranty work (索赔修理台数).
   *
   * @return the count
   */
  public abstract long warrantyRepair();

  /**
   * Paid visits (有费服务台数).
   *
   * @return paid maintenance plus paid repair
   */
  public long paid() {
    return paidMaintenance() + paidRepair();
  }

  /**
   * Free visits (免费服务台数).
   *
   * @return free inspection plus free repair
   */
  public long free() {
    return freeInspection() + freeRepair();
  }

  /**
   * All visits (总服务台数).
   *
   * @return paid plus free
   */
  public long total() {
    return paid() + free();
  }

  @Value.Check
  final void check() {
    Checks.require(
        paidMaintenance() >= 0 && paidRepair() >= 0 && freeInspection() >= 0 && freeRepair() >= 0,
        "",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "visit counts must be >= 0");
    Checks.require(
        warrantyRepair() >= 0 && warrantyRepair() <= total(),
        "warrantyRepair",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "warranty repairs (%s) must be between 0 and the visits (%s)",
        warrantyRepair(),
        total());
  }
}

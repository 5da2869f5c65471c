package org.aftersales.rules.consumerlaw;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.rules.warranty.ComponentGroup;

/**
 * The two versions of China's household-car three-guarantees rules (DOMAIN §3.1) and what differs
 * between them. A vehicle is judged by the version in force on its purchase (invoice) date:
 * purchases from 2022-01-01 by SAMR Order 43, purchases from 2013-10-01 to 2021-12-31 by the
 * repealed AQSIQ Order 150 (historic records may carry it; vehicles cannot choose it any more),
 * earlier purchases by neither.
 *
 * <table>
 *   <caption>What differs</caption>
 *   <tr><th></th><th>SAMR Order 43 (2021)</th><th>AQSIQ Order 150 (2013)</th></tr>
 *   <tr><td>cumulative repair days giving replacement</td><td>over 30 (31+)</td><td>over 35
 *       (36+)</td></tr>
 *   <tr><td>repairs of one problem giving replacement</td><td>over 4 (5+)</td><td>over 5
 *       (6+)</td></tr>
 *   <tr><td>usage-compensation rate n</td><td>0% to 0.5%</td><td>0.5% to 0.8%</td></tr>
 *   <tr><td>assemblies</td><td>engine, transmission, traction battery, drive motor</td><td>engine,
 *       transmission</td></tr>
 *   <tr><td>main-part systems</td><td>engine, transmission, traction battery, drive motor,
 *       steering, brakes, suspension, driveline, emission control, body</td><td>engine,
 *       transmission, steering, brakes, suspension, front/rear axle (driveline), body</td></tr>
 *   <tr><td>7-day replacement or refund (Art. 22)</td><td>yes</td><td>no</td></tr>
 *   <tr><td>60-day critical failures (Art. 23)</td><td>with traction-battery fire</td><td>without
 *       it</td></tr>
 *   <tr><td>periods start</td><td>invoice date, or delivery date when it differs</td><td>invoice
 *       date</td></tr>
 *   <tr><td>remedy for repair days or counts</td><td>replacement or refund</td><td>replacement
 *       (refund only without a like vehicle)</td></tr>
 * </table>
 *
 * <p>"Over" (超过) excludes the number itself. The periods (三包有效期 at least 2 years or 50,000 km,
 * 包修期 at least 3 years or 60,000 km) are the same in both.
 */
public enum ThreeGuaranteesRules {
  /** 家用汽车产品修理更换退货责任规定, SAMR Order 43, in force 2022-01-01. */
  SAMR_ORDER_43(
      "SAMR Order 43",
      LocalDate.of(2022, 1, 1),
      30,
      4,
      BigDecimal.ZERO,
      new BigDecimal("0.5"),
      Set.of(
          ComponentGroup.ENGINE,
          ComponentGroup.TRANSMISSION,
          ComponentGroup.TRACTION_BATTERY,
          ComponentGroup.DRIVE_MOTOR),
      Set.of(
          ComponentGroup.ENGINE,
          ComponentGroup.TRANSMISSION,
          ComponentGroup.TRACTION_BATTERY,
          ComponentGroup.DRIVE_MOTOR,
          ComponentGroup.STEERING,
          ComponentGroup.BRAKES,
          ComponentGroup.SUSPENSION,
          ComponentGroup.DRIVELINE,
          ComponentGroup.EMISSION_CONTROL,
          ComponentGroup.EMISSION_MAJOR_COMPONENTS,
          ComponentGroup.BODY),
      EnumSet.allOf(CriticalFailure.class),
      true),
  /** 家用汽车产品修理、更换、退货责任规定, AQSIQ Order 150, 2013-10-01 to 2021-12-31, repealed. */
  AQSIQ_ORDER_150(
      "AQSIQ Order 150",
      LocalDate.of(2013, 10, 1),
      35,
      5,
      new BigDecimal("0.5"),
      new BigDecimal("0.8"),
      Set.of(ComponentGroup.ENGINE, ComponentGroup.TRANSMISSION),
      Set.of(
          ComponentGroup.ENGINE,
          ComponentGroup.TRANSMISSION,
          ComponentGroup.STEERING,
          ComponentGroup.BRAKES,
          ComponentGroup.SUSPENSION,
          ComponentGroup.DRIVELINE,
          ComponentGroup.BODY),
      EnumSet.complementOf(EnumSet.of(CriticalFailure.POWER_BATTERY_FIRE)),
      false);

  private final String law;
  private final LocalDate inForceFrom;
  private final int daysOver;
  private final int repairsOver;
  private final BigDecimal minRate;
  private final BigDecimal maxRate;
  private final Set<ComponentGroup> assemblies;
  private final Set<ComponentGroup> mainPartSystems;
  private final Set<CriticalFailure> criticalFailures;
  private final boolean sevenDayRule;
  private final String assembliesText;
  private final String criticalFailuresText;

  ThreeGuaranteesRules(
      String law,
      LocalDate inForceFrom,
      int daysOver,
      int repairsOver,
      BigDecimal minRate,
      BigDecimal maxRate,
      Set<ComponentGroup> assemblies,
      Set<ComponentGroup> mainPartSystems,
      Set<CriticalFailure> criticalFailures,
      boolean sevenDayRule) {
    this.law = law;
    this.inForceFrom = inForceFrom;
    this.daysOver = daysOver;
    this.repairsOver = repairsOver;
    this.minRate = minRate;
    this.maxRate = maxRate;
    this.assemblies = assemblies;
    this.mainPartSystems = mainPartSystems;
    this.criticalFailures = criticalFailures;
    this.sevenDayRule = sevenDayRule;
    this.assembliesText = assemblies.stream().map(ComponentGroup::code).sorted().toList().toString();
    this.criticalFailuresText = new java.util.TreeSet<>(criticalFailures).toString();
  }

  /**
   * The assemblies as sorted text, for messages.
   *
   * @return for example {@code [DRIVE_MOTOR, ENGINE, TRACTION_BATTERY, TRANSMISSION]}
   */
  String assembliesText() {
    return assembliesText;
  }

  /**
   * The critical failures as text in declaration order, for messages.
   *
   * @return the text
   */
  String criticalFailuresText() {
    return criticalFailuresText;
  }

  /**
   * The version in force on a purchase date.
   *
   * @param purchased the purchase (invoice) date
   * @return the version, or empty before 2013-10-01
   */
  public static Optional<ThreeGuaranteesRules> inForceOn(LocalDate purchased) {
    if (!purchased.isBefore(SAMR_ORDER_43.inForceFrom)) {
      return Optional.of(SAMR_ORDER_43);
    }
    if (!purchased.isBefore(AQSIQ_ORDER_150.inForceFrom)) {
      return Optional.of(AQSIQ_ORDER_150);
    }
    return Optional.empty();
  }

  /**
   * The law's name, for example {@code SAMR Order 43}.
   *
   * @return the name
   */
  public String law() {
    return law;
  }

  /**
   * The first purchase date the version applies to.
   *
   * @return the date
   */
  public LocalDate inForceFrom() {
    return inForceFrom;
  }

  /**
   * Cumulative repair days must be over this (30 or 35).
   *
   * @return the number the days must exceed
   */
  public int daysOver() {
    return daysOver;
  }

  /**
   * Repairs of one problem must be over this (4 or 5).
   *
   * @return the number the repairs must exceed
   */
  public int repairsOver() {
    return repairsOver;
  }

  /**
   * The lowest usage-compensation rate n, in percent.
   *
   * @return 0 or 0.5
   */
  public BigDecimal minRate() {
    return minRate;
  }

  /**
   * The highest usage-compensation rate n, in percent.
   *
   * @return 0.5 or 0.8
   */
  public BigDecimal maxRate() {
    return maxRate;
  }

  /**
   * The assemblies the version counts replacements of.
   *
   * @return the groups
   */
  public Set<ComponentGroup> assemblies() {
    return assemblies;
  }

  /**
   * The systems whose main parts the version counts replacements of.
   *
   * @return the groups
   */
  public Set<ComponentGroup> mainPartSystems() {
    return mainPartSystems;
  }

  /**
   * The critical failures of the 60-day rule.
   *
   * @return the failures
   */
  public Set<CriticalFailure> criticalFailures() {
    return criticalFailures;
  }

  /**
   * Whether the version has the 7-day replacement or refund (SAMR Order 43 Art. 22).
   *
   * @return {@code true} for SAMR Order 43
   */
  public boolean sevenDayRule() {
    return sevenDayRule;
  }

  /**
   * The date the periods start from: the invoice date, or the delivery date when that differs
   * (SAMR Order 43 Art. 18); the invoice date under AQSIQ Order 150.
   *
   * @param vehicle the vehicle
   * @return the start date, or empty when not sold
   */
  public Optional<LocalDate> startOf(Vehicle vehicle) {
    return this == SAMR_ORDER_43 ? vehicle.warrantyStartDate() : vehicle.invoiceDate().or(vehicle::deliveryDate);
  }

  /**
   * The citation of a ground: {@code SAMR Order 43 Art. 24(4)}; under the repealed version, the
   * order with the matching SAMR article for orientation.
   *
   * @param samrArticle the article of SAMR Order 43, for example {@code 24(4)}
   * @return the citation
   */
  public String cite(String samrArticle) {
    return this == SAMR_ORDER_43
        ? "SAMR Order 43 Art. " + samrArticle
        : "AQSIQ Order 150 (2013, repealed; cf. SAMR Order 43 Art. " + samrArticle + ")";
  }
}

package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.SortedMap;
import org.aftersales.core.AfterSalesStyle;
import org.immutables.value.Value;

/**
 * The repair history counted the way the consumer-law packs count it, within a {@link
 * RepairWindow}, so a host does not recount by hand (DOMAIN §3.1–3.2). Only repairs of quality
 * problems count ({@link FaultFacts#isQualityProblem()}); a visit counts when it has one.
 *
 * <ul>
 *   <li>{@link #repairsByProblem()}: repairs per distinct problem (同一质量问题, California's "same
 *       nonconformity"), one per visit: two jobs on the same problem in one visit are one repair;
 *   <li>{@link #cumulativeRepairDays()}: the sum over visits of their SAMR Order 43 Art. 40 days
 *       ({@link RepairDays}), each visit's repair time less its time of the window's {@link
 *       RepairWindow#notCounted()} kinds (Art. 24: special-part and battery transport, rescue
 *       travel);
 *   <li>{@link #longestSingleRepairDays()}: the longest single visit in Art. 40 days, waiting for
 *       parts included and nothing taken off (Art. 21);
 *   <li>{@link #calendarDaysOutOfService()}: distinct calendar dates (in the history's zone) from
 *       reception through completion, less whole days of not-counted time (Civ. Code
 *       1793.22(b)(3));
 *   <li>{@link #assemblyReplacements()} by group code and {@link #mainPartReplacements()} by main
 *       part code, counted separately (Art. 24); {@link #seriousSafetyRepairs()}, visits that
 *       repaired a serious safety fault.
 * </ul>
 *
 * <p>Maps are sorted by key. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableRepairSummary.class)
@JsonDeserialize(as = ImmutableRepairSummary.class)
public abstract class RepairSummary {

  RepairSummary() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RepairSummary}. */
  public static final class Builder extends ImmutableRepairSummary.Builder {
    Builder() {}
  }

  /**
   * Visits counted.
   *
   * @return the count
   */
  public abstract int visits();

  /**
   * Repair records (jobs) of quality problems counted.
   *
   * @return the count
   */
  public abstract int repairs();

  /**
   * Repairs per problem key.
   *
   * @return the counts, sorted by key
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Integer> repairsByProblem();

  /**
   * Cumulative repair days under Art. 40, less not-counted time.
   *
   * @return the days
   */
  public abstract long cumulativeRepairDays();

  /**
   * The longest single repair under Art. 40, nothing taken off.
   *
   * @return the days
   */
  public abstract long longestSingleRepairDays();

  /**
   * Calendar days out of service.
   *
   * @return the days
   */
  public abstract long calendarDaysOutOfService();

  /**
   * Assembly replacements per component-group code.
   *
   * @return the counts, sorted by code
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Integer> assemblyReplacements();

  /**
   * Main-part replacements per main-part code.
   *
   * @return the counts, sorted by code
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Integer> mainPartReplacements();

  /**
   * Visits that repaired a serious safety fault.
   *
   * @return the count
   */
  public abstract int seriousSafetyRepairs();
}

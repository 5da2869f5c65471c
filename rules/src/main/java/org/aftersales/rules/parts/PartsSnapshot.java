package org.aftersales.rules.parts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.immutables.value.Value;

/**
 * The parts department's data at one moment: the inputs of the {@link ReorderPlanner}, the
 * {@link StockingClassifier} and {@link PartsKpis} (DOMAIN §2 parts logistics, §5).
 *
 * <ul>
 *   <li>{@link #parts()}: part masters with supersession, multiple, cost, supplier, flags;
 *   <li>{@link #suppliers()}: suppliers with their lead times by order type;
 *   <li>{@link #demand()}: at most one demand history per part number;
 *   <li>{@link #positions()}: at most one stock position per number (none means nothing on hand,
 *       reserved or on order);
 *   <li>{@link #appointments()}: parts needed by booked appointments, with when;
 *   <li>{@link #specialOrders()}: unsold special-order stock with its receipt date.
 * </ul>
 *
 * <p>Rules checked on build, with the path of the offending entry: part numbers and supplier ids
 * are unique ({@code DUPLICATE_ID}); every supplier, successor and part number referred to exists
 * ({@code UNKNOWN_REFERENCE}); supersession chains end ({@link
 * PartsErrorCode#PARTS_SUPERSESSION_CYCLE}); all numbers of a family share one unit, and every
 * history, position, appointment and special order is in its part's unit ({@code
 * UNIT_MISMATCH}); all unit costs share one currency ({@code CURRENCY_MISMATCH}).
 *
 * <p>Results never depend on the order of any list. Building the snapshot also builds, once, an
 * index by part number: supersession chains resolved to their newest number, positions,
 * appointments and orders on the way grouped by family and sorted by time, and every demand period
 * packed into one primitive array in family order (32 bytes a period, on top of the period
 * objects). This costs O(n log n) in the snapshot's size at build time; every planning,
 * classification and KPI run on the snapshot reuses it and scans each family once. Immutable and
 * thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePartsSnapshot.class)
@JsonDeserialize(as = ImmutablePartsSnapshot.class)
public abstract class PartsSnapshot {

  PartsSnapshot() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartsSnapshot}; {@code build()} validates and indexes. */
  public static final class Builder extends ImmutablePartsSnapshot.Builder {
    Builder() {}
  }

  /**
   * The part masters.
   *
   * @return the parts
   */
  public abstract List<PartMaster> parts();

  /**
   * The suppliers.
   *
   * @return the suppliers
   */
  public abstract List<Supplier> suppliers();

  /**
   * The demand histories.
   *
   * @return the histories
   */
  public abstract List<DemandHistory> demand();

  /**
   * The stock positions.
   *
   * @return the positions
   */
  public abstract List<StockPosition> positions();

  /**
   * Parts needed by booked appointments.
   *
   * @return the requirements
   */
  public abstract List<AppointmentRequirement> appointments();

  /**
   * Unsold special-order stock.
   *
   * @return the special orders
   */
  public abstract List<SpecialOrderStock> specialOrders();

  /** The index by part number, built once on first use (at build time, by the check). */
  @Value.Lazy
  @JsonIgnore
  SnapshotIndex index() {
    return new SnapshotIndex(this);
  }

  @Value.Check
  final void check() {
    index();
  }
}

package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.order.PartNumber;
import org.immutables.value.Value;

/**
 * What the {@link StockingClassifier} decided: one {@link StockingDecision} per part number,
 * sorted by part number (kept sorted whatever order they were given in; a number appears once,
 * {@code DUPLICATE_ID}), and the aged special orders, oldest first (then by order reference and
 * part number). Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableStockingReport.class)
@JsonDeserialize(as = ImmutableStockingReport.class)
public abstract class StockingReport {

  StockingReport() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StockingReport}. */
  public static final class Builder extends ImmutableStockingReport.Builder {
    Builder() {}
  }

  /**
   * The date classified.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Decisions by part number.
   *
   * @return the decisions
   */
  public abstract List<StockingDecision> decisions();

  /**
   * Special orders unsold beyond the limit, oldest first.
   *
   * @return the aged special orders
   */
  public abstract List<AgedSpecialOrder> agedSpecialOrders();

  /**
   * The decision for a part number, found by binary search.
   *
   * @param partNumber the number
   * @return its decision, if the snapshot had it
   */
  public Optional<StockingDecision> decision(PartNumber partNumber) {
    List<StockingDecision> d = decisions();
    int lo = 0;
    int hi = d.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = d.get(mid).partNumber().compareTo(partNumber);
      if (c == 0) {
        return Optional.of(d.get(mid));
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Optional.empty();
  }

  @Value.Check
  final StockingReport normalise() {
    List<StockingDecision> d = decisions();
    for (int i = 1; i < d.size(); i++) {
      if (d.get(i - 1).partNumber().compareTo(d.get(i).partNumber()) >= 0) {
        java.util.List<StockingDecision> sorted = new java.util.ArrayList<>(d);
        sorted.sort(java.util.Comparator.comparing(StockingDecision::partNumber));
        org.aftersales.core.Checks.requireUnique(sorted, StockingDecision::partNumber, "decisions");
        return builder().from(this).decisions(sorted).build();
      }
    }
    return this;
  }
}

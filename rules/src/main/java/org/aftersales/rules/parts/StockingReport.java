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
 * sorted by part number, and the aged special orders, oldest first (then by order reference and
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
   * The decision for a part number.
   *
   * @param partNumber the number
   * @return its decision, if the snapshot had it
   */
  public Optional<StockingDecision> decision(PartNumber partNumber) {
    for (StockingDecision d : decisions()) {
      if (d.partNumber().equals(partNumber)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}

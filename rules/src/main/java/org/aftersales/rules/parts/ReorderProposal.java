package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.order.PartNumber;
import org.immutables.value.Value;

/**
 * The explained reorder proposal of a {@link ReorderPlanner} run: one {@link ReorderLine} per part
 * family that needs action, sorted by newest part number.
 *
 * <p>Lines are kept sorted whatever order they were given in; a part number appears once ({@code
 * DUPLICATE_ID}). Families with nothing to order and no alert are counted in {@link #partsReviewed()} but
 * listed only when the settings ask for idle parts. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableReorderProposal.class)
@JsonDeserialize(as = ImmutableReorderProposal.class)
public abstract class ReorderProposal {

  ReorderProposal() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReorderProposal}. */
  public static final class Builder extends ImmutableReorderProposal.Builder {
    Builder() {}
  }

  /**
   * The planning instant.
   *
   * @return the instant
   */
  public abstract Instant plannedAt();

  /**
   * The shop's date at the planning instant.
   *
   * @return the date
   */
  public abstract LocalDate planDate();

  /**
   * Part families reviewed (newest numbers).
   *
   * @return the count
   */
  public abstract int partsReviewed();

  /**
   * The lines, by newest part number.
   *
   * @return the lines
   */
  public abstract List<ReorderLine> lines();

  /**
   * The line of a newest part number, found by binary search.
   *
   * @param partNumber the number
   * @return its line, if listed
   */
  public Optional<ReorderLine> line(PartNumber partNumber) {
    int lo = 0;
    int hi = lines().size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = lines().get(mid).partNumber().compareTo(partNumber);
      if (c == 0) {
        return Optional.of(lines().get(mid));
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
  final ReorderProposal normalise() {
    List<ReorderLine> l = lines();
    for (int i = 1; i < l.size(); i++) {
      if (l.get(i - 1).partNumber().compareTo(l.get(i).partNumber()) >= 0) {
        java.util.List<ReorderLine> sorted = new java.util.ArrayList<>(l);
        sorted.sort(java.util.Comparator.comparing(ReorderLine::partNumber));
        org.aftersales.core.Checks.requireUnique(sorted, ReorderLine::partNumber, "lines");
        return builder().from(this).lines(sorted).build();
      }
    }
    return this;
  }
}

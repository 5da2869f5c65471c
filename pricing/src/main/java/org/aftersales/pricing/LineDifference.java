package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.aftersales.core.order.JobId;
import org.immutables.value.Value;

/**
 * One difference between the final invoice and the authorized estimate: a line added, removed or
 * changed, with both amounts and the delta (actual − estimated; negative when the invoice is
 * lower). Lines are matched by job, category, code and occurrence. Immutable and thread-safe;
 * JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableLineDifference.class)
@JsonDeserialize(as = ImmutableLineDifference.class)
public abstract class LineDifference {

  LineDifference() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LineDifference}. */
  public static final class Builder extends ImmutableLineDifference.Builder {
    Builder() {}
  }

  /**
   * Added, removed or changed.
   *
   * @return the kind
   */
  public abstract DifferenceKind kind();

  /**
   * The line's job; empty for order-level lines.
   *
   * @return the job
   */
  public abstract Optional<JobId> jobId();

  /**
   * The line's category.
   *
   * @return the category
   */
  public abstract LineCategory category();

  /**
   * The line's code.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The line's description.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The amount on the estimate, unless added.
   *
   * @return the estimated amount
   */
  public abstract Optional<MonetaryAmount> estimated();

  /**
   * The amount on the invoice, unless removed.
   *
   * @return the actual amount
   */
  public abstract Optional<MonetaryAmount> actual();

  /**
   * Actual − estimated.
   *
   * @return the delta
   */
  public abstract MonetaryAmount delta();

  /**
   * What changed.
   *
   * @return the reason
   */
  public abstract Reason reason();
}

package org.aftersales.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.immutables.value.Value;

/**
 * The outcome of a final inspection (质检, DOMAIN §2 step 7): who inspected, when, whether it
 * passed, the findings, and which jobs go back for rework. A failed check names at least one job
 * to rework; a passed one names none. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableQualityCheck.class)
@JsonDeserialize(as = ImmutableQualityCheck.class)
public abstract class QualityCheck {

  QualityCheck() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QualityCheck}. */
  public static final class Builder extends ImmutableQualityCheck.Builder {
    Builder() {}
  }

  /**
   * The inspector.
   *
   * @return the inspector's technician id
   */
  public abstract TechnicianId inspector();

  /**
   * When the inspection ended.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Whether the work passed.
   *
   * @return {@code true} when passed
   */
  public abstract boolean passed();

  /**
   * What the inspector found, each at most 500 characters.
   *
   * @return the findings, possibly empty
   */
  public abstract List<String> findings();

  /**
   * The jobs to redo; empty when passed.
   *
   * @return the jobs
   */
  public abstract List<JobId> reworkJobs();

  @Value.Check
  final void check() {
    for (int i = 0; i < findings().size(); i++) {
      Checks.requireText(findings().get(i), "findings[" + i + "]", 500);
    }
    Checks.require(
        passed() == reworkJobs().isEmpty(),
        "reworkJobs",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        passed()
            ? "a passed quality check sends no job to rework: %s"
            : "a failed quality check must name the jobs to rework%s",
        passed() ? reworkJobs() : "");
    Checks.requireUnique(reworkJobs(), j -> j, "reworkJobs");
  }
}

package org.aftersales.rules.claims;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.order.Job;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.order.RepairOrder;
import org.immutables.value.Value;

/**
 * A warranty claim (索赔) the dealer is about to submit to the manufacturer: the repair order, the
 * job claimed, the causal part, justifications for hours over the allowance, and the submission
 * date.
 *
 * <p>Rules checked on build: the job is on the order ({@link
 * ClaimErrorCode#CLAIM_JOB_NOT_ON_ORDER}); one justification per operation at most. Whether the
 * claim is complete is {@link ClaimPreCheck}'s work. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableWarrantyClaim.class)
@JsonDeserialize(as = ImmutableWarrantyClaim.class)
public abstract class WarrantyClaim {

  WarrantyClaim() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WarrantyClaim}; {@code build()} validates. */
  public static final class Builder extends ImmutableWarrantyClaim.Builder {
    Builder() {}
  }

  /**
   * The repair order.
   *
   * @return the order
   */
  public abstract RepairOrder order();

  /**
   * The job claimed.
   *
   * @return the job id
   */
  public abstract JobId jobId();

  /**
   * The part that caused the failure.
   *
   * @return the causal part
   */
  public abstract Optional<PartNumber> causalPart();

  /**
   * Justifications for hours over the allowance.
   *
   * @return the justifications
   */
  public abstract List<HoursJustification> justifications();

  /**
   * The date the claim is submitted.
   *
   * @return the date
   */
  public abstract LocalDate submittedOn();

  /**
   * The job claimed.
   *
   * @return the job
   */
  public Job job() {
    return order().job(jobId()).orElseThrow();
  }

  @Value.Check
  final void check() {
    Checks.require(
        order().job(jobId()).isPresent(),
        "jobId",
        ClaimErrorCode.CLAIM_JOB_NOT_ON_ORDER,
        "order %s has no job %s",
        order().id(),
        jobId());
    Checks.requireUnique(justifications(), HoursJustification::opCode, "justifications");
  }
}

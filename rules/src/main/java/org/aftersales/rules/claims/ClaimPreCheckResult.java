package org.aftersales.rules.claims;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.immutables.value.Value;

/**
 * The findings of a warranty-claim pre-check, in the order the checks run (job and 3C, causal
 * part, labour, parts, odometer, submission window). The claim may be submitted when no finding
 * is an {@link FindingSeverity#ERROR}. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableClaimPreCheckResult.class)
@JsonDeserialize(as = ImmutableClaimPreCheckResult.class)
public abstract class ClaimPreCheckResult {

  ClaimPreCheckResult() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClaimPreCheckResult}. */
  public static final class Builder extends ImmutableClaimPreCheckResult.Builder {
    Builder() {}
  }

  /**
   * The findings.
   *
   * @return the findings, possibly empty
   */
  public abstract List<ClaimFinding> findings();

  /**
   * Whether the claim may be submitted: no error.
   *
   * @return {@code true} without errors
   */
  public boolean submittable() {
    return findings().stream().noneMatch(f -> f.severity() == FindingSeverity.ERROR);
  }

  /**
   * The codes of the findings, in order.
   *
   * @return the codes
   */
  public List<ClaimFindingCode> codes() {
    return findings().stream().map(ClaimFinding::code).toList();
  }
}

package org.aftersales.rules.claims;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.vehicle.Distance;
import org.immutables.value.Value;

/**
 * A manufacturer's rules for warranty claims, as data: the labour catalogue with allowed hours,
 * the submission window in days after the repair was completed, the longest plausible road test
 * between odometer in and out, and the dealer's zone (to turn instants into dates).
 *
 * <p>Rules checked on build: operation codes unique; the window 1 to 365 days ({@link
 * ClaimErrorCode#CLAIM_RULES_INVALID}). Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableClaimRules.class)
@JsonDeserialize(as = ImmutableClaimRules.class)
public abstract class ClaimRules {

  ClaimRules() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ClaimRules}; {@code build()} validates. */
  public static final class Builder extends ImmutableClaimRules.Builder {
    Builder() {}
  }

  /**
   * The labour catalogue: operation codes and their allowed hours.
   *
   * @return the operations
   */
  public abstract List<LabourAllowance> labourOperations();

  /**
   * Days after completion within which a claim must be submitted, inclusive; 30 by default.
   *
   * @return 1 to 365
   */
  @Value.Default
  public int submissionWindowDays() {
    return 30;
  }

  /**
   * The most distance between odometer in and out that a road test explains; 50 km by default.
   *
   * @return the distance
   */
  @Value.Default
  public Distance maxRoadTest() {
    return Distance.ofKilometres(50);
  }

  /**
   * The dealer's zone, in which completion instants become dates.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * The allowed hours by operation code.
   *
   * @return the map
   */
  @Value.Lazy
  Map<String, Hours> allowed() {
    Map<String, Hours> m = new HashMap<>();
    for (LabourAllowance a : labourOperations()) {
      m.put(a.opCode(), a.allowedHours());
    }
    return Map.copyOf(m);
  }

  @Value.Check
  final void check() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < labourOperations().size(); i++) {
      String op = labourOperations().get(i).opCode();
      Checks.require(
          seen.add(op),
          "labourOperations[" + i + "]",
          ClaimErrorCode.CLAIM_RULES_INVALID,
          "operation %s is listed twice",
          op);
    }
    Checks.require(
        submissionWindowDays() >= 1 && submissionWindowDays() <= 365,
        "submissionWindowDays",
        ClaimErrorCode.CLAIM_RULES_INVALID,
        "submissionWindowDays must be 1 to 365: %s",
        submissionWindowDays());
  }
}

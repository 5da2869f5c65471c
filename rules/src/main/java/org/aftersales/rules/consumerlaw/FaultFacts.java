package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.rules.warranty.Causation;
import org.aftersales.rules.warranty.ComponentGroup;
import org.aftersales.rules.warranty.Finding;
import org.immutables.value.Value;

/**
 * What the consumer-law packs need to know about a fault that a core {@code Job} does not carry:
 * its component group, which problem it is (to count repairs of the same problem), what was
 * replaced (assembly or main part, counted separately), whether it is a serious safety fault,
 * whether it is one of the critical failures of SAMR Order 43 Art. 23, and diagnostic findings
 * (Art. 32 exclusions).
 *
 * <ul>
 *   <li>{@link #problemKey()}: two repairs are of the same problem (同一质量问题) when their keys
 *       are equal; the key is {@link #problem()} when given, else the component group's code.
 *   <li>{@link #isQualityProblem()}: no finding is {@link Causation#CAUSAL}. A fault caused by
 *       misuse, a forbidden modification, improper handling, force majeure, a disclosed defect,
 *       accident, or faulty outside work is not a quality problem and is not counted (SAMR Order
 *       43 Art. 32). A non-causal finding, such as service at an independent workshop, changes
 *       nothing: the dealer may not refuse for it.
 *   <li>{@link ReplacementKind#ASSEMBLY} is for the engine, transmission, traction battery and
 *       drive motor only; anything else replaced whole is recorded as a {@link
 *       ReplacementKind#MAIN_PART} with its code.
 * </ul>
 *
 * <p>Rules checked on build: a main-part replacement names its main part; an assembly
 * replacement is of one of the four assemblies; problem and main part are upper-snake-case codes;
 * each finding kind at most once. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableFaultFacts.class)
@JsonDeserialize(as = ImmutableFaultFacts.class)
public abstract class FaultFacts {

  /** The assemblies of SAMR Order 43 Art. 20, 22 and 24(2). */
  public static final Set<ComponentGroup> ASSEMBLIES =
      Set.of(
          ComponentGroup.ENGINE,
          ComponentGroup.TRANSMISSION,
          ComponentGroup.TRACTION_BATTERY,
          ComponentGroup.DRIVE_MOTOR);

  FaultFacts() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FaultFacts}; {@code build()} validates. */
  public static final class Builder extends ImmutableFaultFacts.Builder {
    Builder() {}
  }

  /**
   * The facts of a plain repair in a group, nothing replaced, no safety fault.
   *
   * @param group the component group
   * @return the facts
   */
  public static FaultFacts repairOf(ComponentGroup group) {
    return builder().componentGroup(group).build();
  }

  /**
   * The component group of the fault.
   *
   * @return the group
   */
  public abstract ComponentGroup componentGroup();

  /**
   * Which problem this is, to count repairs of the same problem; defaults to the group.
   *
   * @return an upper-snake-case code
   */
  public abstract Optional<String> problem();

  /**
   * What the repair replaced; nothing by default.
   *
   * @return the replacement kind
   */
  @Value.Default
  public ReplacementKind replacement() {
    return ReplacementKind.NONE;
  }

  /**
   * The main part concerned (replaced, or found faulty), for example {@code CRANKSHAFT}.
   *
   * @return an upper-snake-case code
   */
  public abstract Optional<String> mainPart();

  /**
   * Whether it is a serious safety fault (严重安全性能故障): one likely to cause death or serious
   * injury if the vehicle is driven.
   *
   * @return {@code true} for a serious safety fault
   */
  @Value.Default
  public boolean seriousSafetyFault() {
    return false;
  }

  /**
   * One of the critical failures of Art. 23, if it is one.
   *
   * @return the failure
   */
  public abstract Optional<CriticalFailure> criticalFailure();

  /**
   * Diagnostic findings, each with its causation.
   *
   * @return the findings
   */
  public abstract List<Finding> findings();

  /**
   * The key that tells problems apart: {@link #problem()} or the group's code.
   *
   * @return the key
   */
  @JsonIgnore
  public String problemKey() {
    return problem().orElse(componentGroup().code());
  }

  /**
   * Whether this is a quality problem the law counts: no finding caused it.
   *
   * @return {@code true} unless a finding is {@link Causation#CAUSAL}
   */
  @JsonIgnore
  public boolean isQualityProblem() {
    for (Finding f : findings()) {
      if (f.causation() == Causation.CAUSAL) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  final void check() {
    problem().ifPresent(p -> Checks.requireCode(p, "problem"));
    mainPart().ifPresent(p -> Checks.requireCode(p, "mainPart"));
    Checks.require(
        replacement() != ReplacementKind.MAIN_PART || mainPart().isPresent(),
        "mainPart",
        CoreErrorCode.REQUIRED_FIELD,
        "a MAIN_PART replacement must name its main part");
    Checks.require(
        replacement() != ReplacementKind.ASSEMBLY || ASSEMBLIES.contains(componentGroup()),
        "replacement",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "an ASSEMBLY replacement is of the engine, transmission, traction battery or drive motor,"
            + " not %s: record it as a MAIN_PART",
        componentGroup());
    EnumSet<org.aftersales.rules.warranty.ExclusionKind> seen =
        EnumSet.noneOf(org.aftersales.rules.warranty.ExclusionKind.class);
    for (int i = 0; i < findings().size(); i++) {
      Checks.require(
          seen.add(findings().get(i).kind()),
          "findings[" + i + "]",
          CoreErrorCode.DUPLICATE_ID,
          "finding %s is recorded twice",
          findings().get(i).kind());
    }
  }
}

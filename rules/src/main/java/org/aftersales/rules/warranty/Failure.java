package org.aftersales.rules.warranty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.PartNumber;
import org.immutables.value.Value;

/**
 * The failure a warranty decision is about (DOMAIN §2 step 3, §3.4): the component group it is
 * in, the causal part once diagnosed, the symptom in the customer's words, and diagnostic
 * findings that may exclude it, each with whether it caused the failure: "an aftermarket part is
 * fitted but did not cause it", "outside service is involved and caused it".
 *
 * <p>Rules checked on build: the symptom is non-blank, at most 500 characters; each finding kind
 * occurs at most once. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableFailure.class)
@JsonDeserialize(as = ImmutableFailure.class)
public abstract class Failure {

  Failure() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Failure}; {@code build()} validates. */
  public static final class Builder extends ImmutableFailure.Builder {
    Builder() {}
  }

  /**
   * The component group the failure is in.
   *
   * @return the group
   */
  public abstract ComponentGroup componentGroup();

  /**
   * The part that caused the failure, once diagnosed.
   *
   * @return the causal part
   */
  public abstract Optional<PartNumber> causalPart();

  /**
   * The symptom (the concern in the customer's words).
   *
   * @return the symptom
   */
  public abstract String symptom();

  /**
   * Findings that may exclude the failure, each with its causation.
   *
   * @return the findings, at most one per kind
   */
  public abstract List<Finding> findings();

  /**
   * The finding of a kind, if recorded.
   *
   * @param kind the kind
   * @return the finding
   */
  public Optional<Finding> finding(ExclusionKind kind) {
    for (Finding f : findings()) {
      if (f.kind() == kind) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  final Failure normalise() {
    String symptom = Checks.requireText(symptom(), "symptom", 500);
    EnumSet<ExclusionKind> seen = EnumSet.noneOf(ExclusionKind.class);
    for (int i = 0; i < findings().size(); i++) {
      Checks.require(
          seen.add(findings().get(i).kind()),
          "findings[" + i + "]",
          CoreErrorCode.DUPLICATE_ID,
          "finding %s is recorded twice",
          findings().get(i).kind());
    }
    return symptom.equals(symptom()) ? this : builder().from(this).symptom(symptom).build();
  }
}

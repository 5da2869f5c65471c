package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;
import org.immutables.value.Value;

/**
 * What a consumer-law pack says about a vehicle and its repair history: the law (and version)
 * applied, whether it applies at all, every remedy on every ground with its status, deadlines
 * where the law sets them, and reasons (periods, rule version, exclusions noted).
 *
 * <p>Remedies come in the order of the law's articles; {@link #available()} lists those the
 * consumer may claim now. Rule checked on build: at least one reason. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableConsumerLawAssessment.class)
@JsonDeserialize(as = ImmutableConsumerLawAssessment.class)
public abstract class ConsumerLawAssessment {

  ConsumerLawAssessment() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsumerLawAssessment}; {@code build()} validates. */
  public static final class Builder extends ImmutableConsumerLawAssessment.Builder {
    Builder() {}
  }

  /**
   * The law applied, for example {@code SAMR Order 43} or {@code AQSIQ Order 150}.
   *
   * @return the law
   */
  public abstract String law();

  /**
   * Whether the law applies to the vehicle at all (household use, sold, in time).
   *
   * @return {@code true} when it applies
   */
  public abstract boolean applicable();

  /**
   * Every remedy on every ground, in the order of the law's articles.
   *
   * @return the remedies; empty when the law does not apply
   */
  public abstract List<RemedyAssessment> remedies();

  /**
   * The seller's deadlines, when the consumer has asked for a remedy and the law sets them.
   *
   * @return the deadlines
   */
  public abstract Optional<RemedyDeadlines> deadlines();

  /**
   * Why: the law and version, the periods, scope and exclusions.
   *
   * @return at least one reason
   */
  public abstract List<Reason> reasons();

  /**
   * The remedies the consumer may claim now.
   *
   * @return the available remedies, in article order
   */
  public List<RemedyAssessment> available() {
    return remedies().stream().filter(RemedyAssessment::available).toList();
  }

  @Value.Check
  final void check() {
    Checks.require(
        !reasons().isEmpty(), "reasons", CoreErrorCode.REQUIRED_FIELD, "an assessment under %s has no reason", law());
  }
}

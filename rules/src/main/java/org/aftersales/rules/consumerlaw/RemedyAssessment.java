package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.Reason;
import org.immutables.value.Value;

/**
 * One remedy on one legal ground: which remedy, on which article, whether it is available and
 * since when, what is still missing, the money the law's formula gives, and why.
 *
 * <p>{@link #subject()} names what the ground is about when the law counts per item: the problem
 * key, the assembly, the main part, or the repair order of a long repair. Rules checked on
 * build: an available remedy has its {@link #since()} date; one that is not yet available says
 * what is missing; there is at least one reason. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableRemedyAssessment.class)
@JsonDeserialize(as = ImmutableRemedyAssessment.class)
public abstract class RemedyAssessment {

  RemedyAssessment() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemedyAssessment}; {@code build()} validates. */
  public static final class Builder extends ImmutableRemedyAssessment.Builder {
    Builder() {}
  }

  /**
   * The remedy.
   *
   * @return the remedy
   */
  public abstract Remedy remedy();

  /**
   * The legal ground, for example {@code SAMR Order 43 Art. 24(4)}.
   *
   * @return the article
   */
  public abstract String article();

  /**
   * Where the remedy stands.
   *
   * @return the status
   */
  public abstract RemedyStatus status();

  /**
   * What the ground is about, when the law counts per item.
   *
   * @return the subject
   */
  public abstract Optional<String> subject();

  /**
   * The date from which the remedy is available, in the dealer's zone.
   *
   * @return the date; present when available
   */
  public abstract Optional<LocalDate> since();

  /**
   * What is still missing for the remedy, for one that is not yet available.
   *
   * @return the missing conditions
   */
  public abstract List<Reason> missing();

  /**
   * Amounts the law's formula gives.
   *
   * @return the amounts
   */
  public abstract List<MoneyOwed> money();

  /**
   * Why the remedy stands where it does.
   *
   * @return at least one reason
   */
  public abstract List<Reason> reasons();

  /**
   * Whether the remedy is available.
   *
   * @return {@code status() == AVAILABLE}
   */
  public boolean available() {
    return status() == RemedyStatus.AVAILABLE;
  }

  @Value.Check
  final void check() {
    if ((status() != RemedyStatus.AVAILABLE || since().isPresent())
        && (status() != RemedyStatus.NOT_YET || !missing().isEmpty())
        && !reasons().isEmpty()) {
      return; // the common case, without building messages
    }
    Checks.require(
        status() != RemedyStatus.AVAILABLE || since().isPresent(),
        "since",
        CoreErrorCode.REQUIRED_FIELD,
        "an available %s under %s needs its since date",
        remedy(),
        article());
    Checks.require(
        status() != RemedyStatus.NOT_YET || !missing().isEmpty(),
        "missing",
        CoreErrorCode.REQUIRED_FIELD,
        "%s under %s is not yet available but says nothing is missing",
        remedy(),
        article());
    Checks.require(
        !reasons().isEmpty(), "reasons", CoreErrorCode.REQUIRED_FIELD, "%s under %s has no reason", remedy(), article());
  }
}

package org.aftersales.core.vehicle;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import org.aftersales.core.Checks;

/**
 * What the odometer showed, when, and who read it.
 *
 * <p>A reading below an earlier one is a rollback and is refused by {@link OdometerHistory},
 * unless its source is {@link OdometerSource#CLUSTER_REPLACEMENT}. Immutable and thread-safe.
 *
 * @param distance the displayed distance, in the odometer's unit
 * @param at when it was read
 * @param source who read it
 */
public record OdometerReading(Distance distance, Instant at, OdometerSource source) {

  /** Validates that every component is present. */
  public OdometerReading {
    Checks.requireNonNull(distance, "distance");
    Checks.requireNonNull(at, "at");
    Checks.requireNonNull(source, "source");
  }

  /**
   * Whether this reading marks a replaced instrument cluster.
   *
   * @return {@code true} for {@link OdometerSource#CLUSTER_REPLACEMENT}
   */
  @JsonIgnore
  public boolean isClusterReplacement() {
    return source == OdometerSource.CLUSTER_REPLACEMENT;
  }
}

package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.vehicle.Distance;
import org.immutables.value.Value;

/**
 * Which visits of a {@link RepairHistory} a law counts, and how: visits received from {@link
 * #firstDay()} through {@link #lastDay()} (both inclusive, in the history's zone) at an odometer not
 * above {@link #odometerLimit()} (a visit without an odometer is counted); repair time of an
 * unfinished visit runs to {@link #asOf()}; time of the {@link #notCounted()} kinds is taken off.
 * A 三包有效期 of 2 years or 50,000 km, for example. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableRepairWindow.class)
@JsonDeserialize(as = ImmutableRepairWindow.class)
public abstract class RepairWindow {

  RepairWindow() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RepairWindow}; {@code build()} validates. */
  public static final class Builder extends ImmutableRepairWindow.Builder {
    Builder() {}
  }

  /**
   * The first date counted.
   *
   * @return the date, inclusive
   */
  public abstract LocalDate firstDay();

  /**
   * The last date counted.
   *
   * @return the date, inclusive
   */
  public abstract LocalDate lastDay();

  /**
   * The highest odometer at reception counted.
   *
   * @return the limit, inclusive; empty for none
   */
  public abstract Optional<Distance> odometerLimit();

  /**
   * The instant of the assessment: unfinished repairs run to it.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Kinds of excluded time the law does not count.
   *
   * @return the kinds
   */
  public abstract Set<ExcludedTimeKind> notCounted();

  /**
   * Whether a visit received on a date at an odometer is in the window.
   *
   * @param received the reception date
   * @param odometer the odometer at reception, if known
   * @return {@code true} when counted
   */
  public boolean includes(LocalDate received, Optional<Distance> odometer) {
    if (received.isBefore(firstDay()) || received.isAfter(lastDay())) {
      return false;
    }
    return odometer.isEmpty() || odometerLimit().isEmpty() || odometer.get().compareTo(odometerLimit().get()) <= 0;
  }

  @Value.Check
  final void check() {
    Checks.require(
        !lastDay().isBefore(firstDay()),
        "lastDay",
        CoreErrorCode.DATE_ORDER,
        "lastDay %s is before firstDay %s",
        lastDay(),
        firstDay());
  }
}

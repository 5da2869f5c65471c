package org.aftersales.scheduling.promise;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.Skill;
import org.aftersales.core.quantity.Hours;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.immutables.value.Value;

/**
 * What a promise is computed from: when the car is handed to the workshop, the flat-rate labour
 * hours by skill, the efficiency of whoever does the work, and what may hold the start back (the
 * parts' arrival, the moment a technician frees up given the workshop's load).
 *
 * <p>The skills are worked one after the other (one car, one technician at a time), so the work
 * takes Σ hours × 100 / efficiency of clock time. {@link #efficiency()} is in percent, above 0
 * and at most 300, 100 by default. Immutable and thread-safe; build with {@link #builder()}. JSON
 * round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutablePromiseRequest.class)
@JsonDeserialize(as = ImmutablePromiseRequest.class)
public abstract class PromiseRequest {

  PromiseRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PromiseRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutablePromiseRequest.Builder {
    Builder() {}

    /**
     * Builds and validates the value.
     *
     * @return the value
     * @throws org.aftersales.core.ValidationException when a rule is broken, including a map key
     *     put twice ({@link org.aftersales.core.CoreErrorCode#DUPLICATE_ID})
     */
    @Override
    public PromiseRequest build() {
      try {
        return super.build();
      } catch (IllegalArgumentException e) {
        throw org.aftersales.core.ValidationException.of(
            "labour",
            org.aftersales.core.CoreErrorCode.DUPLICATE_ID,
            "labour names a key twice: " + e.getMessage());
      }
    }
  }

  /**
   * When the car is available to the workshop (after reception).
   *
   * @return the start
   */
  public abstract Instant start();

  /**
   * Flat-rate labour hours by skill.
   *
   * @return the labour
   */
  @Value.NaturalOrder
  public abstract SortedMap<Skill, Hours> labour();

  /**
   * The efficiency of whoever does the work, in percent; 100 by default.
   *
   * @return the efficiency
   */
  @Value.Default
  public BigDecimal efficiency() {
    return BigDecimal.valueOf(100);
  }

  /**
   * When the parts the job needs arrive, if they are not in stock.
   *
   * @return the parts' arrival
   */
  public abstract Optional<Instant> partsEta();

  /**
   * When a technician frees up for the car, given the workshop's load, if later than the start.
   *
   * @return the moment the workshop can begin
   */
  public abstract Optional<Instant> workshopFreeAt();

  /**
   * The sum of the labour hours.
   *
   * @return the total
   */
  public Hours totalHours() {
    Hours h = Hours.ZERO;
    for (Hours x : labour().values()) {
      h = h.plus(x);
    }
    return h;
  }

  @Value.Check
  final PromiseRequest check() {
    ShopCalendar.requireSupported(start(), "start");
    partsEta().ifPresent(i -> ShopCalendar.requireSupported(i, "partsEta"));
    workshopFreeAt().ifPresent(i -> ShopCalendar.requireSupported(i, "workshopFreeAt"));
    totalHours();
    BigDecimal e = Checks.requireDecimal(efficiency(), "efficiency", 3, 4);
    Checks.require(
        e.signum() > 0 && e.compareTo(BigDecimal.valueOf(300)) <= 0,
        "efficiency",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "efficiency must be above 0 and at most 300 percent: %s",
        e.toPlainString());
    BigDecimal n = org.aftersales.core.quantity.Decimals.normalise(e);
    return n.equals(efficiency()) ? this : builder().from(this).efficiency(n).build();
  }
}

package org.aftersales.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.vehicle.OdometerReading;
import org.immutables.value.Value;

/**
 * The walk-around inspection at check-in (环车检查, DOMAIN §2 step 3), recorded with the customer
 * present: odometer, fuel or charge level, existing damage, belongings left in the car (随车物品清单),
 * the key tag, and whether the protective covers (三件套) were fitted.
 *
 * <p>Notes and belongings are at most 200 characters each. Immutable and thread-safe; build with
 * {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableWalkAround.class)
@JsonDeserialize(as = ImmutableWalkAround.class)
public abstract class WalkAround {

  WalkAround() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WalkAround}. */
  public static final class Builder extends ImmutableWalkAround.Builder {
    Builder() {}
  }

  /**
   * The odometer at check-in (odometer in).
   *
   * @return the reading
   */
  public abstract OdometerReading odometer();

  /**
   * The fuel or charge level.
   *
   * @return the level
   */
  public abstract FuelLevel fuelLevel();

  /**
   * Existing damage: scratches, dents, chips, each as a short note.
   *
   * @return the notes, possibly empty
   */
  public abstract List<String> damageNotes();

  /**
   * Items left in the vehicle, signed by the customer.
   *
   * @return the items, possibly empty
   */
  public abstract List<String> belongings();

  /**
   * The tag on the stored key.
   *
   * @return the key tag
   */
  public abstract String keyTag();

  /**
   * Whether seat, steering-wheel and floor covers were fitted; they are by default.
   *
   * @return {@code true} when fitted
   */
  @Value.Default
  public boolean protectiveCoversFitted() {
    return true;
  }

  @Value.Check
  final void check() {
    Checks.requireText(keyTag(), "keyTag", 32);
    for (int i = 0; i < damageNotes().size(); i++) {
      Checks.requireText(damageNotes().get(i), "damageNotes[" + i + "]", 200);
    }
    for (int i = 0; i < belongings().size(); i++) {
      Checks.requireText(belongings().get(i), "belongings[" + i + "]", 200);
    }
  }
}

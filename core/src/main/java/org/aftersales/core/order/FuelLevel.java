package org.aftersales.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;

/**
 * The fuel gauge, or the state of charge of an electric vehicle, as a whole percentage recorded
 * at the walk-around. Immutable and thread-safe. JSON: the number.
 *
 * @param percent 0 (empty) to 100 (full)
 */
public record FuelLevel(int percent) {

  /** Validates the range. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public FuelLevel {
    Checks.require(
        percent >= 0 && percent <= 100,
        "",
        CoreErrorCode.PERCENTAGE_OUT_OF_RANGE,
        "fuelLevel must be between 0 and 100 percent: %s",
        percent);
  }

  /**
   * The level as a percentage.
   *
   * @return 0–100
   */
  @JsonValue
  @Override
  public int percent() {
    return percent;
  }
}

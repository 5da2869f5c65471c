package org.aftersales.scheduling.capacity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.aftersales.core.Checks;

/**
 * A kind of workshop bay: what a job needs under or around the car. An open set of
 * upper-snake-case codes, like {@link org.aftersales.core.order.Skill}, so a dealer can add its
 * own (for example {@code ADAS_CALIBRATION}); the common ones are constants. Immutable and
 * thread-safe. JSON: the code.
 *
 * @param code upper snake case, at most 40 characters
 */
public record BayType(String code) implements Comparable<BayType> {

  /** A two-post or four-post lift. */
  public static final BayType LIFT = new BayType("LIFT");
  /** A wheel-alignment rig. */
  public static final BayType ALIGNMENT = new BayType("ALIGNMENT");
  /** A bay equipped and insulated for high-voltage work on electrified vehicles. */
  public static final BayType EV_CAPABLE = new BayType("EV_CAPABLE");
  /** A paint booth. */
  public static final BayType PAINT_BOOTH = new BayType("PAINT_BOOTH");

  /** Validates the code. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public BayType {
    Checks.atValue(() -> Checks.requireCode(code, "bayType"));
  }

  /**
   * The bay type with this code.
   *
   * @param code upper snake case
   * @return the type
   */
  public static BayType of(String code) {
    return new BayType(code);
  }

  /**
   * The code.
   *
   * @return the code
   */
  @JsonValue
  @Override
  public String code() {
    return code;
  }

  @Override
  public int compareTo(BayType o) {
    return code.compareTo(o.code);
  }

  @Override
  public String toString() {
    return code;
  }
}

package org.aftersales.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.aftersales.core.Checks;

/**
 * A skill category of labour and of technicians: what a labour operation needs and what a
 * technician can do. An open set named by upper-snake-case codes, so a dealer can add its own
 * (for example {@code ADAS_CALIBRATION}); the common ones are constants here. Labour rates,
 * capacity and dispatch are all keyed by skill. Immutable and thread-safe. JSON: the code.
 *
 * @param code upper snake case, at most 40 characters
 */
public record Skill(String code) implements Comparable<Skill> {

  /** Engine, chassis, brakes and general mechanical work. */
  public static final Skill MECHANICAL = new Skill("MECHANICAL");
  /** Low-voltage electrical and electronics. */
  public static final Skill ELECTRICAL = new Skill("ELECTRICAL");
  /** Diagnosis with scan tools. */
  public static final Skill DIAGNOSIS = new Skill("DIAGNOSIS");
  /** Body repair (钣金). */
  public static final Skill BODY = new Skill("BODY");
  /** Paint (喷漆). */
  public static final Skill PAINT = new Skill("PAINT");
  /** Wheel alignment. */
  public static final Skill ALIGNMENT = new Skill("ALIGNMENT");
  /** Routine maintenance: oil, filters, inspections (express service). */
  public static final Skill MAINTENANCE = new Skill("MAINTENANCE");
  /** High-voltage systems of electrified vehicles; needs a qualified technician. */
  public static final Skill HIGH_VOLTAGE = new Skill("HIGH_VOLTAGE");

  /** Validates the code. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public Skill {
    Checks.atValue(() -> Checks.requireCode(code, "skill"));
  }

  /**
   * The skill with this code.
   *
   * @param code upper snake case
   * @return the skill
   */
  public static Skill of(String code) {
    return new Skill(code);
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
  public int compareTo(Skill o) {
    return code.compareTo(o.code);
  }

  @Override
  public String toString() {
    return code;
  }
}

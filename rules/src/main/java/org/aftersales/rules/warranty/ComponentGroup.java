package org.aftersales.rules.warranty;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.aftersales.core.Checks;

/**
 * A group of vehicle components that a warranty coverage includes and a failure is assigned to:
 * the engine, the brakes, the traction battery, wiper blades. An open set named by
 * upper-snake-case codes, so a manufacturer's policy can define its own catalogue ({@link
 * WarrantyPolicy#componentGroups()}); the common groups are constants here.
 *
 * <p>The consumer-law packs rely on the constants that name the systems of SAMR Order 43 Art. 20–24
 * (DOMAIN §3.1): {@link #ENGINE}, {@link #TRANSMISSION}, {@link #TRACTION_BATTERY} (动力蓄电池),
 * {@link #DRIVE_MOTOR} (行驶驱动电机), {@link #STEERING}, {@link #BRAKES}, {@link #SUSPENSION},
 * {@link #DRIVELINE}, {@link #EMISSION_CONTROL} and {@link #BODY}.
 *
 * <p>Immutable and thread-safe. JSON: the code, for example {@code "ENGINE"}.
 *
 * @param code upper snake case, at most 40 characters
 */
public record ComponentGroup(String code) implements Comparable<ComponentGroup> {

  /** Engine (发动机) and its main parts. */
  public static final ComponentGroup ENGINE = new ComponentGroup("ENGINE");
  /** Transmission (变速器). */
  public static final ComponentGroup TRANSMISSION = new ComponentGroup("TRANSMISSION");
  /** Traction (power) battery of an electrified vehicle (动力蓄电池). */
  public static final ComponentGroup TRACTION_BATTERY = new ComponentGroup("TRACTION_BATTERY");
  /** Drive motor of an electrified vehicle (行驶驱动电机). */
  public static final ComponentGroup DRIVE_MOTOR = new ComponentGroup("DRIVE_MOTOR");
  /** Driveline: drive shafts, axles, differentials (传动系统, 前/后桥). */
  public static final ComponentGroup DRIVELINE = new ComponentGroup("DRIVELINE");
  /** Steering system (转向系统). */
  public static final ComponentGroup STEERING = new ComponentGroup("STEERING");
  /** Brake system (制动系统), excluding wearing linings. */
  public static final ComponentGroup BRAKES = new ComponentGroup("BRAKES");
  /** Suspension (悬架系统). */
  public static final ComponentGroup SUSPENSION = new ComponentGroup("SUSPENSION");
  /** Body structure and panels (车身). */
  public static final ComponentGroup BODY = new ComponentGroup("BODY");
  /** Rust-through (perforation) of body sheet metal. */
  public static final ComponentGroup CORROSION_PERFORATION = new ComponentGroup("CORROSION_PERFORATION");
  /** Emission control (污染控制装置): sensors, EGR, evaporative system. */
  public static final ComponentGroup EMISSION_CONTROL = new ComponentGroup("EMISSION_CONTROL");
  /**
   * The specified major emission components of the US federal emissions warranty: catalytic
   * converter, engine control unit, on-board diagnostics.
   */
  public static final ComponentGroup EMISSION_MAJOR_COMPONENTS =
      new ComponentGroup("EMISSION_MAJOR_COMPONENTS");
  /** Low-voltage electrical system and electronics. */
  public static final ComponentGroup ELECTRICAL = new ComponentGroup("ELECTRICAL");
  /** Heating, ventilation and air conditioning. */
  public static final ComponentGroup CLIMATE_CONTROL = new ComponentGroup("CLIMATE_CONTROL");
  /** Infotainment, navigation and connectivity. */
  public static final ComponentGroup INFOTAINMENT = new ComponentGroup("INFOTAINMENT");
  /** Interior trim and seats. */
  public static final ComponentGroup INTERIOR = new ComponentGroup("INTERIOR");
  /** Paint and exterior finish. */
  public static final ComponentGroup PAINT = new ComponentGroup("PAINT");
  /** Glass. */
  public static final ComponentGroup GLASS = new ComponentGroup("GLASS");
  /** The 12 V starter battery (a wear item in most policies). */
  public static final ComponentGroup LOW_VOLTAGE_BATTERY = new ComponentGroup("LOW_VOLTAGE_BATTERY");
  /** Brake pads and discs (wear item). */
  public static final ComponentGroup BRAKE_LININGS = new ComponentGroup("BRAKE_LININGS");
  /** Clutch disc (wear item). */
  public static final ComponentGroup CLUTCH_LINING = new ComponentGroup("CLUTCH_LINING");
  /** Tyres (wear item, usually warranted by the tyre maker). */
  public static final ComponentGroup TYRES = new ComponentGroup("TYRES");
  /** Wiper blades (wear item). */
  public static final ComponentGroup WIPER_BLADES = new ComponentGroup("WIPER_BLADES");
  /** Bulbs and fuses (wear item). */
  public static final ComponentGroup BULBS_AND_FUSES = new ComponentGroup("BULBS_AND_FUSES");
  /** Filters, spark plugs and other service items (wear item). */
  public static final ComponentGroup SERVICE_ITEMS = new ComponentGroup("SERVICE_ITEMS");

  /** Validates the code. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ComponentGroup {
    Checks.atValue(() -> Checks.requireCode(code, "componentGroup"));
  }

  /**
   * The group with this code.
   *
   * @param code upper snake case
   * @return the group
   */
  public static ComponentGroup of(String code) {
    return new ComponentGroup(code);
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
  public int compareTo(ComponentGroup o) {
    return code.compareTo(o.code);
  }

  @Override
  public String toString() {
    return code;
  }
}

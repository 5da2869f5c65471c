package org.aftersales.scheduling.booking;

import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;

/**
 * A kind of appointment and how long its reception takes, in consecutive reception slots of the
 * {@link ReceptionPattern}: an express maintenance is received in one slot, a diagnosis where the
 * advisor test-drives with the customer may need two. A reception never spans a buffer or a break,
 * so it needs at most {@link ReceptionPattern#slotsBeforeBuffer()} slots.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"code":"DIAGNOSIS","receptionSlots":2}}.
 *
 * @param code upper snake case, for example {@code EXPRESS_MAINTENANCE}
 * @param receptionSlots consecutive reception slots the reception takes, 1 to 32
 */
public record AppointmentType(String code, int receptionSlots) {

  /** Express maintenance (oil, filters, inspection): one slot. */
  public static final AppointmentType EXPRESS_MAINTENANCE = new AppointmentType("EXPRESS_MAINTENANCE", 1);
  /** A repair of a known fault: one slot. */
  public static final AppointmentType REPAIR = new AppointmentType("REPAIR", 1);
  /** A diagnosis of an unclear concern, with the customer: two slots. */
  public static final AppointmentType DIAGNOSIS = new AppointmentType("DIAGNOSIS", 2);

  /** Validates the code and the slot count. */
  public AppointmentType {
    Checks.requireCode(code, "code");
    Checks.require(
        receptionSlots >= 1 && receptionSlots <= 32,
        "receptionSlots",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "receptionSlots must be between 1 and 32: %s",
        receptionSlots);
  }

  /**
   * An appointment type.
   *
   * @param code its code
   * @param receptionSlots the slots its reception takes
   * @return the type
   */
  public static AppointmentType of(String code, int receptionSlots) {
    return new AppointmentType(code, receptionSlots);
  }
}

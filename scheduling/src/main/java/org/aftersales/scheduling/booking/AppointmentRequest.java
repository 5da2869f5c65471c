package org.aftersales.scheduling.booking;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.AdvisorId;
import org.aftersales.core.order.Skill;
import org.aftersales.core.quantity.Hours;
import org.aftersales.scheduling.capacity.BayType;
import org.aftersales.scheduling.capacity.TransportOption;
import org.immutables.value.Value;

/**
 * What a customer asks an appointment for (DOMAIN §2 step 1): the appointment type, the labour
 * hours by skill the work needs, how they get by meanwhile, when the parts arrive, and optionally
 * a bay type and their own advisor.
 *
 * <ul>
 *   <li>{@link #labour()}: flat-rate hours by skill; they take loadable hours of technicians with
 *       the skill on the appointment's date. May be empty (a reception without workshop time);
 *   <li>{@link #transport()}: {@link TransportOption#DROP_OFF} by default; {@link
 *       #loanerDays()} (1 by default, at most 30) is how many days from the appointment's date a
 *       {@link TransportOption#LOANER} car is out;
 *   <li>{@link #partsEta()}: the job needs parts not in stock; no appointment starts before they
 *       arrive;
 *   <li>{@link #bayType()}: the work needs a bay of this type for its labour hours;
 *   <li>{@link #advisor()}: the customer's own advisor; only times when that advisor is free are
 *       offered;
 *   <li>{@link #reference()}: the host's reference (repair-order or customer number, never a name
 *       or a phone number).
 * </ul>
 *
 * <p>The request is checked against a book's policy when used: an unknown appointment type,
 * skill, bay type or advisor is a {@link org.aftersales.core.ValidationException}. Immutable and
 * thread-safe; build with {@link #builder()}. JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableAppointmentRequest.class)
@JsonDeserialize(as = ImmutableAppointmentRequest.class)
public abstract class AppointmentRequest {

  AppointmentRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AppointmentRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutableAppointmentRequest.Builder {
    Builder() {}

    /**
     * Builds and validates the value.
     *
     * @return the value
     * @throws org.aftersales.core.ValidationException when a rule is broken, including a map key
     *     put twice ({@link org.aftersales.core.CoreErrorCode#DUPLICATE_ID})
     */
    @Override
    public AppointmentRequest build() {
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
   * The code of the appointment type, for example {@code EXPRESS_MAINTENANCE}.
   *
   * @return the type's code
   */
  public abstract String appointmentType();

  /**
   * Flat-rate labour hours by skill.
   *
   * @return the hours by skill
   */
  @Value.NaturalOrder
  public abstract SortedMap<Skill, Hours> labour();

  /**
   * How the customer gets by; drop-off by default.
   *
   * @return the transport option
   */
  @Value.Default
  public TransportOption transport() {
    return TransportOption.DROP_OFF;
  }

  /**
   * Days a loaner is out, counted from the appointment's date; 1 by default.
   *
   * @return the loaner days, 1 to 30
   */
  @Value.Default
  public int loanerDays() {
    return 1;
  }

  /**
   * When the parts not in stock arrive, if any.
   *
   * @return the parts' estimated arrival
   */
  public abstract Optional<Instant> partsEta();

  /**
   * The bay type the work needs, if any.
   *
   * @return the bay type
   */
  public abstract Optional<BayType> bayType();

  /**
   * The advisor the customer asks for, if any.
   *
   * @return the advisor
   */
  public abstract Optional<AdvisorId> advisor();

  /**
   * The host's reference, an identifier.
   *
   * @return the reference
   */
  public abstract Optional<String> reference();

  /**
   * The sum of the labour hours.
   *
   * @return the total hours
   */
  public Hours totalHours() {
    Hours h = Hours.ZERO;
    for (Hours x : labour().values()) {
      h = h.plus(x);
    }
    return h;
  }

  @Value.Check
  final void check() {
    Checks.requireCode(appointmentType(), "appointmentType");
    Checks.require(
        loanerDays() >= 1 && loanerDays() <= 30,
        "loanerDays",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "loanerDays must be between 1 and 30: %s",
        loanerDays());
    reference().ifPresent(r -> Checks.requireIdentifier(r, "reference"));
    totalHours();
  }
}

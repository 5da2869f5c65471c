package org.aftersales.pricing.catalogue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.PolicyException;
import org.aftersales.core.order.Skill;
import org.aftersales.core.quantity.Hours;
import org.immutables.value.Value;

/**
 * A labour operation of the flat-rate catalogue (工时): op code, description, the skill it needs,
 * the vehicle system it belongs to, and its flat-rate (book) hours.
 *
 * <p>Hours can differ by vehicle: {@link #applications()} are tried <b>in list order</b> and the
 * first whose {@link VehicleApplication} matches gives the hours (so list specific entries before
 * general ones); when none matches, the generic {@link #hours()} apply. An operation needs at
 * least one of the two ({@link CatalogueErrorCode#LABOUR_HOURS_UNDEFINED}). The {@link
 * #system()} (for example {@code BRAKES}) is what a system estimate (系统估价, seed 001) checks
 * against. Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableLabourOperation.class)
@JsonDeserialize(as = ImmutableLabourOperation.class)
public abstract class LabourOperation {

  LabourOperation() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LabourOperation}; {@code build()} validates. */
  public static final class Builder extends ImmutableLabourOperation.Builder {
    Builder() {}
  }

  /**
   * The operation code, 1–64 characters of letters, digits and {@code . _ : / -}.
   *
   * @return the op code
   */
  public abstract String opCode();

  /**
   * What the operation is, at most 200 characters.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The skill the operation needs; its labour rate and the capacity scheduling books are keyed
   * by it.
   *
   * @return the skill
   */
  public abstract Skill skill();

  /**
   * The vehicle system the operation works on, upper snake case (for example {@code BRAKES});
   * empty for operations that belong to no system (a road test).
   *
   * @return the system
   */
  public abstract Optional<String> system();

  /**
   * The generic flat-rate hours, for vehicles no application entry matches.
   *
   * @return the hours
   */
  public abstract Optional<Hours> hours();

  /**
   * Hours for particular vehicles, tried in list order.
   *
   * @return the application entries
   */
  public abstract List<ApplicationHours> applications();

  /**
   * The flat-rate hours for a vehicle: the first matching application entry, else the generic
   * hours.
   *
   * @param vehicle the vehicle
   * @return the hours, or empty when the operation has no time for this vehicle
   */
  public Optional<Hours> hoursFor(VehicleSpec vehicle) {
    List<ApplicationHours> apps = applications();
    for (int i = 0; i < apps.size(); i++) {
      ApplicationHours a = apps.get(i);
      if (a.application().matches(vehicle)) {
        return Optional.of(a.hours());
      }
    }
    return hours();
  }

  @Value.Check
  final LabourOperation normalise() {
    Checks.requireIdentifier(opCode(), "opCode");
    String description = Checks.requireText(description(), "description", 200);
    system().ifPresent(s -> Checks.requireCode(s, "system"));
    if (hours().isEmpty() && applications().isEmpty()) {
      throw PolicyException.of(
          "hours",
          CatalogueErrorCode.LABOUR_HOURS_UNDEFINED,
          "labour operation " + opCode() + " has neither generic hours nor application hours");
    }
    return description.equals(description()) ? this : builder().from(this).description(description).build();
  }
}

package org.aftersales.rules.parts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.Quantity;
import org.immutables.value.Value;

/**
 * A part a booked appointment needs, and when (DOMAIN §2 step 1: "prepare parts before the
 * customer arrives").
 *
 * <p>The reference is the host's appointment identifier, never personal data. The quantity is
 * above 0 ({@code NON_POSITIVE_QUANTITY}). {@link #neededAt()} is normally the appointment's
 * start. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableAppointmentRequirement.class)
@JsonDeserialize(as = ImmutableAppointmentRequirement.class)
public abstract class AppointmentRequirement {

  AppointmentRequirement() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AppointmentRequirement}; {@code build()} validates. */
  public static final class Builder extends ImmutableAppointmentRequirement.Builder {
    Builder() {}
  }

  /**
   * The appointment's identifier in the host's system.
   *
   * @return the reference
   */
  public abstract String appointmentRef();

  /**
   * The part number needed; an old number is served by its family's newest number.
   *
   * @return the number
   */
  public abstract PartNumber partNumber();

  /**
   * How much is needed.
   *
   * @return the quantity, above 0
   */
  public abstract Quantity quantity();

  /**
   * When the part must be in the shop.
   *
   * @return the instant
   */
  public abstract Instant neededAt();

  @Value.Check
  final void check() {
    Checks.requireIdentifier(appointmentRef(), "appointmentRef");
    Checks.require(
        !quantity().isZero(),
        "quantity",
        CoreErrorCode.NON_POSITIVE_QUANTITY,
        "quantity needed by appointment %s must be > 0: %s",
        appointmentRef(),
        quantity());
  }
}

package org.aftersales.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.quantity.Hours;
import org.immutables.value.Value;

/**
 * A labour operation on a job (工时): operation code, flat-rate (book) hours, the skill it needs,
 * and, once worked, the technician and the hours clocked.
 *
 * <p>The labour charge is flat-rate hours × the rate for the skill and pay type (DOMAIN §4),
 * priced by the pricing module. Technician productivity compares flat-rate with clocked hours
 * (DOMAIN §6). Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableLabourLine.class)
@JsonDeserialize(as = ImmutableLabourLine.class)
public abstract class LabourLine {

  LabourLine() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LabourLine}. */
  public static final class Builder extends ImmutableLabourLine.Builder {
    Builder() {}
  }

  /**
   * The operation code of the labour catalogue, for example {@code 10-0101}.
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
   * Flat-rate (book) hours.
   *
   * @return the hours
   */
  public abstract Hours flatRateHours();

  /**
   * The skill the operation needs.
   *
   * @return the skill
   */
  public abstract Skill skill();

  /**
   * The technician assigned at dispatch, if any.
   *
   * @return the technician
   */
  public abstract Optional<TechnicianId> technician();

  /**
   * Hours the technician clocked on the operation, once worked.
   *
   * @return the clocked hours
   */
  public abstract Optional<Hours> clockedHours();

  @Value.Check
  final void check() {
    Checks.requireIdentifier(opCode(), "opCode");
    Checks.requireText(description(), "description", 200);
  }
}

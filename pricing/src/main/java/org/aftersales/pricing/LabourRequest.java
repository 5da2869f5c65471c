package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.quantity.Hours;
import org.immutables.value.Value;

/**
 * A labour operation asked for on an estimate: its op code from the labour catalogue, and
 * optionally the hours when the advisor enters them instead of the catalogue's (an item price
 * agreed with the customer). Overlapping time is deducted from entered hours too. Immutable and
 * thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableLabourRequest.class)
@JsonDeserialize(as = ImmutableLabourRequest.class)
public abstract class LabourRequest {

  LabourRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LabourRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutableLabourRequest.Builder {
    Builder() {}
  }

  /**
   * The catalogue's operation.
   *
   * @param opCode the op code
   * @return the request
   */
  public static LabourRequest of(String opCode) {
    return builder().opCode(opCode).build();
  }

  /**
   * The op code.
   *
   * @return the op code
   */
  public abstract String opCode();

  /**
   * Hours entered instead of the catalogue's.
   *
   * @return the hours
   */
  public abstract Optional<Hours> hours();

  @Value.Check
  final void check() {
    Checks.requireIdentifier(opCode(), "opCode");
  }
}

package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.quantity.Hours;
import org.immutables.value.Value;

/**
 * A labour operation on a warranty claim (索赔): the op code, the hours the manufacturer allows
 * (the catalogue's flat-rate time for the vehicle unless an approved time is given) and the hours
 * the dealer claims (DOMAIN §3.4: claimed versus allowed hours). The claim pays the allowed hours,
 * or the claimed hours when fewer. Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableClaimLabour.class)
@JsonDeserialize(as = ImmutableClaimLabour.class)
public abstract class ClaimLabour {

  ClaimLabour() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClaimLabour}; {@code build()} validates. */
  public static final class Builder extends ImmutableClaimLabour.Builder {
    Builder() {}
  }

  /**
   * An operation claimed at the catalogue's time.
   *
   * @param opCode the op code
   * @return the claim labour
   */
  public static ClaimLabour of(String opCode) {
    return builder().opCode(opCode).build();
  }

  /**
   * The op code.
   *
   * @return the op code
   */
  public abstract String opCode();

  /**
   * Time the manufacturer approved instead of the catalogue's.
   *
   * @return the allowed hours
   */
  public abstract Optional<Hours> allowedHours();

  /**
   * Time the dealer claims.
   *
   * @return the claimed hours
   */
  public abstract Optional<Hours> claimedHours();

  @Value.Check
  final void check() {
    Checks.requireIdentifier(opCode(), "opCode");
  }
}

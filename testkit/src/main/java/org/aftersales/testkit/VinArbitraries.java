package org.aftersales.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.aftersales.core.vehicle.Vin;

/**
 * jqwik generators of vehicle identification numbers for a host's own property tests.
 *
 * <pre>{@code
 * @Property
 * void everyVinRoundTrips(@ForAll("vins") Vin vin) { ... }
 *
 * @Provide
 * Arbitrary<Vin> vins() { return VinArbitraries.valid(); }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class VinArbitraries {

  /** Characters ISO 3779 allows in a VIN: digits and letters without I, O and Q. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

  /** Model-year codes of position 10 (U, Z and 0 are never used). */
  public static final String MODEL_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";

  private VinArbitraries() {}

  /**
   * VINs that parse strictly: random characters of the ISO 3779 alphabet, a model-year code at
   * position 10 and the matching check digit at position 9.
   *
   * @return the generator
   */
  public static Arbitrary<Vin> valid() {
    return Combinators.combine(
            Arbitraries.strings().withChars(ALPHABET).ofLength(17),
            Arbitraries.of(MODEL_YEAR_CODES.chars().mapToObj(c -> (char) c).toArray(Character[]::new)))
        .as(
            (body, year) -> {
              String s = body.substring(0, 9) + year + body.substring(10);
              return Vin.parse(s.substring(0, 8) + Vin.computeCheckDigit(s) + s.substring(9));
            });
  }
}

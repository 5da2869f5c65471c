package org.aftersales.rules.warranty;

/**
 * Why a failure may fall outside warranty or consumer-law cover (DOMAIN §3.4; SAMR Order 43
 * Art. 32; Magnuson-Moss 15 USC 2302(c), 16 CFR 700.10; EU vehicle block-exemption guidelines).
 *
 * <p>{@link #WEAR_ITEM} is a property of the failed component group and comes from the policy.
 * Every other kind is a diagnostic {@link Finding} about the failure, and excludes only when the
 * finding is {@link Causation#CAUSAL}: a missed service, an aftermarket part or a visit to an
 * independent workshop never voids coverage by itself, only damage shown to be caused by it, and
 * only for the affected component.
 */
public enum ExclusionKind {
  /** A wear item (brake linings, wiper blades, bulbs), outside its own quality period. */
  WEAR_ITEM,
  /** Accident or collision damage. */
  ACCIDENT,
  /** Misuse, or use not as the owner's manual says (racing, overloading). */
  MISUSE,
  /** A modification the owner's manual forbids (SAMR Order 43 Art. 32). */
  FORBIDDEN_MODIFICATION,
  /** Maintenance not done as scheduled; excludes only when it caused the failure. */
  LACK_OF_MAINTENANCE,
  /** The customer handled a fault improperly and let the damage grow (SAMR Order 43 Art. 32). */
  IMPROPER_FAULT_HANDLING,
  /** Force majeure: flood, fire from outside, earthquake (SAMR Order 43 Art. 32). */
  FORCE_MAJEURE,
  /** A defect disclosed to the buyer in writing at purchase (SAMR Order 43 Art. 32). */
  DISCLOSED_DEFECT,
  /**
   * An aftermarket or customer-supplied part (副厂件). Excludes only damage it caused (15 USC
   * 2302(c), 16 CFR 700.10, EU block-exemption guidelines); a policy cannot make its mere
   * presence an exclusion.
   */
  AFTERMARKET_PART,
  /**
   * Service or repair outside the authorised network. Excludes only damage caused by faulty work;
   * the dealer may not refuse because the customer serviced elsewhere (SAMR Order 43 Art. 32,
   * 16 CFR 700.10).
   */
  OUTSIDE_SERVICE;

  /**
   * Whether this kind is about third-party parts or work, which the law lets exclude only
   * damage they caused, whatever the policy says.
   *
   * @return {@code true} for {@link #AFTERMARKET_PART} and {@link #OUTSIDE_SERVICE}
   */
  public boolean isThirdParty() {
    return this == AFTERMARKET_PART || this == OUTSIDE_SERVICE;
  }
}

package org.aftersales.rules.consumerlaw;

/** What the consumer may be owed under a consumer law (DOMAIN §3.1–3.3). */
public enum Remedy {
  /** Free repair, labour and materials (SAMR Order 43 Art. 19). */
  FREE_REPAIR,
  /** Free replacement of the engine, transmission, traction battery or drive motor (Art. 20). */
  ASSEMBLY_REPLACEMENT,
  /** A substitute vehicle or transport compensation from day 6 of a repair (Art. 21). */
  SUBSTITUTE_VEHICLE,
  /** Replacement of the vehicle or a refund, at the consumer's choice (Art. 22–24). */
  REPLACEMENT_OR_REFUND,
  /** Replacement of the vehicle (the repealed AQSIQ Order 150 for repair days and counts). */
  REPLACEMENT,
  /** A refund (SAMR Order 43 Art. 28 when the replacement is late). */
  REFUND,
  /** Repurchase (restitution) or replacement, at the buyer's choice (Civ. Code 1793.2(d)(2)). */
  REPURCHASE_OR_REPLACEMENT,
  /** Repair or replacement, at the consumer's choice (Directive 2019/771 Art. 13(2)). */
  REPAIR_OR_REPLACEMENT,
  /** A proportionate price reduction (Directive 2019/771 Art. 13(4), 15). */
  PRICE_REDUCTION,
  /** Termination of the sales contract (Directive 2019/771 Art. 13(4), 16). */
  CONTRACT_TERMINATION
}

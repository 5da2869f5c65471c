package org.aftersales.rules.consumerlaw;

import org.aftersales.core.ErrorCode;

/**
 * The error codes of repair histories and consumer-law packs (DOMAIN §3.1–3.3). Every code is
 * unique across the library; hosts may switch on {@link #code()}.
 */
public enum ConsumerLawErrorCode implements ErrorCode {
  /**
   * Repair dates are in an impossible order: agreement before reception, completion before
   * agreement, two visits of one vehicle overlapping, a repair after the assessment instant.
   */
  CONSUMER_LAW_REPAIR_DATE_ORDER("repair dates are in an impossible order"),
  /** An odometer reading of the repair history is below an earlier one. */
  CONSUMER_LAW_ODOMETER_BACKWARDS("an odometer of the repair history goes backwards"),
  /**
   * The usage-compensation rate n is outside the law's range: above 0.5% under SAMR Order 43
   * Art. 27, outside 0.5%–0.8% under the repealed AQSIQ Order 150.
   */
  CONSUMER_LAW_USAGE_RATE_OUT_OF_RANGE("the usage-compensation rate n is outside the law's range"),
  /** A pack's period is shorter than the law's minimum (三包有效期 2 years / 50,000 km...). */
  CONSUMER_LAW_BELOW_LEGAL_MINIMUM("a consumer-law period is below the legal minimum"),
  /**
   * Repair facts do not fit their repair order: an unknown order or job, a job the customer did
   * not consent to, excluded time longer than the repair, orders of different vehicles.
   */
  CONSUMER_LAW_REPAIR_FACTS_INVALID("repair facts do not fit their repair order");

  private final String description;

  ConsumerLawErrorCode(String description) {
    this.description = description;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String description() {
    return description;
  }
}

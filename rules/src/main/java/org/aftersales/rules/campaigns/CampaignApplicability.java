package org.aftersales.rules.campaigns;

/** Whether a campaign applies to a vehicle. */
public enum CampaignApplicability {
  /** The campaign is open and applies: flag it at check-in. */
  APPLIES,
  /**
   * Everything known matches but a criterion cannot be decided (the production date is unknown):
   * check the manufacturer's VIN lookup.
   */
  NEEDS_VERIFICATION,
  /** It applies but was already performed on the vehicle. */
  COMPLETED,
  /** It would apply, but is not open on the date asked (not launched yet, or closed). */
  NOT_OPEN,
  /** It does not apply to the vehicle. */
  DOES_NOT_APPLY
}

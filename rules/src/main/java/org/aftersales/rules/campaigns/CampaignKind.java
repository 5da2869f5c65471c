package org.aftersales.rules.campaigns;

/** Kinds of manufacturer campaigns, most urgent first; flags at check-in come in this order. */
public enum CampaignKind {
  /** A safety recall (安全召回; NHTSA safety recall): fix before the vehicle leaves. */
  SAFETY_RECALL,
  /** An emissions recall. */
  EMISSIONS_RECALL,
  /** A service campaign or technical service action, free of charge. */
  SERVICE_CAMPAIGN,
  /** A customer-satisfaction program (extended coverage of a component). */
  CUSTOMER_SATISFACTION
}

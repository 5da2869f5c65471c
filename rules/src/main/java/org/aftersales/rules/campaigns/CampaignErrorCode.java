package org.aftersales.rules.campaigns;

import org.aftersales.core.ErrorCode;

/** The error codes of recall and campaign data. Every code is unique across the library. */
public enum CampaignErrorCode implements ErrorCode {
  /** A VIN range ends before it starts. */
  CAMPAIGN_VIN_RANGE_ORDER("a VIN range ends before it starts"),
  /** A campaign's windows are inconsistent: production or campaign dates in the wrong order. */
  CAMPAIGN_INVALID("a campaign's data are inconsistent");

  private final String description;

  CampaignErrorCode(String description) {
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

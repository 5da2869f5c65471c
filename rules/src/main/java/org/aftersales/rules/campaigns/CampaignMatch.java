package org.aftersales.rules.campaigns;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Reason;
import org.immutables.value.Value;

/**
 * Whether one campaign applies to a vehicle, and why: each criterion that matched or failed is a
 * reason. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableCampaignMatch.class)
@JsonDeserialize(as = ImmutableCampaignMatch.class)
public abstract class CampaignMatch {

  CampaignMatch() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CampaignMatch}. */
  public static final class Builder extends ImmutableCampaignMatch.Builder {
    Builder() {}
  }

  /**
   * The campaign's id.
   *
   * @return the id
   */
  public abstract String campaignId();

  /**
   * The campaign's kind.
   *
   * @return the kind
   */
  public abstract CampaignKind kind();

  /**
   * The campaign's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Whether it applies.
   *
   * @return the applicability
   */
  public abstract CampaignApplicability applicability();

  /**
   * Why.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();
}

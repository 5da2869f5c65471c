package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.order.Authorization;
import org.immutables.value.Value;

/**
 * What settlement (结算) compares: the estimate the customer authorized, the work actually done
 * (priced the same way, on the request's date), and the consents recorded for amounts beyond the
 * estimate, each consent's {@link Authorization#amount()} being the <em>additional</em> amount
 * consented to (a supplement's price). Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableSettlementRequest.class)
@JsonDeserialize(as = ImmutableSettlementRequest.class)
public abstract class SettlementRequest {

  SettlementRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SettlementRequest}. */
  public static final class Builder extends ImmutableSettlementRequest.Builder {
    Builder() {}
  }

  /**
   * The estimate the customer authorized.
   *
   * @return the estimate
   */
  public abstract Estimate authorized();

  /**
   * The work actually done: the final lines.
   *
   * @return the actual request
   */
  public abstract EstimateRequest actual();

  /**
   * Consents to additional amounts, recorded after the estimate.
   *
   * @return the consents
   */
  public abstract List<Authorization> consents();
}

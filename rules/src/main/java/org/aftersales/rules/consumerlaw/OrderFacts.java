package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.order.RepairOrderId;
import org.immutables.value.Value;

/**
 * The facts a host adds to one core {@code RepairOrder} so that the repair history can be built
 * from it: which jobs repaired a fault (and its {@link FaultFacts}), and time of the visit a law
 * does not count. Jobs without a {@link RepairRecord} (maintenance, accessories) are not repairs
 * of a quality problem and are ignored.
 *
 * <p>Rules checked on build: at least one repair; job ids unique. Immutable and thread-safe;
 * build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableOrderFacts.class)
@JsonDeserialize(as = ImmutableOrderFacts.class)
public abstract class OrderFacts {

  OrderFacts() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OrderFacts}; {@code build()} validates. */
  public static final class Builder extends ImmutableOrderFacts.Builder {
    Builder() {}
  }

  /**
   * The repair order the facts are about.
   *
   * @return the order id
   */
  public abstract RepairOrderId orderId();

  /**
   * The repairs on the order.
   *
   * @return at least one repair
   */
  public abstract List<RepairRecord> repairs();

  /**
   * Time of the visit a law does not count.
   *
   * @return the excluded time
   */
  public abstract List<ExcludedTime> excludedTime();

  @Value.Check
  final void check() {
    Checks.require(
        !repairs().isEmpty(), "repairs", CoreErrorCode.REQUIRED_FIELD, "facts of order %s name no repair", orderId());
    Checks.requireUnique(repairs(), RepairRecord::jobId, "repairs");
  }
}

package org.aftersales.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.JobType;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.SubletLine;
import org.immutables.value.Value;

/**
 * One job of an estimate request: what kind of work, how it is estimated, who pays, and its
 * labour operations, parts and sublets.
 *
 * <p><b>Pay type and rates.</b> {@link #payType()} (customer by default) chooses the labour rate
 * (customer rate or the manufacturer's warranty rate) and which discounts and fees apply.
 *
 * <p><b>Payer splits</b> (DOMAIN §4). Without {@link #payers()}, the pay type pays every line.
 * With them, the shares add up to exactly 100% ({@link CoreErrorCode#PAYER_SPLIT_TOTAL}: over or
 * under 100% is refused) and name each payer once, and each line of the job is split in line
 * order:
 *
 * <ol>
 *   <li>the {@link #deductible()}, paid by the customer, comes off the first lines until used up;
 *   <li>of the rest, every payer except the <em>remainder payer</em> gets its share rounded
 *       <b>down</b> to the line increment, and no more than its {@link PayerShare#cap()} still
 *       allows over the job; what a cap holds back goes to the customer;
 *   <li>the remainder payer gets what is left, so the split adds up to the line amount to the
 *       cent. The remainder payer is the customer when the customer has a share, else the payer
 *       with the largest share (the first listed on a tie); its own cap, if any, is honoured the
 *       same way.
 * </ol>
 *
 * <p>Caps and the deductible are in the profile's price basis (VAT included for VAT-inclusive
 * profiles); the deductible is rounded to the line increment with the line rounding's mode, caps
 * are rounded down to it. Op codes and part numbers are unique within a job. Immutable and thread-safe; JSON
 * round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableEstimateJob.class)
@JsonDeserialize(as = ImmutableEstimateJob.class)
public abstract class EstimateJob {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  EstimateJob() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EstimateJob}; {@code build()} validates. */
  public static final class Builder extends ImmutableEstimateJob.Builder {
    Builder() {}
  }

  /**
   * The job's identifier, unique within the request; the repair order's job id.
   *
   * @return the id
   */
  public abstract JobId id();

  /**
   * A title for people, for example the customer's concern, at most 200 characters.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * The kind of work; a repair by default. A {@link JobType#DIAGNOSIS} job triggers the
   * profile's diagnostic fee.
   *
   * @return the job type
   */
  @Value.Default
  public JobType type() {
    return JobType.REPAIR;
  }

  /**
   * The estimating method, when it differs from the request's.
   *
   * @return the method
   */
  public abstract Optional<EstimateMethod> method();

  /**
   * The vehicle system the fault is in, upper snake case; required for a system estimate.
   *
   * @return the system
   */
  public abstract Optional<String> system();

  /**
   * The pay type: chooses rates, discounts and fees, and pays everything when there are no
   * shares; the customer by default.
   *
   * @return the pay type
   */
  @Value.Default
  public PayType payType() {
    return PayType.CUSTOMER;
  }

  /**
   * Payer shares adding up to 100%; empty when the pay type pays all.
   *
   * @return the shares
   */
  public abstract List<PayerShare> payers();

  /**
   * The amount the customer pays before the shares apply.
   *
   * @return the deductible
   */
  public abstract Optional<MonetaryAmount> deductible();

  /**
   * Labour operations.
   *
   * @return the labour
   */
  public abstract List<LabourRequest> labour();

  /**
   * Parts.
   *
   * @return the parts
   */
  public abstract List<PartRequest> parts();

  /**
   * Work sent out, at the vendor's cost and the customer's price.
   *
   * @return the sublets
   */
  public abstract List<SubletLine> sublets();

  @Value.Check
  final EstimateJob normalise() {
    Optional<String> title = title().map(t -> Checks.requireText(t, "title", 200));
    system().ifPresent(s -> Checks.requireCode(s, "system"));
    deductible().ifPresent(d -> Monies.requireNonNegative(d, "deductible"));
    Checks.requireUnique(labour(), LabourRequest::opCode, "labour");
    Checks.requireUnique(parts(), PartRequest::partNumber, "parts");
    if (!payers().isEmpty()) {
      EnumSet<PayType> seen = EnumSet.noneOf(PayType.class);
      BigDecimal total = BigDecimal.ZERO;
      for (int i = 0; i < payers().size(); i++) {
        PayerShare s = payers().get(i);
        Checks.require(
            seen.add(s.payer()),
            "payers[" + i + "].payer",
            CoreErrorCode.PAYER_SPLIT_TOTAL,
            "payer %s appears twice in the shares of job %s",
            s.payer(),
            id());
        total = total.add(s.share().value());
      }
      Checks.require(
          total.compareTo(HUNDRED) == 0,
          "payers",
          CoreErrorCode.PAYER_SPLIT_TOTAL,
          "payer shares of job %s add up to %s%%, not 100%%",
          id(),
          total.toPlainString());
    }
    MonetaryAmount first = deductible().orElse(null);
    for (int i = 0; i < payers().size(); i++) {
      if (payers().get(i).cap().isPresent()) {
        MonetaryAmount cap = payers().get(i).cap().get();
        if (first == null) {
          first = cap;
        }
        Monies.requireSameCurrency(first, cap, "payers[" + i + "].cap");
      }
    }
    return title.equals(title()) ? this : builder().from(this).title(title).build();
  }
}

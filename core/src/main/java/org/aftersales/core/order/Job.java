package org.aftersales.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Hours;
import org.immutables.value.Value;

/**
 * One job on a repair order: the customer's concern, its cause and correction (the "3C",
 * DOMAIN §3.4), what kind of work it is, who pays, and its labour, parts, sublets and fees.
 *
 * <p>Rules checked on build:
 *
 * <ul>
 *   <li>the concern is non-blank (at most 500 characters; cause and correction likewise);
 *   <li>payer splits, when given, name each payer once and add up to exactly 100%; without
 *       splits, {@link #payType()} pays all;
 *   <li>operation codes are unique within the job; all amounts share one currency;
 *   <li>an authorized, in-progress or done job has its {@link #authorization()}; a declined job
 *       has its {@link #refusal()}; a done job has its {@link #correction()}.
 * </ul>
 *
 * <p>A job with {@link #supplement()} set was found during the work (追加维修项目); its work cannot
 * start before the customer consents. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableJob.class)
@JsonDeserialize(as = ImmutableJob.class)
public abstract class Job {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Job() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Job}; {@code build()} validates. */
  public static final class Builder extends ImmutableJob.Builder {
    Builder() {}
  }

  /**
   * The job's identifier, unique within its repair order.
   *
   * @return the id
   */
  public abstract JobId id();

  /**
   * The concern in the customer's words (complaint).
   *
   * @return the concern
   */
  public abstract String concern();

  /**
   * The cause found, once diagnosed.
   *
   * @return the cause
   */
  public abstract Optional<String> cause();

  /**
   * What was done to correct it, once done.
   *
   * @return the correction
   */
  public abstract Optional<String> correction();

  /**
   * The kind of work.
   *
   * @return the job type
   */
  public abstract JobType type();

  /**
   * Who pays, when there are no {@link #payerSplits()}; customer by default.
   *
   * @return the pay type
   */
  @Value.Default
  public PayType payType() {
    return PayType.CUSTOMER;
  }

  /**
   * Shares of several payers, adding up to 100%; empty when {@link #payType()} pays all.
   *
   * @return the splits
   */
  public abstract List<PayerSplit> payerSplits();

  /**
   * Labour operations.
   *
   * @return the labour lines
   */
  public abstract List<LabourLine> labour();

  /**
   * Parts.
   *
   * @return the part lines
   */
  public abstract List<PartLine> parts();

  /**
   * Work sent out.
   *
   * @return the sublet lines
   */
  public abstract List<SubletLine> sublets();

  /**
   * Fees.
   *
   * @return the fee lines
   */
  public abstract List<FeeLine> fees();

  /**
   * Where the job stands; proposed by default.
   *
   * @return the status
   */
  @Value.Default
  public JobStatus status() {
    return JobStatus.PROPOSED;
  }

  /**
   * Whether the job is supplementary work found during the repair.
   *
   * @return {@code true} for a supplement
   */
  @Value.Default
  public boolean supplement() {
    return false;
  }

  /**
   * The customer's consent, once given.
   *
   * @return the authorization
   */
  public abstract Optional<Authorization> authorization();

  /**
   * The customer's refusal or postponement, once recorded.
   *
   * @return the refusal
   */
  public abstract Optional<Refusal> refusal();

  /**
   * The effective payer shares: the splits, or 100% for {@link #payType()}.
   *
   * @return the shares, never empty
   */
  public List<PayerSplit> effectivePayerSplits() {
    return payerSplits().isEmpty()
        ? List.of(new PayerSplit(payType(), org.aftersales.core.quantity.Percentage.HUNDRED))
        : payerSplits();
  }

  /**
   * The sum of the flat-rate hours of all labour lines.
   *
   * @return the hours
   */
  public Hours flatRateHours() {
    Hours sum = Hours.ZERO;
    for (LabourLine l : labour()) {
      sum = sum.plus(l.flatRateHours());
    }
    return sum;
  }

  /**
   * Flat-rate hours per skill, sorted by skill code; what scheduling needs to book capacity.
   *
   * @return hours by skill
   */
  public SortedMap<Skill, Hours> flatRateHoursBySkill() {
    SortedMap<Skill, Hours> bySkill = new TreeMap<>();
    for (LabourLine l : labour()) {
      bySkill.merge(l.skill(), l.flatRateHours(), Hours::plus);
    }
    return java.util.Collections.unmodifiableSortedMap(bySkill);
  }

  /**
   * Every amount on the job: unit prices, sublet costs and prices, fees, consent amounts.
   *
   * @return the amounts, in line order
   */
  public Stream<MonetaryAmount> amounts() {
    return Stream.of(
            parts().stream().flatMap(p -> p.unitPrice().stream()),
            sublets().stream().flatMap(s -> Stream.of(s.cost(), s.price())),
            fees().stream().map(FeeLine::amount),
            authorization().stream().map(Authorization::amount))
        .flatMap(s -> s);
  }

  @Value.Check
  final Job normalise() {
    String concern = Checks.requireText(concern(), "concern", 500);
    Optional<String> cause = cause().map(c -> Checks.requireText(c, "cause", 500));
    Optional<String> correction = correction().map(c -> Checks.requireText(c, "correction", 500));
    checkSplits();
    Checks.requireUnique(labour(), LabourLine::opCode, "labour");
    MonetaryAmount first = amounts().findFirst().orElse(null);
    if (first != null) {
      amounts().forEach(a -> Monies.requireSameCurrency(first, a, "job " + id()));
    }
    JobStatus s = status();
    Checks.require(
        !s.isConsented() || authorization().isPresent(),
        "authorization",
        CoreErrorCode.JOB_STATUS,
        "job %s is %s but has no authorization on record",
        id(),
        s);
    Checks.require(
        s != JobStatus.DECLINED || refusal().isPresent(),
        "refusal",
        CoreErrorCode.JOB_STATUS,
        "job %s is DECLINED but has no refusal on record",
        id());
    Checks.require(
        s != JobStatus.DONE || correction.isPresent(),
        "correction",
        CoreErrorCode.JOB_STATUS,
        "job %s is DONE but has no correction recorded",
        id());
    if (concern.equals(concern()) && cause.equals(cause()) && correction.equals(correction())) {
      return this;
    }
    return builder().from(this).concern(concern).cause(cause).correction(correction).build();
  }

  private void checkSplits() {
    if (payerSplits().isEmpty()) {
      return;
    }
    EnumSet<PayType> seen = EnumSet.noneOf(PayType.class);
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < payerSplits().size(); i++) {
      PayerSplit split = payerSplits().get(i);
      Checks.require(
          seen.add(split.payer()),
          "payerSplits[" + i + "].payer",
          CoreErrorCode.PAYER_SPLIT_TOTAL,
          "payer %s appears twice in the splits of job %s",
          split.payer(),
          id());
      total = total.add(split.share().value());
    }
    Checks.require(
        total.compareTo(HUNDRED) == 0,
        "payerSplits",
        CoreErrorCode.PAYER_SPLIT_TOTAL,
        "payer splits of job %s add up to %s%%, not 100%%",
        id(),
        total.toPlainString());
  }
}

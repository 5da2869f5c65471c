package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.Reason;
import org.aftersales.core.ReasonTemplate;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EU legal guarantee of conformity for goods (Directive (EU) 2019/771, DOMAIN §3.3) as
 * transposed by one member state, evaluated for a vehicle: {@code
 * EuLegalGuarantee.directiveMinimum("DE").assess(request)}.
 *
 * <ul>
 *   <li><b>Liability period, Art. 10(1).</b> The seller is liable for a lack of conformity that
 *       becomes apparent within {@link #liabilityMonths()} of delivery (at least 2 years; member
 *       states may keep longer periods). Used goods: the parties may agree a shorter period, not
 *       below {@link #usedGoodsMinimumMonths()} (at least 1 year, Art. 10(6)). Bounds inclusive:
 *       delivery plus the months, as in {@code CoverageLimits}.
 *   <li><b>Burden of proof, Art. 11.</b> A lack of conformity apparent within {@link
 *       #burdenOfProofMonths()} of delivery (1 year, member states may extend to 2) is presumed
 *       to have existed at delivery: the seller must prove otherwise. Reported as a reason.
 *   <li><b>Remedies, Art. 13.</b> Repair or replacement at the consumer's choice (13(2)). Price
 *       reduction or termination when the lack of conformity appears again despite an earlier
 *       repair attempt on the same problem (13(4)(b)), when it is serious (13(4)(c)), or when
 *       the seller refused (13(4)(a), (d)); no termination for a minor lack of conformity (13(5)).
 *   <li><b>Price reduction, Art. 15</b>: proportionate, price × (1 − value as delivered / value if
 *       conforming), rounded to the currency's minor unit half up, when those values are given.
 * </ul>
 *
 * <p>A fault with a causal finding (misuse, accident, a faulty third-party repair...) is no lack of
 * conformity: the remedies are {@link RemedyStatus#EXCLUDED}. The manufacturer's own warranty is
 * separate ({@code WarrantyEvaluator}); under the block-exemption guidelines it may not depend on
 * servicing in the network. Immutable and thread-safe.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableEuLegalGuarantee.class)
@JsonDeserialize(as = ImmutableEuLegalGuarantee.class)
public abstract class EuLegalGuarantee {

  private static final Logger LOG = LoggerFactory.getLogger(EuLegalGuarantee.class);

  private static final ReasonTemplate LEGAL_GUARANTEE_NOT_DELIVERED =
      ReasonTemplate.of(
          "LEGAL_GUARANTEE_NOT_DELIVERED",
          "the vehicle has not been delivered");
  private static final ReasonTemplate LIABILITY_PERIOD =
      ReasonTemplate.of(
          "LIABILITY_PERIOD",
          "the seller is liable for a lack of conformity apparent by {last}: "
          + "{months} months from delivery on {start} (Art. 10)");
  private static final ReasonTemplate BURDEN_OF_PROOF_ON_SELLER =
      ReasonTemplate.of(
          "BURDEN_OF_PROOF_ON_SELLER",
          "apparent on {apparent}, within {months} months of delivery: presumed to "
          + "have existed at delivery, the seller must prove otherwise (Art. 11)");
  private static final ReasonTemplate BURDEN_OF_PROOF_ON_CONSUMER =
      ReasonTemplate.of(
          "BURDEN_OF_PROOF_ON_CONSUMER",
          "apparent on {apparent}, after {months} months from delivery: the "
          + "consumer must show it existed at delivery (Art. 11)");
  private static final ReasonTemplate NOT_A_LACK_OF_CONFORMITY =
      ReasonTemplate.of(
          "NOT_A_LACK_OF_CONFORMITY",
          "the fault of {group} was caused by something other than the goods (a "
          + "causal finding): no lack of conformity");
  private static final ReasonTemplate LIABILITY_PERIOD_ENDED =
      ReasonTemplate.of(
          "LIABILITY_PERIOD_ENDED",
          "apparent on {apparent}, after the liability period ended on {last}");
  private static final ReasonTemplate REPAIR_OR_REPLACEMENT =
      ReasonTemplate.of(
          "REPAIR_OR_REPLACEMENT",
          "lack of conformity apparent on {apparent}: repair or replacement at the "
          + "consumer's choice, free of charge, within a reasonable time (Art. "
          + "13(2), 14)");
  private static final ReasonTemplate APPEARS_AGAIN_AFTER_REPAIR =
      ReasonTemplate.of(
          "APPEARS_AGAIN_AFTER_REPAIR",
          "problem {problem} appears again after {attempts} repair attempt(s) "
          + "(Art. 13(4)(b))");
  private static final ReasonTemplate SERIOUS_LACK_OF_CONFORMITY =
      ReasonTemplate.of(
          "SERIOUS_LACK_OF_CONFORMITY",
          "the lack of conformity is serious (Art. 13(4)(c))");
  private static final ReasonTemplate SELLER_REFUSED =
      ReasonTemplate.of(
          "SELLER_REFUSED",
          "the seller refused or will not bring the goods into conformity (Art. "
          + "13(4)(a), (d))");
  private static final ReasonTemplate NEEDS_GROUND_FOR_REDUCTION_OR_TERMINATION =
      ReasonTemplate.of(
          "NEEDS_GROUND_FOR_REDUCTION_OR_TERMINATION",
          "needs the lack of conformity to appear again after a repair attempt, to "
          + "be serious, or the seller to refuse (Art. 13(4))");
  private static final ReasonTemplate MINOR_LACK_OF_CONFORMITY =
      ReasonTemplate.of(
          "MINOR_LACK_OF_CONFORMITY",
          "the lack of conformity is minor: no termination (Art. 13(5))");
  private static final ReasonTemplate PRICE_REDUCTION =
      ReasonTemplate.of(
          "PRICE_REDUCTION",
          "reduction = price {price} × (value if conforming {conforming} − value "
          + "as delivered {delivered}) / value if conforming = {amount} (Art. 15)");

  EuLegalGuarantee() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EuLegalGuarantee}; {@code build()} validates. */
  public static final class Builder extends ImmutableEuLegalGuarantee.Builder {
    Builder() {}
  }

  /**
   * The directive's minimum for a member state: 2 years, burden on the seller for 1 year, used
   * goods not below 1 year.
   *
   * @param memberState ISO 3166-1 alpha-2 code, for example {@code DE}
   * @return the pack
   */
  public static EuLegalGuarantee directiveMinimum(String memberState) {
    return builder().memberState(memberState).build();
  }

  /**
   * Germany (BGB §§ 438, 477): 2 years, burden on the seller for 1 year, used goods not below 1
   * year.
   *
   * @return the pack
   */
  public static EuLegalGuarantee germany() {
    return directiveMinimum("DE");
  }

  /**
   * Spain (Real Decreto Legislativo 1/2007 as amended by Real Decreto-ley 7/2021): 3 years,
   * burden on the seller for 2 years, used goods not below 1 year.
   *
   * @return the pack
   */
  public static EuLegalGuarantee spain() {
    return builder().memberState("ES").liabilityMonths(36).burdenOfProofMonths(24).build();
  }

  /**
   * The member state, ISO 3166-1 alpha-2.
   *
   * @return the code
   */
  public abstract String memberState();

  /**
   * The liability period in months; 24 by default, at least 24.
   *
   * @return the months
   */
  @Value.Default
  public int liabilityMonths() {
    return 24;
  }

  /**
   * The period of the seller's burden of proof in months; 12 by default, 12 to 24.
   *
   * @return the months
   */
  @Value.Default
  public int burdenOfProofMonths() {
    return 12;
  }

  /**
   * The shortest liability period that may be agreed for used goods, in months; 12 by default.
   *
   * @return the months
   */
  @Value.Default
  public int usedGoodsMinimumMonths() {
    return 12;
  }

  @Value.Check
  final void check() {
    Checks.require(
        memberState().matches("[A-Z]{2}"),
        "memberState",
        org.aftersales.core.CoreErrorCode.INVALID_CODE,
        "memberState must be an ISO 3166-1 alpha-2 code: '%s'",
        Checks.abbreviate(memberState()));
    Checks.require(
        liabilityMonths() >= 24 && liabilityMonths() <= 120,
        "liabilityMonths",
        ConsumerLawErrorCode.CONSUMER_LAW_BELOW_LEGAL_MINIMUM,
        "liabilityMonths must be 24 to 120 (Directive 2019/771 Art. 10(1)): %s",
        liabilityMonths());
    Checks.require(
        burdenOfProofMonths() >= 12 && burdenOfProofMonths() <= 24 && burdenOfProofMonths() <= liabilityMonths(),
        "burdenOfProofMonths",
        ConsumerLawErrorCode.CONSUMER_LAW_BELOW_LEGAL_MINIMUM,
        "burdenOfProofMonths must be 12 to 24 (Directive 2019/771 Art. 11): %s",
        burdenOfProofMonths());
    Checks.require(
        usedGoodsMinimumMonths() >= 12 && usedGoodsMinimumMonths() <= liabilityMonths(),
        "usedGoodsMinimumMonths",
        ConsumerLawErrorCode.CONSUMER_LAW_BELOW_LEGAL_MINIMUM,
        "usedGoodsMinimumMonths must be at least 12 and at most the liability period (Art. 10(6)): %s",
        usedGoodsMinimumMonths());
  }

  /**
   * Assesses a lack of conformity of a vehicle.
   *
   * @param request the request
   * @return the assessment: repair or replacement, price reduction, termination
   */
  public ConsumerLawAssessment assess(LegalGuaranteeRequest request) {
    Checks.requireNonNull(request, "request");
    String law = "Directive 2019/771 (" + memberState() + ")";
    Optional<LocalDate> delivered = request.vehicle().deliveryDate().or(request.vehicle()::invoiceDate);
    if (delivered.isEmpty()) {
      return ConsumerLawAssessment.builder()
          .law(law)
          .applicable(false)
          .addReason(LEGAL_GUARANTEE_NOT_DELIVERED.with())
          .build();
    }
    int months = liabilityMonths();
    if (request.agreedPeriodMonths().isPresent()) {
      int agreed = request.agreedPeriodMonths().get();
      Checks.require(
          agreed >= usedGoodsMinimumMonths() && agreed <= liabilityMonths(),
          "agreedPeriodMonths",
          ConsumerLawErrorCode.CONSUMER_LAW_BELOW_LEGAL_MINIMUM,
          "an agreed period of %s months is outside %s to %s months in %s (Directive 2019/771 Art. 10(6))",
          agreed,
          usedGoodsMinimumMonths(),
          liabilityMonths(),
          memberState());
      months = agreed;
    }
    LocalDate start = delivered.get();
    LocalDate last = start.plusMonths(months);
    LocalDate apparent = request.apparentOn();
    List<Reason> reasons = new ArrayList<>(3);
    reasons.add(
        LIABILITY_PERIOD.with(last, months, start));
    boolean sellerBurden = !apparent.isAfter(start.plusMonths(burdenOfProofMonths()));
    reasons.add(
        sellerBurden
            ? BURDEN_OF_PROOF_ON_SELLER.with(apparent, burdenOfProofMonths())
            : BURDEN_OF_PROOF_ON_CONSUMER.with(apparent, burdenOfProofMonths()));

    List<RemedyAssessment> remedies = new ArrayList<>(3);
    boolean inPeriod = !apparent.isAfter(last);
    FaultFacts fault = request.fault();
    if (!fault.isQualityProblem()) {
      Reason excluded =
          NOT_A_LACK_OF_CONFORMITY.with(fault.componentGroup());
      for (Remedy r : List.of(Remedy.REPAIR_OR_REPLACEMENT, Remedy.PRICE_REDUCTION, Remedy.CONTRACT_TERMINATION)) {
        remedies.add(
            RemedyAssessment.builder().remedy(r).article(article(r)).status(RemedyStatus.EXCLUDED)
                .addReason(excluded).build());
      }
      return ConsumerLawAssessment.builder().law(law).applicable(true).remedies(remedies).reasons(reasons).build();
    }
    Reason lapsed =
        LIABILITY_PERIOD_ENDED.with(apparent, last);
    RemedyAssessment.Builder repair =
        RemedyAssessment.builder().remedy(Remedy.REPAIR_OR_REPLACEMENT).article(article(Remedy.REPAIR_OR_REPLACEMENT));
    if (inPeriod) {
      repair.status(RemedyStatus.AVAILABLE)
          .since(apparent)
          .addReason(
              REPAIR_OR_REPLACEMENT.with(apparent));
    } else {
      repair.status(RemedyStatus.LAPSED).addReason(lapsed);
    }
    remedies.add(repair.build());

    // Art. 13(4): earlier attempts on the same problem, seriousness, refusal
    int attempts = 0;
    RepairHistory.Index ix = request.history().index();
    for (int i = 0; i < ix.size; i++) {
      if (ix.received[i].isAfter(apparent)) {
        continue;
      }
      for (RepairRecord rec : ix.counted[i]) {
        if (rec.facts().problemKey().equals(fault.problemKey())) {
          attempts++;
          break;
        }
      }
    }
    List<Reason> grounds = new ArrayList<>(3);
    if (attempts > 0) {
      grounds.add(
          APPEARS_AGAIN_AFTER_REPAIR.with(fault.problemKey(), attempts));
    }
    if (request.serious()) {
      grounds.add(SERIOUS_LACK_OF_CONFORMITY.with());
    }
    if (request.sellerRefused()) {
      grounds.add(
          SELLER_REFUSED.with());
    }
    Reason missing =
        NEEDS_GROUND_FOR_REDUCTION_OR_TERMINATION.with();
    for (Remedy r : List.of(Remedy.PRICE_REDUCTION, Remedy.CONTRACT_TERMINATION)) {
      RemedyAssessment.Builder b = RemedyAssessment.builder().remedy(r).article(article(r));
      if (!inPeriod) {
        b.status(RemedyStatus.LAPSED).addReason(lapsed);
      } else if (r == Remedy.CONTRACT_TERMINATION && request.minor()) {
        b.status(RemedyStatus.EXCLUDED)
            .addReason(MINOR_LACK_OF_CONFORMITY.with());
      } else if (grounds.isEmpty()) {
        b.status(RemedyStatus.NOT_YET).addMissing(missing).addReason(missing);
      } else {
        b.status(RemedyStatus.AVAILABLE).since(apparent).addAllReasons(grounds);
        if (r == Remedy.PRICE_REDUCTION) {
          priceReduction(request).ifPresent(b::addMoney);
        }
      }
      remedies.add(b.build());
    }
    ConsumerLawAssessment a =
        ConsumerLawAssessment.builder().law(law).applicable(true).remedies(remedies).reasons(reasons).build();
    if (LOG.isDebugEnabled()) {
      LOG.debug("legal guarantee in {}: available {}", memberState(), a.available().stream().map(RemedyAssessment::remedy).toList());
    }
    return a;
  }

  private static String article(Remedy r) {
    switch (r) {
      case REPAIR_OR_REPLACEMENT:
        return "Directive 2019/771 Art. 13(2)";
      case PRICE_REDUCTION:
        return "Directive 2019/771 Art. 13(4), 15";
      default:
        return "Directive 2019/771 Art. 13(4), 16";
    }
  }

  private static Optional<MoneyOwed> priceReduction(LegalGuaranteeRequest r) {
    if (r.price().isEmpty() || r.valueIfConforming().isEmpty() || r.valueAsDelivered().isEmpty()) {
      return Optional.empty();
    }
    MonetaryAmount price = r.price().get();
    BigDecimal conforming = Monies.number(r.valueIfConforming().get());
    if (conforming.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal delivered = Monies.number(r.valueAsDelivered().get());
    BigDecimal raw =
        Monies.number(price)
            .multiply(conforming.subtract(delivered), MathContext.DECIMAL64)
            .divide(conforming, MathContext.DECIMAL64);
    MonetaryAmount amount = Monies.of(RoundingPolicy.standard(price.getCurrency()).round(raw), price.getCurrency());
    return Optional.of(
        MoneyOwed.builder()
            .kind("PRICE_REDUCTION")
            .amount(amount)
            .owedBy(Party.SELLER)
            .explanation(
                PRICE_REDUCTION.with(price, r.valueIfConforming().get(), r.valueAsDelivered().get(), amount))
            .build());
  }
}

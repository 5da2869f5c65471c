package org.aftersales.rules.consumerlaw;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.money.Monies;
import org.aftersales.core.vehicle.Vehicle;
import org.immutables.value.Value;

/**
 * What {@link EuLegalGuarantee} assesses: the vehicle (delivered on its delivery date), whether it
 * was sold used and with what agreed liability period, the lack of conformity (the fault, with its
 * findings), the date it became apparent, the repair history (earlier attempts on the same
 * problem), and the facts that open price reduction and termination: a serious lack of
 * conformity, a minor one, a seller who refused to repair or replace. Optional values for the
 * proportionate price reduction of Directive 2019/771 Art. 15.
 *
 * <p>Rules checked on build: an agreed period only for used goods, of at least 12 months; a lack
 * of conformity is not both serious and minor; the apparent date not before delivery; values and
 * price at least zero, in one currency, the value as delivered not above the value if conforming.
 * The agreed period is checked against the member state's minimum when assessed. Immutable and
 * thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableLegalGuaranteeRequest.class)
@JsonDeserialize(as = ImmutableLegalGuaranteeRequest.class)
public abstract class LegalGuaranteeRequest {

  LegalGuaranteeRequest() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegalGuaranteeRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutableLegalGuaranteeRequest.Builder {
    Builder() {}
  }

  /**
   * The vehicle; its delivery date (else invoice date) starts the liability period.
   *
   * @return the vehicle
   */
  public abstract Vehicle vehicle();

  /**
   * Whether the vehicle was sold used; {@code false} by default.
   *
   * @return {@code true} for used goods
   */
  @Value.Default
  public boolean usedGoods() {
    return false;
  }

  /**
   * For used goods, a shorter liability period agreed in the contract, in months.
   *
   * @return the months, at least 12
   */
  public abstract Optional<Integer> agreedPeriodMonths();

  /**
   * The lack of conformity (the fault) and its findings.
   *
   * @return the fault
   */
  public abstract FaultFacts fault();

  /**
   * When the lack of conformity became apparent.
   *
   * @return the date
   */
  public abstract LocalDate apparentOn();

  /**
   * The repair history: earlier repairs of the same problem are attempts to bring the vehicle into
   * conformity.
   *
   * @return the history
   */
  public abstract RepairHistory history();

  /**
   * Whether the lack of conformity is so serious that an immediate price reduction or termination
   * is justified (Art. 13(4)(c)); {@code false} by default.
   *
   * @return {@code true} when serious
   */
  @Value.Default
  public boolean serious() {
    return false;
  }

  /**
   * Whether the lack of conformity is only minor, which rules out termination (Art. 13(5)); {@code
   * false} by default.
   *
   * @return {@code true} when minor
   */
  @Value.Default
  public boolean minor() {
    return false;
  }

  /**
   * Whether the seller refused, or clearly will not, repair or replace (Art. 13(4)(a), (d));
   * {@code false} by default.
   *
   * @return {@code true} when refused
   */
  @Value.Default
  public boolean sellerRefused() {
    return false;
  }

  /**
   * The price paid.
   *
   * @return the price
   */
  public abstract Optional<MonetaryAmount> price();

  /**
   * The value the vehicle would have had if in conformity (Art. 15).
   *
   * @return the value
   */
  public abstract Optional<MonetaryAmount> valueIfConforming();

  /**
   * The value of the vehicle as delivered (Art. 15).
   *
   * @return the value
   */
  public abstract Optional<MonetaryAmount> valueAsDelivered();

  @Value.Check
  final void check() {
    agreedPeriodMonths()
        .ifPresent(
            m -> {
              Checks.require(
                  usedGoods(),
                  "agreedPeriodMonths",
                  CoreErrorCode.VALUE_OUT_OF_RANGE,
                  "only used goods may have a shorter agreed period (Directive 2019/771 Art. 10(6))");
              Checks.require(
                  m >= 12 && m <= 120,
                  "agreedPeriodMonths",
                  ConsumerLawErrorCode.CONSUMER_LAW_BELOW_LEGAL_MINIMUM,
                  "agreedPeriodMonths must be between 12 and 120: %s (Directive 2019/771 Art. 10(6))",
                  m);
            });
    Checks.require(
        !(serious() && minor()),
        "minor",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "a lack of conformity cannot be both serious and minor");
    price().ifPresent(p -> Monies.requireNonNegative(p, "price"));
    valueIfConforming().ifPresent(p -> Monies.requireNonNegative(p, "valueIfConforming"));
    valueAsDelivered().ifPresent(p -> Monies.requireNonNegative(p, "valueAsDelivered"));
    if (price().isPresent() && valueIfConforming().isPresent()) {
      Monies.requireSameCurrency(price().get(), valueIfConforming().get(), "valueIfConforming");
    }
    if (valueIfConforming().isPresent() && valueAsDelivered().isPresent()) {
      Monies.requireSameCurrency(valueIfConforming().get(), valueAsDelivered().get(), "valueAsDelivered");
      Checks.require(
          Monies.number(valueAsDelivered().get()).compareTo(Monies.number(valueIfConforming().get())) <= 0,
          "valueAsDelivered",
          CoreErrorCode.VALUE_OUT_OF_RANGE,
          "valueAsDelivered %s is above valueIfConforming %s",
          Monies.format(valueAsDelivered().get()),
          Monies.format(valueIfConforming().get()));
    }
    vehicle()
        .deliveryDate()
        .or(vehicle()::invoiceDate)
        .ifPresent(
            d ->
                Checks.require(
                    !apparentOn().isBefore(d),
                    "apparentOn",
                    CoreErrorCode.DATE_ORDER,
                    "apparentOn %s is before delivery on %s",
                    apparentOn(),
                    d));
  }
}

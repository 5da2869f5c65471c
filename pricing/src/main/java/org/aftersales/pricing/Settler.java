package org.aftersales.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.aftersales.core.Reason;
import org.aftersales.core.ValidationException;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.Authorization;
import org.aftersales.core.order.ConsentChannel;
import org.aftersales.core.order.PayType;
import org.aftersales.pricing.jurisdiction.ConsentDecision;
import org.aftersales.pricing.jurisdiction.ConsentEvidence;
import org.aftersales.pricing.jurisdiction.ConsentRule;

/** Computes a {@link Settlement}; see its Javadoc for the rules. */
final class Settler {

  private Settler() {}

  static Settlement settle(Compiled c, SettlementRequest r) {
    Estimate authorized = r.authorized();
    CurrencyUnit currency = c.units.currency;
    if (!authorized.profileId().equals(c.profile.id()) || !authorized.currency().equals(currency)) {
      throw ValidationException.of(
          "authorized.profileId",
          PricingErrorCode.ESTIMATE_PROFILE_MISMATCH,
          "the authorized estimate was priced with profile " + authorized.profileId() + " in "
              + authorized.currency().getCurrencyCode() + ", not with " + c.profile.id() + " in "
              + currency.getCurrencyCode());
    }
    List<Authorization> consents = r.consents();
    BigDecimal extra = BigDecimal.ZERO;
    for (int i = 0; i < consents.size(); i++) {
      c.requireCurrency(consents.get(i).amount(), "consents[" + i + "].amount");
      extra = extra.add(Monies.number(consents.get(i).amount()));
    }
    Estimate invoice;
    try {
      invoice = new Pricer(c, r.actual()).estimate();
    } catch (ValidationException e) {
      throw e.under("actual");
    }

    List<LineDifference> differences = differences(authorized, invoice);

    MonetaryAmount authorizedTotal = authorized.totalOf(PayType.CUSTOMER);
    MonetaryAmount consented =
        extra.signum() == 0
            ? authorizedTotal
            : Monies.of(Monies.number(authorizedTotal).add(extra), currency);
    MonetaryAmount invoiceTotal = invoice.totalOf(PayType.CUSTOMER);
    ConsentRule rule = c.profile.jurisdiction().consentRule();
    ConsentDecision decision = rule.check(consented, invoiceTotal);
    boolean flagged = decision.isRequired();
    MonetaryAmount excess =
        flagged ? Monies.of(Monies.number(invoiceTotal).subtract(Monies.number(consented)), currency)
            : Monies.zero(currency);
    MonetaryAmount chargeable = flagged ? decision.limit() : invoiceTotal;

    List<Reason> warnings = new ArrayList<>();
    if (rule.evidence().contains(ConsentEvidence.PHONE)) {
      for (int i = 0; i < consents.size(); i++) {
        Authorization a = consents.get(i);
        if (a.channel() == ConsentChannel.PHONE && a.contact().isEmpty()) {
          warnings.add(
              Reason.of(
                  PricingReasonCodes.WARN_CONSENT_EVIDENCE,
                  "{consent} was given by phone without the number called, which {citation}"
                      + " requires to be recorded",
                  "consent", "consents[" + i + "]",
                  "missing", ConsentEvidence.PHONE,
                  "citation", rule.citation()));
        }
      }
    }
    Reason why =
        flagged
            ? Reason.of(
                PricingReasonCodes.SETTLEMENT_UNCONSENTED,
                "the customer's invoice {invoice} exceeds the consented {consented} by {excess}"
                    + " without consent under {citation}: charge at most {chargeable}",
                "invoice", invoiceTotal,
                "consented", consented,
                "excess", excess,
                "chargeable", chargeable,
                "citation", rule.citation())
            : Reason.of(
                PricingReasonCodes.SETTLEMENT_WITHIN_CONSENT,
                "the customer's invoice {invoice} is within the consented {consented} and what"
                    + " {citation} allows without asking (up to {limit})",
                "invoice", invoiceTotal,
                "consented", consented,
                "limit", decision.limit(),
                "citation", rule.citation());
    return Settlement.builder()
        .invoice(invoice)
        .addAllDifferences(differences)
        .authorizedTotal(authorizedTotal)
        .consentedTotal(consented)
        .invoiceTotal(invoiceTotal)
        .consent(decision)
        .flagged(flagged)
        .unconsentedExcess(excess)
        .chargeableTotal(chargeable)
        .addAllWarnings(warnings)
        .reason(why)
        .build();
  }

  private static String key(EstimateLine l, Map<String, Integer> seen) {
    String base =
        l.jobId().map(Object::toString).orElse("") + "|" + l.category() + "|" + l.code();
    int n = seen.merge(base, 1, Integer::sum);
    return base + "|" + n;
  }

  static List<LineDifference> differences(Estimate estimated, Estimate actual) {
    Map<String, EstimateLine> before = new LinkedHashMap<>();
    Map<String, Integer> seen = new java.util.HashMap<>();
    for (EstimateLine l : estimated.lines()) {
      if (l.category() != LineCategory.ROUNDING) {
        before.put(key(l, seen), l);
      }
    }
    seen.clear();
    List<LineDifference> out = new ArrayList<>();
    CurrencyUnit currency = actual.currency();
    for (EstimateLine l : actual.lines()) {
      if (l.category() == LineCategory.ROUNDING) {
        continue;
      }
      EstimateLine e = before.remove(key(l, seen));
      if (e == null) {
        out.add(diff(DifferenceKind.ADDED, l, null, l, currency));
      } else if (Monies.number(e.amount()).compareTo(Monies.number(l.amount())) != 0
          || !Objects.equals(e.hours(), l.hours())
          || !Objects.equals(e.quantity(), l.quantity())) {
        out.add(diff(DifferenceKind.CHANGED, l, e, l, currency));
      }
    }
    for (EstimateLine e : before.values()) {
      out.add(diff(DifferenceKind.REMOVED, e, e, null, currency));
    }
    return out;
  }

  private static LineDifference diff(
      DifferenceKind kind, EstimateLine line, EstimateLine was, EstimateLine is, CurrencyUnit cur) {
    BigDecimal before = was == null ? BigDecimal.ZERO : Monies.number(was.amount());
    BigDecimal after = is == null ? BigDecimal.ZERO : Monies.number(is.amount());
    MonetaryAmount delta = Monies.of(after.subtract(before), cur);
    String name = line.jobId().map(j -> j + " ").orElse("") + line.code();
    Reason why =
        switch (kind) {
          case ADDED -> Reason.of(
              PricingReasonCodes.DIFF_ADDED,
              "{line} ({category}) added: {amount}",
              "line", name,
              "category", line.category(),
              "amount", is.amount());
          case REMOVED -> Reason.of(
              PricingReasonCodes.DIFF_REMOVED,
              "{line} ({category}) removed: {amount}",
              "line", name,
              "category", line.category(),
              "amount", was.amount());
          case CHANGED -> Reason.of(
              PricingReasonCodes.DIFF_CHANGED,
              "{line} ({category}) changed from {estimated} to {actual} ({delta})",
              "line", name,
              "category", line.category(),
              "estimated", was.amount(),
              "actual", is.amount(),
              "delta", delta);
        };
    LineDifference.Builder b =
        LineDifference.builder()
            .kind(kind)
            .category(line.category())
            .code(line.code())
            .description(line.description())
            .delta(delta)
            .reason(why);
    line.jobId().ifPresent(b::jobId);
    if (was != null) {
      b.estimated(was.amount());
    }
    if (is != null) {
      b.actual(is.amount());
    }
    return b.build();
  }
}

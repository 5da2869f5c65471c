package org.aftersales.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.Skill;
import org.aftersales.pricing.catalogue.LabourOperation;
import org.aftersales.pricing.catalogue.LabourOverlap;
import org.aftersales.pricing.catalogue.LabourRate;
import org.aftersales.pricing.catalogue.MarkupBand;
import org.aftersales.pricing.catalogue.PartPrice;
import org.aftersales.pricing.catalogue.PartPricingBasis;

/**
 * A pricing profile compiled once for fast lookups: hash indexes by op code, part number and
 * skill, prices as plain decimals, tax rates as fractions. Immutable after construction.
 */
final class Compiled {

  static final class Op {
    final LabourOperation op;
    int[] overlaps = new int[0];

    Op(LabourOperation op) {
      this.op = op;
    }
  }

  static final class Rate extends Dated {
    final LabourRate rate;
    final BigDecimal perHour;
    final MonetaryAmount money;
    final String text;

    Rate(LabourRate rate, Units units) {
      super(rate);
      this.rate = rate;
      this.money = rate.rate();
      this.perHour = Monies.number(money);
      this.text = units.text(perHour);
    }
  }

  static final class RateTable {
    final Map<Skill, Rate[]> bySkill = new HashMap<>();
    Rate[] generic;
  }

  static final class Part extends Dated {
    final PartPrice part;
    final BigDecimal list;
    final MonetaryAmount listMoney;
    final BigDecimal cost;
    final BigDecimal core;
    final MonetaryAmount coreMoney;
    final BigDecimal pack;
    final String listText;
    final String costText;
    final String coreText;

    Part(PartPrice p, Units units) {
      super(p);
      this.part = p;
      this.listMoney = p.listPrice().orElse(null);
      this.list = listMoney == null ? null : Monies.number(listMoney);
      this.cost = Monies.number(p.dealerCost());
      this.coreMoney = p.coreCharge().orElse(null);
      this.core = coreMoney == null ? null : Monies.number(coreMoney);
      this.pack = p.packQuantity().orElse(null);
      this.listText = list == null ? null : units.text(list);
      this.costText = units.text(cost);
      this.coreText = core == null ? null : units.text(core);
    }
  }

  final PricingProfile profile;
  final Units units;
  final RoundingPolicy totalRounding;
  final TaxSetup tax;
  final Map<String, Op> ops;
  final LabourOverlap[] overlaps;
  final EnumMap<PayType, RateTable> rates = new EnumMap<>(PayType.class);
  final Map<PartNumber, Part[]> parts;
  final boolean listFirst;
  final BigDecimal[] bandFrom;
  final BigDecimal[] bandMarkup;
  final BigDecimal[] bandFactor;

  Compiled(PricingProfile profile) {
    this.profile = profile;
    this.units = new Units(profile.lineRounding());
    this.totalRounding =
        profile.totalRounding().equals(profile.lineRounding()) ? null : profile.totalRounding();
    this.tax = new TaxSetup(profile.tax());

    List<LabourOperation> operations = profile.labourCatalogue().operations();
    this.ops = new HashMap<>(operations.size() * 2);
    for (LabourOperation op : operations) {
      ops.put(op.opCode(), new Op(op));
    }
    this.overlaps = profile.labourCatalogue().overlaps().toArray(new LabourOverlap[0]);
    Map<String, List<Integer>> byOp = new HashMap<>();
    for (int i = 0; i < overlaps.length; i++) {
      byOp.computeIfAbsent(overlaps[i].opCode(), k -> new ArrayList<>()).add(i);
      byOp.computeIfAbsent(overlaps[i].includedOpCode(), k -> new ArrayList<>()).add(i);
    }
    byOp.forEach((code, idx) -> ops.get(code).overlaps = idx.stream().mapToInt(Integer::intValue).toArray());

    Map<PayType, Map<Skill, List<Rate>>> bySkill = new EnumMap<>(PayType.class);
    Map<PayType, List<Rate>> generic = new EnumMap<>(PayType.class);
    for (LabourRate r : profile.labourRates().rates()) {
      if (r.skill().isPresent()) {
        bySkill.computeIfAbsent(r.payType(), k -> new HashMap<>())
            .computeIfAbsent(r.skill().get(), k -> new ArrayList<>())
            .add(new Rate(r, units));
      } else {
        generic.computeIfAbsent(r.payType(), k -> new ArrayList<>()).add(new Rate(r, units));
      }
    }
    for (PayType p : PayType.values()) {
      if (!bySkill.containsKey(p) && !generic.containsKey(p)) {
        continue;
      }
      RateTable t = new RateTable();
      bySkill.getOrDefault(p, Map.of()).forEach((s, l) -> t.bySkill.put(s, l.toArray(new Rate[0])));
      List<Rate> g = generic.get(p);
      t.generic = g == null ? null : g.toArray(new Rate[0]);
      rates.put(p, t);
    }

    Map<PartNumber, List<Part>> partLists = new HashMap<>();
    for (PartPrice p : profile.priceList().parts()) {
      partLists.computeIfAbsent(p.partNumber(), k -> new ArrayList<>(1)).add(new Part(p, units));
    }
    this.parts = new HashMap<>(partLists.size() * 2);
    partLists.forEach((k, v) -> parts.put(k, v.toArray(new Part[0])));

    this.listFirst = profile.priceList().basis() == PartPricingBasis.LIST_PRICE;
    List<MarkupBand> bands =
        profile.priceList().markupMatrix().map(m -> m.bands()).orElse(List.of());
    this.bandFrom = new BigDecimal[bands.size()];
    this.bandMarkup = new BigDecimal[bands.size()];
    this.bandFactor = new BigDecimal[bands.size()];
    for (int i = 0; i < bands.size(); i++) {
      bandFrom[i] = Monies.number(bands.get(i).fromCost());
      bandMarkup[i] = bands.get(i).markupPercent();
      bandFactor[i] = BigDecimal.ONE.add(bandMarkup[i].movePointLeft(2));
    }
  }

  /** The index of the markup band for a unit cost. */
  int band(BigDecimal cost) {
    int i = bandFrom.length - 1;
    while (i > 0 && bandFrom[i].compareTo(cost) > 0) {
      i--;
    }
    return i;
  }

  /**
   * The labour rate for a skill and pay type on a date, as {@link
   * org.aftersales.pricing.catalogue.LabourRateCard} describes.
   *
   * @param path the request's path for errors, made only when needed
   */
  Rate rate(Skill skill, PayType payType, LocalDate date, Supplier<String> path) {
    RateTable t = rates.get(payType);
    PayType used = payType;
    if (t == null && payType != PayType.WARRANTY) {
      t = rates.get(PayType.CUSTOMER);
      used = PayType.CUSTOMER;
    }
    Rate[] versions = t == null ? null : t.bySkill.get(skill);
    if (versions == null && t != null) {
      versions = t.generic;
    }
    if (versions == null) {
      throw ValidationException.of(
          path.get(),
          PricingErrorCode.LABOUR_RATE_MISSING,
          "profile " + profile.id() + " has no " + payType + " labour rate for skill " + skill);
    }
    Rate r = Dated.pick(versions, date);
    if (r == null) {
      LocalDate expired = Dated.expiredOn(versions, date);
      if (expired != null) {
        throw ValidationException.of(
            path.get(),
            PricingErrorCode.LABOUR_RATE_EXPIRED,
            "the " + used + " labour rate for skill " + skill + " expired on " + expired
                + " (estimate date " + date + ")");
      }
      throw ValidationException.of(
          path.get(),
          PricingErrorCode.LABOUR_RATE_NOT_YET_VALID,
          "the " + used + " labour rate for skill " + skill + " is valid only from "
              + Dated.startsOn(versions, date) + " (estimate date " + date + ")");
    }
    return r;
  }

  /**
   * The price of a dealer part on a date.
   *
   * @param path the request's path for errors (the part number field), made only when needed
   */
  Part part(PartNumber number, LocalDate date, Supplier<String> path) {
    Part[] versions = parts.get(number);
    if (versions == null) {
      throw ValidationException.of(
          path.get(),
          PricingErrorCode.PART_NOT_IN_PRICE_LIST,
          "part " + number + " is not in the price list of profile " + profile.id());
    }
    Part p = Dated.pick(versions, date);
    if (p == null) {
      LocalDate expired = Dated.expiredOn(versions, date);
      if (expired != null) {
        throw ValidationException.of(
            path.get(),
            PricingErrorCode.PART_PRICE_EXPIRED,
            "the price of part " + number + " expired on " + expired + " (estimate date " + date + ")");
      }
      throw ValidationException.of(
          path.get(),
          PricingErrorCode.PART_PRICE_NOT_YET_VALID,
          "the price of part " + number + " is valid only from " + Dated.startsOn(versions, date)
              + " (estimate date " + date + ")");
    }
    return p;
  }

  /** The labour operation for an op code. */
  Op op(String opCode, Supplier<String> path) {
    Op op = ops.get(opCode);
    if (op == null) {
      throw ValidationException.of(
          path.get(),
          PricingErrorCode.LABOUR_OP_NOT_IN_CATALOGUE,
          "op code " + opCode + " is not in the labour catalogue of profile " + profile.id());
    }
    return op;
  }

  /** Requires an amount of the request in the profile's currency. */
  void requireCurrency(MonetaryAmount amount, String path) {
    if (!amount.getCurrency().equals(units.currency)) {
      throw ValidationException.of(
          path,
          CoreErrorCode.CURRENCY_MISMATCH,
          path + " is in " + amount.getCurrency().getCurrencyCode() + ", profile "
              + profile.id() + " prices in " + units.code);
    }
  }
}

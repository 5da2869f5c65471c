package org.aftersales.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.pricing.tax.TaxClass;
import org.aftersales.pricing.tax.TaxInclusion;
import org.aftersales.pricing.tax.TaxPolicy;
import org.aftersales.pricing.tax.TaxRounding;

/** A tax policy compiled for pricing: its distinct rates, highest first, and each class's index. */
final class TaxSetup {
  final TaxPolicy policy;
  final boolean inclusive;
  final boolean perLine;
  final boolean separate;
  final Percentage[] rates;
  final BigDecimal[] fraction;
  final BigDecimal[] onePlus;
  private final Units.Factor[] fractionFactor;
  private final Units.Factor[] onePlusFactor;
  private final int[] classIndex;

  TaxSetup(TaxPolicy policy) {
    this.policy = policy;
    this.inclusive = policy.inclusion() == TaxInclusion.INCLUSIVE;
    this.perLine = policy.rounding() == TaxRounding.PER_LINE;
    this.separate = policy.separateRateAccounting();
    List<Percentage> distinct = new ArrayList<>(4);
    for (TaxClass c : TaxClass.values()) {
      Percentage p = policy.rateFor(c);
      if (distinct.stream().noneMatch(d -> d.compareTo(p) == 0)) {
        distinct.add(p);
      }
    }
    distinct.sort((a, b) -> b.compareTo(a));
    this.rates = distinct.toArray(new Percentage[0]);
    this.fraction = new BigDecimal[rates.length];
    this.onePlus = new BigDecimal[rates.length];
    this.fractionFactor = new Units.Factor[rates.length];
    this.onePlusFactor = new Units.Factor[rates.length];
    for (int i = 0; i < rates.length; i++) {
      fraction[i] = rates[i].fraction();
      onePlus[i] = BigDecimal.ONE.add(fraction[i]);
      fractionFactor[i] = new Units.Factor(fraction[i]);
      onePlusFactor[i] = new Units.Factor(onePlus[i]);
    }
    this.classIndex = new int[TaxClass.values().length];
    for (TaxClass c : TaxClass.values()) {
      Percentage p = policy.rateFor(c);
      for (int i = 0; i < rates.length; i++) {
        if (rates[i].compareTo(p) == 0) {
          classIndex[c.ordinal()] = i;
        }
      }
    }
  }

  int index(TaxClass c) {
    return classIndex[c.ordinal()];
  }

  /** The tax in some units of line amount at a rate: added on top, or contained in it. */
  long taxOf(Units u, long amount, int rate) {
    if (amount == 0 || fraction[rate].signum() == 0) {
      return 0;
    }
    return inclusive
        ? amount - u.divide(amount, onePlusFactor[rate])
        : u.times(amount, fractionFactor[rate]);
  }
}

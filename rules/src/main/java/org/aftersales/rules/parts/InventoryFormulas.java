package org.aftersales.rules.parts;

import java.math.BigDecimal;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;

/**
 * The inventory formulas of DOMAIN §5, as pure functions of plain numbers.
 *
 * <ul>
 *   <li>safety stock = z × σ(daily demand) × √(lead-time days), never below 0;
 *   <li>reorder point = mean daily demand × lead-time days + safety stock;
 *   <li>EOQ = √(2 × annual demand × cost per order / holding cost per unit per year);
 *   <li>z for a service level: 1.28 for 90%, 1.65 for 95%, 2.05 for 98%, 2.33 for 99% (the
 *       DOMAIN §5 table), and the inverse standard normal distribution elsewhere.
 * </ul>
 *
 * <p><b>z between the table's points.</b> The table's values are rounded (the exact quantile of
 * 95% is 1.6449, of 90% 1.2816), so plain interpolation with the exact quantile would make z fall
 * just above 95% and rise just below 90%. Instead z is the exact quantile clamped between the
 * table values of the nearest table points below and above: {@code z(p) = min(max(Φ⁻¹(p),
 * z(p_below)), z(p_above))}. It equals the table at its points, is the exact quantile away from
 * them, and never decreases as the service level rises. Φ⁻¹ is Wichura's algorithm AS241
 * (Applied Statistics 37(3), 1988), accurate to about 1e-16.
 *
 * <p>These functions work in {@code double} with {@link StrictMath}, so results are identical on
 * every JVM. The planner rounds their results as {@link ReorderPlanner} documents. Stateless and
 * thread-safe.
 */
public final class InventoryFormulas {

  private static final double[] TABLE_P = {0.90, 0.95, 0.98, 0.99};
  private static final double[] TABLE_Z = {1.28, 1.65, 2.05, 2.33};
  private static final BigDecimal[] TABLE_LEVELS = {
    new BigDecimal("0.9"), new BigDecimal("0.95"), new BigDecimal("0.98"), new BigDecimal("0.99")
  };

  private InventoryFormulas() {}

  /**
   * The safety factor z for a service level, as the class describes.
   *
   * @param serviceLevel the service level
   * @return z; negative below 50%
   */
  public static double z(ServiceLevel serviceLevel) {
    Checks.requireNonNull(serviceLevel, "serviceLevel");
    BigDecimal v = serviceLevel.value();
    for (int i = 0; i < TABLE_LEVELS.length; i++) {
      if (v.compareTo(TABLE_LEVELS[i]) == 0) {
        return TABLE_Z[i];
      }
    }
    double p = v.doubleValue();
    double z = inverseStandardNormal(p);
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    for (int i = 0; i < TABLE_P.length; i++) {
      if (v.compareTo(TABLE_LEVELS[i]) > 0) {
        lo = TABLE_Z[i];
      } else if (hi == Double.POSITIVE_INFINITY) {
        hi = TABLE_Z[i];
      }
    }
    return Math.min(Math.max(z, lo), hi);
  }

  /**
   * The inverse of the standard normal distribution function, Φ⁻¹(p), by AS241 (PPND16).
   *
   * @param p a probability strictly between 0 and 1
   * @return the quantile
   */
  public static double inverseStandardNormal(double p) {
    Checks.require(
        p > 0 && p < 1,
        "p",
        PartsErrorCode.PARTS_SERVICE_LEVEL_OUT_OF_RANGE,
        "p must be strictly between 0 and 1: %s",
        p);
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q * horner(r, A) / horner(r, B);
    }
    double r = StrictMath.sqrt(-StrictMath.log(q < 0 ? p : 1.0 - p));
    double x;
    if (r <= 5.0) {
      x = horner(r - 1.6, C) / horner(r - 1.6, D);
    } else {
      x = horner(r - 5.0, E) / horner(r - 5.0, F);
    }
    return q < 0 ? -x : x;
  }

  /** Evaluates a polynomial with coefficients from the highest degree down (Horner's rule). */
  private static double horner(double r, double[] coefficients) {
    double acc = coefficients[0];
    for (int i = 1; i < coefficients.length; i++) {
      acc = acc * r + coefficients[i];
    }
    return acc;
  }

  // AS241 PPND16 coefficients, highest degree first.
  private static final double[] A = {
    2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
    4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
    1.3314166789178437745e+2, 3.3871328727963666080e+0
  };
  private static final double[] B = {
    5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
    2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
    4.2313330701600911252e+1, 1.0
  };
  private static final double[] C = {
    7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
    1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
    4.63033784615654529590e+0, 1.42343711074968357734e+0
  };
  private static final double[] D = {
    1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
    1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
    2.05319162663775882187e+0, 1.0
  };
  private static final double[] E = {
    2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
    2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
    5.46378491116411436990e+0, 6.65790464350110377720e+0
  };
  private static final double[] F = {
    2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
    7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
    5.99832206555887937690e-1, 1.0
  };

  /**
   * Safety stock = z × σ × √L, never below 0 (a service level below 50% keeps none).
   *
   * @param z the safety factor
   * @param sigmaDailyDemand the standard deviation of daily demand, at least 0
   * @param leadTimeDays the lead time in days, at least 0
   * @return the safety stock, in the unit of the demand
   */
  public static double safetyStock(double z, double sigmaDailyDemand, double leadTimeDays) {
    requireNonNegative(sigmaDailyDemand, "sigmaDailyDemand");
    requireNonNegative(leadTimeDays, "leadTimeDays");
    return Math.max(0.0, z * sigmaDailyDemand * StrictMath.sqrt(leadTimeDays));
  }

  /**
   * Reorder point = mean daily demand × L + safety stock.
   *
   * @param meanDailyDemand the mean daily demand, at least 0
   * @param leadTimeDays the lead time in days, at least 0
   * @param safetyStock the safety stock, at least 0
   * @return the reorder point
   */
  public static double reorderPoint(double meanDailyDemand, double leadTimeDays, double safetyStock) {
    requireNonNegative(meanDailyDemand, "meanDailyDemand");
    requireNonNegative(leadTimeDays, "leadTimeDays");
    requireNonNegative(safetyStock, "safetyStock");
    return meanDailyDemand * leadTimeDays + safetyStock;
  }

  /**
   * EOQ = √(2 × D × S / H); 0 without demand. Without holding cost the formula has no finite
   * answer: then the EOQ is one year's demand, so a part is ordered at least once a year.
   *
   * @param annualDemand D, units per year, at least 0
   * @param costPerOrder S, at least 0
   * @param holdingCostPerUnitYear H, at least 0
   * @return the economic order quantity in units
   */
  public static double economicOrderQuantity(
      double annualDemand, double costPerOrder, double holdingCostPerUnitYear) {
    requireNonNegative(annualDemand, "annualDemand");
    requireNonNegative(costPerOrder, "costPerOrder");
    requireNonNegative(holdingCostPerUnitYear, "holdingCostPerUnitYear");
    if (annualDemand == 0) {
      return 0;
    }
    if (holdingCostPerUnitYear == 0) {
      return annualDemand;
    }
    return StrictMath.sqrt(2.0 * annualDemand * costPerOrder / holdingCostPerUnitYear);
  }

  private static void requireNonNegative(double v, String path) {
    Checks.require(
        v >= 0 && Double.isFinite(v),
        path,
        CoreErrorCode.NEGATIVE_QUANTITY,
        "%s must be a finite number >= 0: %s",
        path,
        v);
  }
}

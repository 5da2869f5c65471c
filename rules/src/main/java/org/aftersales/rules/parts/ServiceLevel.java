package org.aftersales.rules.parts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import org.aftersales.core.Checks;
import org.aftersales.core.quantity.Decimals;

/**
 * A cycle service level: the probability of not running out of a part during a replenishment
 * lead time, strictly between 0 and 1 ({@code 0.95} for 95%), with at most 6 decimal places.
 *
 * <p>Its safety factor z is {@link InventoryFormulas#z(ServiceLevel)}: the DOMAIN §5 table (1.28
 * for 90%, 1.65 for 95%, 2.05 for 98%, 2.33 for 99%) and the inverse standard normal distribution
 * between and beyond the table's points. A service level of 0 or 1 (or beyond) is refused with
 * {@link PartsErrorCode#PARTS_SERVICE_LEVEL_OUT_OF_RANGE}: 1 would need infinite stock. Trailing
 * zeros are dropped. Immutable and thread-safe. JSON: a number, {@code 0.95}.
 *
 * @param value the probability, {@code 0 < value < 1}
 */
public record ServiceLevel(BigDecimal value) implements Comparable<ServiceLevel> {

  /** 90%, z = 1.28. */
  public static final ServiceLevel P90 = new ServiceLevel(new BigDecimal("0.90"));
  /** 95%, z = 1.65. */
  public static final ServiceLevel P95 = new ServiceLevel(new BigDecimal("0.95"));
  /** 98%, z = 2.05. */
  public static final ServiceLevel P98 = new ServiceLevel(new BigDecimal("0.98"));
  /** 99%, z = 2.33. */
  public static final ServiceLevel P99 = new ServiceLevel(new BigDecimal("0.99"));

  /** Validates the bounds and drops trailing zeros. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ServiceLevel {
    BigDecimal v = value;
    value =
        Checks.atValue(
            () -> {
              Checks.requireNonNull(v, "serviceLevel");
              Checks.require(
                  v.signum() > 0 && v.compareTo(BigDecimal.ONE) < 0,
                  "serviceLevel",
                  PartsErrorCode.PARTS_SERVICE_LEVEL_OUT_OF_RANGE,
                  "serviceLevel must be strictly between 0 and 1: %s",
                  Checks.abbreviate(v.toString()));
              return Decimals.normalise(Checks.requireDecimal(v, "serviceLevel", 1, 6));
            });
  }

  /**
   * A service level from a decimal string such as {@code "0.95"}.
   *
   * @param value the probability
   * @return the service level
   */
  public static ServiceLevel of(String value) {
    return new ServiceLevel(Decimals.parse(value, "serviceLevel"));
  }

  /**
   * The probability.
   *
   * @return the value, strictly between 0 and 1
   */
  @JsonValue
  @Override
  public BigDecimal value() {
    return value;
  }

  @Override
  public int compareTo(ServiceLevel o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value.toPlainString();
  }
}

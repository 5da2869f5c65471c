package org.aftersales.pricing.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.PolicyException;
import org.immutables.value.Value;

/**
 * The flat-rate labour catalogue: every {@link LabourOperation} the dealer prices, and the
 * {@link LabourOverlap}s between them.
 *
 * <p><b>Overlap rule.</b> When both operations of an overlap are on one order, the estimator
 * deducts the shared time from the first line of the included operation. Overlaps are applied in
 * this list's order; each deduction is {@code min(includedHours, unused hours of the including
 * line, unused hours of the included line)}, and a deduction uses up those hours on both lines,
 * so a line's time is shared at most once. This is what a service manager expects ("the bumper
 * comes off once") and it guarantees that adding an operation never lowers the order's total
 * hours. (Per skill it can: when the two operations need different skills, the shared time
 * leaves the included operation's skill.)
 *
 * <p>Rules checked on build: op codes are unique; overlaps name known operations, and each pair
 * appears once. Immutable and thread-safe; JSON round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableLabourCatalogue.class)
@JsonDeserialize(as = ImmutableLabourCatalogue.class)
public abstract class LabourCatalogue {

  LabourCatalogue() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LabourCatalogue}; {@code build()} validates. */
  public static final class Builder extends ImmutableLabourCatalogue.Builder {
    Builder() {}
  }

  /**
   * The operations.
   *
   * @return the operations, in catalogue order
   */
  public abstract List<LabourOperation> operations();

  /**
   * The overlapping-time rules, applied in this order.
   *
   * @return the overlaps
   */
  public abstract List<LabourOverlap> overlaps();

  /**
   * The operation with an op code.
   *
   * @param opCode the op code
   * @return the operation, or empty when the catalogue has none
   */
  public Optional<LabourOperation> operation(String opCode) {
    return Optional.ofNullable(index().get(opCode));
  }

  /** The operations by op code, built once on first use. */
  @Value.Lazy
  @JsonIgnore
  ImmutableMap<String, LabourOperation> index() {
    ImmutableMap.Builder<String, LabourOperation> b = ImmutableMap.builderWithExpectedSize(operations().size());
    for (LabourOperation op : operations()) {
      b.put(op.opCode(), op);
    }
    return b.buildOrThrow();
  }

  @Value.Check
  final void check() {
    Checks.requireUnique(operations(), LabourOperation::opCode, "operations");
    Set<String> codes = new HashSet<>();
    for (LabourOperation op : operations()) {
      codes.add(op.opCode());
    }
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < overlaps().size(); i++) {
      LabourOverlap o = overlaps().get(i);
      for (String code : new String[] {o.opCode(), o.includedOpCode()}) {
        if (!codes.contains(code)) {
          throw PolicyException.of(
              "overlaps[" + i + "]",
              CoreErrorCode.UNKNOWN_REFERENCE,
              "overlaps[" + i + "] names op code " + code + ", which is not in the catalogue");
        }
      }
      String a = o.opCode().compareTo(o.includedOpCode()) < 0 ? o.opCode() : o.includedOpCode();
      String b = a.equals(o.opCode()) ? o.includedOpCode() : o.opCode();
      if (!pairs.add(a + "\u0000" + b)) {
        throw PolicyException.of(
            "overlaps[" + i + "]",
            CoreErrorCode.DUPLICATE_ID,
            "overlaps[" + i + "] repeats the pair " + a + "/" + b);
      }
    }
  }
}

package org.aftersales.rules.parts;

import org.aftersales.core.Checks;

/**
 * A supplier parts are ordered from, with its lead times by order type.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"id":"OEM-PDC","leadTimes":{...}}}.
 *
 * @param id the supplier's identifier, unique in a {@link PartsSnapshot}
 * @param leadTimes its lead times
 */
public record Supplier(SupplierId id, LeadTimes leadTimes) {

  /** Validates that both components are present. */
  public Supplier {
    Checks.requireNonNull(id, "id");
    Checks.requireNonNull(leadTimes, "leadTimes");
  }

  /**
   * A supplier with the seed 002 lead times ({@link LeadTimes#oemNetwork()}).
   *
   * @param id the identifier
   * @return the supplier
   */
  public static Supplier oemNetwork(String id) {
    return new Supplier(SupplierId.of(id), LeadTimes.oemNetwork());
  }
}

package org.aftersales.core;

import java.util.List;

/**
 * A booking or resource claim was refused because it collides with what is already booked, or
 * because the time is not offered; the reasons say why ("buffer slot", "advisor busy"...).
 */
public final class SchedulingConflictException extends AfterSalesException {
  private static final long serialVersionUID = 1L;

  private final transient List<Reason> reasons;

  /**
   * Creates the exception.
   *
   * @param path what was refused, for example {@code start}
   * @param reasons at least one reason the time was refused
   */
  public SchedulingConflictException(String path, List<Reason> reasons) {
    super(
        reasons.stream()
            .map(r -> new Violation(path, CoreErrorCode.SCHEDULING_CONFLICT, r.message()))
            .toList(),
        null);
    this.reasons = List.copyOf(reasons);
  }

  /**
   * Why the time was refused.
   *
   * @return the reasons, never empty
   */
  public List<Reason> reasons() {
    return reasons;
  }
}

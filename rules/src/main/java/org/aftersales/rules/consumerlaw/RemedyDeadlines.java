package org.aftersales.rules.consumerlaw;

import java.time.LocalDate;
import org.aftersales.core.Checks;

/**
 * The seller's deadlines once the consumer asked for a replacement or refund (SAMR Order 43
 * Art. 28, DOMAIN §3.1): answer within 10 working days, complete within 20 working days, each
 * the N-th working day after the request under the dealer's {@code WorkingCalendar} (the request
 * day itself is not counted), inclusive. Immutable and thread-safe.
 *
 * @param requestedOn the day the consumer asked
 * @param answerBy the last day to answer
 * @param completeBy the last day to complete, else the consumer may take a refund
 */
public record RemedyDeadlines(LocalDate requestedOn, LocalDate answerBy, LocalDate completeBy) {

  /** Validates that every component is present. */
  public RemedyDeadlines {
    Checks.requireNonNull(requestedOn, "requestedOn");
    Checks.requireNonNull(answerBy, "answerBy");
    Checks.requireNonNull(completeBy, "completeBy");
  }
}

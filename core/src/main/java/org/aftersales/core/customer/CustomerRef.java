package org.aftersales.core.customer;

import org.aftersales.core.Checks;

/**
 * A reference to a customer held in the host's own system. Deliberately carries no personal
 * data (no name, phone or address): the library needs only to tell customers apart, know their
 * type and how they like to be contacted. Immutable and thread-safe.
 *
 * @param id the host's customer identifier
 * @param type individual, fleet or internal
 * @param preferredChannel how the customer prefers to be contacted
 */
public record CustomerRef(String id, CustomerType type, ContactChannel preferredChannel) {

  /** Validates the identifier and that every component is present. */
  public CustomerRef {
    Checks.requireIdentifier(id, "id");
    Checks.requireNonNull(type, "type");
    Checks.requireNonNull(preferredChannel, "preferredChannel");
  }
}

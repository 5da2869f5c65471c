package org.aftersales.rules.warranty;

/** What a {@link UsageRestriction} does to a coverage. */
public enum UsageEffect {
  /** The coverage does not apply at all. */
  VOID,
  /** The coverage's limits are shortened to the restriction's limits. */
  SHORTEN
}

package org.aftersales.rules.parts;

/** A change of a part number's stocking the {@link StockingClassifier} recommends. */
public enum StockingChange {
  /** Nothing changes. */
  NONE,
  /** A part not stocked so far meets the phase-in rule and should be stocked from now on. */
  PHASE_IN,
  /** A stocked part has not sold for the obsolescence period and should no longer be stocked. */
  PHASE_OUT
}

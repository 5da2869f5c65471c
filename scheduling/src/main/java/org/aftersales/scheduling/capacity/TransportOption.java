package org.aftersales.scheduling.capacity;

/**
 * How the customer gets by while the car is in the workshop; each option but {@link #DROP_OFF}
 * usually has a daily quota, and loaners come from a finite fleet.
 */
public enum TransportOption {
  /** The customer leaves the car and makes their own way. */
  DROP_OFF,
  /** The customer waits in the lounge: the job must be done while they wait. */
  WAITING,
  /** The customer gets a loaner (courtesy) car for the days the job takes. */
  LOANER,
  /** The shop's shuttle takes the customer home or to work. */
  SHUTTLE
}

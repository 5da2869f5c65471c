package org.aftersales.core.vehicle;

/** Where an odometer reading came from. */
public enum OdometerSource {
  /** Read by the service advisor at check-in, with the customer present (环车检查). */
  CHECK_IN,
  /** Read when the vehicle was handed back to the customer. */
  DELIVERY,
  /** Read by a technician during the work. */
  WORKSHOP,
  /** Stated by the customer, for example on the phone when booking. */
  CUSTOMER_REPORTED,
  /** Reported by the vehicle's connected services. */
  TELEMATICS,
  /** Taken from a service record of another workshop. */
  SERVICE_RECORD,
  /**
   * The first reading of a replaced instrument cluster. It may be below earlier readings: the
   * only reading that may go backwards.
   */
  CLUSTER_REPLACEMENT
}

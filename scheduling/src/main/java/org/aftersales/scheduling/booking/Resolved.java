package org.aftersales.scheduling.booking;

/** A request checked against a book's policy and turned into indexes and units. Immutable. */
final class Resolved {

  final AppointmentRequest request;
  final AppointmentType type;
  final int slots;
  /** Hours by skill index, in units of 1/10,000 hour. */
  final long[] skillUnits;
  final int skillMask;
  final long totalUnits;
  final int bay;
  final int transport;
  final int loanerDays;
  /** The first whole epoch second at or after the parts' arrival, or Long.MIN_VALUE. */
  final long etaCeil;
  final int advisor;

  Resolved(
      AppointmentRequest request,
      AppointmentType type,
      long[] skillUnits,
      int skillMask,
      long totalUnits,
      int bay,
      int transport,
      int loanerDays,
      long etaCeil,
      int advisor) {
    this.request = request;
    this.type = type;
    this.slots = type.receptionSlots();
    this.skillUnits = skillUnits;
    this.skillMask = skillMask;
    this.totalUnits = totalUnits;
    this.bay = bay;
    this.transport = transport;
    this.loanerDays = loanerDays;
    this.etaCeil = etaCeil;
    this.advisor = advisor;
  }

  boolean needsLoaner() {
    return transport == org.aftersales.scheduling.capacity.TransportOption.LOANER.ordinal();
  }
}

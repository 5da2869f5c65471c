package org.aftersales.scheduling.booking;

/**
 * What the active bookings of one date take: each advisor's reception slots (a bit per slot),
 * receptions per advisor, reception slot units, appointments, labour units by skill and bay type,
 * appointments per transport option, and loaner cars out. Immutable: every change copies the few
 * small arrays it touches, so a day's cost does not grow with the size of the book.
 */
final class DayLedger {

  final int words;
  final long[] advisorBits;
  final int[] advisorLoad;
  final int receptionUnits;
  final int appointments;
  final long hoursUnits;
  final long[] skillUnits;
  final long[] bayUnits;
  final int[] transport;
  final int loanersOut;

  private DayLedger(
      int words,
      long[] advisorBits,
      int[] advisorLoad,
      int receptionUnits,
      int appointments,
      long hoursUnits,
      long[] skillUnits,
      long[] bayUnits,
      int[] transport,
      int loanersOut) {
    this.words = words;
    this.advisorBits = advisorBits;
    this.advisorLoad = advisorLoad;
    this.receptionUnits = receptionUnits;
    this.appointments = appointments;
    this.hoursUnits = hoursUnits;
    this.skillUnits = skillUnits;
    this.bayUnits = bayUnits;
    this.transport = transport;
    this.loanersOut = loanersOut;
  }

  static DayLedger empty(int slotCount, int advisors, int skills, int bayTypes, int transportOptions) {
    int words = Math.max(1, (slotCount + 63) >>> 6);
    return new DayLedger(
        words,
        new long[words * advisors],
        new int[advisors],
        0,
        0,
        0,
        new long[skills],
        new long[bayTypes],
        new int[transportOptions],
        0);
  }

  boolean isBusy(int advisor, int slot) {
    return (advisorBits[advisor * words + (slot >>> 6)] & (1L << (slot & 63))) != 0;
  }

  boolean isFree(int advisor, int slot, int count) {
    for (int i = slot; i < slot + count; i++) {
      if (isBusy(advisor, i)) {
        return false;
      }
    }
    return true;
  }

  /** Adds (sign 1) or removes (sign -1) a reception and its workshop demand. */
  DayLedger withReception(int slot, int advisor, Resolved r, int sign) {
    long[] bits = advisorBits.clone();
    for (int i = slot; i < slot + r.slots; i++) {
      bits[advisor * words + (i >>> 6)] ^= 1L << (i & 63);
    }
    int[] load = advisorLoad.clone();
    load[advisor] += sign;
    long[] skills = skillUnits;
    if (r.skillMask != 0) {
      skills = skillUnits.clone();
      for (int s = 0; s < skills.length; s++) {
        skills[s] += sign * r.skillUnits[s];
      }
    }
    long[] bays = bayUnits;
    if (r.bay >= 0) {
      bays = bayUnits.clone();
      bays[r.bay] += sign * r.totalUnits;
    }
    int[] tr = transport.clone();
    tr[r.transport] += sign;
    return new DayLedger(
        words,
        bits,
        load,
        receptionUnits + sign * r.slots,
        appointments + sign,
        hoursUnits + sign * r.totalUnits,
        skills,
        bays,
        tr,
        loanersOut);
  }

  DayLedger withLoaner(int delta) {
    return new DayLedger(
        words, advisorBits, advisorLoad, receptionUnits, appointments, hoursUnits, skillUnits,
        bayUnits, transport, loanersOut + delta);
  }

  boolean isEmpty() {
    return appointments == 0 && loanersOut == 0;
  }
}

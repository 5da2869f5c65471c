package org.aftersales.scheduling.booking;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.AfterSalesStyle;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.PolicyException;
import org.aftersales.core.order.AdvisorId;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.scheduling.SchedulingErrorCode;
import org.aftersales.scheduling.calendar.DayHours;
import org.aftersales.scheduling.calendar.TimeWindow;
import org.immutables.value.Value;

/**
 * How the service advisors receive appointments (DOMAIN §2 step 2, seed 001's worked example):
 * reception slots of a fixed length, and after every N slots a buffer of M minutes kept free.
 *
 * <p>Seed 001: a reception takes at most 15 minutes; book 9:00, 9:15, 9:30, and the fourth at
 * <b>10:00</b>, not 9:45. If the first reception overruns by 5 minutes the second and third start
 * 5 minutes late, but the fourth is unaffected; the free slot also absorbs walk-ins with larger
 * problems. {@link #seedPreset} is that pattern: 15 min, N = 3, M = 15, giving 9:00, 9:15, 9:30,
 * 10:00, 10:15, 10:30, 11:00… The cycle restarts at opening and after every break; a slot is
 * offered only when it ends by the end of its window, so the last slot may end exactly at
 * closing.
 *
 * <p>Also part of the pattern:
 *
 * <ul>
 *   <li>{@link #advisors()} on duty during opening hours, except on their {@link
 *       #advisorAbsences()}; each receives one customer at a time, so concurrent receptions never
 *       exceed the advisors on duty;
 *   <li>{@link #minimumNotice()}: no appointment starts earlier than this after the moment of
 *       booking; {@link #sameDayBooking()} {@code false} takes appointments from tomorrow on (in
 *       the shop's zone);
 *   <li>{@link #horizonDays()}: appointments up to this many days after today (in the shop's
 *       zone), inclusive;
 *   <li>{@link #walkInReserve()}: the share of each day's reception slots (summed over
 *       advisors, counted in slots) that appointments may never take, kept for walk-ins;
 *   <li>{@link #appointmentTypes()} with their reception lengths;
 *   <li>{@link #requireAlignedWindows()}: when set, the slot length must divide every working
 *       window of the calendar ({@link SchedulingErrorCode#SLOT_LENGTH_MISALIGNED} when the book
 *       is created).
 * </ul>
 *
 * <p>Rules checked on build: the slot length is 1–240 whole minutes; the buffer is 0–240 whole
 * minutes ({@link SchedulingErrorCode#NEGATIVE_BUFFER} when negative); N is 1–64; at least one
 * advisor, ids unique; at least one appointment type, codes unique, none longer than N slots when
 * there is a buffer ({@link SchedulingErrorCode#RECEPTION_LONGER_THAN_RUN}); minimum notice not
 * negative; horizon 0–3660 days. Immutable and thread-safe; build with {@link #builder()}. JSON
 * round-trips.
 */
@Value.Immutable
@AfterSalesStyle
@JsonSerialize(as = ImmutableReceptionPattern.class)
@JsonDeserialize(as = ImmutableReceptionPattern.class)
public abstract class ReceptionPattern {

  ReceptionPattern() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReceptionPattern}; {@code build()} validates. */
  public static final class Builder extends ImmutableReceptionPattern.Builder {
    Builder() {}
  }

  /**
   * Seed 001's pattern: 15-minute receptions, one 15-minute slot kept free after every three,
   * the given advisors, express maintenance and repair in one slot and diagnosis in two, two
   * hours' minimum notice, 60 days ahead, same-day bookings allowed, no extra walk-in reserve
   * (the buffer slots absorb walk-ins, as the seed says).
   *
   * @param advisors the advisors on duty, at least one
   * @return the pattern
   */
  public static ReceptionPattern seedPreset(AdvisorId... advisors) {
    Checks.requireNonNull(advisors, "advisors");
    return builder()
        .slotLength(Duration.ofMinutes(15))
        .slotsBeforeBuffer(3)
        .buffer(Duration.ofMinutes(15))
        .addAdvisors(advisors)
        .addAppointmentTypes(
            AppointmentType.EXPRESS_MAINTENANCE, AppointmentType.REPAIR, AppointmentType.DIAGNOSIS)
        .minimumNotice(Duration.ofHours(2))
        .horizonDays(60)
        .build();
  }

  /**
   * The length of one reception slot.
   *
   * @return the slot length, whole minutes
   */
  public abstract Duration slotLength();

  /**
   * N: how many reception slots follow each other before a buffer.
   *
   * @return N, at least 1
   */
  public abstract int slotsBeforeBuffer();

  /**
   * M: the time kept free after every N slots; zero for no buffers.
   *
   * @return the buffer, whole minutes, not negative
   */
  public abstract Duration buffer();

  /**
   * The service advisors on duty during opening hours, in the order they are given work when the
   * customer has no preference and their loads are equal.
   *
   * @return the advisors
   */
  public abstract List<AdvisorId> advisors();

  /**
   * Dates on which an advisor is not on duty.
   *
   * @return the absences
   */
  public abstract List<AdvisorAbsence> advisorAbsences();

  /**
   * The appointment types offered.
   *
   * @return the types
   */
  public abstract List<AppointmentType> appointmentTypes();

  /**
   * The least time between booking and the start of the appointment; zero by default.
   *
   * @return the notice
   */
  @Value.Default
  public Duration minimumNotice() {
    return Duration.ZERO;
  }

  /**
   * Whether appointments may be made for today; {@code true} by default.
   *
   * @return {@code false} to start with tomorrow in the shop's zone
   */
  @Value.Default
  public boolean sameDayBooking() {
    return true;
  }

  /**
   * The last bookable date is today plus this many days, in the shop's zone; 60 by default.
   *
   * @return the horizon in days
   */
  @Value.Default
  public int horizonDays() {
    return 60;
  }

  /**
   * The share of each day's reception slots never offered to appointments; 0% by default.
   *
   * @return the walk-in reserve
   */
  @Value.Default
  public Percentage walkInReserve() {
    return Percentage.ZERO;
  }

  /**
   * Whether the slot length must divide every working window of the shop's calendar; {@code
   * false} by default.
   *
   * @return {@code true} to require aligned windows
   */
  @Value.Default
  public boolean requireAlignedWindows() {
    return false;
  }

  /**
   * The appointment type with a code.
   *
   * @param code the code
   * @return the type, or empty when not offered
   */
  public Optional<AppointmentType> appointmentType(String code) {
    Checks.requireNonNull(code, "code");
    return appointmentTypes().stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /**
   * The wall-clock reception starts of a day with these hours, ignoring clock changes: for the
   * seed preset and 09:00–12:00, {@code 09:00 09:15 09:30 10:00 10:15 10:30 11:00 11:15 11:30}.
   *
   * @param hours the day's hours
   * @return the starts, in order
   */
  public List<LocalTime> receptionStarts(DayHours hours) {
    Checks.requireNonNull(hours, "hours");
    List<TimeWindow> windows = hours.workingWindows();
    int[] s = new int[windows.size()];
    int[] e = new int[windows.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = windows.get(i).start().toSecondOfDay();
      e[i] = windows.get(i).end().toSecondOfDay();
    }
    SlotGrid g = SlotGrid.build(s, e, slotSeconds(), slotsBeforeBuffer(), bufferSeconds());
    List<LocalTime> out = new ArrayList<>(g.starts.length);
    for (int t : g.starts) {
      out.add(LocalTime.ofSecondOfDay(t));
    }
    return List.copyOf(out);
  }

  int slotSeconds() {
    return (int) slotLength().getSeconds();
  }

  int bufferSeconds() {
    return (int) buffer().getSeconds();
  }

  @Value.Check
  final void check() {
    requireMinutes(slotLength(), "slotLength", 1);
    Checks.require(
        !buffer().isNegative(),
        "buffer",
        SchedulingErrorCode.NEGATIVE_BUFFER,
        "buffer must not be negative: %s",
        buffer());
    requireMinutes(buffer(), "buffer", 0);
    Checks.require(
        slotsBeforeBuffer() >= 1 && slotsBeforeBuffer() <= 64,
        "slotsBeforeBuffer",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "slotsBeforeBuffer must be between 1 and 64: %s",
        slotsBeforeBuffer());
    Checks.require(
        !advisors().isEmpty(),
        "advisors",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "a reception pattern needs at least one advisor on duty");
    Checks.require(
        advisors().size() <= 1024,
        "advisors",
        SchedulingErrorCode.SIZE_LIMIT_EXCEEDED,
        "at most 1024 advisors: %s",
        advisors().size());
    Checks.requireUnique(advisors(), a -> a, "advisors");
    for (int i = 0; i < advisorAbsences().size(); i++) {
      AdvisorAbsence x = advisorAbsences().get(i);
      Checks.require(
          advisors().contains(x.advisor()),
          "advisorAbsences[" + i + "].advisor",
          SchedulingErrorCode.ADVISOR_NOT_ON_DUTY,
          "advisor %s of an absence is not one of the advisors %s",
          x.advisor(),
          advisors());
    }
    Checks.require(
        !appointmentTypes().isEmpty(),
        "appointmentTypes",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "a reception pattern needs at least one appointment type");
    Checks.requireUnique(appointmentTypes(), AppointmentType::code, "appointmentTypes");
    if (!buffer().isZero()) {
      for (int i = 0; i < appointmentTypes().size(); i++) {
        AppointmentType t = appointmentTypes().get(i);
        if (t.receptionSlots() > slotsBeforeBuffer()) {
          throw PolicyException.of(
              "appointmentTypes[" + i + "].receptionSlots",
              SchedulingErrorCode.RECEPTION_LONGER_THAN_RUN,
              "appointment type " + t.code() + " needs " + t.receptionSlots()
                  + " consecutive slots, but only " + slotsBeforeBuffer() + " come before each buffer");
        }
      }
    }
    Checks.require(
        !minimumNotice().isNegative() && minimumNotice().compareTo(Duration.ofDays(3660)) <= 0,
        "minimumNotice",
        SchedulingErrorCode.DURATION_OUT_OF_RANGE,
        "minimumNotice must be between 0 and 3660 days: %s",
        minimumNotice());
    Checks.require(
        horizonDays() >= 0 && horizonDays() <= 3660,
        "horizonDays",
        CoreErrorCode.VALUE_OUT_OF_RANGE,
        "horizonDays must be between 0 and 3660: %s",
        horizonDays());
  }

  private static void requireMinutes(Duration d, String path, int minMinutes) {
    Checks.require(
        d.getNano() == 0 && d.getSeconds() % 60 == 0
            && d.getSeconds() >= minMinutes * 60L && d.getSeconds() <= 240 * 60,
        path,
        SchedulingErrorCode.DURATION_OUT_OF_RANGE,
        "%s must be %s to 240 whole minutes: %s",
        path,
        minMinutes,
        d);
  }
}

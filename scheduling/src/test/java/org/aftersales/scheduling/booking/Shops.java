package org.aftersales.scheduling.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.aftersales.core.order.AdvisorId;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.quantity.Hours;
import org.aftersales.scheduling.calendar.DayHours;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.aftersales.scheduling.calendar.TimeWindow;
import org.aftersales.scheduling.capacity.Shift;
import org.aftersales.scheduling.capacity.Technician;
import org.aftersales.scheduling.capacity.WorkshopCapacity;

/** Shops used by the booking tests. */
final class Shops {

  private Shops() {}

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final AdvisorId A1 = AdvisorId.of("A1");
  static final AdvisorId A2 = AdvisorId.of("A2");
  static final AdvisorId A3 = AdvisorId.of("A3");
  static final AdvisorId A4 = AdvisorId.of("A4");
  /** A Monday. */
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  /** The Friday before, 10:00 in Shanghai. */
  static final Instant FRIDAY_BEFORE = at(SHANGHAI, LocalDate.of(2026, 2, 27), 10, 0);

  static final DayOfWeek[] WEEKDAYS = {
    DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY
  };

  static Instant at(ZoneId zone, LocalDate date, int hour, int minute) {
    return ZonedDateTime.of(date, LocalTime.of(hour, minute), zone).toInstant();
  }

  static Instant at(LocalDate date, int hour, int minute) {
    return at(SHANGHAI, date, hour, minute);
  }

  static LocalTime local(Instant i) {
    return LocalDateTime.ofInstant(i, SHANGHAI).toLocalTime();
  }

  /** Mon–Fri 09:00–12:00, the seed's morning. */
  static ShopCalendar seedMorning() {
    return ShopCalendar.of(SHANGHAI, DayHours.parse("09:00", "12:00"), WEEKDAYS);
  }

  /** Mon–Fri 09:00–17:00 with lunch 12:00–13:00: 7 working hours. */
  static ShopCalendar fullDay() {
    return ShopCalendar.of(
        SHANGHAI,
        DayHours.of(LocalTime.of(9, 0), LocalTime.of(17, 0), TimeWindow.parse("12:00", "13:00")),
        WEEKDAYS);
  }

  static Technician technician(String id, Skill... skills) {
    Technician.Builder b = Technician.builder().id(TechnicianId.of(id)).addSkills(skills);
    for (DayOfWeek d : WEEKDAYS) {
      b.addShifts(Shift.of(d, LocalTime.of(8, 0), LocalTime.of(18, 0)));
    }
    return b.build();
  }

  /** One maintenance technician working every day of the week. */
  static WorkshopCapacity allWeek() {
    Technician.Builder b = Technician.builder().id(TechnicianId.of("T1")).addSkills(Skill.MAINTENANCE, Skill.MECHANICAL);
    for (DayOfWeek d : DayOfWeek.values()) {
      b.addShifts(Shift.of(d, LocalTime.of(0, 0), LocalTime.of(23, 59)));
    }
    return WorkshopCapacity.builder().addTechnicians(b.build()).build();
  }

  /** One maintenance technician. */
  static WorkshopCapacity small() {
    return WorkshopCapacity.builder().addTechnicians(technician("T1", Skill.MAINTENANCE, Skill.MECHANICAL)).build();
  }

  static ReceptionPattern seed(AdvisorId... advisors) {
    return ReceptionPattern.builder()
        .from(ReceptionPattern.seedPreset(advisors))
        .minimumNotice(Duration.ZERO)
        .build();
  }

  static AppointmentRequest express() {
    return AppointmentRequest.builder().appointmentType("EXPRESS_MAINTENANCE")
        .putLabour(Skill.MAINTENANCE, Hours.of("1")).build();
  }

  static AppointmentRequest request(String type, Skill skill, String hours) {
    return AppointmentRequest.builder().appointmentType(type).putLabour(skill, Hours.of(hours)).build();
  }

  static List<LocalTime> localStarts(Availability a) {
    return a.starts().stream().map(Shops::local).toList();
  }

  static List<LocalTime> times(String... hhmm) {
    return java.util.Arrays.stream(hhmm).map(LocalTime::parse).toList();
  }
}

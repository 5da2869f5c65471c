package org.aftersales.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.order.AdvisorId;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.scheduling.calendar.DayHours;
import org.aftersales.scheduling.calendar.ShopCalendar;
import org.aftersales.scheduling.calendar.TimeWindow;
import org.aftersales.scheduling.capacity.Shift;
import org.aftersales.scheduling.capacity.Technician;
import org.aftersales.scheduling.capacity.WorkshopCapacity;
import org.junit.jupiter.api.Test;

/**
 * The weekday templates the book uses for ordinary dates give exactly what the calendar's exact
 * instants give, every day of two years in zones with clock changes (including 30-minute DST
 * and midnight transitions) and odd offsets, for a shop open around the clock.
 */
class DayPlanTest {

  static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/Havana"), ZoneId.of("Asia/Beirut"), ZoneId.of("America/Santiago"),
          ZoneId.of("Asia/Kathmandu"), ZoneId.of("Pacific/Apia"), ZoneId.of("Asia/Shanghai"));

  @Test
  void templatesAgreeWithTheExactPathOnEveryDate() {
    DayHours allDay = DayHours.of(LocalTime.of(0, 0), LocalTime.of(23, 45), TimeWindow.parse("12:00", "12:30"));
    Technician.Builder t = Technician.builder().id(TechnicianId.of("T1")).addSkills(Skill.MECHANICAL);
    for (DayOfWeek d : DayOfWeek.values()) {
      t.addShifts(Shift.of(d, LocalTime.of(0, 0), LocalTime.of(23, 0)));
    }
    WorkshopCapacity cap = WorkshopCapacity.builder().addTechnicians(t.build()).build();
    int specialDates = 0;
    for (ZoneId zone : ZONES) {
      ShopCalendar cal = ShopCalendar.of(zone, allDay, DayOfWeek.values());
      Compiled c = new Compiled(cal, ReceptionPattern.seedPreset(AdvisorId.of("A1")), cap);
      for (LocalDate d = LocalDate.of(2010, 12, 1); d.isBefore(LocalDate.of(2012, 12, 31)); d = d.plusDays(1)) {
        DayPlan fast = c.plan(d);
        DayPlan exact = c.special(d, d.toEpochDay());
        if (fast.shape != c.templates[d.getDayOfWeek().ordinal()]) {
          specialDates++;
        }
        assertThat(starts(fast)).as("%s %s", zone, d).isEqualTo(starts(exact));
        assertThat(fast.shape.techUnits).as("%s %s", zone, d).isEqualTo(exact.shape.techUnits);
        assertThat(fast.shape.openSeconds).isEqualTo(exact.shape.openSeconds);
      }
    }
    assertThat(specialDates).isGreaterThan(20); // the clock changes took the exact path
  }

  static List<Long> starts(DayPlan p) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < p.shape.slotCount(); i++) {
      out.add(p.slotStart(i));
    }
    return out;
  }
}

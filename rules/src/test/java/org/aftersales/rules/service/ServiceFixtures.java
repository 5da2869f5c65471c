package org.aftersales.rules.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.customer.ContactChannel;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.customer.CustomerType;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.AdvisorId;
import org.aftersales.core.order.Authorization;
import org.aftersales.core.order.ConsentChannel;
import org.aftersales.core.order.FollowUpCall;
import org.aftersales.core.order.FuelLevel;
import org.aftersales.core.order.Job;
import org.aftersales.core.order.JobId;
import org.aftersales.core.order.JobStatus;
import org.aftersales.core.order.JobType;
import org.aftersales.core.order.LabourLine;
import org.aftersales.core.order.PayType;
import org.aftersales.core.order.PaymentMethod;
import org.aftersales.core.order.QualityCheck;
import org.aftersales.core.order.RepairOrder;
import org.aftersales.core.order.RepairOrderId;
import org.aftersales.core.order.RepairOrderStatus;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.StatusChange;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.order.WalkAround;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.OdometerSource;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.Vin;

/** Builders shared by the service-rules tests. */
public final class ServiceFixtures {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private ServiceFixtures() {}

  /** A valid VIN numbered {@code n}. */
  public static Vin vin(int n) {
    String base = String.format(java.util.Locale.ROOT, "LGXCE4CB0R%07d", n);
    char check = Vin.computeCheckDigit(base);
    return Vin.parse(base.substring(0, 8) + check + base.substring(9));
  }

  /** A vehicle, delivered on {@code delivery} when not null. */
  public static Vehicle vehicle(int n, Powertrain powertrain, LocalDate delivery) {
    Vehicle.Builder b =
        Vehicle.builder().vin(vin(n)).make("BYD").model("Seal").modelYear(Year.of(2024)).powertrain(powertrain);
    if (delivery != null) {
      b.deliveryDate(delivery);
    }
    return b.build();
  }

  /** A local date-time in Shanghai, {@code "2026-03-02T09:00"}. */
  public static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  /** An odometer reading at local midnight of a date in Shanghai. */
  public static OdometerReading reading(String date, long km) {
    return new OdometerReading(
        Distance.ofKilometres(km),
        LocalDate.parse(date).atStartOfDay(SHANGHAI).toInstant(),
        OdometerSource.CHECK_IN);
  }

  public static CustomerRef customer(String id) {
    return new CustomerRef(id, CustomerType.INDIVIDUAL, ContactChannel.PHONE);
  }

  /** A job; DONE on delivered orders, PROPOSED otherwise. */
  public static JobSpec job(String id, JobType type, PayType pay, String concern, String opCode) {
    return new JobSpec(id, type, pay, concern, opCode);
  }

  /** What a job of a test order looks like. */
  public static final class JobSpec {
    final String id;
    final JobType type;
    final PayType pay;
    final String concern;
    final String opCode;
    String flat = "1";
    String clocked;
    String technician;

    JobSpec(String id, JobType type, PayType pay, String concern, String opCode) {
      this.id = id;
      this.type = type;
      this.pay = pay;
      this.concern = concern;
      this.opCode = opCode;
    }

    public JobSpec hours(String flat, String clocked, String technician) {
      this.flat = flat;
      this.clocked = clocked;
      this.technician = technician;
      return this;
    }

    Job build(boolean done, Instant at) {
      LabourLine.Builder l =
          LabourLine.builder().opCode(opCode).description("work").flatRateHours(Hours.of(flat)).skill(Skill.MECHANICAL);
      if (clocked != null) {
        l.clockedHours(Hours.of(clocked));
      }
      if (technician != null) {
        l.technician(TechnicianId.of(technician));
      }
      Job.Builder b =
          Job.builder().id(JobId.of(id)).concern(concern).type(type).payType(pay).addLabour(l.build());
      if (done) {
        b.status(JobStatus.DONE)
            .correction("done")
            .authorization(
                Authorization.builder()
                    .authorizedBy("Customer")
                    .channel(ConsentChannel.IN_PERSON)
                    .amount(Monies.of("0", "CNY"))
                    .at(at)
                    .build());
      }
      return b.build();
    }
  }

  /** A test repair order, built from the moments that matter to the KPIs. */
  public static RoSpec order(String id, int vin) {
    return new RoSpec(id, vin);
  }

  /** Fluent description of a test repair order. */
  public static final class RoSpec {
    final String id;
    final int vin;
    Instant appointmentAt;
    Instant checkInAt;
    Instant deliveredAt;
    Instant promisedAt;
    RepairOrderStatus ending;
    boolean firstQcPassed = true;
    final List<JobSpec> jobs = new ArrayList<>();
    final List<FollowUpCall> calls = new ArrayList<>();

    RoSpec(String id, int vin) {
      this.id = id;
      this.vin = vin;
    }

    public RoSpec appointment(Instant at) {
      this.appointmentAt = at;
      return this;
    }

    public RoSpec checkIn(Instant at) {
      this.checkInAt = at;
      return this;
    }

    public RoSpec delivered(Instant at) {
      this.deliveredAt = at;
      return this;
    }

    public RoSpec promised(Instant at) {
      this.promisedAt = at;
      return this;
    }

    /** NO_SHOW, CANCELLED or APPOINTMENT for an order that never checked in. */
    public RoSpec ending(RepairOrderStatus status) {
      this.ending = status;
      return this;
    }

    public RoSpec firstQcFailed() {
      this.firstQcPassed = false;
      return this;
    }

    public RoSpec job(JobSpec job) {
      this.jobs.add(job);
      return this;
    }

    public RoSpec call(Instant at, boolean reached, boolean complaint) {
      this.calls.add(new FollowUpCall(at, reached, complaint));
      return this;
    }

    public RepairOrder build() {
      Instant opened =
          appointmentAt != null ? appointmentAt.minusSeconds(86_400) : checkInAt;
      RepairOrder.Builder b =
          RepairOrder.builder()
              .id(RepairOrderId.of(id))
              .vehicle(vehicle(vin, Powertrain.ICE, LocalDate.of(2025, 1, 1)))
              .customer(customer("C-" + vin))
              .advisor(AdvisorId.of("SA-1"))
              .openedAt(opened);
      if (appointmentAt != null) {
        b.appointmentAt(appointmentAt);
      }
      if (promisedAt != null) {
        b.promisedAt(promisedAt);
      }
      List<StatusChange> h = new ArrayList<>();
      h.add(new StatusChange(RepairOrderStatus.APPOINTMENT, opened));
      boolean delivered = deliveredAt != null;
      if (checkInAt == null) {
        RepairOrderStatus end = ending == null ? RepairOrderStatus.APPOINTMENT : ending;
        if (end != RepairOrderStatus.APPOINTMENT) {
          h.add(new StatusChange(end, appointmentAt.plusSeconds(3600)));
        }
        for (JobSpec j : jobs) {
          b.addJob(j.build(false, opened));
        }
        return b.status(end).statusHistory(h).build();
      }
      b.walkAround(
          WalkAround.builder()
              .odometer(new OdometerReading(Distance.ofKilometres(10_000), checkInAt, OdometerSource.CHECK_IN))
              .fuelLevel(new FuelLevel(80))
              .keyTag("K-1")
              .build());
      h.add(new StatusChange(RepairOrderStatus.CHECKED_IN, checkInAt));
      for (JobSpec j : jobs) {
        b.addJob(j.build(delivered, checkInAt.plusSeconds(120)));
      }
      if (!delivered) {
        return b.status(RepairOrderStatus.CHECKED_IN).statusHistory(h).build();
      }
      int m = 0;
      for (RepairOrderStatus s :
          List.of(
              RepairOrderStatus.ESTIMATED,
              RepairOrderStatus.AUTHORIZED,
              RepairOrderStatus.DISPATCHED,
              RepairOrderStatus.IN_PROGRESS,
              RepairOrderStatus.QUALITY_CHECK)) {
        h.add(new StatusChange(s, checkInAt.plusSeconds(60L * ++m)));
      }
      if (!firstQcPassed) {
        b.addQualityCheck(
            QualityCheck.builder()
                .inspector(TechnicianId.of("QC-1"))
                .at(checkInAt.plusSeconds(360))
                .passed(false)
                .addReworkJob(JobId.of(jobs.get(0).id))
                .build());
        h.add(new StatusChange(RepairOrderStatus.REWORK, checkInAt.plusSeconds(360)));
        h.add(new StatusChange(RepairOrderStatus.IN_PROGRESS, checkInAt.plusSeconds(420)));
        h.add(new StatusChange(RepairOrderStatus.QUALITY_CHECK, checkInAt.plusSeconds(480)));
      }
      b.addQualityCheck(
          QualityCheck.builder()
              .inspector(TechnicianId.of("QC-1"))
              .at(checkInAt.plusSeconds(540))
              .passed(true)
              .build());
      h.add(new StatusChange(RepairOrderStatus.READY, checkInAt.plusSeconds(540)));
      h.add(new StatusChange(RepairOrderStatus.DELIVERED, deliveredAt));
      return b.status(RepairOrderStatus.DELIVERED)
          .statusHistory(h)
          .odometerOut(new OdometerReading(Distance.ofKilometres(10_005), deliveredAt, OdometerSource.DELIVERY))
          .paymentMethod(PaymentMethod.CASH)
          .followUps(calls)
          .build();
    }
  }
}

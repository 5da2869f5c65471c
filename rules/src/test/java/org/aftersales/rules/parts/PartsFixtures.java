package org.aftersales.rules.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.aftersales.core.money.Monies;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.quantity.Quantity;

/** Shared test data: a Shanghai dealer ordering from the OEM network (seed 002 lead times). */
final class PartsFixtures {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String OEM = "OEM-PDC";
  /** Monday 2026-09-07, 09:00 in Shanghai. */
  static final Instant MONDAY_9AM = at("2026-09-07T09:00");

  private PartsFixtures() {}

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  static PartNumber pn(String number) {
    return PartNumber.of(number);
  }

  /** A stock part costing 20 CNY from the OEM, automatic stocking, multiple 1. */
  static PartMaster.Builder part(String number) {
    return PartMaster.builder()
        .partNumber(pn(number))
        .unitCost(Monies.of("20", "CNY"))
        .supplier(SupplierId.of(OEM));
  }

  static PartsSnapshot.Builder snapshot() {
    return PartsSnapshot.builder().addSupplier(Supplier.oemNetwork(OEM));
  }

  /** 50 CNY per order, 25% holding rate, 95% service level, 12 months of history. */
  static ReorderSettings.Builder settings() {
    return ReorderSettings.builder().shopZone(SHANGHAI).costPerOrder(Monies.of("50", "CNY"));
  }

  static StockPosition position(String number, long onHand) {
    return StockPosition.of(pn(number), Quantity.pieces(onHand));
  }

  static AppointmentRequirement appointment(String ref, String number, long qty, String when) {
    return AppointmentRequirement.builder()
        .appointmentRef(ref)
        .partNumber(pn(number))
        .quantity(Quantity.pieces(qty))
        .neededAt(at(when))
        .build();
  }

  static DemandHistory monthly(String number, YearMonth first, long... quantities) {
    return DemandHistory.monthly(pn(number), first, quantities);
  }

  static BigDecimal dec(String v) {
    return new BigDecimal(v);
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}

package org.aftersales.core.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.aftersales.core.Reason;
import org.aftersales.core.customer.ContactChannel;
import org.aftersales.core.customer.CustomerRef;
import org.aftersales.core.customer.CustomerType;
import org.aftersales.core.money.Monies;
import org.aftersales.core.money.RoundingPolicy;
import org.aftersales.core.order.Authorization;
import org.aftersales.core.order.ConsentChannel;
import org.aftersales.core.order.FeeLine;
import org.aftersales.core.order.FuelLevel;
import org.aftersales.core.order.LabourLine;
import org.aftersales.core.order.PartLine;
import org.aftersales.core.order.PartNumber;
import org.aftersales.core.order.PartOrigin;
import org.aftersales.core.order.PartSource;
import org.aftersales.core.order.Refusal;
import org.aftersales.core.order.Skill;
import org.aftersales.core.order.SubletLine;
import org.aftersales.core.order.TechnicianId;
import org.aftersales.core.order.WalkAround;
import org.aftersales.core.quantity.Hours;
import org.aftersales.core.quantity.Percentage;
import org.aftersales.core.quantity.Quantity;
import org.aftersales.core.quantity.UnitOfMeasure;
import org.aftersales.core.vehicle.Distance;
import org.aftersales.core.vehicle.DistanceUnit;
import org.aftersales.core.vehicle.LicencePlate;
import org.aftersales.core.vehicle.OdometerReading;
import org.aftersales.core.vehicle.OdometerSource;
import org.aftersales.core.vehicle.Powertrain;
import org.aftersales.core.vehicle.Vehicle;
import org.aftersales.core.vehicle.VehicleUsage;
import org.aftersales.core.vehicle.Vin;

/** Generators of core values for the module's own property tests. */
final class CoreArbitraries {

  private CoreArbitraries() {}

  static final String VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
  static final String YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";

  static Arbitrary<Vin> vins() {
    return Combinators.combine(
            Arbitraries.strings().withChars(VIN_ALPHABET).ofLength(17),
            Arbitraries.strings().withChars(YEAR_CODES).ofLength(1))
        .as(
            (b, y) -> {
              String s = b.substring(0, 9) + y + b.substring(10);
              return Vin.parse(s.substring(0, 8) + Vin.computeCheckDigit(s) + s.substring(9));
            });
  }

  static Arbitrary<String> text(int max) {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars(' ', '-', '/', '中', '文', '车')
        .ofMinLength(1)
        .ofMaxLength(max)
        .filter(s -> !s.isBlank())
        .map(String::strip);
  }

  static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('A', 'Z').numeric().withChars('-').ofMinLength(1).ofMaxLength(12)
        .map(s -> "X" + s);
  }

  static Arbitrary<BigDecimal> decimals(long max, int scale) {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, BigDecimal.valueOf(max))
        .ofScale(scale);
  }

  static Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(1_600_000_000L, 2_000_000_000L)
        .map(Instant::ofEpochSecond);
  }

  static Arbitrary<Distance> distances() {
    return Combinators.combine(decimals(2_000_000, 3), Arbitraries.of(DistanceUnit.class)).as(Distance::new);
  }

  static Arbitrary<OdometerReading> odometerReadings() {
    return Combinators.combine(distances(), instants(), Arbitraries.of(OdometerSource.class))
        .as(OdometerReading::new);
  }

  static Arbitrary<Hours> hours() {
    return decimals(200, 2).map(Hours::new);
  }

  static Arbitrary<Percentage> percentages() {
    return decimals(100, 4).map(Percentage::new);
  }

  static Arbitrary<Quantity> quantities() {
    return Arbitraries.of(UnitOfMeasure.class)
        .flatMap(
            u ->
                decimals(9_999, u.isWhole() ? 0 : 3)
                    .filter(d -> d.signum() > 0)
                    .map(d -> new Quantity(d, u)));
  }

  static Arbitrary<MonetaryAmount> money(String currency) {
    return decimals(1_000_000, 2).map(d -> Monies.of(d, Monies.currency(currency)));
  }

  static Arbitrary<MonetaryAmount> moneyAnyCurrency() {
    return Arbitraries.of("CNY", "USD", "EUR", "JPY", "CHF")
        .flatMap(c -> decimals(1_000_000, 4).map(d -> Monies.of(d, Monies.currency(c))));
  }

  static Arbitrary<RoundingPolicy> roundingPolicies() {
    return Arbitraries.of("CNY", "USD", "JPY", "CHF")
        .flatMap(
            c ->
                Arbitraries.of(
                    RoundingPolicy.standard(Monies.currency(c)),
                    RoundingPolicy.cash(Monies.currency(c)),
                    new RoundingPolicy(Monies.currency(c), new BigDecimal("0.1"), RoundingMode.DOWN)));
  }

  static Arbitrary<Reason> reasons() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(10),
            text(20),
            text(10))
        .as((code, a, b) -> Reason.of(code, "{a} then {b}", "a", a, "b", b));
  }

  static Arbitrary<Vehicle> vehicles() {
    Arbitrary<LocalDate> dates =
        Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2018, 1, 1).plusDays(d));
    return Combinators.combine(
            vins(),
            text(40),
            text(60),
            Arbitraries.integers().between(1980, 2100),
            Arbitraries.of(Powertrain.class),
            Arbitraries.of(VehicleUsage.class),
            dates.optional(),
            Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(2).ofMaxLength(8).optional())
        .as(
            (vin, make, model, year, pt, usage, sold, plate) ->
                Vehicle.builder()
                    .vin(vin)
                    .make(make)
                    .model(model)
                    .modelYear(Year.of(year))
                    .powertrain(pt)
                    .usage(usage)
                    .invoiceDate(sold)
                    .deliveryDate(sold.map(d -> d.plusDays(3)))
                    .licencePlate(plate.map(LicencePlate::of))
                    .build());
  }

  static Arbitrary<CustomerRef> customers() {
    return Combinators.combine(ids(), Arbitraries.of(CustomerType.class), Arbitraries.of(ContactChannel.class))
        .as(CustomerRef::new);
  }

  static Arbitrary<WalkAround> walkArounds() {
    return Combinators.combine(
            odometerReadings(),
            Arbitraries.integers().between(0, 100).map(FuelLevel::new),
            text(30).list().ofMaxSize(3),
            text(30).list().ofMaxSize(3),
            ids(),
            Arbitraries.of(true, false))
        .as(
            (odo, fuel, damage, belongings, tag, covers) ->
                WalkAround.builder()
                    .odometer(odo)
                    .fuelLevel(fuel)
                    .damageNotes(damage)
                    .belongings(belongings)
                    .keyTag(tag)
                    .protectiveCoversFitted(covers)
                    .build());
  }

  static Arbitrary<LabourLine> labourLines() {
    return Combinators.combine(
            ids(), text(40), hours(), Arbitraries.of(Skill.MECHANICAL, Skill.ALIGNMENT, Skill.of("ADAS_CALIBRATION")),
            ids().map(TechnicianId::of).optional(), hours().optional())
        .as(
            (op, d, h, s, t, c) ->
                LabourLine.builder()
                    .opCode(op)
                    .description(d)
                    .flatRateHours(h)
                    .skill(s)
                    .technician(t)
                    .clockedHours(c)
                    .build());
  }

  static Arbitrary<PartLine> partLines() {
    return Combinators.combine(
            ids().map(PartNumber::of), text(40), quantities(), Arbitraries.of(PartSource.class),
            Arbitraries.of(PartOrigin.class), money("CNY"))
        .as(
            (pn, d, q, src, origin, price) ->
                PartLine.builder()
                    .partNumber(pn)
                    .description(d)
                    .quantity(q)
                    .source(src)
                    .origin(origin)
                    .unitPrice(src == PartSource.CUSTOMER_SUPPLIED ? java.util.Optional.empty()
                        : java.util.Optional.of(price))
                    .build());
  }

  static Arbitrary<SubletLine> sublets() {
    return Combinators.combine(text(30), text(30), money("CNY"), money("CNY"))
        .as((v, d, c, p) -> SubletLine.builder().vendor(v).description(d).cost(c).price(p).build());
  }

  static Arbitrary<FeeLine> fees() {
    return Combinators.combine(Arbitraries.of("HAZMAT", "SHOP_SUPPLIES", "DIAGNOSTIC"), text(30), money("CNY"))
        .as((c, d, a) -> FeeLine.builder().code(c).description(d).amount(a).build());
  }

  static Arbitrary<Authorization> authorizations() {
    return Combinators.combine(text(20), text(20).optional(), Arbitraries.of(ConsentChannel.class), money("CNY"),
            instants())
        .as(
            (who, contact, ch, amount, at) ->
                Authorization.builder().authorizedBy(who).contact(contact).channel(ch).amount(amount).at(at).build());
  }

  static Arbitrary<Refusal> refusals() {
    return Combinators.combine(text(20), Arbitraries.of(ConsentChannel.class), instants(), text(50).optional())
        .as((who, ch, at, note) -> Refusal.builder().toldWhom(who).channel(ch).at(at).note(note).build());
  }

  static <T> Arbitrary<List<T>> lists(Arbitrary<T> a) {
    return a.list().ofMaxSize(3);
  }
}

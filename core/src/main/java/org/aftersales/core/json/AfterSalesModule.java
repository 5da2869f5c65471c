package org.aftersales.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.aftersales.core.Checks;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.MissingFieldException;
import org.aftersales.core.ValidationException;
import org.aftersales.core.money.Monies;
import org.aftersales.core.quantity.Decimals;
import org.aftersales.core.vehicle.Vin;
import org.aftersales.core.vehicle.VinValidation;

/**
 * The Jackson module for the library's value types. Register it on a mapper of your own, or use
 * {@link AfterSalesJson#newMapper()}, which also applies the hardening this module cannot.
 *
 * <ul>
 *   <li>{@link MonetaryAmount}: {@code {"amount":"12.30","currency":"CNY"}}, the amount a string
 *       with its scale kept (a JSON number is accepted on input), bounded as {@link Monies}
 *       requires; an unknown currency is {@link CoreErrorCode#UNKNOWN_CURRENCY}.
 *   <li>{@link CurrencyUnit}: the ISO 4217 code.
 *   <li>{@link Year}: a whole number, {@code 2024}.
 *   <li>{@link Vin}: the string, parsed {@linkplain VinValidation#STRICT strictly} unless the
 *       module was made with {@link VinValidation#LENIENT}.
 *   <li>{@link BigDecimal}: a JSON number (not a string), at most 64 digits and 40 digits on either side of the decimal point,
 *       checked before anything expands the number, so {@code 1e10000000} is refused at once.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class AfterSalesModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Digits a JSON decimal may have on either side of the point before field bounds apply. */
  static final int MAX_DECIMAL_DIGITS = 40;

  /** The module with strict VIN validation. */
  public AfterSalesModule() {
    this(VinValidation.STRICT);
  }

  /**
   * The module with the given VIN validation.
   *
   * @param vinValidation how strictly VINs in JSON are checked
   */
  public AfterSalesModule(VinValidation vinValidation) {
    super("aftersales", Version.unknownVersion());
    Checks.requireNonNull(vinValidation, "vinValidation");
    addSerializer(MonetaryAmount.class, new MoneySerializer());
    addDeserializer(MonetaryAmount.class, new MoneyDeserializer());
    addSerializer(CurrencyUnit.class, new CurrencySerializer());
    addDeserializer(CurrencyUnit.class, new CurrencyDeserializer());
    addDeserializer(Vin.class, new VinDeserializer(vinValidation));
    addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
    addSerializer(Year.class, new YearSerializer());
    addDeserializer(Year.class, new YearDeserializer());
  }

  /** The current token's text, which must be a JSON string. */
  static String text(JsonParser p, String rule) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw ValidationException.of("", CoreErrorCode.JSON_WRONG_TYPE, rule + ", got " + p.currentToken());
    }
    return p.getText();
  }

  static final class MoneySerializer extends JsonSerializer<MonetaryAmount> {
    @Override
    public void serialize(MonetaryAmount value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("amount", Monies.number(value).toPlainString());
      gen.writeStringField("currency", value.getCurrency().getCurrencyCode());
      gen.writeEndObject();
    }
  }

  static final class MoneyDeserializer extends JsonDeserializer<MonetaryAmount> {
    @Override
    public MonetaryAmount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        throw ValidationException.of(
            "",
            CoreErrorCode.JSON_WRONG_TYPE,
            "a monetary amount must be an object {\"amount\":\"12.30\",\"currency\":\"CNY\"}, got "
                + p.currentToken());
      }
      String amount = null;
      String currency = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        switch (field) {
          case "amount" -> {
            if (v != JsonToken.VALUE_STRING && v != JsonToken.VALUE_NUMBER_INT
                && v != JsonToken.VALUE_NUMBER_FLOAT) {
              throw ValidationException.of(
                  "amount", CoreErrorCode.JSON_WRONG_TYPE, "amount must be a decimal string, got " + v);
            }
            amount = p.getText();
          }
          case "currency" -> {
            if (v != JsonToken.VALUE_STRING) {
              throw ValidationException.of(
                  "currency", CoreErrorCode.JSON_WRONG_TYPE, "currency must be a string, got " + v);
            }
            currency = p.getText();
          }
          default -> throw ValidationException.of(
              field,
              CoreErrorCode.JSON_UNKNOWN_FIELD,
              "a monetary amount has only \"amount\" and \"currency\", not \"" + Checks.abbreviate(field) + "\"");
        }
      }
      if (amount == null || currency == null) {
        throw amount == null && currency == null
            ? new MissingFieldException("amount", "currency")
            : new MissingFieldException(amount == null ? "amount" : "currency");
      }
      return Monies.of(Decimals.parse(amount, "amount"), Monies.currency(currency, "currency"), "amount");
    }
  }

  static final class CurrencySerializer extends JsonSerializer<CurrencyUnit> {
    @Override
    public void serialize(CurrencyUnit value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.getCurrencyCode());
    }
  }

  static final class CurrencyDeserializer extends JsonDeserializer<CurrencyUnit> {
    @Override
    public CurrencyUnit deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return Monies.currency(text(p, "a currency must be an ISO 4217 code string"), "");
    }
  }

  static final class VinDeserializer extends JsonDeserializer<Vin> {
    private final VinValidation validation;

    VinDeserializer(VinValidation validation) {
      this.validation = validation;
    }

    @Override
    public Vin deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return Vin.parse(text(p, "a VIN must be a string"), validation);
    }
  }

  static final class YearSerializer extends JsonSerializer<Year> {
    @Override
    public void serialize(Year value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeNumber(value.getValue());
    }
  }

  static final class YearDeserializer extends JsonDeserializer<Year> {
    @Override
    public Year deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw ValidationException.of(
            "", CoreErrorCode.JSON_WRONG_TYPE, "a year must be a whole number such as 2024, got " + p.currentToken());
      }
      long year = p.getLongValue();
      if (year < 1 || year > 9999) {
        throw ValidationException.of(
            "", CoreErrorCode.VALUE_OUT_OF_RANGE, "a year must be between 1 and 9999: " + year);
      }
      return Year.of((int) year);
    }
  }

  static final class BoundedDecimalDeserializer extends JsonDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw ValidationException.of(
            "", CoreErrorCode.JSON_WRONG_TYPE, "expected a decimal number, got " + t);
      }
      BigDecimal d = Decimals.parse(p.getText(), "");
      return Checks.requireDecimal(d, "", MAX_DECIMAL_DIGITS, MAX_DECIMAL_DIGITS);
    }
  }
}

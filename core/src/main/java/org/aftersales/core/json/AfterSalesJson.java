package org.aftersales.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Locale;
import java.util.TimeZone;
import org.aftersales.core.AfterSalesException;
import org.aftersales.core.Checks;
import org.aftersales.core.ValidationException;
import org.aftersales.core.vehicle.VinValidation;

/**
 * JSON in and out for every public value of the library, hardened for input a host did not
 * write (DESIGN §3 "JSON").
 *
 * <p>{@link #newMapper()} gives a fresh, fully configured Jackson mapper: the caller's own
 * mappers are never touched. Its hardening:
 *
 * <ul>
 *   <li>no default typing, {@code BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES}; polymorphic types (commands,
 *       events) use fixed, named subtypes only;
 *   <li>unknown fields, trailing tokens, duplicate keys, nulls for primitives, numbers for enums,
 *       floats for integers and missing record components are errors; no scalar coercion;
 *   <li>stream limits: nesting depth {@value #MAX_NESTING_DEPTH}, strings of at most {@value
 *       #MAX_STRING_LENGTH} characters, numbers of at most {@value #MAX_NUMBER_LENGTH} characters,
 *       documents of at most {@value #MAX_DOCUMENT_LENGTH} bytes; each decimal's digits are
 *       bounded before it is expanded, so {@code 1e10000000} is refused at once;
 *   <li>ISO-8601 dates and instants, UTC, {@code Locale.ROOT}; decimals written plain; empty
 *       optionals omitted.
 * </ul>
 *
 * <p>The instance methods {@link #read} and {@link #write} never let a Jackson exception out:
 * bad input is a {@link ValidationException} whose violations name the JSON path ({@code
 * $.jobs[0].parts[1].quantity}), the rule and the value. Instances are immutable and
 * thread-safe; share one.
 */
public final class AfterSalesJson {

  /** Deepest nesting of arrays and objects accepted. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** Largest document accepted, in bytes or characters. */
  public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  private static final AfterSalesJson STRICT = new AfterSalesJson(newMapper(VinValidation.STRICT));
  private static final AfterSalesJson LENIENT = new AfterSalesJson(newMapper(VinValidation.LENIENT));

  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final ObjectWriter prettyWriter;

  private AfterSalesJson(ObjectMapper mapper) {
    this.mapper = mapper;
    this.writer = mapper.writer();
    this.prettyWriter = mapper.writerWithDefaultPrettyPrinter();
  }

  /**
   * The shared instance with strict VIN validation.
   *
   * @return the instance
   */
  public static AfterSalesJson strict() {
    return STRICT;
  }

  /**
   * The shared instance for markets without VIN check digits ({@link VinValidation#LENIENT}).
   *
   * @return the instance
   */
  public static AfterSalesJson lenientVins() {
    return LENIENT;
  }

  /**
   * A new, hardened mapper with strict VIN validation.
   *
   * @return a mapper of your own; configure it further if you like
   */
  public static ObjectMapper newMapper() {
    return newMapper(VinValidation.STRICT);
  }

  /**
   * A new, hardened mapper.
   *
   * @param vinValidation how strictly VINs are checked
   * @return a mapper of your own
   */
  public static ObjectMapper newMapper(VinValidation vinValidation) {
    Checks.requireNonNull(vinValidation, "vinValidation");
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(256)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build())
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(new AfterSalesModule(vinValidation))
        .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.AUTO_DETECT_FIELDS)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
        .defaultLocale(Locale.ROOT)
        .defaultTimeZone(TimeZone.getTimeZone("UTC"))
        .build();
  }

  /**
   * Reads a value of a type.
   *
   * @param json the JSON text
   * @param type the type
   * @param <T> the type
   * @return the value
   * @throws ValidationException for any bad input, with the JSON path
   */
  public <T> T read(String json, Class<T> type) {
    Checks.requireNonNull(json, "json");
    return read(mapper.readerFor(type), json);
  }

  /**
   * Reads a value of a generic type, for example {@code List<Vehicle>}.
   *
   * @param json the JSON text
   * @param type the type
   * @param <T> the type
   * @return the value
   * @throws ValidationException for any bad input, with the JSON path
   */
  public <T> T read(String json, TypeReference<T> type) {
    Checks.requireNonNull(json, "json");
    return read(mapper.readerFor(type), json);
  }

  /**
   * Reads a value of a type from UTF-8 bytes.
   *
   * @param json the JSON bytes, UTF-8
   * @param type the type
   * @param <T> the type
   * @return the value
   * @throws ValidationException for any bad input, with the JSON path
   */
  public <T> T read(byte[] json, Class<T> type) {
    Checks.requireNonNull(json, "json");
    ObjectReader reader = mapper.readerFor(type);
    try {
      return reader.readValue(json);
    } catch (IOException | RuntimeException e) {
      throw translate(e);
    }
  }

  private static <T> T read(ObjectReader reader, String json) {
    try {
      return reader.readValue(json);
    } catch (IOException | RuntimeException e) {
      throw translate(e);
    }
  }

  /**
   * Writes a value as compact JSON.
   *
   * @param value the value
   * @return the JSON text
   */
  public String write(Object value) {
    return write(writer, value);
  }

  /**
   * Writes a value as indented JSON, for people.
   *
   * @param value the value
   * @return the JSON text
   */
  public String writePretty(Object value) {
    return write(prettyWriter, value);
  }

  private static String write(ObjectWriter w, Object value) {
    try {
      return w.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /**
   * The Java type Jackson uses for a class, for hosts building readers of their own.
   *
   * @param type the class
   * @return the Java type
   */
  public JavaType javaType(Class<?> type) {
    return mapper.constructType(type);
  }

  /**
   * Translates an exception thrown by a mapper from {@link #newMapper()} (or any mapper with
   * {@link AfterSalesModule}) into the library's {@link ValidationException}, for hosts that
   * read with their own mapper.
   *
   * @param e the exception from Jackson or from a value's validation
   * @return the equivalent validation exception, with the JSON path
   */
  public static ValidationException translate(Exception e) {
    if (e instanceof ValidationException v) {
      return v.under("$");
    }
    if (e instanceof AfterSalesException a) {
      return new ValidationException(a.violations().stream().map(x -> x.under("$")).toList(), a);
    }
    return JsonErrors.translate(e);
  }
}

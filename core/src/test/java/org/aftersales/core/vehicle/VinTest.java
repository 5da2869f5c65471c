package org.aftersales.core.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.aftersales.core.CoreErrorCode;
import org.aftersales.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VinTest {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

  @ParameterizedTest
  @ValueSource(strings = {"1M8GDM9AXKP042788", "11111111111111111", "1HGCM82633A004352",
      "JH4KA7561PC008269", "LGXCE4CB5R0123456", "LSGKB54H2PV012345"})
  void acceptsPublishedAndChineseVinsWithValidCheckDigits(String text) {
    Vin vin = Vin.parse(text);
    assertThat(vin.value()).isEqualTo(text);
    assertThat(vin.hasValidCheckDigit()).isTrue();
  }

  @Test
  void normalisesWhitespaceAndCase() {
    assertThat(Vin.parse("  1m8gdm9axkp042788\t")).isEqualTo(Vin.parse("1M8GDM9AXKP042788"));
  }

  @Test
  void splitsIntoSections() {
    Vin vin = Vin.parse("1M8GDM9AXKP042788");
    assertThat(vin.wmi()).isEqualTo("1M8");
    assertThat(vin.vds()).isEqualTo("GDM9AX");
    assertThat(vin.vis()).isEqualTo("KP042788");
    assertThat(vin.modelYearCode()).isEqualTo('K');
  }

  @ParameterizedTest
  @ValueSource(strings = {"1M8GDM9AXKP04278", "1M8GDM9AXKP0427888", ""})
  void rejectsWrongLength(String text) {
    assertThatThrownBy(() -> Vin.parse(text))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("17 characters, got " + text.length())
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.VIN_LENGTH);
  }

  @Test
  void namesTheForbiddenLetterAndItsPosition() {
    assertThatThrownBy(() -> Vin.parse("1M8GOM9AXKP042788"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'O' at position 5")
        .hasMessageContaining("excludes I, O and Q")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.VIN_CHARACTER);
    assertThatThrownBy(() -> Vin.parse("IM8GDM9AXKP042788")).hasMessageContaining("'I' at position 1");
    assertThatThrownBy(() -> Vin.parse("1M8GDM9AXKP04278Q")).hasMessageContaining("'Q' at position 17");
  }

  @Test
  void namesNonAlphanumericCharacters() {
    assertThatThrownBy(() -> Vin.parse("1M8-DM9AXKP042788"))
        .hasMessageContaining("'-' at position 4")
        .hasMessageContaining("only A-Z");
    assertThatThrownBy(() -> Vin.parse("1M8 DM9AXKP042788")).hasMessageContaining("'\\u0020' at position 4");
  }

  @Test
  void rejectsAWrongCheckDigitNamingTheExpectedOne() {
    assertThatThrownBy(() -> Vin.parse("1M8GDM9A1KP042788"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("position 9 is '1'")
        .hasMessageContaining("require 'X'")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.VIN_CHECK_DIGIT);
  }

  @Test
  void lenientModeSkipsCheckDigitAndYearCode() {
    Vin vin = Vin.parse("WVWZZZ1JZXW000001", VinValidation.LENIENT);
    assertThat(vin.hasValidCheckDigit()).isFalse();
    assertThatThrownBy(() -> Vin.parse("WVWZZZ1JZXW000001")).isInstanceOf(ValidationException.class);
    Vin noYear = Vin.parse("WVWZZZ1JZZW000001", VinValidation.LENIENT);
    assertThat(noYear.possibleModelYears()).isEmpty();
    assertThat(noYear.modelYearNotAfter(Year.of(2026))).isEmpty();
    // lenient still enforces length and alphabet
    assertThatThrownBy(() -> Vin.parse("WVWZZZ1JZOW000001", VinValidation.LENIENT))
        .hasMessageContaining("'O' at position 10");
  }

  @ParameterizedTest
  @ValueSource(chars = {'U', 'Z', '0'})
  void strictModeRejectsCharactersThatAreNoYearCode(char c) {
    String body = "1M8GDM9A0" + c + "P042788";
    String vin = body.substring(0, 8) + Vin.computeCheckDigit(body) + body.substring(9);
    assertThatThrownBy(() -> Vin.parse(vin))
        .hasMessageContaining("position 10 is not a model-year code")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.VIN_MODEL_YEAR);
  }

  @Test
  void decodesTheModelYearCycle() {
    assertThat(Vin.parse("1M8GDM9AXKP042788").possibleModelYears())
        .containsExactly(Year.of(1989), Year.of(2019), Year.of(2049), Year.of(2079));
    assertThat(Vin.parse("LGXCE4CB5R0123456").modelYearNotAfter(Year.of(2026))).contains(Year.of(2024));
    assertThat(Vin.parse("LGXCE4CB5R0123456").modelYearNotAfter(Year.of(2023))).contains(Year.of(1994));
    assertThat(Vin.parse("LGXCE4CB5R0123456").modelYearNotAfter(Year.of(1990))).isEmpty();
    // '1' = 2001 and 2031; 'Y' = 2000 and 2030; 'A' = 1980 and 2010
    assertThat(vinWithYear('1').possibleModelYears()).startsWith(Year.of(2001), Year.of(2031));
    assertThat(vinWithYear('Y').possibleModelYears()).startsWith(Year.of(2000), Year.of(2030));
    assertThat(vinWithYear('A').possibleModelYears()).startsWith(Year.of(1980), Year.of(2010));
    assertThat(vinWithYear('9').possibleModelYears()).endsWith(Year.of(2099));
  }

  private static Vin vinWithYear(char year) {
    String body = "LGXCE4CB0" + year + "0123456";
    return Vin.parse(body.substring(0, 8) + Vin.computeCheckDigit(body) + body.substring(9));
  }

  @Test
  void equalityFollowsTheNormalisedText() {
    assertThat(Vin.parse("1hgcm82633a004352")).isEqualTo(Vin.parse("1HGCM82633A004352"))
        .hasSameHashCodeAs(Vin.parse("1HGCM82633A004352"));
    assertThat(Vin.isValid("1HGCM82633A004352")).isTrue();
    assertThat(Vin.isValid("1HGCM82633A004353")).isFalse();
  }

  @Provide
  Arbitrary<String> validVins() {
    Arbitrary<String> body = Arbitraries.strings().withChars(ALPHABET).ofLength(17);
    Arbitrary<Character> year = Arbitraries.of("ABCDEFGHJKLMNPRSTVWXY123456789".chars()
        .mapToObj(c -> (char) c).toArray(Character[]::new));
    return Combinators.combine(body, year).as((b, y) -> {
      String s = b.substring(0, 9) + y + b.substring(10);
      return s.substring(0, 8) + Vin.computeCheckDigit(s) + s.substring(9);
    });
  }

  @Property
  void generateFormatParseRoundTrips(@ForAll("validVins") String text) {
    Vin vin = Vin.parse(text);
    assertThat(Vin.parse(vin.toString())).isEqualTo(vin);
    assertThat(Vin.parse(vin.value().toLowerCase(java.util.Locale.ROOT))).isEqualTo(vin);
  }

  /**
   * A single substitution changes the weighted sum by weight × (difference of transliteration
   * values); 11 is prime and both factors lie in 1..10, so the check digit catches every
   * substitution between characters of different value, and none between characters of equal
   * value (A, J and 1 all count 1).
   */
  @Property
  void singleCharacterCorruptionsAreCaughtWhereTheCheckDigitCan(
      @ForAll("validVins") String text,
      @ForAll @IntRange(min = 0, max = 16) int position,
      @ForAll("alphabet") char replacement) {
    char original = text.charAt(position);
    Assume.that(replacement != original);
    String corrupted = text.substring(0, position) + replacement + text.substring(position + 1);
    boolean detectable =
        position == 8 || Vin.computeCheckDigit(corrupted) != Vin.computeCheckDigit(text);
    boolean yearCodeBroken = position == 9 && Set.of('U', 'Z', '0').contains(replacement);
    if (detectable) {
      assertThatThrownBy(() -> Vin.parse(corrupted))
          .isInstanceOf(ValidationException.class)
          .extracting(e -> ((ValidationException) e).code())
          .isEqualTo(CoreErrorCode.VIN_CHECK_DIGIT);
    } else if (yearCodeBroken) {
      assertThatThrownBy(() -> Vin.parse(corrupted))
          .extracting(e -> ((ValidationException) e).code())
          .isEqualTo(CoreErrorCode.VIN_MODEL_YEAR);
    } else {
      assertThat(Vin.parse(corrupted).hasValidCheckDigit()).isTrue();
    }
  }

  @Provide
  Arbitrary<Character> alphabet() {
    return Arbitraries.of(ALPHABET.chars().mapToObj(c -> (char) c).toArray(Character[]::new));
  }

  @Property
  void everyCharacterOutsideTheAlphabetIsRejectedWithItsPosition(
      @ForAll("validVins") String text,
      @ForAll @IntRange(min = 0, max = 16) int position,
      @ForAll("forbidden") char bad) {
    String corrupted = text.substring(0, position) + bad + text.substring(position + 1);
    assertThatThrownBy(() -> Vin.parse(corrupted))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'" + Character.toUpperCase(bad) + "' at position " + (position + 1))
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(CoreErrorCode.VIN_CHARACTER);
  }

  @Provide
  Arbitrary<Character> forbidden() {
    return Arbitraries.of("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~IOQioq".chars()
        .mapToObj(c -> (char) c).toArray(Character[]::new));
  }
}

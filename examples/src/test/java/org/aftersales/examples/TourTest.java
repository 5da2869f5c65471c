package org.aftersales.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tour prints the same bytes on every run, and those bytes are the checked-in golden file.
 * After an intended change, regenerate the file with {@code ./mvnw -pl examples -am test
 * -Dtest=TourTest -Dsurefire.failIfNoSpecifiedTests=false -Dtour.updateGolden=true} and review
 * the diff.
 */
class TourTest {

  static final Path GOLDEN = Path.of("src/test/resources/tour-golden.txt");

  static String runTour() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Tour.run(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theTourIsDeterministicAndMatchesTheGoldenFile() throws IOException {
    String first = runTour();
    String second = runTour();
    assertThat(second).isEqualTo(first);
    if (Boolean.getBoolean("tour.updateGolden")) {
      Files.writeString(GOLDEN, first, StandardCharsets.UTF_8);
    }
    assertThat(first).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}

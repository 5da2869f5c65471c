package org.aftersales.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** README's quick start is the code of {@link QuickStart#run()}, and that code works. */
class ReadmeQuickStartTest {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void readmeShowsExactlyTheCompiledQuickStart() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Quick start");
    assertThat(section).as("README has a '## Quick start' section").isNotNegative();
    int begin = readme.indexOf("```java\n", section) + "```java\n".length();
    int end = readme.indexOf("```", begin);
    List<String> shown = lines(readme.substring(begin, end));

    String source =
        Files.readString(
            ROOT.resolve("examples/src/main/java/org/aftersales/examples/QuickStart.java"),
            StandardCharsets.UTF_8);
    int from = source.indexOf("// quick-start:begin\n") + "// quick-start:begin\n".length();
    int to = source.indexOf("    // quick-start:end");
    List<String> compiled = lines(source.substring(from, to));

    assertThat(shown).isEqualTo(compiled);
    assertThat(shown.size()).isBetween(10, 22);
  }

  @Test
  void theQuickStartRuns() {
    String json = QuickStart.run();
    assertThat(json).contains("\"status\" : \"CHECKED_IN\"").contains("\"keyTag\" : \"K-17\"");
  }

  private static List<String> lines(String block) {
    List<String> raw = Arrays.asList(block.split("\n", -1));
    int indent =
        raw.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return raw.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
        .collect(Collectors.toList())
        .stream()
        .dropWhile(String::isEmpty)
        .collect(Collectors.collectingAndThen(Collectors.toList(), l -> {
          int last = l.size();
          while (last > 0 && l.get(last - 1).isEmpty()) {
            last--;
          }
          return l.subList(0, last);
        }));
  }
}

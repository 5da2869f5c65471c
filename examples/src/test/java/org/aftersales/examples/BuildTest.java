package org.aftersales.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Build facts that no compiler checks: the BOM, the CI script and the README commands agree. */
class BuildTest {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static String read(String file) throws IOException {
    return Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
  }

  static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex).isTrue();
    return m.group(1);
  }

  @Test
  void theBomListsEveryPublishedArtifactAtTheParentsVersion() throws IOException {
    String parent = read("pom.xml");
    String bom = read("bom/pom.xml");
    String version = first(parent, "<artifactId>aftersales-parent</artifactId>\\s*<version>([^<]+)</version>");
    assertThat(first(bom, "<artifactId>aftersales-bom</artifactId>\\s*<version>([^<]+)</version>")).isEqualTo(version);

    List<String> published = new ArrayList<>();
    Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(parent);
    while (modules.find()) {
      String module = modules.group(1);
      if (module.equals("bom")) {
        continue;
      }
      String pom = read(module + "/pom.xml");
      if (!pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        published.add(first(pom, "</parent>\\s*<artifactId>([^<]+)</artifactId>"));
      }
    }
    assertThat(published).contains("aftersales-core", "aftersales-testkit");
    for (String artifact : published) {
      assertThat(bom).contains("<artifactId>" + artifact + "</artifactId>");
    }
  }

  @Test
  void ciRunsExactlyTheReadmeTestCommand() throws IOException {
    String readme = read("README.md");
    String testCommand = first(readme, "(?m)^# run all tests\\n(.+)$").strip();
    String ci = read(".ci/run");
    assertThat(ci.lines().map(String::strip)).contains(testCommand);
  }
}

package org.aftersales.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library's architecture (DESIGN §1–2), checked on the compiled classes of every library
 * module: no I/O, no hidden clock or default zone, no threads or randomness, and the star-shaped
 * module graph (pricing, scheduling and rules depend on core only).
 */
class ArchitectureTest {

  static final String[] LIBRARY = {
    "org.aftersales.core..",
    "org.aftersales.pricing..",
    "org.aftersales.scheduling..",
    "org.aftersales.rules..",
    "org.aftersales.testkit.."
  };

  static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.aftersales");
  }

  private static void check(ArchRule rule) {
    rule.allowEmptyShould(true).check(library);
  }

  @Test
  void libraryModulesDoNoFileOrNetworkIo() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage(LIBRARY)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.nio.file..", "java.net..")
            .orShould()
            .dependOnClassesThat()
            .belongToAnyOf(
                java.io.File.class,
                java.io.FileInputStream.class,
                java.io.FileOutputStream.class,
                java.io.FileReader.class,
                java.io.FileWriter.class,
                java.io.RandomAccessFile.class)
            .because("library modules do no I/O (DESIGN §2.2)"));
  }

  @Test
  void libraryModulesDoNotPrint() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage(LIBRARY)
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .orShould()
            .callMethod(Throwable.class, "printStackTrace")
            .because("library modules log through SLF4J only (DESIGN §3)"));
  }

  /** {@code now()} without a clock, the system clock, and the JVM's default zone and locale. */
  static final DescribedPredicate<JavaCall<?>> HIDDEN_CLOCK =
      new DescribedPredicate<>("read the system clock, default zone or default locale") {
        final Set<String> timeTypes =
            Set.of(
                "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
                "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
                "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

        @Override
        public boolean test(JavaCall<?> call) {
          String owner = call.getTargetOwner().getName();
          String name = call.getName();
          int params = call.getTarget().getRawParameterTypes().size();
          boolean nowWithoutClock =
              timeTypes.contains(owner)
                  && name.equals("now")
                  && (params == 0
                      || !call.getTarget().getRawParameterTypes().get(0).getName().equals("java.time.Clock"));
          boolean systemClock =
              owner.equals("java.time.Clock")
                  && (name.equals("systemUTC") || name.equals("systemDefaultZone"));
          boolean millis =
              owner.equals("java.lang.System")
                  && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
          boolean defaults =
              (owner.equals("java.time.ZoneId") && name.equals("systemDefault"))
                  || (owner.equals("java.util.TimeZone") && name.equals("getDefault"))
                  || (owner.equals("java.util.Locale") && name.equals("getDefault"));
          return nowWithoutClock || systemClock || millis || defaults;
        }
      };

  @Test
  void libraryModulesReadNoHiddenClock() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage(LIBRARY)
            .should()
            .callCodeUnitWhere(HIDDEN_CLOCK)
            .because("every time-dependent operation takes its instant or Clock (DESIGN §2.3)"));
  }

  @Test
  void libraryModulesStartNoThreadsAndUseNoRandomness() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage("org.aftersales.core..", "org.aftersales.pricing..",
                "org.aftersales.scheduling..", "org.aftersales.rules..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(
                Thread.class,
                java.util.concurrent.Executors.class,
                java.util.Random.class,
                java.util.concurrent.ThreadLocalRandom.class,
                java.util.ServiceLoader.class)
            .because("results are reproducible and the host owns threads (DESIGN §2)"));
  }

  @Test
  void pricingSchedulingAndRulesDependOnCoreOnly() {
    String[] others = {
      "org.aftersales.pricing..", "org.aftersales.scheduling..", "org.aftersales.rules..",
      "org.aftersales.testkit..", "org.aftersales.examples..", "org.aftersales.benchmarks.."
    };
    for (String module : new String[] {"pricing", "scheduling", "rules"}) {
      String own = "org.aftersales." + module + "..";
      String[] forbidden = java.util.Arrays.stream(others).filter(p -> !p.equals(own)).toArray(String[]::new);
      check(
          noClasses()
              .that()
              .resideInAPackage(own)
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(forbidden)
              .because("the module graph is a star around core (DESIGN §1)"));
    }
    check(
        noClasses()
            .that()
            .resideInAPackage("org.aftersales.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(others)
            .because("core is the centre of the star (DESIGN §1)"));
  }
}

package org.aftersales.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashMap;
import java.util.Map;
import org.aftersales.core.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Every module keeps its own {@link ErrorCode} catalogue; hosts switch on the code string, so
 * codes must be unique across the whole library and well formed.
 */
class ErrorCodeCatalogueTest {

  @Test
  void errorCodesAreUniqueAcrossAllCatalogues() {
    Map<String, String> owner = new HashMap<>();
    int catalogues = 0;
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.aftersales")) {
      if (!c.isEnum() || !c.isAssignableTo(ErrorCode.class)) {
        continue;
      }
      catalogues++;
      for (Object constant : c.reflect().getEnumConstants()) {
        ErrorCode code = (ErrorCode) constant;
        assertThat(code.code()).matches("[A-Z][A-Z0-9_]+");
        assertThat(code.description()).isNotBlank();
        String previous = owner.putIfAbsent(code.code(), c.getName());
        assertThat(previous).as("code %s is defined in %s and %s", code.code(), previous, c.getName()).isNull();
      }
    }
    assertThat(catalogues).isPositive();
  }
}

package org.mekong.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CoreArchitectureTest {

  private final JavaClasses core =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.mekong.core");

  @Test
  void coreImportsNoFrameworkSqlOrHttpType() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "jakarta..",
            "javax.servlet..",
            "java.sql..",
            "javax.sql..",
            "org.postgresql..",
            "org.flywaydb..",
            "java.net.http..",
            "org.apache.hc..",
            "okhttp3..",
            "io.zonky..",
            "org.apache.kafka..")
        .because("core is plain Java: frameworks, SQL and HTTP belong to the server")
        .check(core);
  }

  @Test
  void everyCorePackageIsNullMarked() {
    core.stream()
        .map(javaClass -> javaClass.getPackage())
        .distinct()
        .forEach(
            javaPackage ->
                org.assertj.core.api.Assertions.assertThat(
                        javaPackage.isAnnotatedWith(org.jspecify.annotations.NullMarked.class))
                    .as("package %s is @NullMarked", javaPackage.getName())
                    .isTrue());
  }
}

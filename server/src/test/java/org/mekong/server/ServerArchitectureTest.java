package org.mekong.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ServerArchitectureTest {

  private static final String[] FEATURES = {
    "org.mekong.server.agency..",
    "org.mekong.server.audit..",
    "org.mekong.server.federation..",
    "org.mekong.server.indicator..",
    "org.mekong.server.screening..",
    "org.mekong.server.selector..",
    "org.mekong.server.sharing..",
    "org.mekong.server.taxii..",
    "org.mekong.server.security..",
    "org.mekong.server.demo..",
    "org.mekong.server.cli..",
    "org.mekong.server.legal..",
    "org.mekong.server.border..",
    "org.mekong.server.casework..",
    "org.mekong.server.requests..",
    "org.mekong.server.console..",
    "org.mekong.server.names.."
  };

  private final JavaClasses server =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.mekong.server");

  @Test
  void theServersPackagesAreFreeOfCycles() {
    slices()
        .matching("org.mekong.server.(*)..")
        .should()
        .beFreeOfCycles()
        .because("each feature is a small world whose dependencies point one way")
        .check(server);
  }

  @Test
  void theSharedWebPackageDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.mekong.server.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FEATURES)
        .because("features contribute to web (a ProblemException carries its status), not back")
        .check(server);
  }
}

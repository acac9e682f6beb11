package org.mekong.core.stix;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the OASIS STIX 2.1 schemas and examples in {@code shared/}, next to the repository. */
final class SharedSpec {

  private SharedSpec() {}

  /** {@code shared/spec/stix2-json-schemas/<relative>}, or skips the test when it is absent. */
  static Path require(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate =
          dir.resolve("shared").resolve("spec").resolve("stix2-json-schemas").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    assumeTrue(false, "shared/spec/stix2-json-schemas is not next to the repository: skipped");
    throw new IllegalStateException("unreachable");
  }
}

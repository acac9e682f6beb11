package org.mekong.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared test data folder ({@code shared/}, next to the repository), if present. */
public final class SharedData {

  private SharedData() {}

  /** {@code shared/<relative>}, or skips the test (JUnit assumption) when it is absent. */
  public static Path require(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    assumeTrue(false, "shared/" + relative + " is not next to the repository: skipped");
    throw new IllegalStateException("unreachable");
  }
}

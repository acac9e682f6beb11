package org.mekong.server.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where the demo keeps its data unless told otherwise: {@code var/demo} of the installation. */
final class DataDirectories {

  private DataDirectories() {}

  static Path demoDefault() {
    String home = System.getenv("MEKONG_HOME");
    Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
    return base.resolve("var").resolve("demo").toAbsolutePath().normalize();
  }

  static Path orDefault(@Nullable Path given) {
    return given == null ? demoDefault() : given.toAbsolutePath().normalize();
  }
}

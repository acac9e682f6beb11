package org.mekong.server.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's processes of one data directory, recognised through {@code /proc}: the program is
 * {@code postgres} and the process works in the data directory (the postmaster and every backend
 * change into it) or was started with {@code -D} naming it.
 */
final class PostgresProcesses {

  private static final Path PROC = Path.of("/proc");

  private PostgresProcesses() {}

  /** Whether {@code process} is a PostgreSQL process serving {@code pgData}. */
  static boolean serves(ProcessHandle process, Path pgData) {
    Optional<Path> dataDir = realPath(pgData);
    if (dataDir.isEmpty()) {
      return false;
    }
    List<String> arguments = commandLine(process);
    if (arguments.isEmpty() || !isPostgres(arguments.getFirst())) {
      return false;
    }
    Optional<Path> workingDir = realPath(PROC.resolve(Long.toString(process.pid())).resolve("cwd"));
    if (workingDir.equals(dataDir)) {
      return true;
    }
    int d = arguments.indexOf("-D");
    return d >= 0
        && d + 1 < arguments.size()
        && realPath(Path.of(arguments.get(d + 1))).equals(dataDir);
  }

  /**
   * Waits until no PostgreSQL process of {@code pgData} is left, e.g. backends of a postmaster that
   * was killed, which leave by themselves once they notice; PostgreSQL would not start over their
   * shared memory.
   */
  static void awaitGone(Path pgData, Duration patience) {
    Instant deadline = Instant.now().plus(patience);
    while (ProcessHandle.allProcesses().anyMatch(process -> serves(process, pgData))) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "processes of a PostgreSQL that crashed still run on "
                + pgData
                + " after "
                + patience.toSeconds()
                + " s; stop them and start the node again");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for PostgreSQL to exit", e);
      }
    }
  }

  /** The program and its arguments, from {@code /proc/PID/cmdline} where there is one. */
  private static List<String> commandLine(ProcessHandle process) {
    Path cmdline = PROC.resolve(Long.toString(process.pid())).resolve("cmdline");
    try {
      if (Files.isReadable(cmdline)) {
        String raw = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8);
        return raw.isEmpty() ? List.of() : List.of(raw.split("\0"));
      }
    } catch (IOException e) {
      return List.of();
    }
    ProcessHandle.Info info = process.info();
    return info.command()
        .map(
            command ->
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(command),
                        java.util.Arrays.stream(info.arguments().orElse(new String[0])))
                    .toList())
        .orElse(List.of());
  }

  /**
   * The postmaster runs as {@code .../postgres}; a backend renames itself {@code postgres: ...}.
   */
  private static boolean isPostgres(String program) {
    String name = program.strip();
    int space = name.indexOf(' ');
    if (space >= 0) {
      name = name.substring(0, space);
    }
    name = name.substring(name.lastIndexOf('/') + 1);
    if (name.endsWith(":")) {
      name = name.substring(0, name.length() - 1);
    }
    return name.equals("postgres") || name.equals("postmaster");
  }

  private static Optional<Path> realPath(Path path) {
    try {
      return Optional.of(path.toRealPath());
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}

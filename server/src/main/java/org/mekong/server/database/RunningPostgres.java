package org.mekong.server.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL that is already running on a data directory, found through its {@code
 * postmaster.pid} (whose fourth line is the port), so that tools can read a live node's database.
 */
public record RunningPostgres(long pid, int port) {

  /** The server running on {@code pgData}, if its lock file names a live process. */
  public static Optional<RunningPostgres> find(Path pgData) {
    Path lock = pgData.resolve("postmaster.pid");
    if (!Files.isRegularFile(lock)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(lock);
      if (lines.size() < 4) {
        return Optional.empty();
      }
      long pid = Long.parseLong(lines.get(0).trim());
      int port = Integer.parseInt(lines.get(3).trim());
      boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      return alive ? Optional.of(new RunningPostgres(pid, port)) : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The JDBC URL of its {@code postgres} database on loopback. */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }
}

package org.mekong.server.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A PostgreSQL server run by the node as a child process, its files under {@code
 * <dataDir>/postgres} so that a restarted node finds its data again.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final String DATABASE = "postgres";
  private static final String USER = "postgres";

  private final EmbeddedPostgres postgres;
  private final Path files;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path files) {
    this.postgres = postgres;
    this.files = files;
  }

  /** How long a PostgreSQL left running by a crash may take to stop. */
  private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);

  /** How long PostgreSQL may take to accept connections once started. */
  private static final Duration STARTUP_PATIENCE = Duration.ofSeconds(60);

  /** The lines of PostgreSQL's log that a failed start quotes. */
  private static final int QUOTED_LOG_LINES = 5;

  /**
   * Starts PostgreSQL on a free loopback port over the files in {@code dataDir/postgres}, first
   * clearing what a crash left there; {@code notices} hears in one line what was found and done.
   */
  public static EmbeddedDatabase start(Path dataDir, Consumer<String> notices) {
    return start(dataDir, 0, STARTUP_PATIENCE, notices);
  }

  /**
   * Starts PostgreSQL on {@code port} (0: a free one), waiting {@code startupPatience} for it to
   * accept connections. It listens on TCP only: a Unix socket would put a lock file in {@code /tmp}
   * that a crash leaves behind, and once the pid in it belongs to another program PostgreSQL
   * refuses that port. Its messages go to {@code dataDir/postgres.log}, whose last lines a failed
   * start quotes.
   */
  static EmbeddedDatabase start(
      Path dataDir, int port, Duration startupPatience, Consumer<String> notices) {
    Path files = dataDir.resolve("postgres");
    PostgresLog log = new PostgresLog(dataDir.resolve("postgres.log"));
    try {
      Files.createDirectories(dataDir);
      new Leftovers(files, STOP_PATIENCE).clear().ifPresent(notices);
      ProcessBuilder.Redirect toLog = log.openForStart();
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(files)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPGStartupWait(startupPatience)
              .setOutputRedirector(toLog)
              .setErrorRedirector(toLog)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("unix_socket_directories", "''")
              .setServerConfig("max_connections", "100")
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on");
      if (port != 0) {
        builder.setPort(port);
      }
      return new EmbeddedDatabase(builder.start(), files);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start the embedded PostgreSQL in "
              + files
              + ": "
              + e.getMessage()
              + log.lastLines(QUOTED_LOG_LINES)
                  .map(lines -> "; the end of " + log.file() + ":\n" + lines)
                  .orElse(""),
          e);
    }
  }

  /** The JDBC URL of the node's database. */
  public String jdbcUrl() {
    return postgres.getJdbcUrl(USER, DATABASE);
  }

  /** The database user. */
  public String user() {
    return USER;
  }

  /**
   * Stops PostgreSQL with a fast shutdown that completes every committed transaction, and waits
   * until its server process has gone, so that no process outlives the node.
   */
  @Override
  public void close() {
    var server = RunningPostgres.find(files).flatMap(running -> ProcessHandle.of(running.pid()));
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
    }
    server.ifPresent(
        process -> {
          try {
            process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
          } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(
                "PostgreSQL (pid " + process.pid() + ") did not stop within 60 s", e);
          } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("waiting for PostgreSQL to stop failed", e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }
}

package org.mekong.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.mekong.core.audit.AuditVerification;
import org.mekong.server.audit.AuditVerifier;
import org.mekong.server.database.EmbeddedDatabase;
import org.mekong.server.database.RunningPostgres;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Audit log commands. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Work with the tamper-evident audit log.",
    subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {

  @Override
  public void run() {
    System.err.println("audit: name a subcommand, e.g. 'mekong audit verify'");
  }

  /** Checks a node's audit chain end to end. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Check that the audit log is intact: every entry links to the one before and hashes to"
            + " what was stored. Exits 0 when intact, 1 naming the first broken entry.",
        "With --data, a node that is running on that directory is read in place; otherwise its"
            + " embedded PostgreSQL is started for the check."
      })
  static final class Verify implements Callable<Integer> {

    @ArgGroup(exclusive = true)
    @Nullable Target target;

    /** Where the database is. */
    static final class Target {
      @Option(
          names = "--data",
          paramLabel = "DIR",
          description = "a demo node's data directory (default: var/demo)")
      @Nullable Path data;

      @Option(names = "--jdbc-url", paramLabel = "URL", description = "an external PostgreSQL")
      @Nullable String jdbcUrl;
    }

    @Option(names = "--user", defaultValue = "postgres", description = "database user")
    String user = "postgres";

    @Option(
        names = "--password",
        defaultValue = "${env:MEKONG_DATABASE_PASSWORD}",
        description = "database password (default: $MEKONG_DATABASE_PASSWORD)")
    @Nullable String password;

    @Override
    public Integer call() throws SQLException {
      AuditVerification verdict;
      String jdbcUrl = target == null ? null : target.jdbcUrl;
      if (jdbcUrl != null) {
        try (Connection connection =
            DriverManager.getConnection(jdbcUrl, user, password == null ? "" : password)) {
          verdict = AuditVerifier.verify(connection);
        }
      } else {
        verdict =
            verifyDataDirectory(DataDirectories.orDefault(target == null ? null : target.data));
      }
      return switch (verdict) {
        case AuditVerification.Intact intact -> {
          System.out.println(
              "audit log intact: " + intact.entries() + " entries, head " + intact.head());
          yield 0;
        }
        case AuditVerification.Broken broken -> {
          System.out.println(
              "audit log BROKEN at entry " + broken.sequence() + ": " + broken.reason());
          yield 1;
        }
      };
    }

    private static AuditVerification verifyDataDirectory(Path dataDir) throws SQLException {
      if (!Files.isDirectory(dataDir.resolve("postgres"))) {
        throw new CommandFailedException(
            "no node data under " + dataDir + " (start a node there with 'mekong demo --data')");
      }
      var running = RunningPostgres.find(dataDir.resolve("postgres"));
      if (running.isPresent()) {
        try (Connection connection =
            DriverManager.getConnection(running.get().jdbcUrl(), "postgres", "")) {
          return AuditVerifier.verify(connection);
        }
      }
      try (EmbeddedDatabase database =
              EmbeddedDatabase.start(dataDir, line -> System.err.println("audit: " + line));
          Connection connection =
              DriverManager.getConnection(database.jdbcUrl(), database.user(), "")) {
        return AuditVerifier.verify(connection);
      }
    }
  }
}

package org.mekong.server.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.TestNodes;

/**
 * The embedded PostgreSQL starts again over what a crash left on its data directory, says in one
 * line what it found and did, and keeps every committed row; it never stops a PostgreSQL that a
 * live node still uses. (A crash of the node's JVM, whose PostgreSQL is left running, is in {@code
 * NodeCrashDuringImportTest}: it needs a process to kill.)
 */
class EmbeddedDatabaseRecoveryTest {

  private Path dataDir;
  private final List<String> notices = new ArrayList<>();

  @BeforeEach
  void createCluster() throws SQLException {
    dataDir = TestNodes.newDataDir();
    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, notices::add);
        Connection db = connect(database)) {
      execute(db, "CREATE TABLE kept (n integer)");
      execute(db, "INSERT INTO kept VALUES (1)");
    }
    assertThat(notices).as("a clean shutdown leaves nothing to report").isEmpty();
  }

  @AfterEach
  void deleteCluster() {
    TestNodes.deleteRecursively(dataDir);
  }

  @Test
  void aPostgresKilledAloneLeavesAStaleLockThatTheNextStartRecoversFrom() throws Exception {
    EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, notices::add);
    long postmaster;
    try (Connection db = connect(database)) {
      execute(db, "INSERT INTO kept VALUES (2)");
      postmaster = RunningPostgres.find(pgData()).orElseThrow().pid();
      ProcessHandle handle = ProcessHandle.of(postmaster).orElseThrow();
      handle.destroyForcibly();
      handle.onExit().get(30, TimeUnit.SECONDS);
    }
    database.close();
    assertThat(pgData().resolve("postmaster.pid")).exists();

    try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir, notices::add);
        Connection db = connect(restarted)) {
      assertThat(count(db)).isEqualTo(2);
    }
    assertThat(notices)
        .singleElement()
        .asString()
        .contains("(pid " + postmaster + ") that is no longer running");
  }

  @Test
  void aStaleLockWhosePidAnotherProgramNowHasIsRemoved() throws Exception {
    Process stranger = new ProcessBuilder("sleep", "300").start();
    try {
      Files.writeString(
          pgData().resolve("postmaster.pid"),
          stranger.pid() + "\n" + pgData() + "\n1700000000\n5432\n/tmp\n127.0.0.1\n 0 0\nready\n");

      try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir, notices::add);
          Connection db = connect(restarted)) {
        assertThat(count(db)).isEqualTo(1);
      }
      assertThat(stranger.isAlive()).as("the other program is left alone").isTrue();
      assertThat(notices)
          .singleElement()
          .asString()
          .contains("its pid " + stranger.pid() + " now belongs to another program");
    } finally {
      stranger.destroyForcibly();
    }
  }

  @Test
  void anUnreadableLockIsRemoved() throws Exception {
    Files.writeString(pgData().resolve("postmaster.pid"), "");

    try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir, notices::add);
        Connection db = connect(restarted)) {
      assertThat(count(db)).isEqualTo(1);
    }
    assertThat(notices).singleElement().asString().contains("unreadable postmaster.pid");
  }

  @Test
  void aPostgresThatALiveNodeUsesIsNeverStopped() throws Exception {
    try (EmbeddedDatabase live = EmbeddedDatabase.start(dataDir, notices::add);
        Connection db = connect(live)) {
      long pid = RunningPostgres.find(pgData()).orElseThrow().pid();

      assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, notices::add))
          .hasMessageContaining("another node is running on " + pgData());

      assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
      assertThat(count(db)).isEqualTo(1);
    }
  }

  @Test
  void aSocketLockThatACrashLeftInTmpForThePortDoesNotStopTheStart() throws Exception {
    int port = freePort();
    Path socketLock = Path.of("/tmp/.s.PGSQL." + port + ".lock");
    Process stranger = new ProcessBuilder("sleep", "300").start();
    try {
      Files.writeString(
          socketLock, stranger.pid() + "\n" + pgData() + "\n1700000000\n" + port + "\n");

      try (EmbeddedDatabase restarted =
              EmbeddedDatabase.start(dataDir, port, Duration.ofSeconds(60), notices::add);
          Connection db = connect(restarted)) {
        assertThat(count(db)).isEqualTo(1);
      }
      assertThat(Files.readString(socketLock)).startsWith(stranger.pid() + "\n");
    } finally {
      stranger.destroyForcibly();
      Files.deleteIfExists(socketLock);
    }
  }

  @Test
  void postgresWritesItsLogBesideItsDataDirectory() throws Exception {
    Path log = dataDir.resolve("postgres.log");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log)))
        .as("its errors quote the values they are about")
        .isEqualTo("rw-------");
    assertThat(Files.readString(log))
        .as("initdb's and the server's messages")
        .contains("database system is ready to accept connections")
        .contains("database system is shut down");
  }

  @Test
  void aStartThatFailsQuotesTheEndOfThePostgresLog() throws Exception {
    Files.writeString(pgData().resolve("PG_VERSION"), "9\n");

    assertThatThrownBy(
            () -> EmbeddedDatabase.start(dataDir, 0, Duration.ofSeconds(3), notices::add))
        .hasMessageContaining("the end of " + dataDir.resolve("postgres.log"))
        .hasMessageContaining("database files are incompatible with server");
  }

  @Test
  void postgresProcessesAreRecognisedByTheirDataDirectory() throws Exception {
    try (EmbeddedDatabase live = EmbeddedDatabase.start(dataDir, notices::add);
        Connection db = connect(live)) {
      ProcessHandle postmaster =
          ProcessHandle.of(RunningPostgres.find(pgData()).orElseThrow().pid()).orElseThrow();
      assertThat(PostgresProcesses.serves(postmaster, pgData())).isTrue();
      assertThat(postmaster.children().filter(child -> PostgresProcesses.serves(child, pgData())))
          .as("its backends")
          .isNotEmpty();
      Path elsewhere = TestNodes.newDataDir();
      try {
        assertThat(PostgresProcesses.serves(postmaster, elsewhere)).isFalse();
      } finally {
        TestNodes.deleteRecursively(elsewhere);
      }
      assertThat(
              Stream.of(ProcessHandle.current())
                  .anyMatch(process -> PostgresProcesses.serves(process, pgData())))
          .as("a Java process is no PostgreSQL")
          .isFalse();
    }
  }

  private static int freePort() throws java.io.IOException {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private Path pgData() {
    return dataDir.resolve("postgres");
  }

  private static Connection connect(EmbeddedDatabase database) throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), database.user(), "");
  }

  private static void execute(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long count(Connection db) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM kept")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}

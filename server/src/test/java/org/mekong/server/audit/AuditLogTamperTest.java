package org.mekong.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekong.core.audit.AuditVerification;
import org.mekong.server.cli.MekongCommand;
import org.mekong.server.database.RunningPostgres;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import picocli.CommandLine;

/** The audit chain against a real PostgreSQL: each kind of tampering is found and named. */
class AuditLogTamperTest {

  private static Path dataDir;
  private static SeededNode seeded;

  @BeforeAll
  static void startNode() {
    dataDir = TestNodes.newDataDir();
    seeded = TestNodes.startSeeded(dataDir, Map.of());
  }

  @AfterAll
  static void stopNode() {
    seeded.node().close();
    TestNodes.deleteRecursively(dataDir);
  }

  /** Every test starts from a fresh chain of real requests. */
  @BeforeEach
  void freshChainOfRequests() throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE audit_log DISABLE TRIGGER USER");
      statement.execute("TRUNCATE audit_log");
      statement.execute("ALTER TABLE audit_log ENABLE TRIGGER USER");
      statement.execute("UPDATE audit_head SET seq = 0, hash = decode(repeat('00', 32), 'hex')");
    }
    Http http = seeded.http();
    for (int i = 0; i < 6; i++) {
      assertThat(http.get("/api/v1/whoami", seeded.keyOf("th-ccib")).status()).isEqualTo(200);
    }
  }

  private static Connection connect() throws SQLException {
    RunningPostgres postgres = RunningPostgres.find(dataDir.resolve("postgres")).orElseThrow();
    return DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
  }

  private AuditVerification verify() throws SQLException {
    try (Connection connection = connect()) {
      return AuditVerifier.verify(connection);
    }
  }

  private void tamper(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE audit_log DISABLE TRIGGER USER");
      statement.execute(sql);
      statement.execute("ALTER TABLE audit_log ENABLE TRIGGER USER");
    }
  }

  @Test
  void everyAuthenticatedRequestIsChainedAndTheChainVerifies() throws SQLException {
    assertThat(verify())
        .isInstanceOfSatisfying(
            AuditVerification.Intact.class,
            intact -> assertThat(intact.entries()).isGreaterThanOrEqualTo(6));
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        var rs =
            statement.executeQuery(
                "SELECT actor, action, outcome FROM audit_log ORDER BY seq DESC LIMIT 1")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("th-ccib");
      assertThat(rs.getString(2)).isEqualTo("GET /api/v1/whoami");
      assertThat(rs.getString(3)).isEqualTo("200");
    }
  }

  @Test
  void theDatabaseRefusesUpdatesAndDeletes() throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.execute("UPDATE audit_log SET actor = 'x' WHERE seq = 1"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> statement.execute("DELETE FROM audit_log WHERE seq = 1"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> statement.execute("TRUNCATE audit_log"))
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void anAlteredRowIsDetectedAndNamed() throws SQLException {
    tamper("UPDATE audit_log SET actor = 'cn-mps-afc' WHERE seq = 3");
    assertThat(verify())
        .isInstanceOfSatisfying(
            AuditVerification.Broken.class,
            broken -> {
              assertThat(broken.sequence()).isEqualTo(3);
              assertThat(broken.reason()).contains("altered");
            });
  }

  @Test
  void aDeletedRowIsDetectedAndNamed() throws SQLException {
    tamper("DELETE FROM audit_log WHERE seq = 2");
    assertThat(verify())
        .isInstanceOfSatisfying(
            AuditVerification.Broken.class,
            broken -> {
              assertThat(broken.sequence()).isEqualTo(2);
              assertThat(broken.reason()).contains("missing");
            });
  }

  @Test
  void aDeletedLastRowIsDetected() throws SQLException {
    tamper("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)");
    assertThat(verify()).isInstanceOf(AuditVerification.Broken.class);
  }

  @Test
  void reorderedRowsAreDetectedAndNamed() throws SQLException {
    tamper(
        "UPDATE audit_log SET seq = 1000002 WHERE seq = 2;"
            + " UPDATE audit_log SET seq = 2 WHERE seq = 4;"
            + " UPDATE audit_log SET seq = 4 WHERE seq = 1000002");
    assertThat(verify())
        .isInstanceOfSatisfying(
            AuditVerification.Broken.class, broken -> assertThat(broken.sequence()).isEqualTo(2));
  }

  @Test
  void theCommandLineVerifiesAStoppedNodeAndExitsNonZeroOnTampering() throws SQLException {
    Path ownDataDir = TestNodes.newDataDir();
    SeededNode own = TestNodes.startSeeded(ownDataDir, Map.of());
    try {
      for (int i = 0; i < 3; i++) {
        own.http().get("/api/v1/whoami", own.keyOf("mm-police"));
      }
      own.node().close();
      assertThat(
              MekongCommand.commandLine()
                  .execute("audit", "verify", "--data", ownDataDir.toString()))
          .isZero();

      try (var database =
              org.mekong.server.database.EmbeddedDatabase.start(ownDataDir, line -> {});
          Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
          Statement statement = connection.createStatement()) {
        statement.execute("ALTER TABLE audit_log DISABLE TRIGGER USER");
        statement.execute("UPDATE audit_log SET outcome = '404' WHERE seq = 2");
      }

      StringWriter out = new StringWriter();
      CommandLine cli = MekongCommand.commandLine();
      cli.setOut(new PrintWriter(out));
      assertThat(cli.execute("audit", "verify", "--data", ownDataDir.toString())).isEqualTo(1);
    } finally {
      own.node().close();
      TestNodes.deleteRecursively(ownDataDir);
    }
  }

  @Test
  void theCommandLineVerifiesARunningNode() {
    int exit = MekongCommand.commandLine().execute("audit", "verify", "--data", dataDir.toString());
    assertThat(exit).isZero();
  }

  @Test
  void theCommandLineRefusesADirectoryWithoutNodeData() {
    StringWriter err = new StringWriter();
    CommandLine cli = MekongCommand.commandLine();
    cli.setErr(new PrintWriter(err));
    int exit =
        cli.execute("audit", "verify", "--data", TestNodes.newDataDir().resolve("none").toString());
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("no node data");
  }
}

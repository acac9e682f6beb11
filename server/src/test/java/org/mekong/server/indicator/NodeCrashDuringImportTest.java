package org.mekong.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mekong.server.cli.MekongCommand;
import org.mekong.server.database.RunningPostgres;
import org.mekong.server.demo.DemoSeeder;
import org.mekong.server.support.Http;
import org.mekong.server.support.NodeProcess;
import org.mekong.server.support.TestNodes;
import tools.jackson.databind.JsonNode;

/**
 * A demo node killed with SIGKILL in the middle of a 200,000-line import comes back by itself on
 * the same data directory, once after a kill of its JVM only (its PostgreSQL left running as an
 * orphan) and once after a kill of the JVM and its PostgreSQL together (a stale {@code
 * postmaster.pid}): it says what it found, every acknowledged import is stored, every batch is
 * stored whole or not at all, the audit chain verifies, and importing the file again accounts for
 * every line with nothing stored twice.
 */
class NodeCrashDuringImportTest {

  private static final int LINES = 200_000;
  private static final int CHUNKS = 4;
  private static final int CHUNK = LINES / CHUNKS;

  /** One line in this many is not a selector, so that the import rejects it. */
  private static final int BAD_EVERY = 1_000;

  private static final int VALID_PER_CHUNK = CHUNK - CHUNK / BAD_EVERY;
  private static final String IMPORT =
      "/api/v1/indicators:import?format=list&type=domain&category=fraud&tlp=green";
  private static final Duration START_PATIENCE = Duration.ofSeconds(120);

  private enum Crash {
    JVM_ONLY,
    JVM_AND_POSTGRES
  }

  @Test
  void aNodeWhoseJvmWasKilledStopsTheOrphanedPostgresAndComesBackWhole() throws Exception {
    crashAndRestart(Crash.JVM_ONLY);
  }

  @Test
  void aNodeKilledWithItsPostgresRecoversFromTheStaleLockAndComesBackWhole() throws Exception {
    crashAndRestart(Crash.JVM_AND_POSTGRES);
  }

  private static void crashAndRestart(Crash crash) throws Exception {
    Path dataDir = TestNodes.newDataDir();
    List<String> lines =
        IntStream.range(0, LINES).mapToObj(NodeCrashDuringImportTest::line).toList();
    NodeProcess first =
        NodeProcess.startDemo(dataDir, dataDir.resolve("first.log"), "--indicators", "0");
    NodeProcess second = null;
    try {
      first.awaitReady(START_PATIENCE);
      String key = keyOf(dataDir, "th-ccib");
      Importer importer = new Importer(first.baseUrl(), key, lines);
      Thread importing = Thread.ofPlatform().name("crash-test-import").start(importer);
      RunningPostgres postgres = first.postgres().orElseThrow();
      awaitStored(postgres, VALID_PER_CHUNK + 1, importer, first);
      kill(first, postgres, crash);
      importing.join(Duration.ofSeconds(60));
      List<JsonNode> acknowledged = List.copyOf(importer.reports);
      assertThat(acknowledged)
          .as("the kill came in the middle of the import")
          .hasSizeLessThan(CHUNKS);
      if (crash == Crash.JVM_ONLY) {
        assertThat(ProcessHandle.of(postgres.pid()).map(ProcessHandle::isAlive))
            .as("the killed node's PostgreSQL is left running")
            .contains(true);
      }

      second = NodeProcess.startDemo(dataDir, dataDir.resolve("second.log"), "--indicators", "0");
      second.awaitReady(START_PATIENCE);
      List<String> notices =
          second.log().lines().filter(line -> line.startsWith("demo: found")).toList();
      assertThat(notices).as(second.log()).hasSize(1);
      assertThat(notices.getFirst())
          .contains("(pid " + postgres.pid() + ")")
          .contains(
              crash == Crash.JVM_ONLY
                  ? "left running on " + dataDir.resolve("postgres") + " by a node that crashed"
                  : "no longer running");
      if (crash == Crash.JVM_ONLY) {
        assertThat(notices.getFirst()).endsWith("stopped it with a fast shutdown");
      }

      try (Connection db = connect(second)) {
        Set<String> stored = strings(db, "SELECT selector_key FROM indicator");
        for (int chunk = 0; chunk < CHUNKS; chunk++) {
          int storedPrefix = storedPrefix(stored, chunk);
          if (chunk < acknowledged.size()) {
            assertThat(storedPrefix).as("acknowledged chunk %d", chunk).isEqualTo(VALID_PER_CHUNK);
            assertThat(acknowledged.get(chunk).get("accepted").asLong()).isEqualTo(VALID_PER_CHUNK);
          } else {
            assertThat(
                    storedPrefix % IndicatorImporter.BATCH == 0 || storedPrefix == VALID_PER_CHUNK)
                .as("chunk %d holds whole batches only, but %d lines", chunk, storedPrefix)
                .isTrue();
          }
        }
        long inPrefixes =
            IntStream.range(0, CHUNKS).mapToLong(chunk -> storedPrefix(stored, chunk)).sum();
        assertThat(stored).as("nothing stored out of batch order").hasSize((int) inPrefixes);
        assertThat(count(db, "SELECT count(*) FROM indicator_version")).isEqualTo(stored.size());
        assertThat(
                count(
                    db,
                    "SELECT count(*) FROM indicator i WHERE NOT EXISTS (SELECT 1 FROM"
                        + " indicator_version v WHERE v.id = i.id AND v.version = i.version)"))
            .as("every indicator has its version")
            .isZero();
        assertThat(
                count(db, "SELECT count(*) FROM audit_log WHERE object_type = 'indicator-import'"))
            .as("every acknowledged import is audited")
            .isGreaterThanOrEqualTo(acknowledged.size());

        assertThat(
                MekongCommand.commandLine()
                    .execute("audit", "verify", "--data", dataDir.toString()))
            .as("mekong audit verify")
            .isZero();

        JsonNode again = post(second.baseUrl(), key, lines);
        long accepted = again.get("accepted").asLong();
        long unchanged = again.get("unchanged").asLong();
        long rejected = again.get("rejectedCount").asLong();
        assertThat(accepted + unchanged + rejected).isEqualTo(LINES);
        assertThat(unchanged).isEqualTo(stored.size());
        assertThat(rejected).isEqualTo(LINES / BAD_EVERY);
        long valid = (long) VALID_PER_CHUNK * CHUNKS;
        assertThat(count(db, "SELECT count(*) FROM indicator")).isEqualTo(valid);
        assertThat(count(db, "SELECT count(DISTINCT selector_key) FROM indicator"))
            .isEqualTo(valid);
        assertThat(count(db, "SELECT count(*) FROM indicator_version")).isEqualTo(valid);
      }
      second.stop();
    } finally {
      if (second != null) {
        second.close();
      }
      first.close();
      TestNodes.deleteRecursively(dataDir);
    }
  }

  /** Line {@code i} of the file: a domain, or now and then a line that is no selector at all. */
  private static String line(int i) {
    return i % BAD_EVERY == BAD_EVERY - 1 ? "%not-a-domain-" + i : "c" + i + "-crash-scam.top";
  }

  /**
   * How many of a chunk's valid lines are stored, checking that they are its first ones: batches
   * are written in order, each whole or not at all.
   */
  private static int storedPrefix(Set<String> stored, int chunk) {
    int prefix = 0;
    boolean gap = false;
    for (int i = chunk * CHUNK; i < (chunk + 1) * CHUNK; i++) {
      String line = line(i);
      if (line.startsWith("%")) {
        continue;
      }
      if (stored.contains(line)) {
        assertThat(gap).as("line %d is stored after a line that is not", i).isFalse();
        prefix++;
      } else {
        gap = true;
      }
    }
    return prefix;
  }

  private static void kill(NodeProcess node, RunningPostgres postgres, Crash crash)
      throws InterruptedException {
    List<ProcessHandle> victims =
        switch (crash) {
          case JVM_ONLY -> List.of(node.process().toHandle());
          case JVM_AND_POSTGRES -> {
            ProcessHandle postmaster = ProcessHandle.of(postgres.pid()).orElseThrow();
            yield Stream.concat(
                    Stream.of(node.process().toHandle(), postmaster), postmaster.descendants())
                .toList();
          }
        };
    victims.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle victim : victims) {
      try {
        victim.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        throw new AssertionError("pid " + victim.pid() + " did not die", e);
      }
    }
  }

  /** Waits until the node has stored {@code atLeast} indicators: a batch of the second chunk. */
  private static void awaitStored(
      RunningPostgres postgres, long atLeast, Importer importer, NodeProcess node)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "")) {
      while (count(db, "SELECT count(*) FROM indicator") < atLeast) {
        if (importer.failure != null || System.nanoTime() > deadline) {
          throw new AssertionError(
              "the import did not get far enough: " + importer.failure + "\n" + node.log());
        }
        Thread.sleep(10);
      }
    }
  }

  /** Sends the file in chunks, one request each, and keeps the reports the node acknowledged. */
  private static final class Importer implements Runnable {
    private final String baseUrl;
    private final String key;
    private final List<String> lines;
    final List<JsonNode> reports = new CopyOnWriteArrayList<>();
    volatile @org.jspecify.annotations.Nullable String failure;

    Importer(String baseUrl, String key, List<String> lines) {
      this.baseUrl = baseUrl;
      this.key = key;
      this.lines = lines;
    }

    @Override
    public void run() {
      try {
        for (int chunk = 0; chunk < CHUNKS; chunk++) {
          reports.add(post(baseUrl, key, lines.subList(chunk * CHUNK, (chunk + 1) * CHUNK)));
        }
      } catch (IOException | RuntimeException e) {
        failure = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static JsonNode post(String baseUrl, String key, List<String> lines)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl + IMPORT))
                    .timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Bearer " + key)
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines) + "\n"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "the import was answered " + response.statusCode() + ": " + response.body());
    }
    return Http.JSON.readTree(response.body());
  }

  private static String keyOf(Path dataDir, String agency) throws IOException {
    JsonNode credentials =
        Http.JSON.readTree(Files.readString(dataDir.resolve(DemoSeeder.CREDENTIALS_FILE)));
    return credentials
        .get("agencies")
        .valueStream()
        .filter(entry -> entry.get("id").asString().equals(agency))
        .findFirst()
        .orElseThrow()
        .get("apiKey")
        .asString();
  }

  private static Connection connect(NodeProcess node) throws SQLException {
    return DriverManager.getConnection(node.postgres().orElseThrow().jdbcUrl(), "postgres", "");
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static Set<String> strings(Connection db, String sql) throws SQLException {
    Set<String> values = new HashSet<>();
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}

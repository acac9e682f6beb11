package org.mekong.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.MekongNode;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.config.NodeConfigLoader;
import org.mekong.server.console.ConsoleAccounts;
import org.mekong.server.demo.DemoSeeder;
import org.mekong.server.requests.MovableClock;
import org.mekong.server.requests.MovableClockSource;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retention through a real node whose clock the test moves: a person whose cases are all closed
 * longer than {@code casework.retention.cases-closed} ago is purged and audited, a person with an
 * open case and a recent person are kept, a second run purges nothing, a missed audit entry is
 * appended by the next run.
 */
class RetentionJobTest {

  private static Path dataDir;
  private static SeededNode node;
  private static MovableClock clock;
  private static RetentionJob job;
  private static JdbcClient jdbc;

  @BeforeAll
  static void start() {
    dataDir = TestNodes.newDataDir();
    MekongNode started =
        MekongNode.start(
            NodeConfigLoader.load(
                null,
                Map.of(),
                Map.of(
                    "port", "0",
                    "data-dir", dataDir.toString(),
                    "casework.retention.cases-closed", "P2Y",
                    "casework.retention.persons", "P10Y")),
            Map.of("spring.main.sources", MovableClockSource.class.getName()));
    node =
        new SeededNode(
            started,
            dataDir,
            new DemoSeeder(started.bean(AgencyDirectory.class), started.bean(ConsoleAccounts.class))
                .seed(dataDir, started.baseUrl()));
    clock = started.bean(MovableClock.class);
    job = started.bean(RetentionJob.class);
    jdbc = started.bean(JdbcClient.class);
  }

  /** Each test moves the clock past the periods; the next one starts at the real time again. */
  @AfterEach
  void rewind() {
    clock.move(moved.negated());
    moved = Duration.ZERO;
  }

  private static Duration moved = Duration.ZERO;

  private static void pastThePeriods() {
    Duration by = Duration.ofDays(3 * 366);
    clock.move(by);
    moved = moved.plus(by);
  }

  @AfterAll
  static void stop() {
    node.node().close();
    TestNodes.deleteRecursively(dataDir);
  }

  @Test
  void aClosedCasePastItsPeriodIsPurgedOnceAndAuditedAndAnOpenOneIsKept() {
    String closed = CaseworkFixtures.person(node, "mm-police", "王小红");
    String closedCase = openCase(closed);
    Http.Response closing =
        node.http()
            .post(
                "/api/v1/casework/cases/" + closedCase + "/events",
                node.keyOf("mm-police"),
                CaseworkFixtures.event("closed", ", \"reason\": \"found safe\""));
    assertThat(closing.status()).as(closing.body()).isEqualTo(201);
    consent(closed);
    String open = CaseworkFixtures.person(node, "mm-police", "李明");
    openCase(open);
    String noCase = CaseworkFixtures.person(node, "mm-police", "張偉");

    assertThat(job.run()).isZero();
    pastThePeriods();

    assertThat(job.run()).isEqualTo(1);
    assertThat(count("casework_person", "id", closed)).isZero();
    assertThat(count("casework_case", "person_id", closed)).isZero();
    assertThat(count("casework_consent", "person_id", closed)).isZero();
    assertThat(count("casework_person", "id", open)).isOne();
    assertThat(count("casework_case", "person_id", open)).isOne();
    assertThat(count("casework_person", "id", noCase)).isOne();
    assertThat(
            node.http().get("/api/v1/casework/persons/" + closed, node.keyOf("mm-police")).status())
        .isEqualTo(404);
    List<String> outcomes = auditOutcomes(closed);
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.getFirst())
        .contains("1 cases", "1 consent records", closedCase)
        .doesNotContain("王小红", "Wang", "E0", "+86");

    assertThat(job.run()).isZero();
    assertThat(auditOutcomes(closed)).hasSize(1);

    // the node stopped between the purge's commit and its audit entry: the next run appends it
    jdbc.sql("UPDATE casework_purge SET audited = false WHERE person_id = ?::uuid")
        .param(closed)
        .update();
    assertThat(job.run()).isZero();
    assertThat(auditOutcomes(closed)).hasSize(2);
    assertThat(job.run()).isZero();
    assertThat(auditOutcomes(closed)).hasSize(2);
  }

  @Test
  void aPersonOnAManifestStillPendingIsKeptUntilTheEntryIsHandedOver() {
    String person = CaseworkFixtures.person(node, "mm-police", "陈静");
    String caseId = openCase(person);
    Http.Response closing =
        node.http()
            .post(
                "/api/v1/casework/cases/" + caseId + "/events",
                node.keyOf("mm-police"),
                CaseworkFixtures.event("closed", ", \"reason\": \"found safe\""));
    assertThat(closing.status()).as(closing.body()).isEqualTo(201);
    String manifest = java.util.UUID.randomUUID().toString();
    jdbc.sql(
            "INSERT INTO casework_manifest (id, sending, receiving, transport_mode, travel_date,"
                + " created_at) VALUES (?::uuid, 'mm-police', 'th-immigration', 'on-foot',"
                + " DATE '2025-10-23', now())")
        .param(manifest)
        .update();
    jdbc.sql(
            "INSERT INTO casework_manifest_entry (manifest_id, person_id, position, status,"
                + " updated_at, updated_by) VALUES (?::uuid, ?::uuid, 0, 'pending', now(), 'x')")
        .params(manifest, person)
        .update();
    pastThePeriods();

    job.run();
    assertThat(count("casework_person", "id", person)).isOne();

    jdbc.sql("UPDATE casework_manifest_entry SET status = 'handed-over' WHERE person_id = ?::uuid")
        .param(person)
        .update();
    job.run();
    assertThat(count("casework_person", "id", person)).isZero();
    assertThat(count("casework_manifest_entry", "person_id", person)).isZero();
    assertThat(count("casework_manifest", "id", manifest)).isOne();
    assertThat(auditOutcomes(person))
        .singleElement()
        .asString()
        .contains("1 manifest entries", manifest);
  }

  private static String openCase(String person) {
    Http.Response opened =
        node.http()
            .post(
                "/api/v1/casework/cases",
                node.keyOf("mm-police"),
                "{\"person\": \""
                    + person
                    + "\", \"event\": "
                    + CaseworkFixtures.event("reported-missing", "")
                    + "}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json().get("id").asString();
  }

  private static void consent(String person) {
    Http.Response given =
        node.http()
            .post(
                "/api/v1/casework/persons/" + person + "/consent",
                node.keyOf("mm-police"),
                "{\"kind\": \"given\", \"recordedBy\": \"Pol. Maj. Aung\"}");
    assertThat(given.status()).as(given.body()).isIn(200, 201);
  }

  private static long count(String table, String column, String id) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = ?::uuid")
        .param(id)
        .query(Long.class)
        .single();
  }

  private static List<String> auditOutcomes(String person) {
    return jdbc.sql(
            "SELECT outcome FROM audit_log WHERE actor = ? AND action = 'casework purge'"
                + " AND object_id = ? ORDER BY seq")
        .params(RetentionJob.ACTOR, person)
        .query(String.class)
        .list();
  }
}

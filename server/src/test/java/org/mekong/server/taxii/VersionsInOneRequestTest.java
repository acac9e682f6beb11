package org.mekong.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * Several versions of one STIX id in one request (a TAXII POST or a {@code format=stix} import) are
 * ordered by {@code modified}: the newest is stored or applied, whatever the order they come in,
 * and each older one is a success "superseded" (unchanged in the import report), never a repeat.
 */
class VersionsInOneRequestTest {

  private static final String TLP_GREEN =
      "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";

  private static SeededNode seeded;
  private static TaxiiClient taxii;
  private static Http http;

  @BeforeAll
  static void start() {
    seeded = TestNodes.shared();
    taxii = new TaxiiClient(seeded);
    http = seeded.http();
  }

  private static String domain() {
    return "versions-" + Long.toString(System.nanoTime(), 36) + ".top";
  }

  private static String version(
      String id, String domain, String modified, int confidence, boolean revoked) {
    return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\""
        + id
        + "\",\"created\":\"2026-02-01T00:00:00.000Z\",\"modified\":\""
        + modified
        + "\",\"pattern\":\"[domain-name:value = '"
        + domain
        + "']\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-02-01T00:00:00Z\","
        + "\"labels\":[\"fraud.phishing\"],\"confidence\":"
        + confidence
        + ",\"revoked\":"
        + revoked
        + ",\"object_marking_refs\":[\""
        + TLP_GREEN
        + "\"]}";
  }

  private static JsonNode postEnvelope(String... objects) {
    return taxii.addObjects("th-ccib", objects);
  }

  private static JsonNode importStix(String... objects) {
    return taxii.importStix("th-ccib", objects);
  }

  /** The node's id of the sender's indicator, from the stored entry of its first POST. */
  private static String stored(String id, String domain) {
    JsonNode first = postEnvelope(version(id, domain, "2026-02-01T00:00:00.000Z", 40, false));
    return first.get("successes").get(0).get("message").asString().replace("stored as ", "");
  }

  private static JsonNode current(String id) {
    Http.Response current = http.get("/api/v1/indicators/" + id, seeded.keyOf("th-ccib"));
    assertThat(current.status()).as(current.body()).isEqualTo(200);
    JsonNode body = current.json();
    return body.has("indicator") ? body.get("indicator") : body;
  }

  private static List<String> history(String id) {
    Http.Response history =
        http.get("/api/v1/indicators/" + id + "/history", seeded.keyOf("th-ccib"));
    assertThat(history.status()).as(history.body()).isEqualTo(200);
    List<String> versions = new ArrayList<>();
    history
        .json()
        .forEach(
            v ->
                versions.add(
                    v.get("confidence").asInt() + (v.get("revoked").asBoolean() ? "r" : "")));
    return versions;
  }

  private static List<String> messages(JsonNode status) {
    List<String> messages = new ArrayList<>();
    status.path("successes").forEach(d -> messages.add(d.get("message").asString()));
    return messages;
  }

  @Test
  void theNewestOfThreeVersionsInAnyOrderIsStoredAndTheOthersAreSuperseded() {
    String domain = domain();
    String foreignId = "indicator--" + UUID.randomUUID();

    JsonNode status =
        postEnvelope(
            version(foreignId, domain, "2026-02-01T00:00:00.000Z", 10, false),
            version(foreignId, domain, "2026-02-03T00:00:00.000Z", 30, false),
            version(foreignId, domain, "2026-02-02T00:00:00.000Z", 20, false));

    assertThat(status.get("success_count").asInt()).as(status.toString()).isEqualTo(3);
    assertThat(status.get("failure_count").asInt()).as(status.toString()).isZero();
    List<String> messages = messages(status);
    assertThat(messages.get(0))
        .isEqualTo("superseded by version 2026-02-03T00:00:00.000Z in the same request");
    assertThat(messages.get(1)).startsWith("stored as indicator--");
    assertThat(messages.get(2))
        .isEqualTo("superseded by version 2026-02-03T00:00:00.000Z in the same request");
    List<String> versions = new ArrayList<>();
    status.path("successes").forEach(d -> versions.add(d.get("version").asString()));
    assertThat(versions)
        .containsExactly(
            "2026-02-01T00:00:00.000Z", "2026-02-03T00:00:00.000Z", "2026-02-02T00:00:00.000Z");
    String id = messages.get(1).replace("stored as ", "");
    assertThat(current(id).get("confidence").asInt()).isEqualTo(30);
    assertThat(history(id)).containsExactly("30");
  }

  @Test
  void anOlderRevokedVersionAfterALiveOneDoesNotRevoke() {
    String domain = domain();
    String foreignId = "indicator--" + UUID.randomUUID();
    String id = stored(foreignId, domain);

    JsonNode status =
        postEnvelope(
            version(foreignId, domain, "2026-02-05T00:00:00.000Z", 60, false),
            version(foreignId, domain, "2026-02-03T00:00:00.000Z", 60, true));

    assertThat(messages(status))
        .containsExactly(
            "stored as " + id,
            "superseded by version 2026-02-05T00:00:00.000Z in the same request");
    assertThat(current(id).get("revoked").asBoolean()).isFalse();
    assertThat(history(id)).containsExactly("60", "40");
  }

  @Test
  void aNewerRevokedVersionBeforeAnOlderLiveOneRevokes() {
    String domain = domain();
    String foreignId = "indicator--" + UUID.randomUUID();
    String id = stored(foreignId, domain);

    JsonNode status =
        postEnvelope(
            version(foreignId, domain, "2026-02-05T00:00:00.000Z", 40, true),
            version(foreignId, domain, "2026-02-02T00:00:00.000Z", 20, false),
            version(foreignId, domain, "2026-02-03T00:00:00.000Z", 40, false));

    assertThat(status.get("failure_count").asInt()).as(status.toString()).isZero();
    assertThat(messages(status))
        .containsExactly(
            "revoked " + id,
            "superseded by version 2026-02-05T00:00:00.000Z in the same request",
            "stored as " + id);
    assertThat(current(id).get("revoked").asBoolean()).isTrue();
    assertThat(history(id).get(0)).isEqualTo("40r");
  }

  @Test
  void theStixImportOrdersVersionsTheSameWay() {
    String domain = domain();
    String foreignId = "indicator--" + UUID.randomUUID();
    String id = stored(foreignId, domain);

    JsonNode report =
        importStix(
            version(foreignId, domain, "2026-02-05T00:00:00Z", 70, false),
            version(foreignId, domain, "2026-02-03T00:00:00Z", 70, true),
            version(foreignId, domain, "2026-02-04T00:00:00Z", 50, false));

    assertThat(report.get("rejectedCount").asLong()).as(report.toString()).isZero();
    assertThat(report.get("updated").asLong()).as(report.toString()).isEqualTo(1);
    assertThat(report.get("unchanged").asLong()).as(report.toString()).isEqualTo(2);
    List<Long> lines = new ArrayList<>();
    report.get("superseded").forEach(s -> lines.add(s.get("line").asLong()));
    assertThat(lines).containsExactly(2L, 3L);
    assertThat(report.get("superseded").get(0).get("by").asString())
        .isEqualTo("2026-02-05T00:00:00.000Z");
    assertThat(current(id).get("revoked").asBoolean()).isFalse();
    assertThat(current(id).get("confidence").asInt()).isEqualTo(70);

    JsonNode revoking =
        importStix(
            version(foreignId, domain, "2026-02-07T00:00:00Z", 70, true),
            version(foreignId, domain, "2026-02-06T00:00:00Z", 90, false));

    assertThat(revoking.get("rejectedCount").asLong()).as(revoking.toString()).isZero();
    assertThat(revoking.get("revoked").get(0).get("applied").asBoolean()).isTrue();
    assertThat(current(id).get("revoked").asBoolean()).isTrue();
  }

  @Test
  void exactDuplicatesStillRepeatAndAnInvalidOlderVersionKeepsItsReason() {
    String domain = domain();
    String foreignId = "indicator--" + UUID.randomUUID();
    String invalid =
        version(foreignId, domain, "2026-02-01T00:00:00.000Z", 10, false)
            .replace("\"confidence\":10", "\"confidence\":900");

    JsonNode status =
        postEnvelope(
            version(foreignId, domain, "2026-02-03T00:00:00.000Z", 30, false),
            version(foreignId, domain, "2026-02-03T00:00:00.000Z", 30, false),
            invalid);

    assertThat(status.get("success_count").asInt()).as(status.toString()).isEqualTo(1);
    List<String> failures = new ArrayList<>();
    status.path("failures").forEach(d -> failures.add(d.get("message").asString()));
    assertThat(failures).hasSize(2);
    assertThat(failures.get(0)).contains("repeats line 1");
    assertThat(failures.get(1)).contains("confidence");
  }
}

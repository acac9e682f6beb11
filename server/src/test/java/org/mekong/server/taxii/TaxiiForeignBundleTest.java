package org.mekong.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.server.taxii.TaxiiClient.COLLECTION;

import java.net.http.HttpRequest;
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
 * A bundle in the shape MISP exports (identity, grouping, indicators Mekong can and cannot read, a
 * custom object) gets one outcome per object, through TAXII and through the REST import alike.
 */
class TaxiiForeignBundleTest {

  private static SeededNode seeded;
  private static TaxiiClient taxii;

  @BeforeAll
  static void start() {
    seeded = TestNodes.shared();
    taxii = new TaxiiClient(seeded);
  }

  private static String indicator(String id, String pattern) {
    return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--"
        + id
        + "\",\"created\":\"2026-03-02T07:31:00.000Z\",\"modified\":\"2026-03-02T07:31:00.000Z\","
        + "\"pattern\":\""
        + pattern
        + "\",\"pattern_type\":\"stix\",\"pattern_version\":\"2.1\","
        + "\"valid_from\":\"2026-03-02T07:31:00Z\","
        + "\"labels\":[\"misp:type=\\\"domain\\\"\",\"misp:to_ids=\\\"True\\\"\"],"
        + "\"object_marking_refs\":[\"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da\"]}";
  }

  /** A MISP-style bundle on a fresh domain: 6 objects, 2 of them refused. */
  private static String bundle(String domain) {
    return "{\"type\":\"bundle\",\"id\":\"bundle--"
        + UUID.randomUUID()
        + "\",\"objects\":["
        + "{\"type\":\"identity\",\"spec_version\":\"2.1\","
        + "\"id\":\"identity--c2e4a6b8-1d3f-4a5c-9e7b-0f2d4c6a8e31\","
        + "\"created\":\"2026-03-01T00:00:00.000Z\",\"modified\":\"2026-03-01T00:00:00.000Z\","
        + "\"name\":\"Example Banking CERT\",\"identity_class\":\"organization\"},"
        + "{\"type\":\"grouping\",\"spec_version\":\"2.1\","
        + "\"id\":\"grouping--d3f5b7a9-2e4c-4b6d-8f0a-1c3e5a7b9d42\","
        + "\"created\":\"2026-03-02T07:30:00.000Z\",\"modified\":\"2026-03-02T07:30:00.000Z\","
        + "\"context\":\"suspicious-activity\","
        + "\"object_refs\":[\"indicator--e4a6c8b0-3f5d-4c7e-9a1b-2d4f6b8c0e53\"]},"
        + indicator(
            "e4a6c8b0-3f5d-4c7e-9a1b-2d4f6b8c0e53", "[domain-name:value = '" + domain + "']")
        + ","
        + indicator(
            "c8e0a2f4-7d9b-4a1c-9e5f-6b8d0f2a4c97",
            "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value ="
                + " '198.51.100.23']")
        + ","
        + indicator("d9f1b3a5-8e0c-4b2d-8f6a-7c9e1a3b5d08", "[file:name = 'loader.apk']")
        + ","
        + "{\"type\":\"x-misp-attribute\",\"spec_version\":\"2.1\","
        + "\"id\":\"x-misp-attribute--e0a2c4b6-9f1d-4c3e-9a7b-8d0f2b4c6e19\","
        + "\"created\":\"2026-03-02T07:37:00.000Z\",\"modified\":\"2026-03-02T07:37:00.000Z\","
        + "\"x_misp_type\":\"comment\",\"x_misp_value\":\"first contact in a chat group\"}"
        + "]}";
  }

  private static String freshDomain() {
    return "gold-profit-" + UUID.randomUUID().toString().substring(0, 8) + ".xyz";
  }

  private static List<String> messages(JsonNode status, String field) {
    List<String> messages = new ArrayList<>();
    JsonNode list = status.get(field);
    if (list != null) {
      list.forEach(entry -> messages.add(entry.get("id") + " " + entry.get("message")));
    }
    return messages;
  }

  @Test
  void taxiiAnswersOneOutcomePerObject() {
    Http.Response response =
        taxii.post(COLLECTION + "objects/", "th-ccib", TaxiiClient.STIX, bundle(freshDomain()));
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    JsonNode status = response.json();
    assertThat(status.get("total_count").asInt()).isEqualTo(6);
    assertThat(status.get("success_count").asInt()).isEqualTo(4);
    assertThat(status.get("failure_count").asInt()).isEqualTo(2);
    assertThat(messages(status, "successes"))
        .anyMatch(m -> m.contains("indicator--e4a6c8b0") && m.contains("stored as indicator--"))
        .anyMatch(m -> m.contains("x-misp-attribute--") && m.contains("not stored"));
    assertThat(messages(status, "failures"))
        .anyMatch(m -> m.contains("indicator--c8e0a2f4") && m.contains("'network-traffic'"))
        .anyMatch(m -> m.contains("indicator--d9f1b3a5") && m.contains("'file'"));
  }

  @Test
  void theRestImportRefusesTheSameObjectsWithTheirReasons() {
    Http http = seeded.http();
    JsonNode report =
        http.send(
                http.request("/api/v1/indicators:import?format=stix", seeded.keyOf("mm-police"))
                    .POST(HttpRequest.BodyPublishers.ofString(bundle(freshDomain())))
                    .build())
            .json();
    assertThat(report.get("accepted").asLong()).as(report.toString()).isEqualTo(1);
    assertThat(report.get("rejectedCount").asLong()).as(report.toString()).isEqualTo(2);
    List<String> reasons = new ArrayList<>();
    report.get("rejected").forEach(r -> reasons.add(r.get("line") + " " + r.get("reason")));
    assertThat(reasons)
        .anyMatch(r -> r.startsWith("4 ") && r.contains("'network-traffic'"))
        .anyMatch(r -> r.startsWith("5 ") && r.contains("'file'"));
  }
}

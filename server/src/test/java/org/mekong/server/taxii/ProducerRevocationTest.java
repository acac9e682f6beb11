package org.mekong.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.indicator.IndicatorRegistry;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * A later version with {@code revoked: true} sent by another producer, through a TAXII POST (an
 * envelope) or {@code POST /api/v1/indicators:import?format=stix}, revokes the indicator when the
 * sender is its originator (screening stops hitting it, its history ends with the revoked version),
 * and is refused with a reason, while the rest is stored, when the sender is not: another agency of
 * this node, or any local agency for a version received from a partner node.
 */
class ProducerRevocationTest {

  private static final String TAXII = TaxiiClient.TAXII;
  private static final String TLP_GREEN =
      "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
  private static final Duration PATIENCE = Duration.ofSeconds(20);

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
    return "revoked-" + Long.toString(System.nanoTime(), 36) + ".top";
  }

  private static String indicator(String id, String domain, String modified, boolean revoked) {
    return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\""
        + id
        + "\",\"created\":\"2026-02-01T00:00:00.000Z\",\"modified\":\""
        + modified
        + "\",\"pattern\":\"[domain-name:value = '"
        + domain
        + "']\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-02-01T00:00:00Z\","
        + "\"labels\":[\"fraud.phishing\"],\"revoked\":"
        + revoked
        + ",\"object_marking_refs\":[\""
        + TLP_GREEN
        + "\"]}";
  }

  private static JsonNode postEnvelope(String agency, String... objects) {
    return taxii.addObjects(agency, objects);
  }

  private static JsonNode importStix(String agency, String... objects) {
    return taxii.importStix(agency, objects);
  }

  private static String publish(String agency, String domain) {
    return taxii.publish(
        agency,
        "{\"type\":\"domain\",\"value\":\""
            + domain
            + "\",\"categories\":[\"fraud.phishing\"],\"confidence\":80,\"tlp\":\"green\"}");
  }

  private static JsonNode detail(JsonNode status, String list, String id) {
    for (JsonNode detail : status.path(list)) {
      if (detail.get("id").asString().equals(id)) {
        return detail;
      }
    }
    throw new AssertionError("no " + list + " entry for " + id + " in " + status);
  }

  private static List<Boolean> history(String agency, String id) {
    Http.Response history = http.get("/api/v1/indicators/" + id + "/history", seeded.keyOf(agency));
    assertThat(history.status()).as(history.body()).isEqualTo(200);
    List<Boolean> revoked = new ArrayList<>();
    history.json().forEach(version -> revoked.add(version.get("revoked").asBoolean()));
    return revoked;
  }

  private static boolean revoked(String agency, String id) {
    Http.Response current = http.get("/api/v1/indicators/" + id, seeded.keyOf(agency));
    assertThat(current.status()).as(current.body()).isEqualTo(200);
    JsonNode body = current.json();
    return (body.has("indicator") ? body.get("indicator") : body).get("revoked").asBoolean();
  }

  /** Waits until the screening client's verdict on {@code domain} is {@code wanted}. */
  private static void awaitVerdict(String domain, String wanted) {
    String body = "{\"items\":[{\"type\":\"domain\",\"value\":\"" + domain + "\"}]}";
    Predicate<JsonNode> done = results -> results.get(0).get("verdict").asString().equals(wanted);
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      Http.Response response =
          http.post("/api/v1/screen", seeded.keyOf("th-chaophraya-mobile"), body);
      last = response.body();
      if (response.status() == 200 && done.test(response.json().get("results"))) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError(
        "screening " + domain + " did not become " + wanted + " within " + PATIENCE + ": " + last);
  }

  @Test
  void theOriginatorsRevokedVersionThroughTaxiiRevokesAndScreeningStopsHitting() {
    String domain = domain();
    String foreignId = "indicator--" + UUID.randomUUID();
    JsonNode first =
        postEnvelope("th-ccib", indicator(foreignId, domain, "2026-02-01T00:00:00.000Z", false));
    String id =
        detail(first, "successes", foreignId).get("message").asString().replace("stored as ", "");
    awaitVerdict(domain, "hit");

    String other = domain();
    String otherId = "indicator--" + UUID.randomUUID();
    JsonNode status =
        postEnvelope(
            "th-ccib",
            indicator(foreignId, domain, "2026-02-03T00:00:00.000Z", true),
            indicator(otherId, other, "2026-02-03T00:00:00.000Z", false));

    assertThat(status.get("success_count").asInt()).as(status.toString()).isEqualTo(2);
    JsonNode revocation = detail(status, "successes", foreignId);
    assertThat(revocation.get("version").asString()).isEqualTo("2026-02-03T00:00:00.000Z");
    assertThat(revocation.get("message").asString()).isEqualTo("revoked " + id);
    assertThat(detail(status, "successes", otherId).get("message").asString())
        .startsWith("stored as ");
    assertThat(revoked("th-ccib", id)).isTrue();
    assertThat(history("th-ccib", id)).containsExactly(true, false);
    awaitVerdict(domain, "no_hit");

    JsonNode again =
        postEnvelope("th-ccib", indicator(foreignId, domain, "2026-02-03T00:00:00.000Z", true));
    assertThat(detail(again, "successes", foreignId).get("message").asString())
        .isEqualTo(id + " was revoked already");
    assertThat(history("th-ccib", id)).containsExactly(true, false);
  }

  @Test
  void theOriginatorsRevokedVersionThroughTheStixImportRevokes() {
    String domain = domain();
    String id = publish("th-ccib", domain);
    awaitVerdict(domain, "hit");
    String other = domain();

    JsonNode report =
        importStix(
            "th-ccib",
            indicator("indicator--" + UUID.randomUUID(), other, "2026-02-03T00:00:00Z", false),
            indicator(id, domain, "2026-12-01T00:00:00Z", true));

    assertThat(report.get("accepted").asLong()).as(report.toString()).isEqualTo(2);
    assertThat(report.get("rejectedCount").asLong()).isZero();
    JsonNode revocation = report.get("revoked").get(0);
    assertThat(revocation.get("line").asLong()).isEqualTo(2);
    assertThat(revocation.get("indicator").asString()).isEqualTo(id);
    assertThat(revocation.get("applied").asBoolean()).isTrue();
    assertThat(history("th-amlo", id)).containsExactly(true, false);
    awaitVerdict(domain, "no_hit");

    JsonNode again = importStix("th-ccib", indicator(id, domain, "2026-12-01T00:00:00Z", true));
    assertThat(again.get("unchanged").asLong()).isEqualTo(1);
    assertThat(again.get("revoked").get(0).get("applied").asBoolean()).isFalse();
  }

  @Test
  void anotherAgencysRevocationIsRefusedWithAReasonAndTheRestIsStored() {
    String domain = domain();
    String chinas = publish("cn-mps-afc", domain);
    String other = domain();
    String otherId = "indicator--" + UUID.randomUUID();

    JsonNode status =
        postEnvelope(
            "th-ccib",
            indicator(chinas, domain, "2026-12-01T00:00:00.000Z", true),
            indicator(otherId, other, "2026-02-03T00:00:00.000Z", false));
    assertThat(status.get("failure_count").asInt()).as(status.toString()).isEqualTo(1);
    assertThat(detail(status, "failures", chinas).get("message").asString())
        .contains("only the originating agency may revoke indicator " + chinas);
    assertThat(detail(status, "successes", otherId).get("message").asString())
        .startsWith("stored as ");

    JsonNode report =
        importStix(
            "th-ccib",
            indicator(chinas, domain, "2026-12-01T00:00:00Z", true),
            indicator("indicator--" + UUID.randomUUID(), domain(), "2026-02-03T00:00:00Z", false));
    assertThat(report.get("accepted").asLong()).as(report.toString()).isEqualTo(1);
    assertThat(report.get("rejectedCount").asLong()).isEqualTo(1);
    JsonNode rejection = report.get("rejected").get(0);
    assertThat(rejection.get("line").asLong()).isEqualTo(1);
    assertThat(rejection.get("reason").asString())
        .contains("only the originating agency may revoke indicator " + chinas);

    assertThat(revoked("cn-mps-afc", chinas)).isFalse();
    assertThat(history("cn-mps-afc", chinas)).containsExactly(false);
    awaitVerdict(domain, "hit");
  }

  @Test
  void aVersionReceivedFromAPartnerIsRevokedOnlyThroughFederation() {
    AgencyId partnerAgency = new AgencyId("kh-revoking-police");
    AgencyDirectory directory = seeded.node().bean(AgencyDirectory.class);
    if (directory.find(partnerAgency.value()).isEmpty()) {
      directory.create(
          new Agency(partnerAgency, "KH police", new CountryCode("KH"), AgencyKind.LAW_ENFORCEMENT),
          "kh");
    }
    String domain = domain();
    Parsed.Valid selector = (Parsed.Valid) Selectors.parse(domain, SelectorType.DOMAIN, null);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    IndicatorId id = new IndicatorId("indicator--" + UUID.randomUUID());
    Indicator received =
        new Indicator(
            id,
            selector.selector(),
            Set.of(Category.FRAUD),
            70,
            Marking.of(Tlp.GREEN),
            partnerAgency,
            now,
            null,
            null,
            List.of(),
            now,
            now,
            1,
            false);
    seeded
        .node()
        .bean(IndicatorRegistry.class)
        .receive(received, new AgencyId("th-ccib"), "kh", "kh");

    JsonNode status =
        postEnvelope("th-ccib", indicator(id.value(), domain, "2026-12-01T00:00:00.000Z", true));
    String reason = detail(status, "failures", id.value()).get("message").asString();
    assertThat(reason).contains("received from partner node kh").contains("federation");
    JsonNode report =
        importStix("th-amlo", indicator(id.value(), domain, "2026-12-01T00:00:00Z", true));
    assertThat(report.get("rejected").get(0).get("reason").asString()).contains("federation");
    assertThat(revoked("th-ccib", id.value())).isFalse();
  }

  @Test
  void aRevocationOfNothingTheSenderHoldsIsRefused() {
    String foreign = "indicator--" + UUID.randomUUID();
    JsonNode status =
        postEnvelope("th-ccib", indicator(foreign, domain(), "2026-12-01T00:00:00.000Z", true));
    assertThat(detail(status, "failures", foreign).get("message").asString())
        .contains("holds no indicator of th-ccib");
  }
}

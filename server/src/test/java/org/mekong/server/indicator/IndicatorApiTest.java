package org.mekong.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

class IndicatorApiTest {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private final SeededNode seeded = TestNodes.shared();
  private final Http http = seeded.http();
  private final String ccib = seeded.keyOf("th-ccib");

  /** A fresh Thai mobile number in national format, unique in this run. */
  private static String thaiMobile() {
    int n = NEXT.incrementAndGet();
    return String.format(
        "08%d-%03d-%04d", 1 + (n % 9), (System.nanoTime() / 1000) % 1000, n % 10000);
  }

  private Http.Response publish(String key, String json) {
    return http.post("/api/v1/indicators", key, json);
  }

  private String phoneJson(String number, String extra) {
    return "{\"type\":\"phone\",\"value\":\""
        + number
        + "\",\"region\":\"TH\","
        + "\"categories\":[\"fraud.impersonation.authority\"],\"confidence\":80,\"tlp\":\"amber\","
        + "\"handling\":\"H2\""
        + extra
        + "}";
  }

  @Test
  void publishingAnswersWithTheStixIdAndTheCanonicalSelector() {
    Http.Response response = publish(ccib, phoneJson("081 234 5678", ""));
    assertThat(response.status()).isIn(200, 201);
    JsonNode indicator = response.json().get("indicator");
    assertThat(indicator.get("id").asString()).startsWith("indicator--");
    assertThat(indicator.get("selector").get("canonical").asString()).isEqualTo("+66812345678");
    assertThat(indicator.get("selector").get("id").asString()).startsWith("phone-number--");
    assertThat(indicator.get("tlp").asString()).isEqualTo("amber");
    assertThat(indicator.get("handling").get(0).asString()).isEqualTo("H2");
    assertThat(indicator.get("originator").asString()).isEqualTo("th-ccib");
  }

  @Test
  void republishingIsIdempotentAndChangesMakeVersionsThatRevocationEnds() {
    String number = thaiMobile();
    Http.Response created = publish(ccib, phoneJson(number, ""));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("outcome").asString()).isEqualTo("created");
    String id = created.json().get("indicator").get("id").asString();

    Http.Response again = publish(ccib, phoneJson(number.replace("-", " "), ""));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("outcome").asString()).isEqualTo("unchanged");
    assertThat(again.json().get("indicator").get("version").asInt()).isEqualTo(1);

    Http.Response changed =
        publish(ccib, phoneJson(number, ",\"description\":\"fake DSI officer\""));
    assertThat(changed.json().get("outcome").asString()).isEqualTo("updated");
    assertThat(changed.json().get("indicator").get("version").asInt()).isEqualTo(2);

    Http.Response revoked = http.post("/api/v1/indicators/" + id + "/revoke", ccib, "");
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().get("revoked").asBoolean()).isTrue();

    JsonNode history = http.get("/api/v1/indicators/" + id + "/history", ccib).json();
    assertThat(history.size()).isEqualTo(3);
    assertThat(history.get(0).get("revoked").asBoolean()).isTrue();
    assertThat(history.get(0).get("version").asInt()).isEqualTo(3);
    assertThat(history.get(2).get("version").asInt()).isEqualTo(1);
    assertThat(history.get(0).get("modified").asString())
        .isGreaterThan(history.get(1).get("modified").asString());

    Http.Response afterRevocation = publish(ccib, phoneJson(number, ""));
    assertThat(afterRevocation.status()).isEqualTo(409);
    assertThat(afterRevocation.json().get("detail").asString()).contains("revoked");

    assertThat(
            http.get("/api/v1/indicators?selector=" + number + "&type=phone&region=TH", ccib)
                .json()
                .get("items")
                .size())
        .as("revoked indicators are not listed by default")
        .isZero();
    assertThat(
            http.get(
                    "/api/v1/indicators?selector="
                        + number
                        + "&type=phone&region=TH&includeRevoked=true",
                    ccib)
                .json()
                .get("items")
                .size())
        .isEqualTo(1);
  }

  @Test
  void badFieldsAreNamed() {
    assertField("{\"type\":\"phone\",\"categories\":[\"fraud\"]}", "'value'");
    assertField("{\"type\":\"phone\",\"value\":\"+66812345678\"}", "'categories'");
    assertField(
        "{\"type\":\"phone\",\"value\":\"+66812345678\",\"categories\":[\"fraud.nonsense\"]}",
        "fraud.loan");
    assertField(
        "{\"type\":\"phone\",\"value\":\"+66812345678\",\"categories\":[\"fraud\"],\"tlp\":\"purple\"}",
        "'tlp'");
    assertField(
        "{\"type\":\"phone\",\"value\":\"+66812345678\",\"categories\":[\"fraud\"],\"tlp\":\"red\"}",
        "recipient");
    assertField(
        "{\"type\":\"phone\",\"value\":\"+66812345678\",\"categories\":[\"fraud\"],\"handling\":\"H3\"}",
        "'restriction'");
    assertField(
        "{\"type\":\"phone\",\"value\":\"+66812345678\",\"categories\":[\"fraud\"],\"evaluation\":\"Z9\"}",
        "'evaluation'");
    assertField(
        "{\"type\":\"phone\",\"value\":\"+66812345678\",\"categories\":[\"fraud\"],\"confidence\":101}",
        "'confidence'");
    assertField("{\"type\":\"phone\",\"value\":\"12\",\"categories\":[\"fraud\"]}", "'value'");
    assertField("{\"type\":\"fax\",\"value\":\"12\",\"categories\":[\"fraud\"]}", "'type'");
  }

  private void assertField(String body, String named) {
    Http.Response response = publish(ccib, body);
    assertThat(response.status()).as(body).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asString()).as(body).contains(named);
  }

  @Test
  void aSelectorOnAWarningListNeedsAcknowledgement() {
    String body = "{\"type\":\"ip\",\"value\":\"8.8.8.8\",\"categories\":[\"fraud.phishing\"]";
    Http.Response refused = publish(ccib, body + "}");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("detail").asString()).contains("public-resolvers");
    Http.Response acknowledged = publish(ccib, body + ",\"acknowledgeWarnings\":true}");
    assertThat(acknowledged.status()).isIn(200, 201);
    assertThat(acknowledged.json().get("indicator").get("warnings").get(0).asString())
        .contains("public-resolvers");
  }

  @Test
  void screeningClientsAndTheAdminKeyDoNotPublish() {
    assertThat(publish(seeded.keyOf("th-chaophraya-mobile"), phoneJson(thaiMobile(), "")).status())
        .isEqualTo(403);
    assertThat(publish(seeded.adminKey(), phoneJson(thaiMobile(), "")).status()).isEqualTo(403);
  }

  @Test
  void sightingsMoveEffectiveConfidenceAndTheOriginatorSeesThem() {
    String number = thaiMobile();
    String id =
        publish(ccib, phoneJson(number, "").replace("\"tlp\":\"amber\"", "\"tlp\":\"green\""))
            .json()
            .get("indicator")
            .get("id")
            .asString();
    String client = seeded.keyOf("th-chaophraya-mobile");
    Http.Response fp =
        http.post(
            "/api/v1/indicators/" + id + "/sightings",
            client,
            "{\"kind\":\"false-positive\",\"note\":\"our own call centre\"}");
    assertThat(fp.status()).isEqualTo(201);
    assertThat(fp.json().get("effectiveConfidence").asInt()).isEqualTo(55);
    http.post(
        "/api/v1/indicators/" + id + "/sightings",
        seeded.keyOf("mm-police"),
        "{\"kind\":\"true-positive\",\"anonymous\":true}");

    JsonNode sightings = http.get("/api/v1/indicators/" + id + "/sightings", ccib).json();
    assertThat(sightings.size()).isEqualTo(2);
    Set<String> reporters = new HashSet<>();
    sightings.forEach(s -> reporters.add(s.get("reporter").asString()));
    assertThat(reporters).containsExactlyInAnyOrder("th-chaophraya-mobile", "");

    JsonNode indicator = http.get("/api/v1/indicators/" + id, ccib).json();
    assertThat(indicator.get("sightings").get("falsePositive").asInt()).isEqualTo(1);
    assertThat(indicator.get("sightings").get("truePositive").asInt()).isEqualTo(1);
    assertThat(indicator.get("effectiveConfidence").asInt()).isEqualTo(65);

    assertThat(
            http.get("/api/v1/indicators/" + id + "/sightings", seeded.keyOf("th-amlo"))
                .json()
                .size())
        .as("others see only their own sightings")
        .isZero();
    assertThat(
            http.post("/api/v1/indicators/" + id + "/sightings", client, "{\"kind\":\"liked\"}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void searchPagesThroughEverythingOnceWithOpaqueCursors() {
    String marker = "page-test-" + System.nanoTime();
    for (int i = 0; i < 25; i++) {
      assertThat(
              publish(ccib, phoneJson(thaiMobile(), ",\"description\":\"" + marker + "\""))
                  .status())
          .isEqualTo(201);
    }
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          http.get(
                  "/api/v1/indicators?text="
                      + marker
                      + "&limit=10"
                      + (cursor == null ? "" : "&cursor=" + cursor),
                  ccib)
              .json();
      page.get("items").forEach(item -> assertThat(seen.add(item.get("id").asString())).isTrue());
      cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asString() : null;
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(seen).hasSize(25);
    assertThat(http.get("/api/v1/indicators?cursor=not-a-cursor", ccib).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/indicators?limit=0", ccib).status()).isEqualTo(400);
  }

  @Test
  void anAgencyAddedNowSeesTheCommunitysIndicatorsAtOnce() {
    String id =
        publish(ccib, phoneJson(thaiMobile(), "").replace("\"tlp\":\"amber\"", "\"tlp\":\"green\""))
            .json()
            .get("indicator")
            .get("id")
            .asString();
    String agency = "la-" + Long.toString(System.nanoTime(), 36);
    assertThat(
            http.post(
                    "/api/v1/admin/agencies",
                    seeded.adminKey(),
                    "{\"id\":\""
                        + agency
                        + "\",\"name\":\"Lao Police\",\"country\":\"LA\","
                        + "\"kind\":\"law-enforcement\"}")
                .status())
        .isEqualTo(201);
    String key =
        http.post("/api/v1/admin/agencies/" + agency + "/keys", seeded.adminKey(), "{}")
            .json()
            .get("apiKey")
            .asString();
    assertThat(http.get("/api/v1/indicators/" + id, key).status()).isEqualTo(200);
  }

  @Test
  void theTaxonomyIsListed() {
    JsonNode categories = http.get("/api/v1/categories", ccib).json();
    Set<String> codes = new HashSet<>();
    categories.forEach(c -> codes.add(c.get("code").asString()));
    assertThat(codes)
        .contains(
            "fraud.impersonation.authority",
            "fraud.customer-service",
            "fraud.loan",
            "fraud.investment",
            "fraud.romance",
            "fraud.job-task",
            "fraud.ecommerce",
            "fraud.impersonation.acquaintance",
            "fraud.phishing",
            "gambling",
            "money-mule",
            "recruitment-lure",
            "calling-infrastructure",
            "crypto-laundering",
            "sanctioned");
  }
}

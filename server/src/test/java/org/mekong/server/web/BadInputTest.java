package org.mekong.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * Regressions of issue 12 §3: bad input is refused with a 400 that names the field, item by item in
 * bulk paths, and never answered with a 500.
 */
class BadInputTest {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private final SeededNode seeded = TestNodes.shared();
  private final Http http = seeded.http();
  private final String ccib = seeded.keyOf("th-ccib");

  private static String domain() {
    return "bad-input-" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet() + ".com";
  }

  private static String publish(String value, String extra) {
    return "{\"type\":\"domain\",\"value\":\""
        + value
        + "\",\"categories\":[\"fraud\"],\"tlp\":\"green\""
        + extra
        + "}";
  }

  private Http.Response post(String path, String json) {
    return http.post(path, ccib, json);
  }

  private static void refused(Http.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("detail").asString()).contains("'" + field + "'");
    assertThat(problem.get("retryable").asBoolean()).isFalse();
    assertThat(problem.get("detail").asString())
        .doesNotContain("Exception", "jackson", "tools.", "java.");
  }

  @Test
  void nulInADescriptionIsA400NamingTheFieldNotA500() {
    refused(
        post("/api/v1/indicators", publish(domain(), ",\"description\":\"a\\u0000b\"")),
        "description");
  }

  @Test
  void loneSurrogatesAndControlsInTextAreRefused() {
    refused(
        post("/api/v1/indicators", publish(domain(), ",\"description\":\"a\\ud800b\"")),
        "description");
    refused(
        post("/api/v1/indicators", publish(domain(), ",\"description\":\"a\\u001bb\"")),
        "description");
    assertThat(
            post("/api/v1/indicators", publish(domain(), ",\"description\":\"tab\\tand\\nline\""))
                .status())
        .isEqualTo(201);
  }

  @Test
  void nulInASightingNoteAndASearchTextIsA400() {
    String id = created(domain());
    refused(
        post(
            "/api/v1/indicators/" + id + "/sightings",
            "{\"kind\":\"seen\",\"note\":\"x\\u0000y\"}"),
        "note");
    refused(http.get("/api/v1/indicators?text=a%00b", ccib), "text");
  }

  @Test
  void aCsvImportRefusesTheLineWithNulAndStoresTheOthers() {
    String good = domain();
    String bad = domain();
    String csv = "value,description\n" + good + ",fine\n" + bad + ",bad\u0000text\n";
    Http.Response response =
        http.send(
            http.request("/api/v1/indicators:import?format=csv&category=fraud&tlp=green", ccib)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode report = response.json();
    assertThat(report.get("accepted").asInt()).isEqualTo(1);
    assertThat(report.toString()).contains("NUL");
    assertThat(
            http.get("/api/v1/indicators?selector=" + good + "&type=domain", ccib)
                .json()
                .get("items")
                .size())
        .isEqualTo(1);
  }

  @Test
  void timestampsOutsideStixRangeAndFutureObservationsAreRefused() {
    refused(
        post("/api/v1/indicators", publish(domain(), ",\"validUntil\":\"+99999-01-01T00:00:00Z\"")),
        "validUntil");
    refused(
        post("/api/v1/indicators", publish(domain(), ",\"validFrom\":\"-0001-01-01T00:00:00Z\"")),
        "validFrom");
    String id = created(domain());
    refused(
        post(
            "/api/v1/indicators/" + id + "/sightings",
            "{\"kind\":\"seen\",\"observedAt\":\"+99999-01-01T00:00:00Z\"}"),
        "observedAt");
    refused(
        post(
            "/api/v1/indicators/" + id + "/sightings",
            "{\"kind\":\"seen\",\"observedAt\":\"2999-01-01T00:00:00Z\"}"),
        "observedAt");
    refused(http.get("/api/v1/indicators?since=%2B99999-01-01T00:00:00Z", ccib), "since");
  }

  @Test
  void fractionsStringsAndUnknownFieldsAreRefusedByName() {
    refused(post("/api/v1/indicators", publish(domain(), ",\"confidence\":50.5")), "confidence");
    refused(post("/api/v1/indicators", publish(domain(), ",\"confidence\":\"60\"")), "confidence");
    Http.Response unknown = post("/api/v1/indicators", publish(domain(), ",\"colour\":\"red\""));
    refused(unknown, "colour");
    assertThat(unknown.json().get("detail").asString()).contains("confidence", "description");
  }

  @Test
  void unknownRecipientsAreRefused() {
    refused(
        post(
            "/api/v1/indicators",
            publish(domain(), ",\"tlp\":\"amber\",\"recipients\":[\"nobody\"]")
                .replace("\"tlp\":\"green\",", "")),
        "recipients");
    Http.Response known =
        post(
            "/api/v1/indicators",
            publish(domain(), ",\"tlp\":\"amber\",\"recipients\":[\"th-amlo\"]")
                .replace("\"tlp\":\"green\",", ""));
    assertThat(known.status()).as(known.body()).isEqualTo(201);
  }

  @Test
  void queryParametersAreReadTheSameWayOnEveryEndpoint() {
    refused(http.get("/api/v1/indicators?region=ZZZ", ccib), "region");
    refused(http.get("/api/v1/correlation?selector=example.com&region=ZZZ", ccib), "region");
    refused(http.get("/api/v1/indicators?category=bogus", ccib), "category");
    refused(http.get("/api/v1/indicators:export?format=csv&category=bogus", ccib), "category");
    refused(http.get("/api/v1/indicators:export?format=csv&type=bogus", ccib), "type");
    refused(http.get("/api/v1/indicators?type=bogus", ccib), "type");
    refused(http.get("/api/v1/indicators?limit=0", ccib), "limit");
    refused(http.get("/api/v1/alerts?limit=0", seeded.keyOf("th-chaophraya-mobile")), "limit");
  }

  private String created(String domain) {
    Http.Response response = post("/api/v1/indicators", publish(domain, ""));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("indicator").get("id").asString();
  }
}

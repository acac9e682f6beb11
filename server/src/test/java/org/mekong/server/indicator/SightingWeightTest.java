package org.mekong.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/** One agency cannot silence an indicator: sightings are deduplicated, bounded and rate-limited. */
class SightingWeightTest {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final String FALSE_POSITIVE = "{\"kind\":\"false-positive\",\"anonymous\":true}";

  private final SeededNode seeded = TestNodes.shared();
  private final Http http = seeded.http();

  /** A China indicator of confidence 90 that every demo agency may read. */
  private String chinaIndicator() {
    int n = NEXT.incrementAndGet();
    String number =
        String.format("+86 138 %04d %04d", (System.nanoTime() / 1000) % 10_000, n % 10_000);
    Http.Response published =
        http.post(
            "/api/v1/indicators",
            seeded.keyOf("cn-mps-afc"),
            "{\"type\":\"phone\",\"value\":\""
                + number
                + "\",\"categories\":[\"fraud.impersonation.authority\"],\"confidence\":90,"
                + "\"tlp\":\"green\"}");
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    return published.json().get("indicator").get("id").asString();
  }

  private Http.Response sight(String id, String agency, String body) {
    return http.post("/api/v1/indicators/" + id + "/sightings", seeded.keyOf(agency), body);
  }

  private int effectiveConfidence(String id) {
    return http.get("/api/v1/indicators/" + id, seeded.keyOf("th-ccib"))
        .json()
        .get("effectiveConfidence")
        .asInt();
  }

  @Test
  void fourAnonymousFalsePositivesFromOneScreeningClientDoNotSilenceAnIndicator() {
    String id = chinaIndicator();
    Http.Response first = sight(id, "th-chaophraya-mobile", FALSE_POSITIVE);
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().get("effectiveConfidence").asInt()).isEqualTo(65);
    for (int i = 0; i < 3; i++) {
      Http.Response repeat = sight(id, "th-chaophraya-mobile", FALSE_POSITIVE);
      assertThat(repeat.status()).as("a repeat is acknowledged, not created").isEqualTo(200);
      assertThat(repeat.json().get("warnings").get(0).asString()).startsWith("duplicate");
      assertThat(repeat.json().get("effectiveConfidence").asInt()).isEqualTo(65);
    }
    assertThat(effectiveConfidence(id)).isEqualTo(65);

    JsonNode stored =
        http.get("/api/v1/indicators/" + id + "/sightings", seeded.keyOf("cn-mps-afc")).json();
    List<String> weights = new ArrayList<>();
    stored.forEach(
        s -> {
          weights.add(s.get("weight").asString());
          assertThat(s.get("reporter").asString()).as("anonymous stays anonymous").isEmpty();
        });
    assertThat(weights).containsExactlyInAnyOrder("weighed", "duplicate", "duplicate", "duplicate");
  }

  @Test
  void severalAgenciesCanStillLowerIt() {
    String id = chinaIndicator();
    List<String> reporters = List.of("th-chaophraya-mobile", "th-mekhala-bank", "th-ccib");
    int expected = 90;
    for (String reporter : reporters) {
      Http.Response response = sight(id, reporter, FALSE_POSITIVE);
      assertThat(response.status()).isEqualTo(201);
      expected -= 25;
      assertThat(response.json().get("effectiveConfidence").asInt()).isEqualTo(expected);
    }
    assertThat(sight(id, "mm-police", "{\"kind\":\"false-positive\"}").status()).isEqualTo(201);
    assertThat(effectiveConfidence(id)).isZero();
  }

  @Test
  void kindsAreDeduplicatedSeparatelyAndAnonymityDoesNotEvadeIt() {
    String id = chinaIndicator();
    assertThat(sight(id, "th-mekhala-bank", "{\"kind\":\"false-positive\"}").status())
        .isEqualTo(201);
    assertThat(sight(id, "th-mekhala-bank", FALSE_POSITIVE).status())
        .as("the same agency, now anonymous")
        .isEqualTo(200);
    assertThat(sight(id, "th-mekhala-bank", "{\"kind\":\"expired\"}").status()).isEqualTo(201);
    assertThat(effectiveConfidence(id)).isEqualTo(90 - 25 - 15);
  }

  @Test
  void sightingsAreRateLimitedPerAgencyWithRetryAfter() throws Exception {
    String agency = "kh-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            http.post(
                    "/api/v1/admin/agencies",
                    seeded.adminKey(),
                    "{\"id\":\""
                        + agency
                        + "\",\"name\":\"Limit test bank\",\"country\":\"KH\","
                        + "\"kind\":\"screening-client\"}")
                .status())
        .isEqualTo(201);
    String key =
        http.post("/api/v1/admin/agencies/" + agency + "/keys", seeded.adminKey(), "{}")
            .json()
            .get("apiKey")
            .asString();
    String id = chinaIndicator();
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> refused = null;
    int accepted = 0;
    for (int i = 0; i < SightingLimits.BURST + 50 && refused == null; i++) {
      HttpResponse<String> response =
          client.send(
              http.request("/api/v1/indicators/" + id + "/sightings", key)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"seen\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 429) {
        refused = response;
      } else {
        assertThat(response.statusCode()).isIn(200, 201);
        accepted++;
      }
    }
    assertThat(refused).as("refused within the burst and what refilled meanwhile").isNotNull();
    HttpResponse<String> limited = java.util.Objects.requireNonNull(refused);
    assertThat(accepted).isGreaterThanOrEqualTo((int) SightingLimits.BURST);
    assertThat(limited.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
        .isPositive();
    assertThat(Http.JSON.readTree(limited.body()).get("detail").asString())
        .contains("sightings are limited");
    assertThat(sight(id, "th-mekhala-bank", "{\"kind\":\"seen\"}").status())
        .as("another agency is not limited by it")
        .isIn(200, 201);
  }
}

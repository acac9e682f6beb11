package org.mekong.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.screening.hashed.HashedList;
import org.mekong.core.screening.hashed.HashedScreener;
import org.mekong.core.screening.hashed.KeyedHash;
import org.mekong.core.screening.hashed.ScreeningKey;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.Selectors;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * Privacy-preserving screening end to end: a client rotates its key, exports its visible list as
 * keyed hashes, screens locally, and confirms candidates online — never learning an indicator it
 * may not see, and held to its rate.
 */
class HashedApiTest {

  private static SeededNode seeded;
  private static Http http;
  private static String operator;

  @BeforeAll
  static void ready() {
    seeded = TestNodes.shared();
    http = seeded.http();
    operator = seeded.keyOf("th-chaophraya-mobile");
    ScreeningFixtures.awaitReady(seeded);
  }

  @Test
  void aClientScreensLocallyAgainstItsHashedListAndConfirmsOnlyWhatItMaySee() throws Exception {
    String visible = ScreeningApiTest.randomChineseMobile();
    String hidden = ScreeningApiTest.randomChineseMobile();
    String visibleId = ScreeningFixtures.publishPhone(seeded, "cn-mps-afc", visible, "green", "");
    ScreeningFixtures.publishPhone(
        seeded, "cn-mps-afc", hidden, "red", ", \"recipients\": [\"mm-police\"]");
    ScreeningFixtures.await(
        () -> {
          Http.Response r =
              http.post(
                  "/api/v1/screen", operator, "{\"items\":[{\"value\":\"" + visible + "\"}]}");
          return r.status() == 200 && r.body().contains(visibleId) ? r : null;
        });
    ScreeningKey key = rotate(operator);

    HashedList list = export(operator, "hashes", null);
    HashedScreener screener = HashedScreener.of(list, key);
    assertThat(list.keyVersion()).isEqualTo(key.version());
    assertThat(screener.screen(phone(visible)).isCandidate()).isTrue();
    assertThat(screener.screen(phone(hidden)).isCandidate()).isFalse();
    assertThat(screener.screen(phone(ScreeningApiTest.randomChineseMobile())).isCandidate())
        .isFalse();

    long visibleHash = KeyedHash.of(key, phone(visible));
    long hiddenHash = KeyedHash.of(key, phone(hidden));
    JsonNode confirmed =
        confirm(operator, key.version(), KeyedHash.toHex(visibleHash), KeyedHash.toHex(hiddenHash));
    assertThat(confirmed.get("results")).hasSize(1);
    JsonNode result = confirmed.get("results").get(0);
    assertThat(result.get("hash").asString()).isEqualTo(KeyedHash.toHex(visibleHash));
    assertThat(result.get("matches").get(0).get("indicator").asString()).isEqualTo(visibleId);

    HashedList bloom = export(operator, "bloom", "0.01");
    assertThat(bloom.kind()).isEqualTo(HashedList.Kind.BLOOM);
    assertThat(HashedScreener.of(bloom, key).screen(phone(visible)).isCandidate()).isTrue();
  }

  @Test
  void rotationKeepsThePreviousKeyForConfirmationsAndRefusesOlderOnes() {
    String bank = seeded.keyOf("th-mekhala-bank");
    ScreeningKey first = rotate(bank);
    Http.Response second = http.post("/api/v1/screen/keys:rotate", bank, "");
    assertThat(second.status()).isEqualTo(201);
    JsonNode rotated = second.json();
    assertThat(rotated.get("keyVersion").asInt()).isEqualTo(first.version() + 1);
    assertThat(rotated.get("previousKeyVersion").asInt()).isEqualTo(first.version());
    assertThat(rotated.has("previousValidUntil")).isTrue();
    assertThat(
            http.post(
                    "/api/v1/screen/hashed",
                    bank,
                    "{\"keyVersion\":" + first.version() + ",\"hashes\":[\"0000000000000001\"]}")
                .status())
        .isEqualTo(200);
    rotate(bank);
    Http.Response old =
        http.post(
            "/api/v1/screen/hashed",
            bank,
            "{\"keyVersion\":" + first.version() + ",\"hashes\":[\"0000000000000001\"]}");
    assertThat(old.status()).isEqualTo(409);
    assertThat(old.json().get("detail").asString()).contains("current version");
  }

  @Test
  void confirmationsAreRateLimitedWithRetryAfter() throws Exception {
    String bank = seeded.keyOf("th-mekhala-bank");
    ScreeningKey key = rotate(bank);
    SplittableRandom random = new SplittableRandom(7);
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    @Nullable HttpResponse<String> last = null;
    for (int round = 0; round < 10 && (last == null || last.statusCode() == 200); round++) {
      StringBuilder body = new StringBuilder("{\"keyVersion\":" + key.version() + ",\"hashes\":[");
      for (int i = 0; i < 3_000; i++) {
        body.append(i == 0 ? "\"" : ",\"").append(KeyedHash.toHex(random.nextLong())).append('"');
      }
      last =
          client.send(
              http.request("/api/v1/screen/hashed", bank)
                  .header("Content-Type", "application/json")
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          body.append("]}").toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    }
    assertThat(last).isNotNull();
    assertThat(java.util.Objects.requireNonNull(last).statusCode()).isEqualTo(429);
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
    assertThat(last.body()).contains("10000 hashes a minute");
  }

  @Test
  void badRequestsAndOtherAgenciesAreRefused() {
    rotate(operator);
    assertThat(http.get("/api/v1/screen/hashed-list?kind=hashes&fpr=0.1", operator).status())
        .isEqualTo(400);
    assertThat(http.get("/api/v1/screen/hashed-list?kind=plain", operator).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/screen/hashed-list?fpr=0.9", operator).status()).isEqualTo(400);
    Http.Response badHex =
        http.post("/api/v1/screen/hashed", operator, "{\"keyVersion\":1,\"hashes\":[\"xyz\"]}");
    assertThat(badHex.status()).isEqualTo(400);
    assertThat(badHex.json().get("detail").asString()).contains("hashes[0]");
    Http.Response duplicate =
        http.post(
            "/api/v1/screen/hashed",
            operator,
            "{\"keyVersion\":1,\"hashes\":[\"0000000000000001\",\"0000000000000001\"]}");
    assertThat(duplicate.json().get("detail").asString()).contains("duplicate");
    assertThat(http.post("/api/v1/screen/keys:rotate", seeded.keyOf("th-ccib"), "").status())
        .isEqualTo(403);
    assertThat(
            http.post(
                    "/api/v1/screen/hashed",
                    operator,
                    "{\"keyVersion\":999,\"hashes\":[\"0000000000000001\"]}")
                .status())
        .isEqualTo(409);
  }

  private static ScreeningKey rotate(String apiKey) {
    Http.Response rotated = http.post("/api/v1/screen/keys:rotate", apiKey, "");
    assertThat(rotated.status()).as(rotated.body()).isEqualTo(201);
    return ScreeningKey.decode(rotated.json().get("key").asString());
  }

  private static HashedList export(String apiKey, String kind, @Nullable String fpr)
      throws Exception {
    HttpResponse<byte[]> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                http.request(
                        "/api/v1/screen/hashed-list?kind="
                            + kind
                            + (fpr == null ? "" : "&fpr=" + fpr),
                        apiKey)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return HashedList.read(new ByteArrayInputStream(response.body()));
  }

  private static JsonNode confirm(String apiKey, int version, String... hashes) {
    Http.Response response =
        http.post(
            "/api/v1/screen/hashed",
            apiKey,
            "{\"keyVersion\":"
                + version
                + ",\"hashes\":[\""
                + String.join("\",\"", hashes)
                + "\"]}");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static Selector phone(String number) {
    return ((Parsed.Valid) Selectors.parse(number)).selector();
  }
}

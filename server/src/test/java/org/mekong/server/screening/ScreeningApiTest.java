package org.mekong.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/screen} on a real node: new indicators screen as hits without a rebuild, hits
 * explain themselves and respect markings, revocations stop hitting, bad input is refused.
 */
class ScreeningApiTest {

  private static SeededNode seeded;
  private static Http http;
  private static String operator;
  private static String china;

  @BeforeAll
  static void agreements() {
    seeded = TestNodes.shared();
    http = seeded.http();
    operator = seeded.keyOf("th-chaophraya-mobile");
    china = seeded.keyOf("cn-mps-afc");
    ScreeningFixtures.agreement(seeded, "cn-mps-afc", "th-ccib", "fraud");
    ScreeningFixtures.agreement(seeded, "th-ccib", "th-chaophraya-mobile", "fraud");
    ScreeningFixtures.awaitReady(seeded);
  }

  @Test
  void aNewIndicatorScreensAsAHitWithItsExplanationAndTheOriginatorWithheld() {
    String number = randomChineseMobile();
    String id = ScreeningFixtures.publishPhone(seeded, "cn-mps-afc", number, "amber", "");

    JsonNode result = await(operator, "{\"items\":[{\"value\":\"" + number + "\"}]}", r -> hit(r));

    assertThat(result.get("verdict").asString()).isEqualTo("hit");
    assertThat(result.get("canonical").asString()).isEqualTo(number);
    assertThat(result.get("score").asInt()).isBetween(1, 100);
    JsonNode match = result.get("matches").get(0);
    assertThat(match.get("indicator").asString()).isEqualTo(id);
    assertThat(match.get("categories").get(0).asString())
        .isEqualTo("fraud.impersonation.authority");
    assertThat(match.get("tlp").asString()).isEqualTo("amber");
    assertThat(match.get("originator").asString()).isEqualTo("withheld");
    assertThat(match.get("match").asString()).isEqualTo("exact");

    JsonNode own = await(china, "{\"items\":[{\"value\":\"" + number + "\"}]}", r -> hit(r));
    assertThat(own.get("matches").get(0).get("originator").asString()).isEqualTo("cn-mps-afc");
  }

  @Test
  void aRedIndicatorHitsOnlyItsNamedRecipientAndNeverTheOperator() {
    String number = randomChineseMobile();
    ScreeningFixtures.publishPhone(
        seeded, "cn-mps-afc", number, "red", ", \"recipients\": [\"mm-police\"]");
    String body = "{\"items\":[{\"value\":\"" + number + "\"}]}";

    await(seeded.keyOf("mm-police"), body, r -> hit(r));

    JsonNode forOperator = screen(operator, body).get("results").get(0);
    assertThat(forOperator.get("verdict").asString()).isEqualTo("no_hit");
    assertThat(forOperator.get("matches")).isEmpty();
    assertThat(
            screen(seeded.keyOf("th-amlo"), body).get("results").get(0).get("verdict").asString())
        .isEqualTo("no_hit");
  }

  @Test
  void aRevokedIndicatorStopsHitting() {
    String number = randomChineseMobile();
    String id = ScreeningFixtures.publishPhone(seeded, "cn-mps-afc", number, "green", "");
    String body = "{\"items\":[{\"type\":\"phone\",\"value\":\"" + number + "\"}]}";
    await(operator, body, r -> hit(r));

    Http.Response revoked = http.post("/api/v1/indicators/" + id + "/revoke", china, "{}");
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);

    await(operator, body, r -> r.get("verdict").asString().equals("no_hit"));
  }

  @Test
  void domainsMatchTheirSubdomainsAndTheHostsOfUrls() {
    String domain = "refund-" + ThreadLocalRandom.current().nextInt(1_000_000) + ".top";
    Http.Response published =
        http.post(
            "/api/v1/indicators",
            seeded.keyOf("th-ccib"),
            "{\"type\":\"domain\",\"value\":\""
                + domain
                + "\",\"categories\":[\"fraud.phishing\"],\"confidence\":90,\"tlp\":\"green\"}");
    assertThat(published.status()).as(published.body()).isEqualTo(201);

    String body =
        "{\"items\":[{\"value\":\"m."
            + domain
            + "\",\"type\":\"domain\"},{\"value\":\"https://login."
            + domain
            + "/kbank?id=1\"},{\"value\":\"example.org\",\"type\":\"domain\"}]}";
    JsonNode results = awaitAll(operator, body, r -> hit(r.get(0)) && hit(r.get(1)));

    assertThat(results.get(0).get("matches").get(0).get("match").asString())
        .isEqualTo("parent_domain");
    assertThat(results.get(1).get("matches").get(0).get("match").asString()).isEqualTo("url_host");
    assertThat(results.get(2).get("verdict").asString()).isEqualTo("no_hit");
    assertThat(results.get(1).get("matches").get(0).get("originator").asString())
        .isEqualTo("th-ccib");
  }

  @Test
  void invalidItemsAreReportedInPlaceAndTheOthersStillScreened() {
    JsonNode results =
        screen(
                operator,
                "{\"items\":[{\"type\":\"phone\",\"value\":\"12\"},"
                    + "{\"type\":\"phone\",\"value\":\"0812345678\",\"region\":\"TH\"}]}")
            .get("results");

    assertThat(results.get(0).get("verdict").asString()).isEqualTo("invalid");
    assertThat(results.get(0).get("reason").asString()).isNotBlank();
    assertThat(results.get(1).get("canonical").asString()).isEqualTo("+66812345678");
  }

  @Test
  void badRequestsAreRefusedWithTheFieldNamed() {
    assertThat(http.post("/api/v1/screen", operator, "{\"items\":[]}").status()).isEqualTo(400);
    Http.Response badType =
        http.post("/api/v1/screen", operator, "{\"items\":[{\"type\":\"fax\",\"value\":\"1\"}]}");
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.json().get("detail").asString()).contains("items[0].type");
    Http.Response noValue = http.post("/api/v1/screen", operator, "{\"items\":[{}]}");
    assertThat(noValue.json().get("detail").asString()).contains("items[0].value");
    StringBuilder tooMany = new StringBuilder("{\"items\":[");
    for (int i = 0; i <= ScreeningController.MAX_ITEMS; i++) {
      tooMany.append(i == 0 ? "" : ",").append("{\"value\":\"1\"}");
    }
    Http.Response many = http.post("/api/v1/screen", operator, tooMany.append("]}").toString());
    assertThat(many.status()).isIn(400, 413);
    assertThat(http.post("/api/v1/screen", null, "{\"items\":[{\"value\":\"1\"}]}").status())
        .isEqualTo(401);
    assertThat(
            http.post("/api/v1/screen", seeded.adminKey(), "{\"items\":[{\"value\":\"1\"}]}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void theStatusSaysTheListIsReady() {
    JsonNode status = await(operator, "{\"items\":[{\"value\":\"example.org\"}]}", r -> true);
    assertThat(status).isNotNull();
    JsonNode state = http.get("/api/v1/screen/status", seeded.keyOf("th-ccib")).json();
    assertThat(state.get("ready").asBoolean()).isTrue();
    assertThat(state.get("indexBytes").asLong()).isPositive();
    assertThat(state.get("indicators").asInt()).isPositive();
  }

  @Test
  void aScreeningClientLearnsFromTheStatusWhetherItCanScreenButNotTheNodesHoldings() {
    await(operator, "{\"items\":[{\"value\":\"example.org\"}]}", r -> true);
    JsonNode state = http.get("/api/v1/screen/status", operator).json();
    assertThat(state.get("ready").asBoolean()).isTrue();
    for (String count : List.of("loaded", "indicators", "indexBytes")) {
      assertThat(state.path(count).isNull() || state.path(count).isMissingNode())
          .as("%s hidden from a screening client: %s", count, state)
          .isTrue();
    }
  }

  @Test
  void theOpenApiDocumentDescribesTheScreeningApi() {
    Http.Response document = http.get("/v3/api-docs", null);
    assertThat(document.status()).isEqualTo(200);
    JsonNode paths = document.json().get("paths");
    assertThat(paths.has("/api/v1/screen")).isTrue();
    assertThat(paths.has("/api/v1/screen/events")).isTrue();
    assertThat(paths.has("/api/v1/alerts")).isTrue();
    assertThat(paths.has("/api/v1/alerts/{id}/confirm")).isTrue();
    assertThat(paths.has("/api/v1/screen/hashed")).isTrue();
    assertThat(paths.has("/api/v1/screen/hashed-list")).isTrue();
    assertThat(paths.get("/api/v1/screen").toString()).contains("ScreenRequest");
  }

  static String randomChineseMobile() {
    return "+86138" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
  }

  private static boolean hit(JsonNode result) {
    return result.get("verdict").asString().equals("hit");
  }

  private static JsonNode screen(String key, String body) {
    Http.Response response = http.post("/api/v1/screen", key, body);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode await(String key, String body, Predicate<JsonNode> first) {
    return awaitAll(key, body, results -> first.test(results.get(0))).get(0);
  }

  private static JsonNode awaitAll(String key, String body, Predicate<JsonNode> condition) {
    return ScreeningFixtures.await(
        () -> {
          Http.Response response = http.post("/api/v1/screen", key, body);
          if (response.status() == 503) {
            return null;
          }
          assertThat(response.status()).as(response.body()).isEqualTo(200);
          JsonNode results = response.json().get("results");
          return condition.test(results) ? results : null;
        });
  }
}

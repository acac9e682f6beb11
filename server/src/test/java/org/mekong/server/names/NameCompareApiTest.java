package org.mekong.server.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/names/compare} on a real node: pairs compared in order, a pair that cannot be
 * compared answered by an error in its place, request-level mistakes refused with 400, audited.
 */
class NameCompareApiTest {

  private static final String PATH = "/api/v1/names/compare";
  private static SeededNode seeded;
  private static Http http;

  @BeforeAll
  static void start() {
    seeded = TestNodes.shared();
    http = seeded.http();
  }

  private static ObjectNode pair(String schema, String name1, String name2) {
    return Http.JSON
        .createObjectNode()
        .put("schema", schema)
        .put("name1", name1)
        .put("name2", name2);
  }

  private static String body(List<? extends JsonNode> pairs) {
    ArrayNode array = Http.JSON.createArrayNode();
    pairs.forEach(array::add);
    return Http.JSON.createObjectNode().set("pairs", array).toString();
  }

  private static JsonNode results(String key, String body) {
    Http.Response response = http.post(PATH, key, body);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("results");
  }

  @Test
  void pairsAreComparedInOrderAcrossScripts() {
    JsonNode results =
        results(
            seeded.keyOf("th-chaophraya-mobile"),
            body(
                List.of(
                    pair("Person", "王小红", "Wang Hsiao-hung"),
                    pair("Person", "Wang Wei", "Wang Wen"),
                    pair("Company", "Prince Holding Group Co., Ltd.", "PRINCE HOLDING GROUP"))));
    assertThat(results).hasSize(3);
    JsonNode first = results.get(0);
    assertThat(first.get("match").asBoolean()).isTrue();
    assertThat(first.get("score").asDouble()).isBetween(0.8, 1.0);
    assertThat(first.get("explanation").asString()).contains("王→wang=wang transliterated");
    assertThat(first.has("error")).isFalse();
    assertThat(results.get(1).get("match").asBoolean()).isFalse();
    assertThat(results.get(2).get("match").asBoolean()).isTrue();
    assertThat(
            results(seeded.keyOf("th-ccib"), body(List.of(pair("Person", "Li Na", "李娜"))))
                .get(0)
                .get("match")
                .asBoolean())
        .isTrue();
  }

  @Test
  void aPairThatCannotBeComparedGetsAnErrorInItsPlace() {
    ObjectNode number = Http.JSON.createObjectNode().put("schema", "Person").put("name1", 7);
    number.put("name2", "x");
    JsonNode results =
        results(
            seeded.keyOf("th-immigration"),
            body(
                List.of(
                    pair("Ship", "A", "B"),
                    pair("Person", "  ", "Wang Wei"),
                    pair("Person", "Mr. Dr.", "Wang Wei"),
                    pair("Person", "Wang Wei", "W".repeat(10_000)),
                    pair("Person", "Wang\u0007Wei", "Wang Wei"),
                    pair("Person", "Wang\tWei", "Wang Wei"),
                    number,
                    Http.JSON.createObjectNode().put("schema", "Person").put("name1", "Li"),
                    pair("Person", "王Xiaohong", "Wang Xiaohong"))));
    assertThat(results).hasSize(9);
    assertThat(results.get(0).get("error").asString())
        .isEqualTo(
            "pairs[0].schema: 'Ship' is unknown; expected one of Person, Company, Organization,"
                + " LegalEntity, Vessel");
    assertThat(results.get(1).get("error").asString())
        .isEqualTo("pairs[1].name1: the name is empty");
    assertThat(results.get(2).get("error").asString())
        .startsWith("pairs[2].name1: the name has nothing to compare");
    assertThat(results.get(3).get("error").asString())
        .isEqualTo("pairs[3].name2: the name has 10000 characters, more than 1000");
    assertThat(results.get(4).get("error").asString())
        .isEqualTo("pairs[4].name1: holds the control character U+0007 at position 5");
    assertThat(results.get(5).get("error").asString())
        .isEqualTo("pairs[5].name1: the name contains control characters");
    assertThat(results.get(6).get("error").asString())
        .isEqualTo("pairs[6].name1: must be a string");
    assertThat(results.get(7).get("error").asString()).isEqualTo("pairs[7].name2: is required");
    assertThat(results.get(8).get("match").asBoolean()).isTrue();
    for (int i = 0; i < 8; i++) {
      assertThat(results.get(i).has("score")).isFalse();
    }
  }

  @Test
  void requestMistakesAreRefusedNamingTheField() {
    String key = seeded.keyOf("th-amlo");
    for (String body :
        List.of(
            "{}",
            "{\"pairs\":[]}",
            "{\"pairs\":[{\"schema\":\"Person\",\"name1\":\"a\",\"name2\":\"b\",\"extra\":1}]}")) {
      Http.Response response = http.post(PATH, key, body);
      assertThat(response.status()).as(body).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
    }
    String tooMany = "{\"pairs\":[" + "null,".repeat(NameCompareController.MAX_PAIRS) + "null]}";
    Http.Response refused = http.post(PATH, key, tooMany);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("detail").asString())
        .isEqualTo("'pairs' lists 10001 pairs; at most 10000 per request");
    Http.Response nulls = http.post(PATH, key, "{\"pairs\":[" + "null,".repeat(9_999) + "null]}");
    assertThat(nulls.status()).isEqualTo(200);
    assertThat(nulls.json().get("results")).hasSize(10_000);
    assertThat(nulls.json().get("results").get(9_999).get("error").asString())
        .isEqualTo("pairs[9999]: must be an object {\"schema\", \"name1\", \"name2\"}");
  }

  @Test
  void aBodyOverTheNodesCapIsRefusedWhole() {
    String name = "Wang Wei ".repeat(100);
    List<JsonNode> pairs = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      pairs.add(pair("Person", name, name));
    }
    Http.Response response = http.post(PATH, seeded.keyOf("th-ccib"), body(pairs));
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void seededRandomBadNamesNeverFailTheRequest() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String[] pieces = {
      "王", "小紅", "Wang", "สมชาย", "นาย", "စော", "ချစ်", "Nguyễn", "Mr.", "Co., Ltd.", "有限公司", "-",
      "'", " ", "\u0000", "\u001f", "\u200b", "\uD83D\uDE00", "\uD800", "김", "محمد", "ا", "0", "٣",
      "\u0301", "ǅ", "ﬁ", "Ⅻ", "..."
    };
    String[] schemas = {"Person", "Company", "Organization", "LegalEntity", "Vessel", "person", ""};
    List<JsonNode> pairs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(6); k > 0; k--) {
        a.append(pieces[random.nextInt(pieces.length)]);
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      if (random.nextInt(20) == 0) {
        a.append("x".repeat(random.nextInt(2000)));
      }
      pairs.add(pair(schemas[random.nextInt(schemas.length)], a.toString(), b.toString()));
    }
    Http.Response response = http.post(PATH, seeded.keyOf("th-ccib"), body(pairs));
    assertThat(response.status()).as("seed %d: %s", seed, response.body()).isEqualTo(200);
    JsonNode results = response.json().get("results");
    assertThat(results).as("seed %d", seed).hasSize(300);
    for (JsonNode result : results) {
      boolean compared = result.has("score") && result.has("match") && result.has("explanation");
      boolean refused = result.has("error") && result.get("error").asString().startsWith("pairs[");
      assertThat(compared != refused).as("seed %d: %s", seed, result).isTrue();
    }
  }

  @Test
  void aComparisonIsAuditedWithItsCounts() {
    Instant before = Instant.now().minusSeconds(1);
    results(
        seeded.keyOf("mm-police"),
        body(List.of(pair("Person", "Li Na", "Li Na"), pair("Ship", "A", "B"))));
    Http.Response audit =
        http.get(
            "/api/v1/admin/audit?action="
                + URLEncoder.encode("POST " + PATH, StandardCharsets.UTF_8)
                + "&from="
                + before,
            seeded.adminKey());
    assertThat(audit.status()).as(audit.body()).isEqualTo(200);
    assertThat(audit.body()).contains("2 pairs compared, 1 refused");
  }
}

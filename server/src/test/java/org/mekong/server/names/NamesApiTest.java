package org.mekong.server.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * The names API on a real node: FtM import with bad lines refused by line number and the rest
 * stored, idempotent re-import, search across scripts, visibility by marking, screening by key with
 * an error per bad query, and bad input refused with the field named.
 */
class NamesApiTest {

  private static SeededNode seeded;
  private static Http http;
  private static String thai;
  private static String china;
  private static String myanmar;
  private static String operator;

  @BeforeAll
  static void ready() throws InterruptedException {
    seeded = TestNodes.shared();
    http = seeded.http();
    thai = seeded.keyOf("th-ccib");
    china = seeded.keyOf("cn-mps-afc");
    myanmar = seeded.keyOf("mm-police");
    operator = seeded.keyOf("th-chaophraya-mobile");
    for (int i = 0; i < 600; i++) {
      Http.Response status = http.get("/api/v1/names/status", thai);
      if (status.status() == 200 && status.json().get("ready").asBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the name index was not ready in a minute");
  }

  private static Http.Response importLines(String list, String key, String query, String lines) {
    return http.send(
        http.request("/api/v1/names/lists/" + list + "/entities:import" + query, key)
            .header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofString(lines))
            .build());
  }

  private static String person(String id, String name, String alias, String birthDate) {
    return "{\"id\":\"%s\",\"schema\":\"Person\",\"properties\":{\"name\":[\"%s\"],\"alias\":[\"%s\"],\"birthDate\":[\"%s\"],\"nationality\":[\"mm\"]},\"datasets\":[\"test\"]}"
        .formatted(id, name, alias, birthDate);
  }

  private static JsonNode search(String key, String body) {
    Http.Response response = http.post("/api/v1/names/search", key, body);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("results");
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void badLinesAreRefusedByLineNumberTheRestStoredAndReimportChangesNothing() {
    String list = "t-" + unique();
    String lines =
        String.join(
            "\n",
            person("p1", "She Zhijiang", "Tang Zhijiang", "1982-04-25"),
            "{not json",
            "{\"id\":\"x\",\"schema\":\"Airplane\",\"properties\":{\"name\":[\"A\"]}}",
            "{\"id\":\"y\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Mr.\"]}}",
            "{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Yatai International Holdings Group\"]}}");
    for (int round = 0; round < 2; round++) {
      Http.Response response = importLines(list, thai, "?tlp=clear", lines);
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      JsonNode report = response.json();
      assertThat(report.get("stored").asInt()).isEqualTo(2);
      assertThat(report.get("refusedCount").asLong()).isEqualTo(3);
      assertThat(report.get("refused")).hasSize(3);
      assertThat(report.get("refused").get(0).get("line").asInt()).isEqualTo(2);
      assertThat(report.get("refused").get(0).get("reason").asString()).contains("JSON");
      assertThat(report.get("refused").get(1).get("line").asInt()).isEqualTo(3);
      assertThat(report.get("refused").get(1).get("reason").asString()).contains("schema");
      assertThat(report.get("refused").get(2).get("line").asInt()).isEqualTo(4);
      assertThat(report.get("refused").get(2).get("reason").asString())
          .contains("properties.name[0]");
    }
    JsonNode results = search(china, "{\"schema\":\"Person\",\"name\":\"She Zhijiang\"}");
    assertThat(
            results.valueStream().filter(r -> r.get("entity").get("list").asString().equals(list)))
        .hasSize(1);
  }

  @Test
  void refusalsPastTheFirstThousandAreCountedThoughNotListed() {
    String lines =
        String.join("\n", java.util.Collections.nCopies(1_005, "{not json"))
            + "\n"
            + person("ok-" + unique(), "Chen Zhi", "陈志", "1987-12-16");
    Http.Response response = importLines("refusals-" + unique(), thai, "", lines);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode report = response.json();
    assertThat(report.get("stored").asInt()).isEqualTo(1);
    assertThat(report.get("refusedCount").asLong()).isEqualTo(1_005);
    assertThat(report.get("refused")).hasSize(1_000);
    assertThat(report.get("refused").get(999).get("line").asInt()).isEqualTo(1_000);
  }

  @Test
  void aNameInHanFindsItsEntityImportedInLatin() {
    String list = "t-" + unique();
    assertThat(
            importLines(
                    list,
                    thai,
                    "?tlp=green",
                    person("she", "She Zhijiang", "Tang Zhijiang", "1982"))
                .status())
        .isEqualTo(200);
    JsonNode first =
        search(china, "{\"schema\":\"Person\",\"name\":\"佘智江\",\"birthDate\":\"1982-04-25\"}")
            .valueStream()
            .filter(r -> r.get("entity").get("list").asString().equals(list))
            .findFirst()
            .orElseThrow();
    assertThat(first.get("entity").get("originator").asString()).isEqualTo("th-ccib");
    assertThat(first.get("match").asBoolean()).isTrue();
    assertThat(first.get("explanation").asString()).contains("佘→she").contains("birth year equal");
  }

  @Test
  void aRedListIsSeenOnlyByItsRecipientsAndOriginator() {
    String list = "t-" + unique();
    String name =
        "Aung Kyaw Zin " + unique().replaceAll("[0-9]", "").toUpperCase(java.util.Locale.ROOT);
    String line = person("r1", "Saw Lwin Htet Oo", name, "1970");
    assertThat(importLines(list, thai, "?tlp=red&recipients=mm-police", line).status())
        .isEqualTo(200);
    String query = "{\"schema\":\"Person\",\"name\":\"Saw Lwin Htet Oo\"}";
    assertThat(inList(search(myanmar, query), list)).isTrue();
    assertThat(inList(search(thai, query), list)).isTrue();
    assertThat(inList(search(china, query), list)).isFalse();
  }

  private static boolean inList(JsonNode results, String list) {
    return results.valueStream().anyMatch(r -> r.get("entity").get("list").asString().equals(list));
  }

  @Test
  void screeningFindsTheThaiSpellingOfABurmeseNameAndAnswersEachBadQueryAlone() {
    String list = "t-" + unique();
    assertThat(
            importLines(list, thai, "?tlp=clear", person("sct", "Saw Chit Thu", "Chit Thu", "1975"))
                .status())
        .isEqualTo(200);
    String body =
        """
        {"queries": {
          "thai": {"schema": "Person", "properties": {"name": ["ซอ ชิต ตู"]}},
          "empty": {"schema": "Person", "properties": {"name": [""]}},
          "ship": {"schema": "Airplane", "properties": {"name": ["Saw Chit Thu"]}}
        }}
        """;
    Http.Response response = http.post("/api/v1/names/screen", operator, body);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode responses = response.json().get("responses");
    JsonNode thaiResult = responses.get("thai");
    assertThat(thaiResult.get("match").asBoolean()).isTrue();
    assertThat(inList(thaiResult.get("results"), list)).as(response.body()).isTrue();
    assertThat(thaiResult.get("results").get(0).get("entity").has("originator")).isTrue();
    assertThat(responses.get("empty").get("error").asString())
        .contains("queries.empty.properties.name[0]");
    assertThat(responses.get("ship").get("error").asString()).contains("queries.ship.schema");
  }

  @Test
  void badSearchesAreRefusedNamingTheField() {
    assertThat(http.post("/api/v1/names/search", china, "{\"schema\":\"Person\",\"name\":\"\"}"))
        .satisfies(r -> assertThat(r.status()).isEqualTo(400))
        .satisfies(r -> assertThat(r.body()).contains("'name'"));
    String tooLong = "{\"schema\":\"Person\",\"name\":\"" + "a".repeat(10_000) + "\"}";
    assertThat(http.post("/api/v1/names/search", china, tooLong).status()).isEqualTo(400);
    assertThat(
            http.post("/api/v1/names/search", china, "{\"schema\":\"Person\",\"name\":\"Mr.\"}")
                .body())
        .contains("titles");
    assertThat(
            http.post("/api/v1/names/search", china, "{\"schema\":\"Boat\",\"name\":\"Wang\"}")
                .body())
        .contains("'schema'");
    assertThat(
            http.post(
                    "/api/v1/names/search",
                    china,
                    "{\"schema\":\"Person\",\"name\":\"Wang\",\"limit\":0}")
                .status())
        .isEqualTo(400);
    assertThat(
            http.post(
                    "/api/v1/names/search",
                    china,
                    "{\"schema\":\"Person\",\"name\":\"Wang\",\"nick\":\"x\"}")
                .status())
        .isEqualTo(400);
    assertThat(importLines("BadList", thai, "", "{}").status()).isEqualTo(400);
    assertThat(importLines("t-ok", thai, "?tlp=purple", "{}").status()).isEqualTo(400);
    assertThat(importLines("t-ok", thai, "?tlp=red", "{}").status()).isEqualTo(400);
  }

  @Test
  void aScreeningClientMayScreenButNeitherSearchNorImport() {
    assertThat(
            http.post("/api/v1/names/search", operator, "{\"schema\":\"Person\",\"name\":\"Wang\"}")
                .status())
        .isEqualTo(403);
    assertThat(importLines("t-" + unique(), operator, "", "{}").status()).isEqualTo(403);
  }

  @Test
  void theDemoDesignationsImportAndHitOnNamesInHanAndThai() {
    java.util.List<String> lines =
        org.mekong.server.demo.DemoSanctions.load(seeded.node().baseUrl(), thai, operator);
    assertThat(lines.getFirst()).contains("8 designations");
    assertThat(lines.get(1)).contains("佘智江: HIT She Zhijiang");
    assertThat(lines.get(2)).contains("ซอ ชิต ตู: HIT Saw Chit Thu");
  }
}

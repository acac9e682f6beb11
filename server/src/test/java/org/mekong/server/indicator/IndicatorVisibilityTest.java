package org.mekong.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * Agencies × markings × endpoints: what each demo agency can see of China's indicators matches the
 * marking rules exactly, through every read path, and what it may not see does not exist for it.
 */
class IndicatorVisibilityTest {

  private static final String ORIGINATOR = "cn-mps-afc";
  private static final List<String> TLPS =
      List.of("clear", "green", "amber", "amber+strict", "red");

  /**
   * The expected table. Agreements: China shares fraud with Thai CCIB; CCIB shares fraud with the
   * Thai operator (a screening client). The RED indicator names Myanmar Police.
   */
  private static final Map<String, Set<String>> VISIBLE =
      Map.of(
          "cn-mps-afc", Set.of("clear", "green", "amber", "amber+strict", "red"),
          "th-ccib", Set.of("clear", "green", "amber", "amber+strict"),
          "th-chaophraya-mobile", Set.of("clear", "green", "amber"),
          "mm-police", Set.of("clear", "green", "red"),
          "th-immigration", Set.of("clear", "green"),
          "th-amlo", Set.of("clear", "green"),
          "th-mekhala-bank", Set.of("clear", "green"));

  /** Where the originator is withheld: a client that sees AMBER through a recipient. */
  private static final Set<String> WITHHELD = Set.of("th-chaophraya-mobile/amber");

  private static SeededNode seeded;
  private static Http http;
  private static final Map<String, String> idByTlp = new LinkedHashMap<>();
  private static final Map<String, String> numberByTlp = new LinkedHashMap<>();

  @BeforeAll
  static void publishOneIndicatorPerMarking() {
    seeded = TestNodes.shared();
    http = seeded.http();
    agreement("cn-mps-afc", "th-ccib", "fraud");
    agreement("th-ccib", "th-chaophraya-mobile", "fraud");
    String prefix = "+8613" + (100 + ThreadLocalRandom.current().nextInt(800));
    int i = 0;
    for (String tlp : TLPS) {
      String number = prefix + "00" + (1000 + i++);
      String recipients = tlp.equals("red") ? ", \"recipients\": [\"mm-police\"]" : "";
      Http.Response published =
          http.post(
              "/api/v1/indicators",
              seeded.keyOf(ORIGINATOR),
              "{\"type\":\"phone\",\"value\":\""
                  + number
                  + "\",\"categories\":[\"fraud.investment\"],"
                  + "\"confidence\":70,\"tlp\":\""
                  + tlp
                  + "\""
                  + recipients
                  + "}");
      assertThat(published.status()).as(published.body()).isEqualTo(201);
      idByTlp.put(tlp, published.json().get("indicator").get("id").asString());
      numberByTlp.put(tlp, number);
    }
  }

  private static void agreement(String from, String to, String category) {
    Http.Response response =
        http.post(
            "/api/v1/admin/agreements",
            seeded.adminKey(),
            "{\"from\":\""
                + from
                + "\",\"to\":\""
                + to
                + "\",\"categories\":[\""
                + category
                + "\"]}");
    assertThat(response.status()).as(response.body()).isEqualTo(201);
  }

  @Test
  void getByIdFollowsTheTableAndHidesTheRest() {
    String notFoundBody = null;
    for (var viewer : VISIBLE.entrySet()) {
      for (String tlp : TLPS) {
        Http.Response response =
            http.get("/api/v1/indicators/" + idByTlp.get(tlp), seeded.keyOf(viewer.getKey()));
        String cell = viewer.getKey() + "/" + tlp;
        if (viewer.getValue().contains(tlp)) {
          assertThat(response.status()).as(cell).isEqualTo(200);
          assertThat(response.json().get("originator").asString())
              .as(cell)
              .isEqualTo(WITHHELD.contains(cell) ? "withheld" : ORIGINATOR);
        } else {
          assertThat(response.status()).as(cell).isEqualTo(404);
          String detail = response.json().get("detail").asString();
          assertThat(detail).as(cell).doesNotContain(ORIGINATOR).doesNotContain(tlp + " ");
          notFoundBody = detail.replace(idByTlp.get(tlp), "ID");
        }
      }
    }
    Http.Response missing =
        http.get(
            "/api/v1/indicators/indicator--00000000-0000-4000-8000-000000000000",
            seeded.keyOf("th-amlo"));
    assertThat(
            missing
                .json()
                .get("detail")
                .asString()
                .replace("indicator--00000000-0000-4000-8000-000000000000", "ID"))
        .as("an invisible indicator reads exactly like a missing one")
        .isEqualTo(notFoundBody);
  }

  @Test
  void searchBySelectorAndCorrelationFollowTheTable() {
    for (var viewer : VISIBLE.entrySet()) {
      for (String tlp : TLPS) {
        String cell = viewer.getKey() + "/" + tlp;
        String selector = URLEncoder.encode(numberByTlp.get(tlp), StandardCharsets.UTF_8);
        boolean visible = viewer.getValue().contains(tlp);

        JsonNode page =
            http.get(
                    "/api/v1/indicators?selector=" + selector + "&type=phone",
                    seeded.keyOf(viewer.getKey()))
                .json();
        assertThat(page.get("items").size()).as("search " + cell).isEqualTo(visible ? 1 : 0);

        JsonNode correlation =
            http.get(
                    "/api/v1/correlation?selector=" + selector + "&type=phone",
                    seeded.keyOf(viewer.getKey()))
                .json();
        assertThat(correlation.get("indicators").asInt())
            .as("correlation " + cell)
            .isEqualTo(visible ? 1 : 0);
        boolean disclosed = visible && !WITHHELD.contains(cell);
        assertThat(correlation.get("agencies").valueStream().map(JsonNode::asString).toList())
            .as("correlation agencies " + cell)
            .isEqualTo(disclosed ? List.of(ORIGINATOR) : List.of());
      }
    }
  }

  @Test
  void listingByCategoryAndAgencyShowsOnlyTheTable() {
    for (var viewer : VISIBLE.entrySet()) {
      Set<String> expected =
          viewer.getValue().stream().map(idByTlp::get).collect(java.util.stream.Collectors.toSet());
      Set<String> listed = new java.util.HashSet<>();
      String cursor = null;
      do {
        JsonNode page =
            http.get(
                    "/api/v1/indicators?category=fraud&limit=1000"
                        + (cursor == null ? "" : "&cursor=" + cursor),
                    seeded.keyOf(viewer.getKey()))
                .json();
        page.get("items").forEach(item -> listed.add(item.get("id").asString()));
        cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asString() : null;
      } while (cursor != null);
      listed.retainAll(idByTlp.values());
      assertThat(listed).as(viewer.getKey()).isEqualTo(expected);

      JsonNode byAgency =
          http.get(
                  "/api/v1/indicators?agency=" + ORIGINATOR + "&limit=1000",
                  seeded.keyOf(viewer.getKey()))
              .json();
      Set<String> ids = new java.util.HashSet<>();
      byAgency.get("items").forEach(item -> ids.add(item.get("id").asString()));
      ids.retainAll(idByTlp.values());
      Set<String> disclosedOnly = new java.util.HashSet<>(expected);
      viewer.getValue().stream()
          .filter(tlp -> WITHHELD.contains(viewer.getKey() + "/" + tlp))
          .forEach(tlp -> disclosedOnly.remove(idByTlp.get(tlp)));
      assertThat(ids)
          .as("filtering by agency never reveals a withheld originator: " + viewer.getKey())
          .isEqualTo(disclosedOnly);
    }
  }

  @Test
  void historySightingsAndRevocationAreRefusedWhereTheIndicatorIsInvisible() {
    for (var viewer : VISIBLE.entrySet()) {
      for (String tlp : TLPS) {
        String cell = viewer.getKey() + "/" + tlp;
        String id = idByTlp.get(tlp);
        String key = seeded.keyOf(viewer.getKey());
        boolean visible = viewer.getValue().contains(tlp);
        assertThat(http.get("/api/v1/indicators/" + id + "/history", key).status())
            .as("history " + cell)
            .isEqualTo(visible ? 200 : 404);
        assertThat(http.get("/api/v1/indicators/" + id + "/sightings", key).status())
            .as("sightings " + cell)
            .isEqualTo(visible ? 200 : 404);
        if (!visible) {
          assertThat(
                  http.post("/api/v1/indicators/" + id + "/sightings", key, "{\"kind\":\"seen\"}")
                      .status())
              .as("sighting " + cell)
              .isEqualTo(404);
        }
        if (!viewer.getKey().equals(ORIGINATOR)) {
          assertThat(http.post("/api/v1/indicators/" + id + "/revoke", key, "").status())
              .as("revoke " + cell)
              .isEqualTo(visible ? 403 : 404);
        }
      }
    }
  }
}

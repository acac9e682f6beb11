package org.mekong.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.Selectors;
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
          // a screening client may revoke nothing: refused for its kind, whatever the indicator
          boolean client =
              viewer.getKey().equals("th-chaophraya-mobile")
                  || viewer.getKey().equals("th-mekhala-bank");
          assertThat(http.post("/api/v1/indicators/" + id + "/revoke", key, "").status())
              .as("revoke " + cell)
              .isEqualTo(visible || client ? 403 : 404);
        }
      }
    }
  }

  /**
   * Versions received from a partner node (kh): this node's agency that received them sees them; a
   * third node's agency (vn) gets only TLP:GREEN without H2; the partner's own agency gets nothing
   * back (no echo), even as originator; and RED stays with the receiving recipient.
   */
  @Test
  void receivedObjectsAreServedToPartnersOnlyWhereOnwardSharingIsAllowed() {
    String kh = "kh-visibility";
    String vn = "vn-visibility";
    Map<String, String> keys = new LinkedHashMap<>();
    for (String[] remote : new String[][] {{kh, "kh", "KH"}, {vn, "vn", "VN"}}) {
      Http.Response created =
          http.post(
              "/api/v1/admin/agencies",
              seeded.adminKey(),
              "{\"id\":\"%s\",\"name\":\"x\",\"country\":\"%s\",\"kind\":\"law-enforcement\",\"node\":\"%s\"}"
                  .formatted(remote[0], remote[2], remote[1]));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      keys.put(
          remote[0],
          http.post("/api/v1/admin/agencies/" + remote[0] + "/keys", seeded.adminKey(), "{}")
              .json()
              .get("apiKey")
              .asString());
    }
    IndicatorRegistry registry = seeded.node().bean(IndicatorRegistry.class);
    AgencyId ccib = new AgencyId("th-ccib");
    Map<String, Marking> markings = new LinkedHashMap<>();
    markings.put("green", Marking.of(Tlp.GREEN));
    markings.put(
        "green+H2",
        new Marking(
            Tlp.GREEN, Handling.of(HandlingCode.NO_ONWARD_SHARING), Evaluation.UNJUDGED, Set.of()));
    markings.put("amber", Marking.of(Tlp.AMBER));
    markings.put("red", new Marking(Tlp.RED, Handling.NONE, Evaluation.UNJUDGED, Set.of(ccib)));
    Map<String, String> ids = new LinkedHashMap<>();
    int i = 0;
    for (var marking : markings.entrySet()) {
      String number =
          "+86139" + (10_000_000 + ThreadLocalRandom.current().nextInt(80_000_000) + i++);
      Selector phone = ((Parsed.Valid) Selectors.parse(number, null, null)).selector();
      Instant now = Instant.now();
      Indicator version =
          new Indicator(
              new IndicatorId("indicator--" + UUID.randomUUID()),
              phone,
              Set.of(Category.FRAUD_INVESTMENT),
              60,
              marking.getValue(),
              new AgencyId(kh),
              now,
              null,
              null,
              List.of(),
              now,
              now,
              1,
              false);
      assertThat(registry.receive(version, ccib, "kh", "kh"))
          .isEqualTo(IndicatorRegistry.Reception.STORED);
      assertThat(registry.receive(version, ccib, "kh", "kh"))
          .isEqualTo(IndicatorRegistry.Reception.UNCHANGED);
      ids.put(marking.getKey(), version.id().value());
    }
    Map<String, Set<String>> visible =
        Map.of(
            "th-ccib",
            Set.of("green", "green+H2", "amber", "red"),
            "th-amlo",
            Set.of("green", "green+H2"),
            vn,
            Set.of("green"),
            kh,
            Set.of());
    for (var viewer : visible.entrySet()) {
      String key =
          keys.containsKey(viewer.getKey())
              ? keys.get(viewer.getKey())
              : seeded.keyOf(viewer.getKey());
      for (var id : ids.entrySet()) {
        assertThat(http.get("/api/v1/indicators/" + id.getValue(), key).status())
            .as(viewer.getKey() + " reads the received " + id.getKey())
            .isEqualTo(viewer.getValue().contains(id.getKey()) ? 200 : 404);
      }
    }
  }
}

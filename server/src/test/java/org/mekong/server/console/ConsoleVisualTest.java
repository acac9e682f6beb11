package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.legal.LegalFixtures;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * The JSON behind the network view, the map and the charts, on a real node with console sessions:
 * each agency gets exactly what the API shows it — no node for an indicator it may not see, no
 * originator the API withholds, no sighting it may not read — casework only for casework agencies,
 * and case counts under the threshold suppressed.
 */
class ConsoleVisualTest {

  private static final String PASSWORD = "a network view passphrase";

  private static final String RED_FOR_MM = ",\"recipients\":[\"mm-police\"]";

  private static SeededNode seeded;
  private static Http http;

  @BeforeAll
  static void start() {
    seeded = TestNodes.shared();
    http = seeded.http();
    ConsoleAccounts accounts = seeded.node().bean(ConsoleAccounts.class);
    accounts.put(new AgencyId("th-ccib"), "test.graph-police", PASSWORD, Role.ANALYST);
    accounts.put(new AgencyId("th-amlo"), "test.graph-fiu", PASSWORD, Role.ANALYST);
    accounts.put(new AgencyId("mm-police"), "test.graph-mm-police", PASSWORD, Role.ANALYST);
    AgencyDirectory directory = seeded.node().bean(AgencyDirectory.class);
    if (directory.find("th-charts-fiu").isEmpty()) {
      directory.create(
          new Agency(
              new AgencyId("th-charts-fiu"),
              "th-charts-fiu",
              new CountryCode("TH"),
              AgencyKind.FINANCIAL_INTELLIGENCE));
    }
    accounts.put(new AgencyId("th-charts-fiu"), "test.charts-fiu", PASSWORD, Role.ANALYST);
    accounts.put(
        new AgencyId("th-chaophraya-mobile"), "test.graph-bank", PASSWORD, Role.SCREENING_OPERATOR);
  }

  private static ConsoleClient person(String username) {
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    assertThat(console.login(username, PASSWORD, null).location()).doesNotContain("error");
    return console;
  }

  private static String publish(String agency, String phone, String tlp, String extra) {
    Http.Response created =
        http.post(
            "/api/v1/indicators",
            seeded.keyOf(agency),
            "{\"type\":\"phone\",\"value\":\""
                + phone
                + "\",\"categories\":[\"fraud.impersonation.authority\"],\"confidence\":70,"
                + "\"tlp\":\""
                + tlp
                + "\""
                + extra
                + "}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("indicator").get("id").asString();
  }

  private static String randomPhone() {
    return "+66" + (810_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
  }

  private static JsonNode json(ConsoleClient console, String path) {
    ConsoleClient.Page page = console.get(path);
    assertThat(page.status()).as(path + ": " + page.body()).isEqualTo(200);
    return Http.JSON.readTree(page.body());
  }

  private static List<String> ids(JsonNode graph, String kind) {
    List<String> ids = new ArrayList<>();
    for (JsonNode node : graph.get("nodes")) {
      if (node.get("kind").asString().equals(kind)) {
        ids.add(node.get("id").asString());
      }
    }
    return ids;
  }

  @Test
  void anAgencyGetsNoNodeForAnIndicatorItMayNotSee() {
    String phone = randomPhone();
    String red = publish("th-ccib", phone, "red", RED_FOR_MM);
    String green = publish("th-amlo", phone, "green", "");
    ConsoleClient fiu = person("test.graph-fiu");

    JsonNode around = json(fiu, "/console/network/graph?indicator=" + green);
    assertThat(ids(around, "indicator")).containsExactly(green);
    assertThat(ids(around, "selector")).containsExactly("selector:phone:" + phone);
    assertThat(ids(around, "agency")).containsExactly("agency:th-amlo");
    assertThat(around.toString()).doesNotContain(red);
    JsonNode bySelector = json(fiu, "/console/network/graph?selector=" + phone.replace("+", "%2B"));
    assertThat(ids(bySelector, "indicator")).containsExactly(green);
    assertThat(bySelector.toString()).doesNotContain(red).doesNotContain("th-ccib");

    ConsoleClient.Page hidden = fiu.get("/console/network/graph?indicator=" + red);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.raw().headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(fiu.get("/console/network?indicator=" + red).status()).isEqualTo(404);

    ConsoleClient police = person("test.graph-police");
    JsonNode both = json(police, "/console/network/graph?indicator=" + red);
    assertThat(ids(both, "indicator")).containsExactly(red, green);
    assertThat(ids(both, "agency")).containsExactlyInAnyOrder("agency:th-ccib", "agency:th-amlo");
    assertThat(both.get("edges").toString()).contains("\"kind\":\"published\"");
    String page = police.get("/console/network?indicator=" + red).body();
    assertThat(page)
        .contains("id=\"network-graph\"")
        .contains("data-source=\"/console/network/graph?indicator=" + red + "\"")
        .contains(green);
  }

  @Test
  void theOriginatorIsWithheldWhereTheApiWithholdsItAndSightingsOnlyWhereTheyMayBeRead() {
    Http.Response agreement =
        http.post(
            "/api/v1/admin/agreements",
            seeded.adminKey(),
            "{\"from\":\"th-ccib\",\"to\":\"th-chaophraya-mobile\",\"categories\":[\"fraud\"]}");
    assertThat(agreement.status()).as(agreement.body()).isIn(200, 201, 409);
    String phone = randomPhone();
    String amber = publish("th-ccib", phone, "amber", "");
    assertThat(
            http.get("/api/v1/indicators/" + amber, seeded.keyOf("th-chaophraya-mobile"))
                .json()
                .get("originator")
                .asString())
        .as("the API withholds the originator from a client through an agreement")
        .isEqualTo("withheld");
    Http.Response sighted =
        http.post(
            "/api/v1/indicators/" + amber + "/sightings",
            seeded.keyOf("th-chaophraya-mobile"),
            "{\"kind\":\"seen\"}");
    assertThat(sighted.status()).as(sighted.body()).isIn(200, 201);

    JsonNode asClient =
        json(person("test.graph-bank"), "/console/network/graph?indicator=" + amber);
    assertThat(ids(asClient, "indicator")).containsExactly(amber);
    assertThat(ids(asClient, "agency"))
        .as("no node names the withheld originator; the client's own sighting is its to see")
        .containsExactly("agency:th-chaophraya-mobile");
    assertThat(asClient.toString()).doesNotContain("th-ccib");

    JsonNode asOriginator =
        json(person("test.graph-police"), "/console/network/graph?indicator=" + amber);
    assertThat(ids(asOriginator, "agency"))
        .containsExactlyInAnyOrder("agency:th-ccib", "agency:th-chaophraya-mobile");
    assertThat(asOriginator.get("edges").toString()).contains("\"kind\":\"sighted\"");
  }

  @Test
  void legalRecordsLinkSelectorsAndSitesButOnlyWhatTheViewerMaySee() {
    String green = publish("th-amlo", randomPhone(), "green", "");
    String red = publish("th-ccib", randomPhone(), "red", RED_FOR_MM);
    String linked = publish("th-ccib", randomPhone(), "green", "");
    String seen = legalAction("{\"tlp\": \"green\"}", green, red, linked);
    String unseen = legalAction("{\"tlp\": \"red\", \"recipients\": [\"mm-police\"]}", green);

    JsonNode fiu = json(person("test.graph-fiu"), "/console/network/graph?indicator=" + green);
    assertThat(ids(fiu, "indicator")).containsExactlyInAnyOrder(green, linked);
    assertThat(ids(fiu, "selector")).hasSize(2);
    assertThat(ids(fiu, "record")).containsExactly("record:" + seen);
    assertThat(ids(fiu, "site")).containsExactly("site:KK Park, Myawaddy");
    assertThat(fiu.toString()).doesNotContain(red).doesNotContain(unseen);
    assertThat(fiu.get("edges").toString()).contains("\"kind\":\"links\"");

    JsonNode police =
        json(person("test.graph-police"), "/console/network/graph?indicator=" + green);
    assertThat(ids(police, "indicator")).containsExactlyInAnyOrder(green, red, linked);
    assertThat(ids(police, "record"))
        .as("its issuer sees the record the FIU may not")
        .containsExactlyInAnyOrder("record:" + seen, "record:" + unseen);
    assertThat(person("test.graph-fiu").get("/console/network?indicator=" + green).body())
        .contains("id=\"network-records\"")
        .contains("KK Park, Myawaddy");
  }

  private static String legalAction(String marking, String... indicators) {
    String links = String.join("\", \"", indicators);
    return LegalFixtures.create(
            seeded,
            "th-ccib",
            "/api/v1/legal-actions",
            """
            {"marking": %s, "categories": ["fraud"], "record": {"kind": "conviction",
              "subject": {"kind": "person", "names": ["Aung Ko"], "nationality": "MMR"},
              "caseReference": "Black 1234/2569", "authority": "Mae Sot Provincial Court",
              "date": "2026-09-30", "legalBasis": "Criminal Code s. 341, 343", "status": "final",
              "links": {"indicators": ["%s"], "sites": ["KK Park, Myawaddy"]}}}"""
                .formatted(marking, links))
        .get("id")
        .asString();
  }

  @Test
  void badQueriesAreProblemsNamingTheField() {
    ConsoleClient police = person("test.graph-police");
    ConsoleClient.Page neither = police.get("/console/network/graph");
    assertThat(neither.status()).isEqualTo(400);
    assertThat(neither.body()).contains("indicator");
    ConsoleClient.Page both = police.get("/console/network/graph?indicator=x&selector=y");
    assertThat(both.status()).isEqualTo(400);
    ConsoleClient.Page notAnId = police.get("/console/network/graph?indicator=%3Cscript%3E");
    assertThat(notAnId.status()).isEqualTo(400);
    assertThat(notAnId.body()).contains("indicator id").doesNotContain("<script>");
    ConsoleClient.Page unreadable = police.get("/console/network/graph?selector=%20");
    assertThat(unreadable.status()).isEqualTo(400);
    ConsoleClient anonymous = new ConsoleClient(seeded.node().baseUrl());
    assertThat(anonymous.get("/console/network/graph?selector=x").location()).endsWith("/login");
  }

  @Test
  void theMapShowsSitesToCaseworkAgenciesWithFewRescuesSuppressed() {
    Http.Response site =
        http.post(
            "/api/v1/casework/sites",
            seeded.keyOf("th-ccib"),
            """
            {"name": "Shwe Kokko <b>compound</b>", "aliases": ["Yatai New City"],
             "kind": "scam-compound", "country": "MM",
             "coordinates": {"latitude": 16.8361, "longitude": 98.5167}}
            """);
    assertThat(site.status()).as(site.body()).isEqualTo(201);
    String siteId = site.json().get("id").asString();
    Http.Response person =
        http.post(
            "/api/v1/casework/persons", seeded.keyOf("th-ccib"), "{\"names\": [\"Nay Lin\"]}");
    assertThat(person.status()).as(person.body()).isEqualTo(201);
    Http.Response opened =
        http.post(
            "/api/v1/casework/cases",
            seeded.keyOf("th-ccib"),
            """
            {"person": "%s", "event": {"type": "rescued", "actingPerson": "Pol. Col. Somchai",
             "at": "2025-11-02T03:00:00Z", "site": "%s"}}
            """
                .formatted(person.json().get("id").asString(), siteId));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    Http.Response agreement =
        http.post(
            "/api/v1/admin/agreements",
            seeded.adminKey(),
            "{\"from\":\"th-ccib\",\"to\":\"th-immigration\",\"categories\":[\"fraud\"]}");
    assertThat(agreement.status()).as(agreement.body()).isIn(200, 201, 409);
    Http.Response manifest =
        http.post(
            "/api/v1/casework/manifests",
            seeded.keyOf("th-ccib"),
            """
            {"receiving": "th-immigration", "transport": {"mode": "road"}, "date": "2025-11-03",
             "place": " yatai new city ", "actingPerson": "Pol. Col. Somchai", "persons": ["%s"]}
            """
                .formatted(person.json().get("id").asString()));
    assertThat(manifest.status()).as(manifest.body()).isEqualTo(201);

    JsonNode sites = json(person("test.graph-police"), "/console/map/sites");
    assertThat(sites.get("threshold").asInt()).isEqualTo(11);
    JsonNode ours =
        sites
            .get("items")
            .valueStream()
            .filter(s -> s.get("id").asString().equals(siteId))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no site " + siteId + " in " + sites));
    assertThat(ours.get("latitude").asDouble()).isEqualTo(16.8361);
    assertThat(ours.get("rescues").get("suppressed").asBoolean()).isTrue();
    assertThat(ours.get("rescues").has("count"))
        .as("one rescue is not shown as a number")
        .isFalse();
    assertThat(ours.get("handovers").get("count").asLong()).isZero();
    assertThat(ours.get("manifests").asInt())
        .as("the sender's manifest whose place names the site's alias: a handover point")
        .isEqualTo(1);
    JsonNode elsewhere =
        json(person("test.graph-mm-police"), "/console/map/sites")
            .get("items")
            .valueStream()
            .filter(s -> s.get("id").asString().equals(siteId))
            .findFirst()
            .orElseThrow();
    assertThat(elsewhere.get("manifests").asInt())
        .as("another agency's manifests are not counted")
        .isZero();

    String page = person("test.graph-police").get("/console/map").body();
    assertThat(page)
        .contains("Shwe Kokko &lt;b&gt;compound&lt;/b&gt;")
        .contains("data-outlines=\"/vendor/world-atlas/countries-110m.json\"");
    ConsoleClient anonymous = new ConsoleClient(seeded.node().baseUrl());
    ConsoleClient.Page outlines = anonymous.get("/vendor/world-atlas/countries-110m.json");
    assertThat(outlines.status()).isEqualTo(200);
    assertThat(outlines.body()).startsWith("{\"type\":\"Topology\"");
    ConsoleClient.Page script = anonymous.get("/vendor/topojson-client/topojson-client.min.js");
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.raw().headers().firstValue("Content-Type").orElse("")).contains("javascript");
    ConsoleClient fiu = person("test.graph-fiu");
    assertThat(fiu.get("/console/map/sites").status()).isEqualTo(403);
    assertThat(fiu.get("/console/map").status()).isEqualTo(403);
  }

  @Test
  void theChartsCountOnlyWhatTheViewerMaySeeAndSuppressSmallCaseCounts() {
    JsonNode police = json(person("test.graph-police"), "/console/statistics/figures");
    assertThat(police.get("alertsPerDay")).hasSize(ConsoleFigures.ALERT_DAYS);
    assertThat(police.get("markings").toString()).contains("\"label\":\"red\"");
    assertThat(police.has("cases")).isTrue();
    for (JsonNode cell : police.get("cases")) {
      assertThat(cell.get("suppressed").asBoolean() || cell.get("count").asLong() >= 11)
          .as(cell.toString())
          .isTrue();
      assertThat(cell.has("count")).isNotEqualTo(cell.get("suppressed").asBoolean());
    }

    publish("th-ccib", randomPhone(), "red", RED_FOR_MM);
    assertThat(red(json(person("test.graph-police"), "/console/statistics/figures")))
        .as("its own TLP:RED counts for the originator")
        .isPositive();
    JsonNode fiu = json(person("test.charts-fiu"), "/console/statistics/figures");
    assertThat(fiu.has("cases")).as("casework is for casework agencies").isFalse();
    assertThat(red(fiu)).as("TLP:RED of another agency is not counted for it").isZero();
    assertThat(person("test.charts-fiu").get("/console/statistics").body())
        .contains("id=\"chart-markings\"")
        .doesNotContain("id=\"chart-cases\"");
  }

  private static long red(JsonNode figures) {
    for (JsonNode bar : figures.get("markings")) {
      if (bar.get("label").asString().equals("red")) {
        return bar.get("count").asLong();
      }
    }
    throw new AssertionError("no red bar in " + figures);
  }
}

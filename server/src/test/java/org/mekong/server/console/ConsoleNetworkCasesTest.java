package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * Cases and persons in the network view's JSON, on a real node: a case that published a recruiter's
 * phone as an indicator appears around that indicator with its site and person for the agency that
 * created the person; an agency that may see the indicator but not the case gets no case node and
 * no person node; an agency that opened a case but may not see the person's names gets the case
 * without a person node; the network of a case links the other cases at its site.
 */
class ConsoleNetworkCasesTest {

  private static final String PASSWORD = "a case network passphrase";

  private static SeededNode seeded;
  private static Http http;
  private static String person = "";
  private static String first = "";
  private static String second = "";
  private static String indicator = "";
  private static String siteName = "";

  @BeforeAll
  static void aRescuedPersonWhoseRecruitersPhoneWasPublished() {
    seeded = TestNodes.shared();
    http = seeded.http();
    ConsoleAccounts accounts = seeded.node().bean(ConsoleAccounts.class);
    accounts.put(new AgencyId("mm-police"), "test.net-creator", PASSWORD, Role.ANALYST);
    accounts.put(new AgencyId("th-ccib"), "test.net-other", PASSWORD, Role.ANALYST);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    siteName = "Shwe Kokko " + tag;
    String site =
        post(
                "mm-police",
                "/api/v1/casework/sites",
                "{\"name\": \""
                    + siteName
                    + "\", \"kind\": \"scam-compound\", \"country\": \"MM\"}")
            .json()
            .get("id")
            .asString();
    int digits = 1000 + Math.floorMod(tag.hashCode(), 9000);
    person =
        post(
                "mm-police",
                "/api/v1/casework/persons",
                """
                {"names": ["Daw Khin Network"], "nationalities": ["MMR"],
                 "exploitation": {"recruiters": [
                   {"channel": "phone-call", "type": "phone", "value": "081 555 %d", "region": "TH"}]}}
                """
                    .formatted(digits))
            .json()
            .get("id")
            .asString();
    String event =
        "{\"type\": \"rescued\", \"actingPerson\": \"Officer\", \"at\": \"2025-09-0%dT00:00:00Z\","
            + " \"place\": \"Myawaddy\", \"site\": \""
            + site
            + "\"}";
    first =
        post(
                "mm-police",
                "/api/v1/casework/cases",
                "{\"person\": \"" + person + "\", \"event\": " + event.formatted(1) + "}")
            .json()
            .get("id")
            .asString();
    indicator =
        post(
                "mm-police",
                "/api/v1/casework/cases/" + first + "/recruiter-indicators",
                "{\"recruiter\": 0, \"tlp\": \"green\"}")
            .json()
            .get("indicatorId")
            .asString();
    consent("given");
    second =
        post(
                "th-ccib",
                "/api/v1/casework/cases",
                "{\"person\": \"" + person + "\", \"event\": " + event.formatted(2) + "}")
            .json()
            .get("id")
            .asString();
    consent("refused");
  }

  @Test
  void theCreatorSeesTheCaseItsPersonAndSiteAroundTheIndicator() {
    JsonNode graph =
        json(console("test.net-creator"), "/console/network/graph?indicator=" + indicator);
    assertThat(ids(graph, "case")).containsExactly("case:" + first);
    assertThat(ids(graph, "person")).containsExactly("person:" + person);
    assertThat(labels(graph, "person")).containsExactly("Daw Khin Network");
    assertThat(ids(graph, "site")).contains("site:" + siteName);
    assertThat(edges(graph))
        .contains(
            "reported:case:" + first + ">" + indicator,
            "concerns:case:" + first + ">person:" + person,
            "at:case:" + first + ">site:" + siteName);
  }

  @Test
  void anAgencyThatMayNotReadTheCaseGetsNoNodeForItOrItsPerson() {
    ConsoleClient other = console("test.net-other");
    JsonNode graph = json(other, "/console/network/graph?indicator=" + indicator);
    assertThat(ids(graph, "indicator")).contains(indicator);
    assertThat(ids(graph, "case")).isEmpty();
    assertThat(ids(graph, "person")).isEmpty();
    assertThat(graph.toString())
        .doesNotContain(first)
        .doesNotContain(person)
        .doesNotContain("Daw Khin");
    assertThat(other.get("/console/network/graph?case=" + first).status()).isEqualTo(404);
    assertThat(other.get("/console/network?case=" + first).status()).isEqualTo(404);
    JsonNode own = json(other, "/console/network/graph?case=" + second);
    assertThat(ids(own, "case")).containsExactly("case:" + second);
    assertThat(ids(own, "person")).isEmpty();
  }

  @Test
  void aCasePageLinksItsNetworkWhichLinksTheOtherCasesAtItsSite() {
    ConsoleClient creator = console("test.net-creator");
    assertThat(creator.get("/console/cases/" + first).body())
        .contains("href=\"/console/network?case=" + first + "\"");
    JsonNode graph = json(creator, "/console/network/graph?case=" + first);
    assertThat(ids(graph, "case")).containsExactly("case:" + first, "case:" + second);
    assertThat(ids(graph, "indicator")).contains(indicator);
    assertThat(edges(graph)).contains("at:case:" + second + ">site:" + siteName);
    String page = creator.get("/console/network?case=" + first).body();
    assertThat(page).contains("id=\"network-cases\"").contains("Daw Khin Network");
    assertThat(creator.get("/console/network/graph?case=not-a-case").status()).isEqualTo(400);
    assertThat(creator.get("/console/network/graph?case=" + UUID.randomUUID()).status())
        .isEqualTo(404);
    assertThat(
            creator
                .get("/console/network/graph?case=" + first + "&indicator=" + indicator)
                .status())
        .isEqualTo(400);
  }

  private static void consent(String kind) {
    post(
        "mm-police",
        "/api/v1/casework/persons/" + person + "/consent",
        "{\"kind\": \"" + kind + "\", \"recordedBy\": \"Officer\"}");
  }

  private static Http.Response post(String agency, String path, String json) {
    Http.Response response = http.post(path, seeded.keyOf(agency), json);
    assertThat(response.status()).as(path + " " + response.body()).isIn(200, 201);
    return response;
  }

  private static ConsoleClient console(String username) {
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    assertThat(console.login(username, PASSWORD, null).location()).doesNotContain("error");
    return console;
  }

  private static JsonNode json(ConsoleClient console, String path) {
    ConsoleClient.Page page = console.get(path);
    assertThat(page.status()).as(path + ": " + page.body()).isEqualTo(200);
    return Http.JSON.readTree(page.body());
  }

  private static List<String> ids(JsonNode graph, String kind) {
    return values(graph, kind, "id");
  }

  private static List<String> labels(JsonNode graph, String kind) {
    return values(graph, kind, "label");
  }

  private static List<String> values(JsonNode graph, String kind, String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode node : graph.get("nodes")) {
      if (node.get("kind").asString().equals(kind)) {
        values.add(node.get(field).asString());
      }
    }
    return values;
  }

  private static List<String> edges(JsonNode graph) {
    List<String> ids = new ArrayList<>();
    graph.get("edges").forEach(e -> ids.add(e.get("id").asString()));
    return ids;
  }
}

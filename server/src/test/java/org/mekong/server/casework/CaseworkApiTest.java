package org.mekong.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

/**
 * Persons, sites, cases and determinations through a real node: the lifecycle refuses illegal steps
 * with 409, bad input is a 400 naming the field, screening clients are refused.
 */
class CaseworkApiTest {

  private static SeededNode node;
  private static Http http;

  @BeforeAll
  static void start() {
    node = TestNodes.shared();
    http = node.http();
  }

  private static Http.Response post(String agency, String path, String body) {
    return http.post(path, node.keyOf(agency), body);
  }

  @Test
  void aRescuedPersonIsIdentifiedHandedOverAndCannotBeHandedOverByAnyoneElse() {
    Http.Response site =
        post(
            "mm-police",
            "/api/v1/casework/sites",
            """
            {"name": "KK Park", "aliases": ["KK 园区"], "kind": "scam-compound", "country": "MM",
             "coordinates": {"latitude": 16.6547, "longitude": 98.5097}}
            """);
    assertThat(site.status()).as(site.body()).isEqualTo(201);
    String siteId = site.json().get("id").asString();
    String person = CaseworkFixtures.person(node, "mm-police", "王小红");
    Http.Response opened =
        post(
            "mm-police",
            "/api/v1/casework/cases",
            "{\"person\": \""
                + person
                + "\", \"event\": "
                + CaseworkFixtures.event("rescued", ", \"site\": \"" + siteId + "\"")
                + "}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(opened.json().get("custodian").asString()).isEqualTo("mm-police");
    String events = "/api/v1/casework/cases/" + opened.json().get("id").asString() + "/events";

    Http.Response tooEarly =
        post(
            "mm-police",
            events,
            CaseworkFixtures.event("handed-over", ", \"receivingAgency\": \"th-immigration\""));
    assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(409);
    assertThat(tooEarly.json().get("detail").asString())
        .contains("'event.type'", "rescued cannot become handed-over", "identified");

    Http.Response nullDocument =
        post("mm-police", events, CaseworkFixtures.event("identified", ", \"documents\": [null]"));
    assertThat(nullDocument.status()).as(nullDocument.body()).isEqualTo(400);
    assertThat(nullDocument.json().get("detail").asString()).contains("event.documents[0]");
    Http.Response future =
        post(
            "mm-police",
            events,
            "{\"type\": \"identified\", \"actingPerson\": \"A\", \"at\": \"2999-01-01T00:00:00Z\", \"place\": \"B\"}");
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("detail").asString()).contains("event.at", "future");
    assertThat(post("mm-police", events, CaseworkFixtures.event("identified", "")).status())
        .isEqualTo(201);
    Http.Response notHolder =
        post(
            "th-ccib",
            events,
            CaseworkFixtures.event("handed-over", ", \"receivingAgency\": \"th-immigration\""));
    assertThat(notHolder.status()).as(notHolder.body()).isIn(404, 409);
    Http.Response handed =
        post(
            "mm-police",
            events,
            CaseworkFixtures.event("handed-over", ", \"receivingAgency\": \"th-immigration\""));
    assertThat(handed.status()).as(handed.body()).isEqualTo(201);
    assertThat(handed.json().get("state").asString()).isEqualTo("handed-over");
    assertThat(handed.json().get("timeline")).hasSize(3);

    Http.Response again =
        post(
            "th-immigration",
            events,
            CaseworkFixtures.event("handed-over", ", \"receivingAgency\": \"th-immigration\""));
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.json().get("detail").asString()).contains("already held by th-immigration");
    Http.Response byOldHolder =
        post(
            "mm-police",
            events,
            CaseworkFixtures.event("handed-over", ", \"receivingAgency\": \"th-ccib\""));
    assertThat(byOldHolder.status()).as(byOldHolder.body()).isEqualTo(409);
    assertThat(byOldHolder.json().get("detail").asString()).contains("held by th-immigration");

    Http.Response read =
        http.get(
            "/api/v1/casework/cases/" + opened.json().get("id").asString(),
            node.keyOf("th-immigration"));
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().get("custodian").asString()).isEqualTo("th-immigration");
  }

  @Test
  void badInputIsRefusedWithTheFieldItConcerns() {
    String[][] cases = {
      {"{\"names\": [\"Somchai\"], \"birthDate\": \"2001-02-30\"}", "birthDate"},
      {"{\"names\": [\"Somchai\"], \"birthDate\": \"2990\"}", "birthDate"},
      {"{\"names\": [\"Somchai\"], \"nationalities\": [\"THA\", \"XYZ\"]}", "nationalities[1]"},
      {"{\"names\": []}", "names"},
      {"{\"names\": [\"Somchai\"], \"sex\": \"m\"}", "sex"},
      {
        "{\"names\": [\"Somchai\"], \"documents\": [{\"number\": \"A1\", \"issuingState\": \"TH\"}]}",
        "documents[0].issuingState"
      },
      {
        "{\"names\": [\"Somchai\"], \"exploitation\": {\"recruitmentChannels\": [\"myspace\"]}}",
        "exploitation.recruitmentChannels[0]"
      },
      {"{\"names\": [\"Somchai\"], \"shoeSize\": 42}", "shoeSize"},
      {"{\"names\": [\"Somchai\"], \"documents\": [null]}", "documents[0]"},
      {"{\"names\": [\"Somchai\", null]}", "names[1]"},
    };
    for (String[] c : cases) {
      Http.Response response = post("th-ccib", "/api/v1/casework/persons", c[0]);
      assertThat(response.status()).as(c[0] + " " + response.body()).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.json().get("detail").asString()).as(c[0]).contains(c[1]);
    }
    Http.Response site =
        post(
            "th-ccib",
            "/api/v1/casework/sites",
            "{\"name\": \"Mae Sot checkpoint 2\", \"kind\": \"checkpoint\", \"country\": \"TH\","
                + " \"coordinates\": {\"latitude\": 96.7, \"longitude\": 98.5}}");
    assertThat(site.status()).isEqualTo(400);
    assertThat(site.json().get("detail").asString()).contains("coordinates");
    Http.Response country =
        post(
            "th-ccib",
            "/api/v1/casework/sites",
            "{\"name\": \"Shelter\", \"kind\": \"shelter\", \"country\": \"XX\"}");
    assertThat(country.status()).isEqualTo(400);
    assertThat(country.json().get("detail").asString()).contains("'country'");
  }

  @Test
  void determinationsAreSupersededNeverOverwrittenAndStayOpenAfterTheHandover() {
    String person = CaseworkFixtures.person(node, "th-immigration", "李明");
    String path = "/api/v1/casework/persons/" + person + "/determinations";
    Http.Response first =
        post(
            "th-immigration",
            path,
            "{\"verdict\": \"undetermined\", \"decidedBy\": \"Officer Nok\", \"basis\": \"screening interview\"}");
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    String firstId = first.json().get("id").asString();
    Http.Response unnamed =
        post(
            "th-immigration",
            path,
            "{\"verdict\": \"victim\", \"decidedBy\": \"Officer Nok\", \"basis\": \"NRM\"}");
    assertThat(unnamed.status()).isEqualTo(409);
    assertThat(unnamed.json().get("detail").asString()).contains("'supersedes'");
    Http.Response second =
        post(
            "th-immigration",
            path,
            "{\"verdict\": \"victim\", \"decidedBy\": \"Officer Nok\", \"basis\": \"NRM\", \"supersedes\": \""
                + firstId
                + "\"}");
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    Http.Response stale =
        post(
            "th-immigration",
            path,
            "{\"verdict\": \"offender\", \"decidedBy\": \"X\", \"basis\": \"Y\", \"supersedes\": \""
                + firstId
                + "\"}");
    assertThat(stale.status()).isEqualTo(409);
    Http.Response history = http.get(path, node.keyOf("th-immigration"));
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.json().get("items")).hasSize(2);
    assertThat(history.json().get("items").get(0).get("verdict").asString())
        .isEqualTo("undetermined");
    assertThat(history.json().get("current").get("verdict").asString()).isEqualTo("victim");
    Http.Response bad =
        post(
            "th-immigration",
            path,
            "{\"verdict\": \"guilty\", \"decidedBy\": \"X\", \"basis\": \"Y\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("detail").asString()).contains("verdict");
  }

  @Test
  void aNameSearchFindsASpellingThatSharesNoLeadingLettersWithTheQuery() {
    String person = CaseworkFixtures.person(node, "th-ccib", "Katherine Cowalski");
    Http.Response found =
        http.get("/api/v1/casework/persons?name=Catherine%20Kowalski", node.keyOf("th-ccib"));
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(found.json().get("items").toString()).contains("\"id\":\"" + person + "\"");
  }

  @Test
  void screeningClientsAndFinancialIntelligenceSeeNothingOfCasework() {
    String person = CaseworkFixtures.person(node, "th-ccib", "Somchai Jaidee");
    for (String agency : new String[] {"th-chaophraya-mobile", "th-mekhala-bank", "th-amlo"}) {
      for (String path :
          new String[] {
            "/api/v1/casework/persons/" + person,
            "/api/v1/casework/persons?name=Somchai",
            "/api/v1/casework/persons/" + person + "/determinations",
            "/api/v1/casework/sites",
            "/api/v1/casework/statistics"
          }) {
        Http.Response response = http.get(path, node.keyOf(agency));
        assertThat(response.status()).as(agency + " " + path).isEqualTo(403);
        assertThat(response.body()).doesNotContain("Somchai").doesNotContain("names");
      }
      Http.Response create = post(agency, "/api/v1/casework/persons", "{\"names\": [\"X\"]}");
      assertThat(create.status()).isEqualTo(403);
    }
  }
}

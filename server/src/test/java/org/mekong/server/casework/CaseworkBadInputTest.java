package org.mekong.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Bad input across casework: impossible dates and unknown countries wherever a date or a country is
 * taken, a second handover to the same receiver, and lists with malformed rows, each refused with
 * its field (and line) and nothing of it written.
 */
class CaseworkBadInputTest {

  private static SeededNode node;
  private static Http http;
  private static JdbcClient jdbc;

  @BeforeAll
  static void start() {
    node = TestNodes.shared();
    http = node.http();
    jdbc = node.node().bean(JdbcClient.class);
  }

  private static Http.Response post(String agency, String path, String body) {
    return http.post(path, node.keyOf(agency), body);
  }

  private static Http.Response importList(String agency, String csv) {
    return http.send(
        http.request("/api/v1/casework/imports", node.keyOf(agency))
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv))
            .build());
  }

  private static long personsNamed(String marker) {
    return jdbc.sql("SELECT count(*) FROM casework_person WHERE record::text LIKE ?")
        .param("%" + marker + "%")
        .query(Long.class)
        .single();
  }

  private static String rescuedCase(String person) {
    Http.Response opened =
        post(
            "mm-police",
            "/api/v1/casework/cases",
            "{\"person\": \""
                + person
                + "\", \"event\": "
                + CaseworkFixtures.event("rescued", "")
                + "}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json().get("id").asString();
  }

  @Test
  void impossibleDatesAndUnknownCountriesAreRefusedWhereverTheyAreTaken() {
    String[][] persons = {
      {
        "{\"names\": [\"Somchai\"], \"documents\": [{\"number\": \"A1\", \"issuingState\": \"THA\","
            + " \"expiry\": \"2030-02-30\"}]}",
        "documents[0].expiry"
      },
      {
        "{\"names\": [\"Somchai\"], \"documents\": [{\"number\": \"A1\", \"issuingState\": \"QQQ\"}]}",
        "documents[0].issuingState"
      },
      {"{\"names\": [\"Somchai\"], \"birthDate\": \"1990-13\"}", "birthDate"},
      {"{\"names\": [\"Somchai\"], \"birthDate\": \"1850\"}", "birthDate"},
    };
    for (String[] c : persons) {
      Http.Response response = post("th-ccib", "/api/v1/casework/persons", c[0]);
      assertThat(response.status()).as(c[0] + " " + response.body()).isEqualTo(400);
      assertThat(response.json().get("detail").asString()).as(c[0]).contains(c[1]);
    }
    String caseId = rescuedCase(CaseworkFixtures.person(node, "mm-police", "Aung Kyaw"));
    String events = "/api/v1/casework/cases/" + caseId + "/events";
    Http.Response february =
        post(
            "mm-police",
            events,
            "{\"type\": \"identified\", \"actingPerson\": \"A\", \"at\": \"2025-02-30T06:00:00Z\","
                + " \"place\": \"Mae Sot\"}");
    assertThat(february.status()).as(february.body()).isEqualTo(400);
    assertThat(february.json().get("detail").asString()).contains("event.at");
    Http.Response country =
        post("mm-police", events, CaseworkFixtures.event("repatriated", ", \"country\": \"XX\""));
    assertThat(country.status()).as(country.body()).isEqualTo(400);
    assertThat(country.json().get("detail").asString()).contains("event.country");
    Http.Response read = http.get("/api/v1/casework/cases/" + caseId, node.keyOf("mm-police"));
    assertThat(read.json().get("timeline")).as("nothing appended").hasSize(1);

    http.post(
        "/api/v1/admin/agreements",
        node.adminKey(),
        "{\"from\": \"mm-police\", \"to\": \"th-immigration\", \"categories\": [\"fraud\"]}");
    String person = CaseworkFixtures.person(node, "mm-police", "Zaw Min");
    String manifest =
        "{\"receiving\": \"th-immigration\", \"transport\": {\"mode\": \"road\"},"
            + " \"date\": \"%s\", \"actingPerson\": \"Aung\", \"persons\": [\"%s\"]}";
    Http.Response date =
        post("mm-police", "/api/v1/casework/manifests", manifest.formatted("2025-02-30", person));
    assertThat(date.status()).as(date.body()).isEqualTo(400);
    assertThat(date.json().get("detail").asString()).contains("'date'");
    Http.Response stranger =
        post(
            "mm-police",
            "/api/v1/casework/manifests",
            manifest.formatted("2025-10-23", UUID.randomUUID()));
    assertThat(stranger.status()).as(stranger.body()).isEqualTo(400);
    assertThat(stranger.json().get("detail").asString()).contains("persons[0]");
  }

  @Test
  void aPersonHandedOverOnOneManifestIsNotHandedOverAgainOnAnother() {
    http.post(
        "/api/v1/admin/agreements",
        node.adminKey(),
        "{\"from\": \"mm-police\", \"to\": \"th-immigration\", \"categories\": [\"fraud\"]}");
    String person = CaseworkFixtures.person(node, "mm-police", "Htet Aung");
    String manifest =
        "{\"receiving\": \"th-immigration\", \"transport\": {\"mode\": \"road\"},"
            + " \"date\": \"2025-10-23\", \"actingPerson\": \"Aung\", \"persons\": [\""
            + person
            + "\"]}";
    String item = "{\"actingPerson\": \"X\", \"items\": [{\"person\": \"" + person + "\", ";
    String[] ids = new String[2];
    for (int m = 0; m < 2; m++) {
      Http.Response created = post("mm-police", "/api/v1/casework/manifests", manifest);
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      ids[m] = "/api/v1/casework/manifests/" + created.json().get("id").asString() + "/decisions";
      Http.Response accepted = post("th-immigration", ids[m], item + "\"status\": \"accepted\"}]}");
      assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }
    Http.Response first = post("mm-police", ids[0], item + "\"status\": \"handed-over\"}]}");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    Http.Response again = post("mm-police", ids[1], item + "\"status\": \"handed-over\"}]}");
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.json().get("detail").asString())
        .contains("items[0].status", "already handed over to th-immigration");
  }

  @Test
  void aListsMalformedRowsAreRefusedEachWithItsLineAndTheOthersStoredWhole() {
    String marker = "Qx" + UUID.randomUUID().toString().substring(0, 6);
    String csv =
        "names,birth_date,nationalities,document_number,document_state,document_expiry\n"
            + "Anan "
            + marker
            + "a,1990,THA,,,\n"
            + "\"Mali\n"
            + marker
            + "b\",1991,THA,,,\n"
            + "Suda "
            + marker
            + "c,1992,THA,,\n"
            + "Kitti "
            + marker
            + "d,1993,THA,P123,THA,2030-02-30\n"
            + "Wichai "
            + marker
            + "e,1994,THA,P124,QQQ,\n"
            + ","
            + "1995,THA,,,\n"
            + "Somsak "
            + marker
            + "f,1996-02-30,THA,,,\n"
            + "Prasert "
            + marker
            + "g,1997,THA,P125,THA,2031-01-31\n";
    Http.Response imported = importList("th-immigration", csv);
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    JsonNode refused = imported.json().get("refused");
    assertThat(imported.json().get("stored").asInt()).isEqualTo(2);
    assertThat(refused).hasSize(6);
    String[][] expected = {
      {"3", "names"},
      {"5", "row"},
      {"6", "document_expiry"},
      {"7", "document_state"},
      {"8", "names"},
      {"9", "birth_date"}
    };
    for (int i = 0; i < expected.length; i++) {
      assertThat(refused.get(i).get("line").asInt())
          .as(refused.toString())
          .isEqualTo(Integer.parseInt(expected[i][0]));
      assertThat(refused.get(i).get("field").asString()).isEqualTo(expected[i][1]);
      assertThat(refused.get(i).get("problem").asString()).isNotBlank();
    }
    assertThat(personsNamed(marker)).as("the two good rows, each whole").isEqualTo(2);

    String broken = "names,birth_date\nNapha " + marker + "z,1990\nWandi,1991\n\"Unclosed,1992\n";
    Http.Response unreadable = importList("th-immigration", broken);
    assertThat(unreadable.status()).as(unreadable.body()).isEqualTo(400);
    assertThat(unreadable.json().get("detail").asString()).contains("line 4");
    assertThat(personsNamed(marker + "z")).as("a refused list writes nothing").isZero();
  }
}

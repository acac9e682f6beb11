package org.mekong.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyKind;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * Manifests from Myanmar's police to Thai Immigration with partial acceptance and handovers, list
 * imports with proposed duplicates and judgements, and suppressed statistics, through a real node.
 */
class ManifestAndImportTest {

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

  private static String identifiedPerson(String name) {
    String person = CaseworkFixtures.person(node, "mm-police", name);
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
    Http.Response identified =
        post(
            "mm-police",
            "/api/v1/casework/cases/" + opened.json().get("id").asString() + "/events",
            CaseworkFixtures.event("identified", ""));
    assertThat(identified.status()).as(identified.body()).isEqualTo(201);
    return person;
  }

  private static String decision(String person, String status, String reason) {
    return "{\"person\": \""
        + person
        + "\", \"status\": \""
        + status
        + "\""
        + (reason.isEmpty() ? "" : ", \"reason\": \"" + reason + "\"")
        + "}";
  }

  @Test
  void aManifestIsAcceptedInPartHandedOverOnceAndVisibleToBothSides() {
    List<String> people = new ArrayList<>();
    for (String name : List.of("张伟", "刘洋", "陈静")) {
      people.add(identifiedPerson(name));
    }
    String manifest =
        "{\"receiving\": \"th-immigration\", \"transport\": {\"mode\": \"on-foot\"},"
            + " \"date\": \"2025-10-23\", \"place\": \"Second Friendship Bridge\","
            + " \"actingPerson\": \"Pol. Maj. Aung\", \"persons\": [\""
            + String.join("\", \"", people)
            + "\"]}";
    CaseworkFixtures.agency(node, "th-mae-sot-immigration", "TH", AgencyKind.IMMIGRATION);
    Http.Response unagreed =
        post(
            "mm-police",
            "/api/v1/casework/manifests",
            manifest.replace("\"th-immigration\"", "\"th-mae-sot-immigration\""));
    assertThat(unagreed.status()).as(unagreed.body()).isEqualTo(409);
    assertThat(unagreed.json().get("detail").asString())
        .contains("'receiving'", "sharing agreement");
    Http.Response agreement =
        http.post(
            "/api/v1/admin/agreements",
            node.adminKey(),
            "{\"from\": \"mm-police\", \"to\": \"th-immigration\", \"categories\": [\"fraud\"]}");
    assertThat(agreement.status()).as(agreement.body()).isEqualTo(201);
    Http.Response created = post("mm-police", "/api/v1/casework/manifests", manifest);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String decisions =
        "/api/v1/casework/manifests/" + created.json().get("id").asString() + "/decisions";

    Http.Response bySender =
        post(
            "mm-police",
            decisions,
            "{\"actingPerson\": \"A\", \"items\": ["
                + decision(people.get(0), "accepted", "")
                + "]}");
    assertThat(bySender.status()).as(bySender.body()).isEqualTo(403);
    Http.Response noReason =
        post(
            "th-immigration",
            decisions,
            "{\"actingPerson\": \"Nok\", \"items\": ["
                + decision(people.get(2), "refused", "")
                + "]}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("detail").asString()).contains("items[0].reason");
    Http.Response partial =
        post(
            "th-immigration",
            decisions,
            "{\"actingPerson\": \"Nok\", \"items\": ["
                + decision(people.get(0), "accepted", "")
                + ", "
                + decision(people.get(1), "accepted", "")
                + ", "
                + decision(people.get(2), "refused", "identity mismatch")
                + "]}");
    assertThat(partial.status()).as(partial.body()).isEqualTo(200);
    assertThat(partial.json().get("progress").get("accepted").asInt()).isEqualTo(2);
    assertThat(partial.json().get("progress").get("refused").asInt()).isEqualTo(1);

    Http.Response halfBad =
        post(
            "mm-police",
            decisions,
            "{\"actingPerson\": \"Aung\", \"items\": ["
                + decision(people.get(0), "handed-over", "")
                + ", "
                + decision(people.get(2), "handed-over", "")
                + "]}");
    assertThat(halfBad.status()).as(halfBad.body()).isEqualTo(409);
    assertThat(halfBad.json().get("detail").asString()).contains("items[1].status");
    Http.Response handed =
        post(
            "mm-police",
            decisions,
            "{\"actingPerson\": \"Aung\", \"items\": ["
                + decision(people.get(0), "handed-over", "")
                + ", "
                + decision(people.get(1), "handed-over", "")
                + "]}");
    assertThat(handed.status()).as(handed.body()).isEqualTo(200);
    Http.Response twice =
        post(
            "mm-police",
            decisions,
            "{\"actingPerson\": \"Aung\", \"items\": ["
                + decision(people.get(0), "handed-over", "")
                + "]}");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("detail").asString()).contains("already handed over");

    Http.Response seenByReceiver =
        http.get(
            "/api/v1/casework/manifests/" + created.json().get("id").asString(),
            node.keyOf("th-immigration"));
    assertThat(seenByReceiver.status()).isEqualTo(200);
    assertThat(seenByReceiver.json().get("progress").get("handed-over").asInt()).isEqualTo(2);
    JsonNode first = seenByReceiver.json().get("entries").get(0);
    assertThat(first.get("status").asString()).isEqualTo("handed-over");
    assertThat(first.get("details").has("names"))
        .as("no consent recorded: nothing personal")
        .isFalse();
    Http.Response byOther =
        http.get(
            "/api/v1/casework/manifests/" + created.json().get("id").asString(),
            node.keyOf("th-ccib"));
    assertThat(byOther.status()).isEqualTo(404);
  }

  @Test
  void aListIsImportedRowByRowWithDuplicatesProposedAndJudgedNeverMerged() {
    String known = CaseworkFixtures.person(node, "th-immigration", "Nguyễn Thị Lan");
    Http.Response knownRead =
        http.get("/api/v1/casework/persons/" + known, node.keyOf("th-immigration"));
    String passport =
        knownRead.json().get("person").get("documents").get(0).get("number").asString();
    StringBuilder csv =
        new StringBuilder("names,birth_date,sex,nationalities,document_number,document_state\n");
    csv.append("Wang Xiaohong,1998,female,CHN,").append(passport).append(",CHN\n");
    csv.append("Kyaw Zin,1990-02-30,male,MMR,,\n");
    csv.append("Someone,1990,male,ZZZ,,\n");
    for (int i = 0; i < 12; i++) {
      csv.append("Souksavanh Phommachanh ").append((char) ('a' + i)).append(",1995,male,LAO,,\n");
    }
    csv.append("Tashi Dorji,1990,male,BTN,,\n");
    Http.Response imported =
        http.send(
            http.request("/api/v1/casework/imports", node.keyOf("th-immigration"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                .build());
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    assertThat(imported.json().get("stored").asInt()).isEqualTo(14);
    assertThat(imported.json().get("refused")).hasSize(2);
    assertThat(imported.json().get("refused").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(imported.json().get("refused").get(0).get("field").asString())
        .isEqualTo("birth_date");
    assertThat(imported.json().get("refused").get(1).get("line").asInt()).isEqualTo(4);
    JsonNode proposal = find(imported.json().get("proposals"), "candidate", known);
    assertThat(proposal.get("line").asInt()).isEqualTo(2);
    String judge = "/api/v1/casework/matches/" + proposal.get("id").asString();
    Http.Response same =
        post("th-immigration", judge, "{\"judgement\": \"same\", \"judgedBy\": \"Officer Nok\"}");
    assertThat(same.status()).as(same.body()).isEqualTo(200);
    assertThat(same.json().get("judgement").asString()).isEqualTo("same");
    Http.Response change =
        post(
            "th-immigration",
            judge,
            "{\"judgement\": \"different\", \"judgedBy\": \"Officer Nok\"}");
    assertThat(change.status()).isEqualTo(409);
    assertThat(
            http.get(
                    "/api/v1/casework/persons/" + proposal.get("person").asString(),
                    node.keyOf("th-immigration"))
                .status())
        .as("the imported person stays its own record")
        .isEqualTo(200);

    Http.Response stats = http.get("/api/v1/casework/statistics", node.keyOf("th-ccib"));
    assertThat(stats.status()).isEqualTo(200);
    JsonNode lao = find(stats.json().get("dimensions").get("nationality"), "value", "LAO");
    JsonNode btn = find(stats.json().get("dimensions").get("nationality"), "value", "BTN");
    assertThat(lao.get("count").asInt()).isGreaterThanOrEqualTo(12);
    assertThat(btn.get("suppressed").asBoolean()).isTrue();
    assertThat(btn.has("count")).isFalse();
    Http.Response csvStats =
        http.get("/api/v1/casework/statistics?format=csv", node.keyOf("th-ccib"));
    assertThat(csvStats.contentType()).startsWith("text/csv");
    assertThat(csvStats.body())
        .startsWith("dimension,value,count\r\n")
        .contains("nationality,BTN,<11\r\n");
    Http.Response badHeader =
        http.send(
            http.request("/api/v1/casework/imports", node.keyOf("th-immigration"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("name,dob\nx,1990\n"))
                .build());
    assertThat(badHeader.status()).isEqualTo(400);
    assertThat(badHeader.json().get("detail").asString()).contains("unknown column 'name'");
  }

  private static JsonNode find(JsonNode items, String property, String value) {
    for (JsonNode item : items) {
      if (item.get(property).asString().equals(value)) {
        return item;
      }
    }
    throw new AssertionError("no item with " + property + " " + value + " in " + items);
  }
}

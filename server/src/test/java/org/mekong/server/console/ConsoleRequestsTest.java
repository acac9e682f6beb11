package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * The console's requests on a real node: the recipient's list with status, urgency and the time
 * left, one request with the recipient's steps through the API's service, the sender's read-only
 * view, other agencies kept out, and typed text escaped.
 */
class ConsoleRequestsTest {

  private static final String PASSWORD = "a requests desk passphrase";
  private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

  private static SeededNode seeded;

  @BeforeAll
  static void start() {
    seeded = TestNodes.shared();
    ConsoleAccounts accounts = seeded.node().bean(ConsoleAccounts.class);
    accounts.put(
        new AgencyId("th-chaophraya-mobile"), "test.desk", PASSWORD, Role.SCREENING_OPERATOR);
    accounts.put(new AgencyId("th-ccib"), "test.desk-sender", PASSWORD, Role.ANALYST);
    accounts.put(new AgencyId("th-amlo"), "test.desk-other", PASSWORD, Role.ANALYST);
  }

  private static ConsoleClient person(String username) {
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    assertThat(console.login(username, PASSWORD, null).location()).doesNotContain("error");
    assertThat(console.get("/console/requests").status()).isEqualTo(200);
    return console;
  }

  private static String send(String subject) {
    Http.Response created =
        seeded
            .http()
            .post(
                "/api/v1/requests",
                seeded.keyOf("th-ccib"),
                """
                {"recipient": "th-chaophraya-mobile", "kind": "suspension", "urgency": "urgent",
                 "subject": %s, "payload": {"numbers": [{"value": "+66812345679"}]}}
                """
                    .formatted(
                        tools.jackson.databind.json.JsonMapper.builder()
                            .build()
                            .writeValueAsString(subject)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  @Test
  void theRecipientSeesTheTimeLeftAcknowledgesAndAnswers() {
    String id = send("Suspend the SIM of a scam caller");
    ConsoleClient desk = person("test.desk");
    assertThat(desk.get("/").body()).contains("href=\"/console/requests\"");
    String list = desk.get("/console/requests?box=received").body();
    assertThat(list)
        .contains("Suspend the SIM of a scam caller")
        .contains("from th-ccib")
        .contains("urgent")
        .containsPattern("\\d+ h \\d+ min left|\\d+ d \\d+ h left");
    String path = "/console/requests/" + id;
    assertThat(desk.get(path).body()).contains("id=\"acknowledge\"").contains("sent");

    assertThat(desk.post(path + "/acknowledge", Map.of("note", "On it")).location()).endsWith(path);
    assertThat(desk.get(path).body()).contains("acknowledged").doesNotContain("id=\"acknowledge\"");
    assertThat(desk.post(path + "/refuse", Map.of("reason", " ")).location()).contains("?problem=");
    assertThat(desk.post(path + "/answer", Map.of("text", "Suspended at 10:02")).location())
        .endsWith(path);
    String answered = desk.get(path).body();
    assertThat(answered).contains("answered").contains("closed").doesNotContain("id=\"answer\"");
    assertThat(desk.post(path + "/refuse", Map.of("reason", "too late")).location())
        .as("a final request takes no further step")
        .contains("?problem=");
    assertThat(desk.get("/console/requests?lang=th").body()).contains("ปิดแล้ว");
  }

  @Test
  void theSenderReadsButDoesNotActAndOtherAgenciesDoNotSeeIt() {
    String id = send("Suspend another SIM");
    ConsoleClient sender = person("test.desk-sender");
    assertThat(sender.get("/console/requests?box=sent").body())
        .contains("Suspend another SIM")
        .contains("to th-chaophraya-mobile");
    String page = sender.get("/console/requests/" + id).body();
    assertThat(page).contains("Suspend another SIM").doesNotContain("id=\"answer\"");
    assertThat(sender.post("/console/requests/" + id + "/answer", Map.of("text", "x")).location())
        .contains("?problem=");

    ConsoleClient other = person("test.desk-other");
    assertThat(other.get("/console/requests").body()).doesNotContain("Suspend another SIM");
    assertThat(other.get("/console/requests/" + id).status()).isEqualTo(404);
  }

  @Test
  void typedTextRendersEscaped() {
    String id = send("Subject " + HOSTILE);
    ConsoleClient desk = person("test.desk");
    String path = "/console/requests/" + id;
    desk.post(path + "/refuse", Map.of("reason", HOSTILE));
    for (String body :
        new String[] {
          desk.get("/console/requests").body(),
          desk.get(path).body(),
          desk.get(path + "?problem=%3Cscript%3Ealert(3)%3C/script%3E").body()
        }) {
      assertThat(body)
          .doesNotContain("<script>alert")
          .doesNotContain("<img src=x")
          .contains("&lt;script&gt;alert");
    }
  }

  @Test
  void anAnalystSendsARequestWhosePageCountsDownAndOtherRolesMayNot() {
    ConsoleClient sender = person("test.desk-sender");
    assertThat(sender.get("/console/requests").body()).contains("id=\"new-request\"");
    assertThat(sender.get("/console/requests/new").body()).contains("th-chaophraya-mobile");
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("recipient", "th-chaophraya-mobile");
    form.put("kind", "suspension");
    form.put("urgency", "urgent");
    form.put("subject", "Suspend a number sent from the console");
    form.put("items", "not a number at all");
    ConsoleClient.Page bad = sender.post("/console/requests", form);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body())
        .contains("id=\"items-error\"")
        .contains("Suspend a number sent from the console");
    form.put("items", "+66 81 234 5670\n+66812345671");
    String location = sender.post("/console/requests", form).location();
    assertThat(location).matches(".*/console/requests/[0-9a-f-]{36}");
    String page = sender.get(location.substring(location.indexOf("/console/"))).body();
    assertThat(page)
        .contains("Suspend a number sent from the console")
        .containsPattern("id=\"request-countdown\"[^>]*>\\d+ h \\d+ min left");
    assertThat(person("test.desk").get("/console/requests?box=received").body())
        .contains("Suspend a number sent from the console");

    assertThat(person("test.desk").get("/console/requests/new").status())
        .as("a screening client's operator sends no request")
        .isEqualTo(403);
  }

  @Test
  void theOperatorAnswersInPartThenConfirmsWhatItExecutedItemByItem() {
    Http.Response created =
        seeded
            .http()
            .post(
                "/api/v1/requests",
                seeded.keyOf("th-ccib"),
                """
                {"recipient": "th-chaophraya-mobile", "kind": "cut-service", "urgency": "high",
                 "subject": "Cut service to the compound",
                 "payload": {"area": "KK Park compound, Myawaddy", "services": ["mobile"],
                             "cellSites": ["520-04-1201-300451", "520-04-1201-300452"],
                             "ipRanges": ["103.77.48.0/22"],
                             "satelliteTerminals": ["starlink:kit304125478"]}}
                """);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String path = "/console/requests/" + created.json().get("id").asString();
    ConsoleClient desk = person("test.desk");
    assertThat(desk.get(path).body())
        .contains("id=\"confirm-execution\"")
        .contains("cell-site:520-04-1201-300451")
        .contains("satellite-terminal:");

    assertThat(
            desk.post(path + "/partial-answer", Map.of("text", "One cell site is off")).location())
        .endsWith(path);
    assertThat(desk.get(path).body()).contains("partly answered").contains("id=\"answer\"");
    assertThat(
            desk.post(path + "/execution", Map.of("executed", "cell-site:999-99-1-1")).location())
        .as("an item the request does not ask for")
        .contains("?problem=");

    assertThat(
            desk.post(
                    path + "/execution",
                    Map.of("executed", "cell-site:520-04-1201-300451", "note", "Cut at 11:40"))
                .location())
        .endsWith(path);
    JsonNode request =
        seeded
            .http()
            .get("/api/v1" + path.substring("/console".length()), seeded.keyOf("th-ccib"))
            .json();
    assertThat(request.get("status").asString()).isEqualTo("executed-confirmed");
    JsonNode execution = request.get("steps").get(request.get("steps").size() - 1).get("body");
    assertThat(execution.get("executed").toString())
        .isEqualTo("[\"cell-site:520-04-1201-300451\"]");
    assertThat(execution.get("notExecuted")).hasSize(3);
    assertThat(execution.get("note").asString()).isEqualTo("Cut at 11:40");

    String suspension = send("Suspend a SIM, answered by an analyst");
    ConsoleClient police = person("test.desk-sender");
    assertThat(
            police
                .post("/console/requests/" + suspension + "/execution", Map.of("executed", "x"))
                .status())
        .as("only a screening client confirms an execution")
        .isEqualTo(403);
  }
}

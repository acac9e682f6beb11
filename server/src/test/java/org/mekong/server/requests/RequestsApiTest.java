package org.mekong.server.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.MekongNode;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.config.NodeConfigLoader;
import org.mekong.server.console.ConsoleAccounts;
import org.mekong.server.demo.Credentials;
import org.mekong.server.demo.DemoSeeder;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The requests API through a real node whose clock the tests move: deadlines, reminders, overdue
 * requests and escalations, visibility and bad input.
 */
class RequestsApiTest {

  private static Path dataDir;
  private static MekongNode node;
  private static Credentials credentials;
  private static Http http;
  private static MovableClock clock;
  private static DeadlineWatch watch;

  @BeforeAll
  static void start() {
    dataDir = TestNodes.newDataDir();
    Map<String, String> settings = new HashMap<>();
    settings.put("port", "0");
    settings.put("data-dir", dataDir.toString());
    settings.put("requests.check-interval", "PT1S");
    node =
        MekongNode.start(
            NodeConfigLoader.load(null, Map.of(), settings),
            Map.of("spring.main.sources", MovableClockSource.class.getName()));
    credentials =
        new DemoSeeder(node.bean(AgencyDirectory.class), node.bean(ConsoleAccounts.class))
            .seed(dataDir, node.baseUrl());
    http = new Http(node.baseUrl());
    clock = node.bean(MovableClock.class);
    watch = node.bean(DeadlineWatch.class);
  }

  @AfterAll
  static void stop() {
    node.close();
    TestNodes.deleteRecursively(dataDir);
  }

  @Test
  void anUrgentFreezeToTheBankGoesOverdueAndEscalatesExactlyOnce() {
    watch.check();
    Http.Response created =
        http.post(
            "/api/v1/requests",
            key("th-amlo"),
            """
            {"recipient": "th-mekhala-bank", "kind": "freeze", "urgency": "urgent",
             "subject": "Stop payments on two mule accounts",
             "legalBasis": "Anti-Money Laundering Act B.E. 2542, section 48",
             "payload": {"accounts": [{"type": "bank-account", "value": "TH:KASITHBK:1234567890"},
                                      {"value": "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"}]}}
            """);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode request = created.json();
    String id = request.get("id").asString();
    Instant sent = Instant.parse(request.get("sentAt").asString());
    assertThat(Instant.parse(request.get("deadline").asString()))
        .isEqualTo(sent.plus(Duration.ofHours(8)));
    assertThat(Instant.parse(request.get("reminderAt").asString()))
        .isEqualTo(sent.plus(Duration.ofHours(6)));
    assertThat(request.get("status").asString()).isEqualTo("sent");
    assertThat(request.get("payload").get("accounts").get(1).get("canonical").asString())
        .startsWith("tron:");

    JsonNode received = http.get("/api/v1/requests?box=received", key("th-mekhala-bank")).json();
    assertThat(ids(received)).contains(id);

    clock.move(Duration.ofHours(6));
    watch.check();
    assertThat(events(id)).containsExactly("reminder");
    assertThat(get(id, "th-amlo").get("status").asString()).isEqualTo("sent");

    clock.move(Duration.ofHours(2));
    JsonNode overdue = get(id, "th-amlo");
    assertThat(overdue.get("status").asString()).isEqualTo("overdue");
    assertThat(overdue.get("recordedStatus").asString()).isEqualTo("sent");
    watch.check();
    assertThat(watch.check()).isZero();
    assertThat(events(id)).containsExactly("reminder", "overdue", "escalation");
    JsonNode escalation = get(id, "th-mekhala-bank").get("events").get(2);
    assertThat(escalation.get("notified").toString())
        .isEqualTo("[\"supervisor:th-amlo\",\"supervisor:th-mekhala-bank\"]");
    assertThat(ids(http.get("/api/v1/requests?box=sent&status=overdue", key("th-amlo")).json()))
        .contains(id);
    assertThat(ids(http.get("/api/v1/requests?box=sent&status=sent", key("th-amlo")).json()))
        .doesNotContain(id);
    assertThat(watchEntries(id))
        .containsExactly("request reminder", "request overdue", "request escalation");

    // a crash between an event's commit and its audit entry: the next check appends the entry
    node.bean(JdbcClient.class)
        .sql(
            "UPDATE agency_request_event SET audited = false WHERE request_id = ?::uuid AND event = 'escalation'")
        .param(id)
        .update();
    assertThat(watch.check()).isZero();
    assertThat(watchEntries(id)).hasSize(4).endsWith("request escalation");

    Http.Response executed =
        http.post(
            "/api/v1/requests/" + id + "/execution",
            key("th-mekhala-bank"),
            """
            {"executed": [{"type": "bank-account", "value": "TH:KASITHBK:1234567890"}],
             "notExecuted": [{"value": "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"}],
             "note": "the wallet is not ours"}
            """);
    assertThat(executed.status()).as(executed.body()).isEqualTo(200);
    assertThat(executed.json().get("status").asString()).isEqualTo("executed-confirmed");
    assertThat(executed.json().get("overdue").asBoolean()).isFalse();
    assertThat(
            http.post(
                    "/api/v1/requests/" + id + "/execution",
                    key("th-mekhala-bank"),
                    """
                {"executed": [{"type": "bank-account", "value": "TH:KASITHBK:1234567890"}]}
                """)
                .status())
        .isEqualTo(409);
  }

  @Test
  void theScheduledCheckRecordsWhatFellDueWithoutBeingCalled() throws InterruptedException {
    Http.Response created =
        http.post(
            "/api/v1/requests",
            key("th-ccib"),
            """
            {"recipient": "th-chaophraya-mobile", "kind": "suspension", "subject": "Suspend SIMs",
             "payload": {"numbers": [{"value": "+66812345679"}]}}
            """);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    clock.move(Duration.ofDays(7));
    long patience = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (events(id, "th-ccib").size() < 3 && System.nanoTime() < patience) {
      Thread.sleep(100);
    }
    assertThat(events(id, "th-ccib")).containsExactly("reminder", "overdue", "escalation");
  }

  @Test
  void aCutServiceRequestListsTheCellSitesIpRangesAndTerminalsOfACompound() {
    Http.Response created =
        http.post(
            "/api/v1/requests",
            key("th-ccib"),
            """
            {"recipient": "th-chaophraya-mobile", "kind": "cut-service", "urgency": "high",
             "subject": "Cut service to KK Park",
             "payload": {"area": "KK Park compound, Myawaddy (16.6486 N, 98.5085 E)",
                         "services": ["internet", "mobile"],
                         "cellSites": ["520-04-1201-300451", "520-04-1201-300452"],
                         "ipRanges": ["103.77.48.0/22", "2001:DB8::/32"],
                         "satelliteTerminals": ["starlink:kit304125478"]}}
            """);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode payload = created.json().get("payload");
    assertThat(payload.get("cellSites").toString())
        .isEqualTo("[\"520-04-1201-300451\",\"520-04-1201-300452\"]");
    assertThat(payload.get("ipRanges").get(0).get("canonical").asString())
        .isEqualTo("103.77.48.0/22");
    assertThat(payload.get("ipRanges").get(1).get("canonical").asString())
        .isEqualTo("2001:db8::/32");
    assertThat(payload.get("satelliteTerminals").get(0).asString())
        .isEqualTo("starlink:KIT304125478");
    assertThat(payload.get("services").toString()).isEqualTo("[\"internet\",\"mobile\"]");
    String id = created.json().get("id").asString();
    Instant sent = Instant.parse(created.json().get("sentAt").asString());
    assertThat(Instant.parse(created.json().get("deadline").asString()))
        .isEqualTo(sent.plus(Duration.ofDays(3)));

    Http.Response stray =
        http.post(
            "/api/v1/requests/" + id + "/execution",
            key("th-chaophraya-mobile"),
            """
            {"executed": [{"type": "cell-site", "value": "520-04-1201-999999"}]}
            """);
    assertThat(stray.status()).isEqualTo(400);
    assertThat(stray.body()).contains("'executed[0]'").contains("does not ask for");

    Http.Response done =
        http.post(
            "/api/v1/requests/" + id + "/execution",
            key("th-chaophraya-mobile"),
            """
            {"executed": [{"type": "cell-site", "value": "520-04-1201-300451"},
                          {"type": "ip", "value": "103.77.48.0/22"}],
             "notExecuted": [{"type": "satellite-terminal", "value": "starlink:KIT304125478"}]}
            """);
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    JsonNode step = done.json().get("steps").get(0);
    assertThat(step.get("action").asString()).isEqualTo("confirm-execution");
    assertThat(step.get("body").get("executed").toString())
        .isEqualTo("[\"cell-site:520-04-1201-300451\",\"ip:103.77.48.0/22\"]");
  }

  @Test
  void onlyTheSenderTheRecipientAndTheAdminSeeARequestAndOnlyTheRecipientMovesIt() {
    String id =
        http.post(
                "/api/v1/requests",
                key("th-ccib"),
                """
                {"recipient": "th-immigration", "kind": "information",
                 "subject": "Entries of a recruiter", "details": "Since January",
                 "payload": {"question": "When did this person last enter?",
                             "selectors": [{"value": "+66812345678"}]}}
                """)
            .json()
            .get("id")
            .asString();
    assertThat(http.get("/api/v1/requests/" + id, key("cn-mps-afc")).status()).isEqualTo(404);
    assertThat(ids(http.get("/api/v1/requests", key("cn-mps-afc")).json())).doesNotContain(id);
    assertThat(
            http.post("/api/v1/requests/" + id + "/acknowledge", key("cn-mps-afc"), "{}").status())
        .isEqualTo(404);
    assertThat(http.get("/api/v1/requests/" + id, credentials.adminApiKey()).status())
        .isEqualTo(200);
    assertThat(ids(http.get("/api/v1/requests", credentials.adminApiKey()).json())).contains(id);
    Http.Response bySender =
        http.post("/api/v1/requests/" + id + "/acknowledge", key("th-ccib"), "{}");
    assertThat(bySender.status()).isEqualTo(403);

    Http.Response ack =
        http.post(
            "/api/v1/requests/" + id + "/acknowledge",
            key("th-immigration"),
            "{\"note\": \"on it\"}");
    assertThat(ack.json().get("status").asString()).isEqualTo("acknowledged");
    Http.Response again =
        http.post("/api/v1/requests/" + id + "/acknowledge", key("th-immigration"), "{}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("acknowledged already");

    Http.Response part =
        http.post(
            "/api/v1/requests/" + id + "/partial-answer",
            key("th-immigration"),
            """
            {"text": "One entry so far", "people": [{"name": "SOMCHAI JAIDEE",
             "birthDate": "1990-05-01", "nationality": "TH", "documentNumber": "AA1234567"}]}
            """);
    assertThat(part.json().get("status").asString()).isEqualTo("partly-answered");
    Http.Response answer =
        http.post(
            "/api/v1/requests/" + id + "/answer",
            key("th-immigration"),
            """
            {"text": "Entered at Mae Sot on 2026-02-11",
             "documents": [{"title": "Entry record", "url": "https://files.example/th/entry-123"}],
             "indicators": ["indicator--6ba7b810-9dad-11d1-80b4-00c04fd430c8"],
             "selectors": [{"type": "phone", "value": "081 234 5678", "region": "TH"}]}
            """);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("status").asString()).isEqualTo("answered");
    assertThat(answer.json().get("steps")).hasSize(3);
    assertThat(
            answer
                .json()
                .get("steps")
                .get(2)
                .get("body")
                .get("selectors")
                .get(0)
                .get("canonical")
                .asString())
        .isEqualTo("+66812345678");
    Http.Response late =
        http.post(
            "/api/v1/requests/" + id + "/refuse", key("th-immigration"), "{\"reason\": \"no\"}");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("answered already");
    assertThat(http.post("/api/v1/requests/" + id + "/execution", key("th-ccib"), "{}").status())
        .isEqualTo(403);
  }

  @Test
  void aRequestReceivedFromAPartnerShowsItsDeadlineButItsSendersNodeKeepsTheClock() {
    Http.Response created =
        http.post(
            "/api/v1/requests",
            key("th-amlo"),
            """
            {"recipient": "th-mekhala-bank", "kind": "freeze", "urgency": "urgent",
             "subject": "Received from a partner",
             "payload": {"accounts": [{"value": "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"}]}}
            """);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    // as RequestReception stores one: the sender's node and the partner it came from
    node.bean(JdbcClient.class)
        .sql(
            "UPDATE agency_request SET origin_node = 'xx', received_from = 'xx' WHERE id = ?::uuid")
        .param(id)
        .update();
    clock.move(Duration.ofHours(9));
    watch.check();
    JsonNode received = get(id, "th-mekhala-bank");
    assertThat(received.get("status").asString()).isEqualTo("overdue");
    assertThat(received.get("deadline").asString())
        .isEqualTo(created.json().get("deadline").asString());
    assertThat(events(id)).isEmpty();
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    List<String[]> cases = new ArrayList<>();
    cases.add(
        new String[] {
          """
        {"recipient": "xx-nobody", "kind": "information", "subject": "s",
         "payload": {"question": "q"}}""",
          "'recipient' names no agency this node knows: 'xx-nobody'"
        });
    cases.add(
        new String[] {
          """
        {"recipient": "th-mekhala-bank", "kind": "freeze", "subject": "s",
         "payload": {"accounts": [{"value": "+66812345678"}]}}""",
          "'payload.accounts[0]' is a phone"
        });
    cases.add(
        new String[] {
          """
        {"recipient": "th-mekhala-bank", "kind": "freeze", "subject": "s",
         "payload": {"accounts": [{"type": "bank-account", "value": "TH:KASITHBK:1"}],
                     "cellSites": ["520-04-1-1"]}}""",
          "'payload.cellSites' does not belong to a freeze request"
        });
    cases.add(
        new String[] {
          """
        {"recipient": "th-chaophraya-mobile", "kind": "cut-service", "subject": "s",
         "payload": {"area": "KK Park", "services": ["power"], "cellSites": ["KK-1"]}}""",
          "'payload.cellSites[0]' is not a cell global identity"
        });
    cases.add(
        new String[] {
          """
        {"recipient": "th-chaophraya-mobile", "kind": "cut-service", "subject": "s",
         "payload": {"area": "KK Park", "services": ["power"]}}""",
          "'payload.cellSites' or ipRanges or satelliteTerminals"
        });
    cases.add(
        new String[] {
          """
        {"recipient": "th-immigration", "kind": "information", "subject": "s", "urgency": "asap",
         "payload": {"question": "q"}}""",
          "'urgency' must be urgent, high or normal"
        });
    cases.add(
        new String[] {
          """
        {"recipient": "th-immigration", "kind": "rescue", "subject": "s", "payload": {}}""",
          "'kind' is not a request kind"
        });
    cases.add(
        new String[] {
          """
        {"recipient": "th-immigration", "kind": "information", "payload": {"question": "q"}}""",
          "'subject' is required"
        });
    cases.add(
        new String[] {
          """
        {"recipient": "th-immigration", "kind": "information", "subject": "s",
         "payload": {"question": "q"}, "deadline": "tomorrow"}""",
          "deadline"
        });
    cases.add(
        new String[] {
          """
        {"recipient": "th-ccib", "kind": "information", "subject": "s", "payload": {"question": "q"}}""",
          "'recipient' is the sender itself"
        });
    cases.add(
        new String[] {
          """
        {"recipient": "th-mekhala-bank", "kind": "handover", "subject": "s",
         "payload": {"person": {"name": "X"}, "place": "Mae Sot"}}""",
          "a handover goes to an authority"
        });
    cases.add(
        new String[] {
          """
        {"recipient": "th-immigration", "kind": "handover", "subject": "s",
         "payload": {"person": {"name": "X", "birthDate": "1990-13-01"}, "place": "Mae Sot"}}""",
          "'payload.person.birthDate' is not a date"
        });
    for (String[] c : cases) {
      Http.Response response = http.post("/api/v1/requests", key("th-ccib"), c[0]);
      assertThat(response.status()).as(c[0] + " → " + response.body()).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.body()).as(c[0]).contains(c[1]);
    }
    String body =
        "{\"recipient\": \"th-immigration\", \"kind\": \"information\", \"subject\": \"s\", \"payload\": {\"question\": \"q\"}}";
    assertThat(http.post("/api/v1/requests", key("th-mekhala-bank"), body).status()).isEqualTo(403);
    String id = http.post("/api/v1/requests", key("th-ccib"), body).json().get("id").asString();
    Http.Response noReason =
        http.post("/api/v1/requests/" + id + "/refuse", key("th-immigration"), "{}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("'reason' is required");
    Http.Response badIndicator =
        http.post(
            "/api/v1/requests/" + id + "/answer",
            key("th-immigration"),
            "{\"indicators\": [\"x\"]}");
    assertThat(badIndicator.body()).contains("'indicators[0]'");
    Http.Response info =
        http.post(
            "/api/v1/requests/" + id + "/execution",
            key("th-mekhala-bank"),
            "{\"executed\": [{\"value\": \"+66812345678\"}]}");
    assertThat(info.status()).isEqualTo(404);
    assertThat(http.get("/api/v1/requests/not-a-uuid", key("th-ccib")).body()).contains("'id'");
    assertThat(http.get("/api/v1/requests?box=inbox", key("th-ccib")).body()).contains("'box'");
    assertThat(http.get("/api/v1/requests?dueBefore=soon", key("th-ccib")).body())
        .contains("dueBefore");
    assertThat(http.get("/v3/api-docs", null).body()).contains("/api/v1/requests/{id}/execution");
  }

  private static JsonNode get(String id, String agency) {
    Http.Response response = http.get("/api/v1/requests/" + id, key(agency));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<String> events(String id) {
    return events(id, "th-amlo");
  }

  private static List<String> events(String id, String agency) {
    List<String> events = new ArrayList<>();
    get(id, agency).get("events").forEach(e -> events.add(e.get("event").asString()));
    return events;
  }

  private static List<String> watchEntries(String id) {
    JsonNode page =
        http.get("/api/v1/admin/audit?object=" + id + "&limit=100", credentials.adminApiKey())
            .json();
    List<String> actions = new ArrayList<>();
    page.get("items")
        .forEach(
            e -> {
              if (e.get("actor").asString().equals(DeadlineWatch.ACTOR)) {
                actions.add(e.get("action").asString());
              }
            });
    java.util.Collections.reverse(actions);
    return actions;
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.get("items").forEach(item -> ids.add(item.get("id").asString()));
    return ids;
  }

  private static String key(String agency) {
    return credentials.agencies().stream()
        .filter(entry -> entry.id().equals(agency))
        .findFirst()
        .orElseThrow()
        .apiKey();
  }
}

package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

/**
 * The console's handover manifests on a real node: both sides see the same progress, the receiver
 * accepts or refuses each person (a refusal needs its reason, shown beside the person), the sender
 * hands over, and neither side may take the other's step; other agencies do not see the manifest.
 */
class ConsoleManifestsTest {

  private static final String PASSWORD = "a manifest desk passphrase";

  private static SeededNode seeded;

  @BeforeAll
  static void start() {
    seeded = TestNodes.shared();
    ConsoleAccounts accounts = seeded.node().bean(ConsoleAccounts.class);
    accounts.put(new AgencyId("mm-police"), "test.manifest-sender", PASSWORD, Role.ANALYST);
    accounts.put(
        new AgencyId("th-immigration"), "test.manifest-receiver", PASSWORD, Role.BORDER_OFFICER);
    accounts.put(new AgencyId("th-ccib"), "test.manifest-outsider", PASSWORD, Role.ANALYST);
    Http.Response agreement =
        seeded
            .http()
            .post(
                "/api/v1/admin/agreements",
                seeded.adminKey(),
                "{\"from\": \"mm-police\", \"to\": \"th-immigration\", \"categories\": [\"fraud\"]}");
    assertThat(agreement.status()).as(agreement.body()).isIn(200, 201, 409);
  }

  private static ConsoleClient person(String username) {
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    assertThat(console.login(username, PASSWORD, null).location()).doesNotContain("error");
    assertThat(console.get("/").status()).isEqualTo(200);
    return console;
  }

  /** A manifest from mm-police to th-immigration of two identified people; its id. */
  private static String manifest(String first, String second) {
    List<String> people = List.of(identified(first), identified(second));
    Http.Response created =
        seeded
            .http()
            .post(
                "/api/v1/casework/manifests",
                seeded.keyOf("mm-police"),
                """
                {"receiving": "th-immigration", "transport": {"mode": "on-foot"},
                 "date": "2025-10-23", "place": "Second Friendship Bridge",
                 "actingPerson": "Pol. Maj. Aung", "persons": ["%s", "%s"]}
                """
                    .formatted(people.get(0), people.get(1)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private static String identified(String name) {
    String caseId = ConsoleCasesTest.rescued("mm-police", name);
    Http.Response identified =
        seeded
            .http()
            .post(
                "/api/v1/casework/cases/" + caseId + "/events",
                seeded.keyOf("mm-police"),
                """
                {"type": "identified", "actingPerson": "Pol. Maj. Aung",
                 "at": "2025-10-22T01:00:00Z", "place": "Myawaddy"}
                """);
    assertThat(identified.status()).as(identified.body()).isEqualTo(201);
    String person = identified.json().get("person").asString();
    Http.Response consent =
        seeded
            .http()
            .post(
                "/api/v1/casework/persons/" + person + "/consent",
                seeded.keyOf("mm-police"),
                "{\"kind\": \"given\", \"recordedBy\": \"Pol. Maj. Aung\"}");
    assertThat(consent.status()).as(consent.body()).isEqualTo(201);
    return person;
  }

  @Test
  void bothSidesFollowTheProgressAndTakeOnlyTheirOwnSteps() {
    String id = manifest("Zhao Lei", "Sun Li");
    String path = "/console/manifests/" + id;

    ConsoleClient receiver = person("test.manifest-receiver");
    assertThat(receiver.get("/").body()).containsPattern("id=\"manifests-waiting\">[1-9]");
    assertThat(receiver.get("/console/manifests").body())
        .contains(id)
        .contains("2 pending, 0 accepted, 0 refused, 0 handed over");
    String page = receiver.get(path).body();
    assertThat(page).contains("Zhao Lei").contains("id=\"accept-0\"").doesNotContain("handover-0");
    String first = entryPerson(page, 0);
    String second = entryPerson(page, 1);

    ConsoleClient.Page noReason =
        receiver.post(path + "/decisions", Map.of("person", second, "status", "refused"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("id=\"entry-error-1\"").contains("reason");
    assertThat(
            receiver
                .post(path + "/decisions", Map.of("person", first, "status", "accepted"))
                .location())
        .endsWith(path);
    assertThat(
            receiver
                .post(
                    path + "/decisions",
                    Map.of("person", second, "status", "refused", "reason", "identity mismatch"))
                .location())
        .endsWith(path);
    ConsoleClient.Page notTheirs =
        receiver.post(path + "/decisions", Map.of("person", first, "status", "handed-over"));
    assertThat(notTheirs.status()).isEqualTo(403);

    ConsoleClient sender = person("test.manifest-sender");
    String sent = sender.get(path).body();
    assertThat(sent)
        .contains("0 pending, 1 accepted, 1 refused, 0 handed over")
        .contains("identity mismatch")
        .contains("id=\"handover-0\"")
        .doesNotContain("id=\"accept-0\"");
    assertThat(
            sender
                .post(path + "/decisions", Map.of("person", first, "status", "handed-over"))
                .location())
        .endsWith(path);
    assertThat(receiver.get(path).body())
        .contains("0 pending, 0 accepted, 1 refused, 1 handed over");
    assertThat(receiver.get(path + "?lang=my").body()).contains("လွှဲပြောင်းပြီး");

    ConsoleClient outsider = person("test.manifest-outsider");
    assertThat(outsider.get("/console/manifests").body()).doesNotContain(id);
    assertThat(outsider.get(path).status()).isEqualTo(404);
  }

  private static String entryPerson(String page, int index) {
    var matcher =
        java.util.regex.Pattern.compile(
                "id=\"entry-" + index + "\"[\\s\\S]*?name=\"person\" value=\"([0-9a-f-]{36})\"")
            .matcher(page);
    assertThat(matcher.find()).as("entry %d has a form", index).isTrue();
    return matcher.group(1);
  }
}

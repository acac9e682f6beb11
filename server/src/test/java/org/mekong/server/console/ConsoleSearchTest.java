package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

/**
 * The console's one search box on a real node: a name typed in any script finds the listed entity
 * spelled in another, under the same visibility as the names API, a selector still finds its
 * indicators, what is disclosed is audited as the person, and nothing typed renders unescaped.
 */
class ConsoleSearchTest {

  private static final String PASSWORD = "an analyst's long passphrase";
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private static SeededNode seeded;

  @BeforeAll
  static void start() throws InterruptedException {
    seeded = TestNodes.shared();
    ConsoleAccounts accounts = seeded.node().bean(ConsoleAccounts.class);
    accounts.put(new AgencyId("th-ccib"), "test.names", PASSWORD, Role.ANALYST);
    accounts.put(
        new AgencyId("th-chaophraya-mobile"),
        "test.names-operator",
        PASSWORD,
        Role.SCREENING_OPERATOR);
    importList(
        "console-" + RUN,
        "cn-mps-afc",
        "",
        person("boss-" + RUN, "Saw Chit Thu", "စောချစ်သူ", "1975-05-01"));
    importList(
        "console-red-" + RUN,
        "cn-mps-afc",
        "?tlp=red&recipients=mm-police",
        person("hidden-" + RUN, "Zhao Weiqiang", "赵伟强", "1970-01-01"));
    Http http = seeded.http();
    for (int i = 0; i < 600; i++) {
      Http.Response status = http.get("/api/v1/names/status", seeded.keyOf("th-ccib"));
      if (status.status() == 200 && status.json().get("ready").asBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the name index was not ready in a minute");
  }

  private static void importList(String list, String agency, String query, String lines) {
    Http http = seeded.http();
    Http.Response imported =
        http.send(
            http.request(
                    "/api/v1/names/lists/" + list + "/entities:import" + query,
                    seeded.keyOf(agency))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(lines))
                .build());
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
  }

  private static String person(String id, String name, String alias, String birthDate) {
    return ("{\"id\":\"%s\",\"schema\":\"Person\",\"properties\":{\"name\":[\"%s\"],"
            + "\"alias\":[\"%s\"],\"birthDate\":[\"%s\"],\"nationality\":[\"mm\"]},"
            + "\"datasets\":[\"test\"]}")
        .formatted(id, name, alias, birthDate);
  }

  private static ConsoleClient analyst() {
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    assertThat(console.login("test.names", PASSWORD, null).location()).doesNotContain("error");
    return console;
  }

  private static String search(ConsoleClient console, String q) {
    ConsoleClient.Page page =
        console.get(
            "/console/search?q="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(page.status()).isEqualTo(200);
    return page.body();
  }

  @Test
  void aNameTypedInThaiFindsTheEntityListedInLatinAndBurmese() {
    String page = search(analyst(), "ซอ ชิต ตู");

    assertThat(page).contains("id=\"name-results\"").contains("Saw Chit Thu");
    assertThat(page).contains("စောချစ်သူ").contains("console-" + RUN);
    String audit =
        seeded
            .http()
            .get("/api/v1/admin/audit?agency=th-ccib&limit=1000", seeded.adminKey())
            .body();
    assertThat(audit).contains("th-ccib/test.names").contains("console-" + RUN + "/boss-" + RUN);
  }

  @Test
  void aScreeningClientsOperatorSearchesSelectorsButNotTheNameLists() {
    ConsoleClient operator = new ConsoleClient(seeded.node().baseUrl());
    assertThat(operator.login("test.names-operator", PASSWORD, null).location())
        .doesNotContain("error");

    String page = search(operator, "Saw Chit Thu");

    assertThat(page).doesNotContain("id=\"name-results\"").doesNotContain("boss-" + RUN);
  }

  @Test
  void aRedListNotNamingTheViewerFindsNothing() {
    String page = search(analyst(), "赵伟强");

    assertThat(page).doesNotContain("Zhao Weiqiang").doesNotContain("hidden-" + RUN);
  }

  @Test
  void aSelectorStillFindsItsIndicatorsAndTextThatIsNeitherIsExplained() {
    ConsoleClient console = analyst();
    String number =
        "+6681" + (1_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(8_999_999));
    Http.Response published =
        seeded
            .http()
            .post(
                "/api/v1/indicators",
                seeded.keyOf("th-ccib"),
                "{\"type\":\"phone\",\"value\":\""
                    + number
                    + "\",\"categories\":[\"fraud.investment\"],\"tlp\":\"green\"}");
    assertThat(published.status()).as(published.body()).isIn(200, 201);

    assertThat(search(console, number)).contains(number).doesNotContain("id=\"name-results\"");
    assertThat(search(console, "%% ~~ %%")).contains("id=\"search-problem\"");
  }

  @Test
  void nothingTypedRendersUnescaped() {
    String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

    String page = search(analyst(), hostile);

    assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
  }
}

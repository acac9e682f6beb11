package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

/**
 * The console's cases on a real node: the list the agency may read with its filters, one case with
 * the person, timeline, determinations and consent as the API shows them, the next event and a
 * determination recorded with refusals beside their fields, and agencies and roles kept out.
 */
class ConsoleCasesTest {

  private static final String PASSWORD = "a casework desk passphrase";
  private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private static SeededNode seeded;

  @BeforeAll
  static void start() {
    seeded = TestNodes.shared();
    ConsoleAccounts accounts = seeded.node().bean(ConsoleAccounts.class);
    accounts.put(new AgencyId("mm-police"), "test.case-analyst", PASSWORD, Role.ANALYST);
    accounts.put(new AgencyId("mm-police"), "test.case-officer", PASSWORD, Role.BORDER_OFFICER);
    accounts.put(new AgencyId("th-ccib"), "test.case-outsider", PASSWORD, Role.ANALYST);
    accounts.put(new AgencyId("th-amlo"), "test.case-fiu", PASSWORD, Role.ANALYST);
  }

  static ConsoleClient person(String username) {
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    assertThat(console.login(username, PASSWORD, null).location()).doesNotContain("error");
    assertThat(console.get("/").status()).isEqualTo(200);
    return console;
  }

  /** A person of China created by {@code agency}, with a case opened as rescued; the case id. */
  static String rescued(String agency, String name) {
    SeededNode seeded = TestNodes.shared();
    Http.Response person =
        seeded
            .http()
            .post(
                "/api/v1/casework/persons",
                seeded.keyOf(agency),
                """
                {"names": [%s], "birthDate": "1998-05", "sex": "female", "nationalities": ["CHN"],
                 "documents": [{"type": "passport", "number": "E9%06d", "issuingState": "CHN"}]}
                """
                    .formatted(json(name), COUNTER.incrementAndGet()));
    assertThat(person.status()).as(person.body()).isEqualTo(201);
    Http.Response opened =
        seeded
            .http()
            .post(
                "/api/v1/casework/cases",
                seeded.keyOf(agency),
                """
                {"person": "%s", "event": {"type": "rescued", "actingPerson": "Pol. Maj. Aung",
                 "at": "2025-10-22T00:00:00Z", "place": "KK Park"}}
                """
                    .formatted(person.json().get("id").asString()));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json().get("id").asString();
  }

  static String json(String text) {
    return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text);
  }

  @Test
  void anAnalystFiltersReadsAndMovesACaseWithRefusalsBesideTheirFields() {
    String id = rescued("mm-police", "Chen Jing " + COUNTER.incrementAndGet());
    ConsoleClient analyst = person("test.case-analyst");
    assertThat(analyst.get("/").body()).contains("href=\"/console/cases\"");
    assertThat(analyst.get("/console/cases").body()).contains(id).contains("rescued");
    assertThat(analyst.get("/console/cases?status=rescued&nationality=chn").body()).contains(id);
    assertThat(analyst.get("/console/cases?nationality=THA").body()).doesNotContain(id);
    assertThat(analyst.get("/console/cases?status=closed").body()).doesNotContain(id);

    String path = "/console/cases/" + id;
    String page = analyst.get(path).body();
    assertThat(page)
        .contains("Chen Jing")
        .contains("KK Park")
        .contains("id=\"record-event\"")
        .contains("value=\"identified\"")
        .doesNotContain("value=\"closed\"")
        .contains("id=\"record-determination\"")
        .contains("action=\"" + path + "/determinations\"")
        .contains("action=\"" + path + "/consent\"")
        .contains("Consent in force: none recorded");

    ConsoleClient.Page noPlace =
        analyst.post(path + "/events", Map.of("type", "identified", "at", "2025-10-23T06:00"));
    assertThat(noPlace.status()).isEqualTo(400);
    assertThat(noPlace.body()).contains("id=\"place-error\"").contains("is required");
    ConsoleClient.Page future =
        analyst.post(
            path + "/events",
            Map.of("type", "identified", "at", "2999-01-01T00:00", "place", "Mae Sot"));
    assertThat(future.body()).contains("id=\"at-error\"");
    assertThat(
            analyst
                .post(
                    path + "/events",
                    Map.of("type", "identified", "at", "2025-10-23T06:00", "place", "Mae Sot"))
                .location())
        .endsWith(path);
    assertThat(analyst.get(path).body()).contains("identity verified").contains("Mae Sot");
    ConsoleClient.Page closing =
        analyst.post(
            path + "/events",
            Map.of("type", "closed", "at", "2025-10-24T06:00", "place", "Mae Sot", "reason", "x"));
    assertThat(closing.status()).isEqualTo(400);
    assertThat(closing.body()).contains("id=\"type-error\"").contains("may become handed-over");

    ConsoleClient.Page noBasis =
        analyst.post(path + "/determinations", Map.of("verdict", "victim", "basis", " "));
    assertThat(noBasis.status()).isEqualTo(400);
    assertThat(noBasis.body()).contains("id=\"basis-error\"");
    assertThat(
            analyst
                .post(
                    path + "/determinations",
                    Map.of("verdict", "victim", "basis", "Deceived by a job advert " + HOSTILE))
                .location())
        .endsWith(path);
    String determined = analyst.get(path).body();
    assertThat(determined)
        .contains("victim of trafficking")
        .contains("in force")
        .contains("test.case-analyst")
        .doesNotContain("<script>alert")
        .contains("&lt;script&gt;alert");
    assertThat(analyst.post(path + "/consent", Map.of("kind", "given")).location()).endsWith(path);
    assertThat(analyst.get(path + "?lang=zh-CN").body()).contains("现行同意状态：已同意").contains("人口贩运受害者");
  }

  @Test
  void otherAgenciesAndRolesThatMayNotAreKeptOut() {
    String id = rescued("mm-police", "Liu Yang " + COUNTER.incrementAndGet());
    String path = "/console/cases/" + id;

    ConsoleClient outsider = person("test.case-outsider");
    assertThat(outsider.get("/console/cases").body()).doesNotContain(id);
    assertThat(outsider.get(path).status()).isEqualTo(404);
    assertThat(
            outsider
                .post(
                    path + "/events",
                    Map.of("type", "identified", "at", "2025-10-23T06:00", "place", "x"))
                .status())
        .isEqualTo(404);

    ConsoleClient officer = person("test.case-officer");
    String page = officer.get(path).body();
    assertThat(page).contains("id=\"record-event\"").doesNotContain("id=\"record-determination\"");
    assertThat(officer.post(path + "/determinations", Map.of("verdict", "victim", "basis", "b")))
        .extracting(ConsoleClient.Page::status)
        .isEqualTo(403);

    ConsoleClient fiu = person("test.case-fiu");
    assertThat(fiu.get("/").body()).doesNotContain("href=\"/console/cases\"");
    assertThat(fiu.get("/console/cases").status()).isEqualTo(403);
  }

  @Test
  void typedNamesRenderEscaped() {
    String id = rescued("mm-police", "Wang " + HOSTILE);
    ConsoleClient analyst = person("test.case-analyst");
    for (String body :
        new String[] {
          analyst.get("/console/cases").body(), analyst.get("/console/cases/" + id).body()
        }) {
      assertThat(body).doesNotContain("<script>alert").doesNotContain("<img src=x");
    }
    assertThat(analyst.get("/console/cases/" + id).body()).contains("&lt;script&gt;alert");
  }
}

package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.legal.LegalFixtures;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

/**
 * The console's legal records on a real node: a notice drafted with its legal basis (refusals
 * beside their fields), approved only by a supervisor who is not its drafter and then cancelled; an
 * entry ban suspended by the issuer's supervisor; expulsions and legal actions shown read-only;
 * drafts, other agencies and roles that may not kept out.
 */
class ConsoleLegalTest {

  private static final String PASSWORD = "a legal desk passphrase";
  private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>";

  private static SeededNode seeded;
  private static ConsoleAccounts.Issued supervisor;
  private static @org.jspecify.annotations.Nullable ConsoleClient reviewer;

  @BeforeAll
  static void start() {
    seeded = TestNodes.shared();
    ConsoleAccounts accounts = seeded.node().bean(ConsoleAccounts.class);
    accounts.put(new AgencyId("th-immigration"), "test.legal-drafter", PASSWORD, Role.ANALYST);
    supervisor =
        accounts.put(
            new AgencyId("th-immigration"), "test.legal-supervisor", PASSWORD, Role.SUPERVISOR);
    accounts.put(new AgencyId("th-ccib"), "test.legal-other", PASSWORD, Role.ANALYST);
    accounts.put(
        new AgencyId("th-chaophraya-mobile"),
        "test.legal-client",
        PASSWORD,
        Role.SCREENING_OPERATOR);
  }

  /** The supervisor, logged in once: a TOTP code is good for one login. */
  private static synchronized ConsoleClient reviewer() {
    ConsoleClient once = reviewer;
    if (once == null) {
      once = person("test.legal-supervisor", true);
      reviewer = once;
    }
    return once;
  }

  private static ConsoleClient person(String username, boolean secondFactor) {
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    String code =
        secondFactor ? Totp.code(String.valueOf(supervisor.totpSecret()), Instant.now()) : null;
    assertThat(console.login(username, PASSWORD, code).location()).doesNotContain("error");
    assertThat(console.get("/").status()).isEqualTo(200);
    return console;
  }

  private static Map<String, String> notice(String legalBasis) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("colour", "wanted");
    form.put("title", "Wanted: recruiter for KK Park " + HOSTILE);
    form.put("summary", "Recruits workers with fake job adverts; arrest and inform");
    form.put("legalBasis", legalBasis);
    form.put("names", "Somchai Kongsri\nสมชาย คงศรี");
    form.put("birthDate", "1980");
    form.put("nationality", "THA");
    form.put("tlp", "green");
    return form;
  }

  @Test
  void aDraftedNoticeIsApprovedBySomeoneElseAndCancelled() {
    ConsoleClient drafter = person("test.legal-drafter", false);
    assertThat(drafter.get("/console/notices").body()).contains("id=\"new-notice\"");
    assertThat(drafter.get("/console/notices/new").status()).isEqualTo(200);
    ConsoleClient.Page noBasis = drafter.post("/console/notices", notice(" "));
    assertThat(noBasis.status()).isEqualTo(400);
    assertThat(noBasis.body())
        .contains("id=\"legalBasis-error\"")
        .contains("Recruits workers with fake job adverts");
    Map<String, String> noPerson = notice("Arrest warrant 12/2569, Mae Sot court");
    noPerson.put("names", "");
    assertThat(drafter.post("/console/notices", noPerson).body()).contains("id=\"names-error\"");

    String location =
        drafter
            .post("/console/notices", notice("Arrest warrant 12/2569, Mae Sot court"))
            .location();
    assertThat(location).matches(".*/console/notices/[0-9a-f-]{36}");
    String path = location.substring(location.indexOf("/console/"));
    String draft = drafter.get(path).body();
    assertThat(draft)
        .contains("drafted, awaiting review")
        .contains("Arrest warrant 12/2569")
        .contains("สมชาย คงศรี")
        .contains("&lt;script&gt;alert")
        .doesNotContain("<script>alert")
        .doesNotContain("id=\"approve\"");
    assertThat(drafter.post(path + "/approval", Map.of("note", "mine")).status()).isEqualTo(403);

    ConsoleClient other = person("test.legal-other", false);
    assertThat(other.get(path).status()).as("a draft stays with its issuer").isEqualTo(404);

    ConsoleClient reviewer = reviewer();
    assertThat(reviewer.get("/").body()).containsPattern("id=\"notices-awaiting-review\">[1-9]");
    assertThat(reviewer.get(path).body()).contains("id=\"approve\"").contains("id=\"cancel\"");
    assertThat(reviewer.post(path + "/approval", Map.of("note", "Checked")).location())
        .endsWith(path);
    assertThat(reviewer.get(path).body()).contains("published").contains("test.legal-supervisor");
    assertThat(other.get(path).body()).contains("Somchai Kongsri");
    assertThat(reviewer.post(path + "/approval", Map.of()).location())
        .as("a published notice is approved once")
        .contains("?problem=");
    assertThat(reviewer.post(path + "/cancellation", Map.of("reason", "Arrested")).location())
        .endsWith(path);
    assertThat(reviewer.get(path + "?lang=th").body()).contains("ยกเลิกแล้ว");
  }

  @Test
  void anEntryBanIsSuspendedByTheIssuersSupervisorAndOtherRecordsAreReadOnly() {
    String marking = "{\"tlp\": \"green\"}";
    String person = LegalFixtures.person("\"Kyaw Min\"", "1990-04-02", "MMR", "MA1234567");
    String ban =
        LegalFixtures.create(
                seeded,
                "th-immigration",
                "/api/v1/entry-bans",
                LegalFixtures.ban(person, marking, "2031-01-01"))
            .get("id")
            .asString();
    String path = "/console/entry-bans/" + ban;

    ConsoleClient drafter = person("test.legal-drafter", false);
    assertThat(drafter.get("/console/entry-bans").body()).contains(ban).contains("IB 77/2569");
    assertThat(drafter.get(path).body()).contains("Kyaw Min").doesNotContain("id=\"suspend\"");
    assertThat(drafter.post(path + "/suspend", Map.of("note", "x")).status()).isEqualTo(403);
    assertThat(drafter.get("/console/expulsions").status()).isEqualTo(200);
    assertThat(drafter.get("/console/legal-actions").status()).isEqualTo(200);

    ConsoleClient reviewer = reviewer();
    assertThat(reviewer.post(path + "/suspend", Map.of("note", "Appeal filed")).location())
        .endsWith(path);
    assertThat(reviewer.get(path).body())
        .contains("suspended")
        .contains("Appeal filed")
        .as("a suspended ban is lifted, not suspended again, as the API allows")
        .doesNotContain("id=\"suspend\"")
        .contains("id=\"reinstate\"")
        .contains("id=\"lift\"");
    assertThat(reviewer.post(path + "/reinstate", Map.of("note", "Appeal dismissed")).location())
        .endsWith(path);
    assertThat(reviewer.get(path).body())
        .contains("Appeal dismissed")
        .doesNotContain("id=\"reinstate\"")
        .contains("id=\"suspend\"");
    assertThat(reviewer.post(path + "/lift", Map.of("note", "Appeal upheld")).location())
        .endsWith(path);
    String lifted = reviewer.get(path).body();
    assertThat(lifted).contains("lifted").contains("Appeal upheld").doesNotContain("id=\"lift\"");
    assertThat(reviewer.post(path + "/suspend", Map.of("note", "again")).location())
        .as("a lifted ban is not suspended again")
        .contains("?problem=");

    ConsoleClient client = person("test.legal-client", false);
    assertThat(client.get("/").body()).doesNotContain("href=\"/console/notices\"");
    assertThat(client.get("/console/entry-bans").status()).isEqualTo(403);
    assertThat(client.get("/console/notices").status()).isEqualTo(403);
  }

  @Test
  void expulsionsAndLegalActionsAreShownReadOnlyToWhomTheApiShowsThem() {
    String person = LegalFixtures.person("\"Aung Ko\"", "1985-02", "MMR", "ME1");
    String order =
        LegalFixtures.create(
                seeded,
                "th-immigration",
                "/api/v1/expulsions",
                """
                {"record": {"subject": %s, "orderReference": "TM35 0042/2569",
                  "issuingAuthority": "Immigration Division 4, Tak",
                  "legalBasis": "Immigration Act s. 54", "orderDate": "2026-10-10",
                  "destination": "MMR", "receivingAuthority": "Myawaddy police",
                  "carriedOut": "2026-10-12"}}"""
                    .formatted(person))
            .get("id")
            .asString();
    String action =
        LegalFixtures.create(
                seeded,
                "th-ccib",
                "/api/v1/legal-actions",
                """
                {"record": {"kind": "conviction", "subject": {"kind": "person",
                  "names": ["Aung Ko"], "nationality": "MMR"}, "caseReference": "Black 1234/2569",
                  "authority": "Mae Sot Provincial Court", "date": "2026-09-30",
                  "legalBasis": "Criminal Code s. 341, 343", "status": "final"}}""")
            .get("id")
            .asString();

    ConsoleClient immigration = person("test.legal-drafter", false);
    assertThat(immigration.get("/console/expulsions").body()).contains("TM35 0042/2569 → MMR");
    assertThat(immigration.get("/console/expulsions/" + order).body())
        .contains("carried out")
        .contains("Myawaddy police")
        .doesNotContain("<form action=\"/console/expulsions");
    ConsoleClient police = person("test.legal-other", false);
    assertThat(police.get("/console/legal-actions").body()).contains("conviction Black 1234/2569");
    assertThat(police.get("/console/legal-actions/" + action).body())
        .contains("Mae Sot Provincial Court")
        .contains("final");
    assertThat(police.get("/console/expulsions/" + order).status())
        .as("the console answers another agency as the API does")
        .isEqualTo(
            seeded.http().get("/api/v1/expulsions/" + order, seeded.keyOf("th-ccib")).status());
  }
}

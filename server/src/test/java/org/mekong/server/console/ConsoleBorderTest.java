package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.border.mrz.MrzComposer;
import org.mekong.core.border.mrz.MrzDocument;
import org.mekong.core.border.mrz.MrzFormat;
import org.mekong.core.border.mrz.Sex;
import org.mekong.server.legal.LegalFixtures;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

/**
 * The console's border check on a real node: a passport zone is checked as the API checks it, the
 * hit shows its strength and action, the decision is recorded once and audited as the officer, each
 * mistake is explained next to its field, and nothing typed renders unescaped.
 */
class ConsoleBorderTest {

  private static final String PASSWORD = "a border officer's passphrase";
  private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

  private static SeededNode seeded;

  @BeforeAll
  static void start() {
    seeded = TestNodes.shared();
    seeded
        .node()
        .bean(ConsoleAccounts.class)
        .put(new AgencyId("th-immigration"), "test.border", PASSWORD, Role.BORDER_OFFICER);
    seeded
        .node()
        .bean(ConsoleAccounts.class)
        .put(new AgencyId("th-amlo"), "test.border-fiu", PASSWORD, Role.ANALYST);
    LegalFixtures.create(
        seeded,
        "th-immigration",
        "/api/v1/entry-bans",
        LegalFixtures.ban(
            LegalFixtures.person("\"Aung Myo Min\"", "1988-02-03", "MMR", "MB7654321"),
            "{\"tlp\": \"green\"}",
            "2036-01-01"));
  }

  private static ConsoleClient officer() {
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    assertThat(console.login("test.border", PASSWORD, null).location()).doesNotContain("error");
    assertThat(console.get("/console/border").status()).isEqualTo(200);
    return console;
  }

  private static String zone() {
    return MrzComposer.compose(
        new MrzDocument(
            MrzFormat.TD3,
            "P",
            "MMR",
            "MB7654321",
            "MMR",
            LocalDate.parse("1988-02-03"),
            Sex.MALE,
            LocalDate.parse("2031-06-30"),
            "AUNG",
            "MYO MIN",
            "",
            null,
            List.of()));
  }

  @Test
  void aPassportZoneHitsTheBanAndTheDecisionIsRecordedOnceAsTheOfficer() {
    ConsoleClient console = officer();
    assertThat(console.get("/").body()).contains("href=\"/console/border\"");
    ConsoleClient.Page checked =
        console.post("/console/border", Map.of("mrz", zone().replace(" ", "\r\n")));
    assertThat(checked.status()).as(checked.body()).isEqualTo(302);
    String path = checked.location().substring(checked.location().indexOf("/console/"));
    assertThat(path).startsWith("/console/border/checks/");
    ConsoleClient.Page result = console.get(path);
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body())
        .contains("AUNG")
        .contains("TD3")
        .contains("certain")
        .contains("refuse entry")
        .contains("IB 77/2569")
        .contains("id=\"decide-refused\"");

    ConsoleClient.Page decided =
        console.post(
            path + "/decision", Map.of("decision", "refused", "note", "Ban IB 77/2569 confirmed"));
    assertThat(decided.location()).endsWith(path);
    assertThat(console.get(path).body())
        .contains("Refused")
        .contains("Ban IB 77/2569 confirmed")
        .doesNotContain("id=\"decide-refused\"");

    ConsoleClient.Page again =
        console.post(path + "/decision", Map.of("decision", "admitted", "note", ""));
    assertThat(again.location()).contains("?problem=");
    assertThat(console.get(path).body()).contains("Refused").doesNotContain(">Admitted<");

    String audit =
        seeded
            .http()
            .get("/api/v1/admin/audit?agency=th-immigration&limit=1000", seeded.adminKey())
            .body();
    assertThat(audit)
        .contains("th-immigration/test.border")
        .contains("POST /console/border/checks/{id}/decision")
        .contains(path.substring(path.lastIndexOf('/') + 1) + " decision refused");
  }

  @Test
  void eachMistakeIsExplainedNextToItsFieldAndTheFormKeepsWhatWasTyped() {
    ConsoleClient console = officer();
    ConsoleClient.Page nothing = console.post("/console/border", Map.of());
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(nothing.body()).contains("id=\"mrz-error\"").contains("are required");

    ConsoleClient.Page badState =
        console.post(
            "/console/border",
            Map.of("surname", "Aung", "givenNames", "Myo Min", "nationality", "XYZ"));
    assertThat(badState.status()).isEqualTo(400);
    assertThat(badState.body())
        .contains("id=\"nationality-error\"")
        .contains("is not a known state")
        .contains("value=\"Myo Min\"");

    ConsoleClient.Page badDate =
        console.post("/console/border", Map.of("surname", "Aung", "birthDate", "03/02/1988"));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body()).contains("id=\"birthDate-error\"");

    ConsoleClient.Page typed =
        console.post(
            "/console/border",
            Map.of("surname", "Nobody", "givenNames", "Known", "nationality", "THA"));
    assertThat(typed.status()).isEqualTo(302);
    assertThat(
            console.get(typed.location().substring(typed.location().indexOf("/console/"))).body())
        .contains("id=\"border-no-hit\"");
  }

  @Test
  void scriptTagsTypedIntoTheBorderFormRenderEscaped() {
    ConsoleClient console = officer();
    for (String field :
        List.of("mrz", "surname", "givenNames", "birthDate", "nationality", "documentNumber")) {
      ConsoleClient.Page page =
          console.post(
              "/console/border",
              field.equals("mrz")
                  ? Map.of("mrz", HOSTILE)
                  : field.equals("surname")
                      ? Map.of("surname", "Aung " + HOSTILE)
                      : Map.of(field, HOSTILE, "surname", "Aung " + HOSTILE));
      assertThat(page.status()).as(field).isIn(302, 400);
      String body =
          page.status() == 302
              ? console.get(page.location().substring(page.location().indexOf("/console/"))).body()
              : page.body();
      assertThat(body)
          .as(field)
          .doesNotContain("<script>alert")
          .doesNotContain("<img src=x")
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    ConsoleClient.Page checked = console.post("/console/border", Map.of("mrz", zone()));
    String path = checked.location().substring(checked.location().indexOf("/console/"));
    console.post(path + "/decision", Map.of("decision", "referred", "note", HOSTILE));
    assertThat(console.get(path).body())
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x")
        .contains("&lt;script&gt;");
    assertThat(console.get(path + "?problem=" + "%3Cscript%3Ealert(3)%3C/script%3E").body())
        .doesNotContain("<script>alert(3)")
        .contains("&lt;script&gt;alert(3)");
  }

  @Test
  void peopleOfOtherKindsOfAgencyDoNotCheckTravellers() {
    ConsoleClient analyst = new ConsoleClient(seeded.node().baseUrl());
    analyst.login("test.border-fiu", PASSWORD, null);
    assertThat(analyst.get("/").body()).doesNotContain("href=\"/console/border\"");
    assertThat(analyst.get("/console/border").body()).contains("this endpoint serves");
    assertThat(analyst.post("/console/border", Map.of("mrz", zone())).status()).isEqualTo(403);
  }
}

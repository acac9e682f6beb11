package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

/**
 * The console's forms for new legal records (legal action, expulsion, entry ban) and for
 * cut-service and handover requests, on a real node: each saved through the API's own checks with a
 * refusal beside its field, typed text escaped on every page, the roles and agencies the API
 * refuses kept out, and a notice approved by no one but a supervisor.
 */
class ConsoleLegalFormsTest {

  private static final String PASSWORD = "a legal forms passphrase";
  private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

  private static SeededNode seeded;

  @BeforeAll
  static void start() {
    seeded = TestNodes.shared();
    ConsoleAccounts accounts = seeded.node().bean(ConsoleAccounts.class);
    accounts.put(
        new AgencyId("th-immigration"), "test.lform-officer", PASSWORD, Role.BORDER_OFFICER);
    accounts.put(new AgencyId("th-immigration"), "test.lform-analyst", PASSWORD, Role.ANALYST);
    accounts.put(new AgencyId("th-immigration"), "test.lform-analyst2", PASSWORD, Role.ANALYST);
    accounts.put(new AgencyId("th-ccib"), "test.lform-police", PASSWORD, Role.ANALYST);
    accounts.put(
        new AgencyId("th-chaophraya-mobile"),
        "test.lform-client",
        PASSWORD,
        Role.SCREENING_OPERATOR);
  }

  private static ConsoleClient person(String username) {
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    assertThat(console.login(username, PASSWORD, null).location()).doesNotContain("error");
    assertThat(console.get("/").status()).isEqualTo(200);
    return console;
  }

  /** The form posted again with {@code field} changed: a 400 naming that field beside it. */
  private static void refused(
      ConsoleClient console, String path, Map<String, String> form, String field, String value) {
    Map<String, String> changed = new LinkedHashMap<>(form);
    changed.put(field, value);
    ConsoleClient.Page page = console.post(path, changed);
    assertThat(page.status()).as(field + " " + value).isEqualTo(400);
    assertThat(page.body()).contains("id=\"" + field + "-error\"");
    escaped(page.body());
  }

  /** Every field of the form holding script tags: shown again escaped, nothing saved. */
  private static void everyFieldHostile(ConsoleClient console, String path, List<String> fields) {
    Map<String, String> form = new LinkedHashMap<>();
    fields.forEach(f -> form.put(f, HOSTILE));
    ConsoleClient.Page page = console.post(path, form);
    assertThat(page.status()).as(path).isEqualTo(400);
    escaped(page.body());
  }

  private static void escaped(String body) {
    assertThat(body)
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x")
        .doesNotContain("onerror=alert(2)>");
  }

  /** The path of the page a form's redirect names. */
  private static String saved(ConsoleClient.Page page, String collection) {
    assertThat(page.status()).as(page.body()).isEqualTo(302);
    assertThat(page.location()).matches(".*/console/" + collection + "/[0-9a-f-]{36}");
    return page.location().substring(page.location().indexOf("/console/"));
  }

  private static Map<String, String> ban() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("names", "Min Thu " + "\n" + "မင်းသု");
    form.put("birthDate", "1991-07");
    form.put("nationality", "MMR");
    form.put("sex", "M");
    form.put("documentState", "MMR");
    form.put("documentNumber", "MC7654321");
    form.put("reason", "Recruiter for a Myawaddy compound " + HOSTILE);
    form.put("issuingAuthority", "Immigration Bureau, Royal Thai Police");
    form.put("decisionReference", "IB 12/2569");
    form.put("offenceType", "fraud");
    form.put("start", "2026-11-01");
    form.put("expiry", "2031-10-31");
    form.put("actionOnHit", "hold-and-inform");
    form.put("status", "under-appeal");
    form.put("proportionality", "Five years for a recruiter " + HOSTILE);
    form.put("tlp", "green");
    return form;
  }

  @Test
  void aBorderOfficerRecordsAnEntryBanAndAnExpulsionWithMistakesBesideTheirFields() {
    ConsoleClient officer = person("test.lform-officer");
    assertThat(officer.get("/console/entry-bans").body()).contains("id=\"new-record\"");
    assertThat(officer.get("/console/entry-bans/new").body()).contains("id=\"proportionality\"");
    Map<String, String> ban = ban();
    refused(officer, "/console/entry-bans", ban, "proportionality", " ");
    refused(officer, "/console/entry-bans", ban, "start", "2026-02-30");
    refused(officer, "/console/entry-bans", ban, "actionOnHit", "shoot");
    refused(officer, "/console/entry-bans", ban, "names", "");
    refused(officer, "/console/entry-bans", ban, "nationality", "Myanmar");
    refused(officer, "/console/entry-bans", ban, "documentNumber", HOSTILE);
    refused(officer, "/console/entry-bans", ban, "tlp", "purple");
    String path = saved(officer.post("/console/entry-bans", ban), "entry-bans");
    String page = officer.get(path).body();
    assertThat(page)
        .contains("IB 12/2569")
        .contains("in force, under appeal")
        .contains("မင်းသု")
        .contains("&lt;script&gt;alert");
    escaped(page);
    Http.Response api =
        seeded
            .http()
            .get(
                "/api/v1/entry-bans/" + path.substring(path.lastIndexOf('/') + 1),
                seeded.keyOf("th-immigration"));
    assertThat(api.json().get("record").get("actionOnHit").asString()).isEqualTo("hold-and-inform");

    Map<String, String> order = new LinkedHashMap<>();
    order.put("names", "Min Thu");
    order.put("nationality", "MMR");
    order.put("orderReference", "TM35 0077/2569");
    order.put("issuingAuthority", "Immigration Division 4, Tak " + HOSTILE);
    order.put("legalBasis", "Immigration Act B.E. 2522, s. 54");
    order.put("orderDate", "2026-11-01");
    order.put("destination", "MMR");
    order.put("receivingAuthority", "Myawaddy police");
    order.put("carriedOut", "2026-11-03");
    order.put("exitAllowed", "yes");
    order.put("reEntryBarred", "yes");
    order.put("entryBan", path.substring(path.lastIndexOf('/') + 1));
    refused(officer, "/console/expulsions", order, "carriedOut", "2026-10-01");
    refused(officer, "/console/expulsions", order, "destination", "ZZZ");
    refused(officer, "/console/expulsions", order, "entryBan", "not-an-id");
    refused(officer, "/console/expulsions", order, "orderReference", "TM35 <0077>");
    String expulsion = saved(officer.post("/console/expulsions", order), "expulsions");
    assertThat(officer.get(expulsion).body())
        .contains("TM35 0077/2569")
        .contains("Myawaddy police");
    escaped(officer.get(expulsion).body());
    escaped(officer.get("/console/expulsions").body());
    assertThat(officer.get("/console/legal-actions").body()).doesNotContain("id=\"new-record\"");
    assertThat(officer.get("/console/legal-actions/new").status())
        .as("immigration records no legal action, as the API")
        .isEqualTo(403);

    everyFieldHostile(officer, "/console/entry-bans", List.copyOf(ban.keySet()));
    everyFieldHostile(officer, "/console/expulsions", List.copyOf(order.keySet()));
  }

  @Test
  void thePoliceRecordALegalActionWithItsLinks() {
    ConsoleClient police = person("test.lform-police");
    assertThat(police.get("/console/legal-actions").body()).contains("id=\"new-record\"");
    Map<String, String> action = new LinkedHashMap<>();
    action.put("kind", "asset-seizure");
    action.put("subjectKind", "organisation");
    action.put("names", "KK Park Trading Co.");
    action.put("country", "MMR");
    action.put("registration", "MM-1234 " + HOSTILE);
    action.put("caseReference", "CCIB 321/2569");
    action.put("authority", "Central Investigation Bureau");
    action.put("date", "2026-11-20");
    action.put("legalBasis", "Anti-Money Laundering Act s. 48 " + HOSTILE);
    action.put("status", "ongoing");
    action.put("details", "Three accounts at Siam Bank, 12.4 M THB");
    action.put("sites", "KK Park\nShwe Kokko");
    refused(police, "/console/legal-actions", action, "details", "");
    refused(police, "/console/legal-actions", action, "kind", "beating");
    refused(police, "/console/legal-actions", action, "date", "tomorrow");
    refused(police, "/console/legal-actions", action, "indicators", "not an indicator");
    refused(police, "/console/legal-actions", action, "actions", "not-a-uuid");
    refused(police, "/console/legal-actions", action, "caseReference", " ");
    String path = saved(police.post("/console/legal-actions", action), "legal-actions");
    String page = police.get(path).body();
    assertThat(page).contains("CCIB 321/2569").contains("Shwe Kokko").contains("KK Park Trading");
    escaped(page);
    escaped(police.get("/console/legal-actions").body());
    everyFieldHostile(police, "/console/legal-actions", List.copyOf(action.keySet()));
  }

  @Test
  void anAnalystAsksToCutServiceToACompoundAndForAHandover() {
    ConsoleClient police = person("test.lform-police");
    assertThat(police.get("/console/requests").body())
        .contains("id=\"new-cut-service\"")
        .contains("id=\"new-handover\"");
    assertThat(police.get("/console/requests/new/cut-service").body())
        .contains("urgent: answer within 8 h, by")
        .contains("high: answer within 3 d, by");
    Map<String, String> cut = new LinkedHashMap<>();
    cut.put("recipient", "th-chaophraya-mobile");
    cut.put("urgency", "urgent");
    cut.put("subject", "Cut service to KK Park " + HOSTILE);
    cut.put("area", "KK Park, Myawaddy " + HOSTILE);
    cut.put("services", "mobile");
    cut.put("cellSites", "414-09-1201-300451\n414-09-1201-300452");
    cut.put("ipRanges", "103.77.48.0/22");
    cut.put("satelliteTerminals", "starlink:KIT304125478");
    cut.put("details", "The compound's towers and uplinks " + HOSTILE);
    cut.put("legalBasis", "Court order 55/2569");
    refused(police, "/console/requests/cut-service", cut, "cellSites", "414-09-1201-x");
    refused(police, "/console/requests/cut-service", cut, "ipRanges", "103.77.48.7/22");
    refused(police, "/console/requests/cut-service", cut, "satelliteTerminals", "a dish");
    refused(police, "/console/requests/cut-service", cut, "services", "water");
    refused(police, "/console/requests/cut-service", cut, "subject", " ");
    String path = saved(police.post("/console/requests/cut-service", cut), "requests");
    String page = police.get(path).body();
    assertThat(page)
        .contains("cut service")
        .contains("starlink:KIT304125478")
        .contains("103.77.48.0/22")
        .containsPattern("id=\"request-countdown\"[^>]*>\\d+ h \\d+ min left");
    escaped(page);
    String list = person("test.lform-client").get("/console/requests?box=received").body();
    assertThat(list).contains("Cut service to KK Park").containsPattern("\\d+ h \\d+ min left");
    escaped(list);

    Map<String, String> handover = new LinkedHashMap<>();
    handover.put("recipient", "th-immigration");
    handover.put("urgency", "high");
    handover.put("subject", "Hand over Min Thu " + HOSTILE);
    handover.put("name", "Min Thu " + HOSTILE);
    handover.put("birthDate", "1991-07-14");
    handover.put("nationality", "MM");
    handover.put("documentNumber", "MC7654321");
    handover.put("reference", "CCIB 321/2569");
    handover.put("place", "Friendship Bridge, Mae Sot " + HOSTILE);
    refused(police, "/console/requests/handover", handover, "nationality", "Myanmar");
    refused(police, "/console/requests/handover", handover, "birthDate", "1991-14-07");
    refused(police, "/console/requests/handover", handover, "name", " ");
    refused(police, "/console/requests/handover", handover, "recipient", "th-chaophraya-mobile");
    String sent = saved(police.post("/console/requests/handover", handover), "requests");
    String handoverPage = police.get(sent).body();
    assertThat(handoverPage)
        .contains("Friendship Bridge, Mae Sot")
        .contains("MC7654321")
        .containsPattern("id=\"request-countdown\"[^>]*>\\d+ (h \\d+ min|d \\d+ h) left");
    escaped(handoverPage);

    everyFieldHostile(police, "/console/requests/cut-service", List.copyOf(cut.keySet()));
    everyFieldHostile(police, "/console/requests/handover", List.copyOf(handover.keySet()));
  }

  @Test
  void aScreeningClientsOperatorAndABorderOfficerAreRefusedWhatTheApiRefuses() {
    ConsoleClient client = person("test.lform-client");
    for (String path :
        List.of(
            "/console/legal-actions/new",
            "/console/expulsions/new",
            "/console/entry-bans/new",
            "/console/requests/new/cut-service",
            "/console/requests/new/handover")) {
      assertThat(client.get(path).status()).as(path).isEqualTo(403);
    }
    for (String path :
        List.of(
            "/console/legal-actions",
            "/console/expulsions",
            "/console/entry-bans",
            "/console/requests/cut-service",
            "/console/requests/handover")) {
      assertThat(client.post(path, ban()).status()).as(path).isEqualTo(403);
    }
    ConsoleClient officer = person("test.lform-officer");
    assertThat(officer.get("/console/requests/new/cut-service").status())
        .as("a border officer sends no request")
        .isEqualTo(403);
  }

  @Test
  void aNoticeIsApprovedByASupervisorOnlyNotByAnotherAnalyst() {
    ConsoleClient drafter = person("test.lform-analyst");
    Map<String, String> notice = new LinkedHashMap<>();
    notice.put("colour", "modus-operandi");
    notice.put("title", "SIM boxes in rented flats");
    notice.put("summary", "SIM boxes relay scam calls from rented flats near the border");
    notice.put("legalBasis", "Telecom Act s. 67");
    notice.put("tlp", "green");
    String location = drafter.post("/console/notices", notice).location();
    String path = location.substring(location.indexOf("/console/"));
    ConsoleClient other = person("test.lform-analyst2");
    assertThat(other.get(path).body()).doesNotContain("id=\"approve\"");
    assertThat(other.post(path + "/approval", Map.of("note", "fine")).status()).isEqualTo(403);
    assertThat(other.get(path).body()).contains("drafted, awaiting review");
  }

  @Test
  void everyLabelIsInAllFourLanguages() throws java.io.IOException {
    Properties english = bundle("messages.properties");
    for (String language :
        List.of("messages_zh_CN.properties", "messages_th.properties", "messages_my.properties")) {
      assertThat(bundle(language).stringPropertyNames())
          .as(language)
          .containsAll(english.stringPropertyNames());
    }
  }

  private static Properties bundle(String name) throws java.io.IOException {
    Properties properties = new Properties();
    try (var in = ConsoleLegalFormsTest.class.getResourceAsStream("/" + name)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}

package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

/**
 * The console's casework forms on a real node: a new person checked as the API checks it, with the
 * people the index finds alike shown before saving; consent, determinations and a new case on the
 * person's page; an event added to the timeline through htmx; a new manifest to an agency with a
 * sharing agreement only; every refusal beside its field, nothing typed rendered unescaped, and a
 * screening client's operator kept out.
 */
class ConsoleCaseworkFormsTest {

  private static final String PASSWORD = "a casework forms passphrase";
  private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private static SeededNode seeded;

  @BeforeAll
  static void start() {
    seeded = TestNodes.shared();
    ConsoleAccounts accounts = seeded.node().bean(ConsoleAccounts.class);
    accounts.put(new AgencyId("mm-police"), "test.form-analyst", PASSWORD, Role.ANALYST);
    accounts.put(new AgencyId("th-ccib"), "test.form-outsider", PASSWORD, Role.ANALYST);
    accounts.put(
        new AgencyId("th-chaophraya-mobile"), "test.form-desk", PASSWORD, Role.SCREENING_OPERATOR);
    Http.Response agreement =
        seeded
            .http()
            .post(
                "/api/v1/admin/agreements",
                seeded.adminKey(),
                "{\"from\": \"mm-police\", \"to\": \"th-immigration\", \"categories\": [\"fraud\"]}");
    assertThat(agreement.status()).as(agreement.body()).isIn(200, 201, 409);
  }

  private static ConsoleClient login(String username) {
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    assertThat(console.login(username, PASSWORD, null).location()).doesNotContain("error");
    assertThat(console.get("/").status()).isEqualTo(200);
    return console;
  }

  /** A new person's fields, a unique name and document number each call. */
  private static Map<String, String> person(String name) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("names", name);
    form.put("birthDate", "1999-03");
    form.put("sex", "male");
    form.put("nationalities", "MMR");
    form.put("doc0-type", "passport");
    form.put("doc0-number", "MB%06d".formatted(COUNTER.incrementAndGet()));
    form.put("doc0-issuingState", "MMR");
    form.put("doc0-expiry", "2030-01-31");
    form.put("languages", "my, en");
    form.put("contact", "Shelter phone +66 55 000 000");
    form.put("needs", "shelter");
    form.put("recruitmentMethods", "job-advertisement");
    form.put("recruitmentChannels", "telegram");
    form.put("controlMethods", "withheld-documents");
    form.put("types", "forced-criminal-activity");
    return form;
  }

  /** Saves the person as new whoever the index finds alike; the new person's id. */
  private static String created(ConsoleClient console, Map<String, String> form) {
    Map<String, String> anyway = new HashMap<>(form);
    anyway.put("notDuplicate", "yes");
    ConsoleClient.Page saved = console.post("/console/persons", anyway);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(saved.location()).contains("/console/persons/");
    return saved.location().substring(saved.location().lastIndexOf('/') + 1);
  }

  @Test
  void anOfficerCreatesAPersonAndSeesPossibleDuplicatesBeforeSavingAnother() {
    ConsoleClient analyst = login("test.form-analyst");
    assertThat(analyst.get("/").body()).contains("id=\"nav-new-person\"");
    assertThat(analyst.get("/console/persons/new").body())
        .contains("id=\"names\"")
        .contains("id=\"doc0-number\"")
        .contains("value=\"debt-bondage\"")
        .contains("Kinds of exploitation");
    String name = "Thura Zaw Htet " + COUNTER.incrementAndGet();
    Map<String, String> form = person(name);
    form.put("names", name + "\nသူရဇော်ထက်");
    ConsoleClient.Page saved = analyst.post("/console/persons", form);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    String first = saved.location().substring(saved.location().lastIndexOf('/') + 1);
    String page = analyst.get("/console/persons/" + first).body();
    assertThat(page)
        .contains(name)
        .contains("သူရဇော်ထက်")
        .contains("myanmar")
        .contains("MMR")
        .contains("No case that your agency may read.")
        .contains("id=\"open-case\"")
        .contains("Consent in force: none recorded");

    ConsoleClient.Page alike = analyst.post("/console/persons", form);
    assertThat(alike.status()).isEqualTo(200);
    assertThat(alike.body())
        .contains("Possible duplicates")
        .contains("href=\"/console/persons/" + first + "\"")
        .contains("name=\"notDuplicate\" value=\"yes\"")
        .contains("value=\"" + form.get("doc0-number") + "\"");
    assertThat(created(analyst, form)).isNotEqualTo(first);
  }

  @Test
  void eachRefusalOfTheNewPersonStandsNextToItsField() {
    ConsoleClient analyst = login("test.form-analyst");
    Map<String, String> cases =
        Map.of(
            "names", "",
            "birthDate", "2999-01-01",
            "nationalities", "Q1",
            "doc0-issuingState", "ZZZ",
            "doc0-expiry", "31/01/2030",
            "languages", "not a language",
            "needs", "bogus");
    cases.forEach(
        (field, value) -> {
          Map<String, String> form = person("Kyaw Min " + COUNTER.incrementAndGet());
          form.put(field, value);
          ConsoleClient.Page refused = analyst.post("/console/persons", form);
          assertThat(refused.status()).as(field + ": " + refused.body()).isEqualTo(400);
          String errorId = field.equals("needs") ? "needs-error" : field + "-error";
          assertThat(refused.body()).as(field).contains("id=\"" + errorId + "\"");
        });
  }

  @Test
  void thePersonPageRecordsConsentDeterminationsAndOpensACaseWhoseTimelineGrowsThroughHtmx() {
    ConsoleClient analyst = login("test.form-analyst");
    String id = created(analyst, person("Nandar Hlaing " + COUNTER.incrementAndGet()));
    String path = "/console/persons/" + id;
    assertThat(analyst.get(path).body())
        .contains("action=\"" + path + "/determinations\"")
        .contains("action=\"" + path + "/consent\"")
        .contains("id=\"determinations-none\"");

    ConsoleClient.Page noBasis = analyst.post(path + "/consent", Map.of("kind", "override"));
    assertThat(noBasis.status()).isEqualTo(400);
    assertThat(noBasis.body()).contains("id=\"legalBasis-error\"");
    assertThat(analyst.post(path + "/consent", Map.of("kind", "given")).location()).endsWith(path);
    assertThat(analyst.get(path).body()).contains("Consent in force: given");

    ConsoleClient.Page blank =
        analyst.post(path + "/determinations", Map.of("verdict", "victim", "basis", " "));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("id=\"basis-error\"");
    assertThat(
            analyst
                .post(
                    path + "/determinations", Map.of("verdict", "undetermined", "basis", "Intake"))
                .location())
        .endsWith(path);
    String current = analyst.get(path).body();
    String inForce = current.replaceAll("(?s).*name=\"supersedes\" value=\"([^\"]+)\".*", "$1");
    assertThat(
            analyst
                .post(
                    path + "/determinations",
                    Map.of("verdict", "victim", "basis", "Interview", "supersedes", inForce))
                .location())
        .endsWith(path);
    String history = analyst.get(path).body();
    assertThat(history).contains("victim of trafficking").contains("Intake").contains("in force");

    ConsoleClient.Page badTime =
        analyst.post(
            path + "/cases", Map.of("type", "rescued", "at", "2999-01-01T00:00", "place", "x"));
    assertThat(badTime.status()).isEqualTo(400);
    assertThat(badTime.body()).contains("id=\"at-error\"");
    ConsoleClient.Page wrongStart =
        analyst.post(
            path + "/cases", Map.of("type", "identified", "at", "2025-10-22T06:00", "place", "x"));
    assertThat(wrongStart.body()).contains("id=\"type-error\"").contains("a case opens as");
    ConsoleClient.Page opened =
        analyst.post(
            path + "/cases",
            Map.of(
                "type", "rescued",
                "at", "2025-10-22T06:00",
                "place", "KK Park",
                "documents", String.join(System.lineSeparator(), "raid report 12", "photo log 3")));
    assertThat(opened.location()).contains("/console/cases/");
    String casePath = opened.location().substring(opened.location().indexOf("/console/"));
    assertThat(analyst.get(path).body()).contains("href=\"" + casePath + "\"");

    String casePage = analyst.get(casePath).body();
    assertThat(casePage)
        .contains("raid report 12")
        .contains("test.form-analyst")
        .contains("hx-post=\"" + casePath + "/events\"")
        .contains("href=\"" + path + "\"");
    ConsoleClient.Page viaHtmx =
        htmx(analyst, casePath + "/events", Map.of("type", "identified", "at", "2025-10-23T06:00"));
    assertThat(viaHtmx.status()).isEqualTo(200);
    assertThat(viaHtmx.body()).contains("id=\"place-error\"");
    ConsoleClient.Page moved =
        htmx(
            analyst,
            casePath + "/events",
            Map.of("type", "identified", "at", "2025-10-23T06:00", "place", "Mae Sot"));
    assertThat(moved.location()).endsWith(casePath);
    assertThat(analyst.get(casePath).body()).contains("identity verified").contains("Mae Sot");
  }

  @Test
  void aManifestGoesOnlyToAnAgencyWithAnAgreementAndListsVisiblePeople() {
    ConsoleClient analyst = login("test.form-analyst");
    String id = created(analyst, person("Moe Thida " + COUNTER.incrementAndGet()));
    assertThat(analyst.get("/console/manifests").body()).contains("id=\"new-manifest\"");
    String form = analyst.get("/console/manifests/new?person=" + id).body();
    assertThat(form)
        .contains("value=\"th-immigration\"")
        .doesNotContain("value=\"th-ccib\"")
        .contains(id)
        .contains("value=\"flight\"");
    String found = analyst.get("/console/manifests/new/people?name=Moe+Thida").body();
    assertThat(found).contains("Moe Thida").contains("add=" + id).doesNotContain("<html");
    String box = analyst.get("/console/manifests/new/persons?persons=" + id + "&add=" + id).body();
    assertThat(box).startsWith("<textarea").containsOnlyOnce(id);
    assertThat(analyst.get("/console/manifests/new/persons?persons=a&add=" + id).body())
        .contains("a" + System.lineSeparator() + id);
    Map<String, String> manifest = new LinkedHashMap<>();
    manifest.put("receiving", "th-ccib");
    manifest.put("mode", "flight");
    manifest.put("reference", "FD 252");
    manifest.put("date", "2025-10-25");
    manifest.put("place", "Mae Sot airport");
    manifest.put("persons", id);
    ConsoleClient.Page noAgreement = analyst.post("/console/manifests", manifest);
    assertThat(noAgreement.status()).isEqualTo(409);
    assertThat(noAgreement.body())
        .contains("id=\"receiving-error\"")
        .contains("has no sharing agreement");

    manifest.put("receiving", "th-immigration");
    manifest.put("persons", id + "\n00000000-0000-4000-8000-000000000001");
    ConsoleClient.Page unknown = analyst.post("/console/manifests", manifest);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body())
        .contains("id=\"persons-error\"")
        .contains("00000000-0000-4000-8000-000000000001: ")
        .contains("names no person visible");
    manifest.put("date", "25/10/2025");
    manifest.put("persons", id);
    assertThat(analyst.post("/console/manifests", manifest).body()).contains("id=\"date-error\"");

    manifest.put("date", "2025-10-25");
    ConsoleClient.Page created = analyst.post("/console/manifests", manifest);
    assertThat(created.location()).contains("/console/manifests/");
    String page =
        analyst.get(created.location().substring(created.location().indexOf("/console/"))).body();
    assertThat(page).contains("FD 252").contains("Mae Sot airport").contains("Moe Thida");
  }

  @Test
  void nothingTypedIntoAnyNewFieldRendersUnescaped() {
    ConsoleClient analyst = login("test.form-analyst");
    Map<String, String> hostile = new LinkedHashMap<>();
    for (String field :
        List.of(
            "names",
            "birthDate",
            "sex",
            "nationalities",
            "doc0-type",
            "doc0-number",
            "doc0-issuingState",
            "doc0-expiry",
            "doc1-number",
            "languages",
            "contact",
            "needs",
            "recruitmentMethods",
            "recruitmentChannels",
            "controlMethods",
            "types")) {
      Map<String, String> form = person("Su Su " + COUNTER.incrementAndGet());
      form.put(field, HOSTILE);
      hostile.put(field, analyst.post("/console/persons", form).body());
    }
    Map<String, String> stored = person("Hla " + COUNTER.incrementAndGet() + " " + HOSTILE);
    stored.put("contact", "call " + HOSTILE);
    String id = created(analyst, stored);
    String path = "/console/persons/" + id;
    hostile.put("person page", analyst.get(path).body());
    hostile.put(
        "consent",
        analyst.post(path + "/consent", Map.of("kind", HOSTILE, "legalBasis", HOSTILE)).body());
    hostile.put(
        "determination",
        analyst
            .post(path + "/determinations", Map.of("verdict", HOSTILE, "basis", HOSTILE))
            .body());
    Map<String, String> event = new LinkedHashMap<>();
    for (String field : List.of("type", "at", "place", "site", "documents", "note")) {
      event.put(field, HOSTILE);
    }
    hostile.put("case", analyst.post(path + "/cases", event).body());
    event.put("type", "rescued");
    event.put("at", "2025-10-22T06:00");
    event.remove("site");
    ConsoleClient.Page opened = analyst.post(path + "/cases", event);
    assertThat(opened.status()).as(opened.body()).isEqualTo(302);
    hostile.put(
        "case page",
        analyst.get(opened.location().substring(opened.location().indexOf("/console/"))).body());
    Map<String, String> manifest = new LinkedHashMap<>();
    for (String field : List.of("receiving", "mode", "reference", "date", "place", "persons")) {
      manifest.put(field, HOSTILE);
    }
    hostile.put("manifest", analyst.post("/console/manifests", manifest).body());
    String query = URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8);
    hostile.put("people found", analyst.get("/console/manifests/new/people?name=" + query).body());
    hostile.put(
        "people box",
        analyst.get("/console/manifests/new/persons?persons=" + query + "&add=" + query).body());
    hostile.forEach(
        (where, body) ->
            assertThat(body)
                .as(where)
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x"));
    assertThat(hostile.get("person page")).contains("&lt;script&gt;alert");
    assertThat(hostile.get("case page")).contains("&lt;script&gt;alert");
  }

  @Test
  void aScreeningClientsOperatorAndOtherAgenciesAreKeptOut() {
    ConsoleClient desk = login("test.form-desk");
    assertThat(desk.get("/").body()).doesNotContain("nav-new-person");
    assertThat(desk.get("/console/persons/new").status()).isEqualTo(403);
    assertThat(desk.post("/console/persons", person("Aye Aye")).status()).isEqualTo(403);
    assertThat(desk.get("/console/manifests/new").status()).isEqualTo(403);
    assertThat(desk.get("/console/manifests/new/people?name=Aye").status()).isEqualTo(403);
    assertThat(desk.post("/console/manifests", Map.of("receiving", "th-immigration")).status())
        .isEqualTo(403);

    ConsoleClient analyst = login("test.form-analyst");
    String id = created(analyst, person("Zin Mar " + COUNTER.incrementAndGet()));
    assertThat(desk.get("/console/persons/" + id).status()).isEqualTo(403);
    assertThat(desk.post("/console/persons/" + id + "/consent", Map.of("kind", "given")).status())
        .isEqualTo(403);
    ConsoleClient outsider = login("test.form-outsider");
    assertThat(outsider.get("/console/persons/" + id).status()).isEqualTo(404);
    assertThat(
            outsider.post("/console/persons/" + id + "/consent", Map.of("kind", "given")).status())
        .isEqualTo(404);
    assertThat(
            outsider
                .post(
                    "/console/persons/" + id + "/cases",
                    Map.of("type", "rescued", "at", "2025-10-22T06:00", "place", "x"))
                .status())
        .isEqualTo(404);
  }

  /** Posts the form as htmx does: the CSRF token of the last page and the {@code HX-Request}. */
  private static ConsoleClient.Page htmx(
      ConsoleClient console, String path, Map<String, String> form) {
    String token =
        console
            .get(path.substring(0, path.lastIndexOf('/')))
            .body()
            .replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    Map<String, String> withToken = new LinkedHashMap<>(form);
    withToken.put("_csrf", token);
    String body =
        withToken.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return console.send(
        HttpRequest.newBuilder(URI.create(seeded.node().baseUrl() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("HX-Request", "true")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }
}

package org.mekong.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.console.ConsoleAccounts;
import org.mekong.server.console.Role;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * The console's case list against the API's rule, on a real node: cases of one site opened by
 * several agencies, with persons of several nationalities, every consent state and handovers; for
 * each agency the list, page by page, holds exactly the cases {@code GET /cases/{id}} answers 200
 * for, newest first, once each, with the status and nationality filters as the API shows the
 * fields; the same with pages cut short by a tiny examination bound.
 */
class CaseListTest {

  private static final long SEED = Long.getLong("caseListSeed", System.nanoTime());
  private static final String PASSWORD = "a case list passphrase";
  private static final Pattern CASE = Pattern.compile("href=\"/console/cases/([0-9a-f-]{36})\"");
  private static final Pattern NEXT = Pattern.compile("id=\"cases-next\"[^>]*href=\"([^\"]+)\"");
  private static final List<String> CREATORS = List.of("mm-police", "th-ccib", "th-immigration");
  private static final List<String> VIEWERS =
      List.of("mm-police", "th-ccib", "th-immigration", "th-cn-consulate", "th-vn-consulate");
  private static final List<String> RECEIVERS =
      List.of("th-immigration", "th-cn-consulate", "th-vn-consulate", "th-ccib", "mm-police");

  private static SeededNode node;
  private static final Map<String, String> KEY = new LinkedHashMap<>();
  private static final List<String> CASES = new ArrayList<>();
  private static String site = "";

  @BeforeAll
  static void casesOfOneSiteOverSeveralAgenciesAndConsentStates() {
    node = TestNodes.shared();
    for (String id : CREATORS) {
      KEY.put(id, node.keyOf(id));
    }
    KEY.put(
        "th-cn-consulate",
        CaseworkFixtures.agency(node, "th-cn-consulate", "CN", AgencyKind.CONSULAR));
    KEY.put(
        "th-vn-consulate",
        CaseworkFixtures.agency(node, "th-vn-consulate", "VN", AgencyKind.CONSULAR));
    ConsoleAccounts accounts = node.node().bean(ConsoleAccounts.class);
    for (String viewer : VIEWERS) {
      accounts.put(new AgencyId(viewer), "test.list-" + viewer, PASSWORD, Role.ANALYST);
    }
    Http.Response created =
        post(
            "mm-police",
            "/api/v1/casework/sites",
            "{\"name\": \"List compound "
                + SEED
                + "\", \"kind\": \"scam-compound\","
                + " \"country\": \"MM\"}");
    site = created.json().get("id").asString();
    Random random = new Random(SEED);
    Instant at = Instant.parse("2025-06-01T00:00:00Z");
    for (int i = 0; i < 36; i++) {
      at = i % 5 == 4 ? at : at.plusSeconds(60 + random.nextInt(600)); // some share a time
      CASES.add(seedCase(random, at));
    }
  }

  private static String seedCase(Random random, Instant at) {
    String creator = CREATORS.get(random.nextInt(CREATORS.size()));
    String nationality = List.of("CHN", "VNM", "THA").get(random.nextInt(3));
    String person =
        post(
                creator,
                "/api/v1/casework/persons",
                "{\"names\": [\"Mya Case List\"], \"sex\": \"female\","
                    + " \"nationalities\": [\""
                    + nationality
                    + "\"]}")
            .json()
            .get("id")
            .asString();
    String consent =
        List.of("none", "given", "refused", "override", "withdrawn").get(random.nextInt(5));
    if (!consent.equals("none")) {
      String kind = consent.equals("withdrawn") ? "given" : consent;
      post(
          creator,
          "/api/v1/casework/persons/" + person + "/consent",
          "{\"kind\": \""
              + kind
              + "\", \"recordedBy\": \"Officer\""
              + (kind.equals("override") ? ", \"legalBasis\": \"Court order 7/2025\"" : "")
              + "}");
    }
    boolean permits = consent.equals("given") || consent.equals("override");
    String opener =
        permits && random.nextBoolean() ? CREATORS.get(random.nextInt(CREATORS.size())) : creator;
    boolean rescued = random.nextInt(4) > 0;
    String first =
        "{\"type\": \"%s\", \"actingPerson\": \"Officer\", \"at\": \"%s\", \"place\": \"Myawaddy\", \"site\": \"%s\"}"
            .formatted(rescued ? "rescued" : "reported-missing", at, site);
    String id =
        post(
                opener,
                "/api/v1/casework/cases",
                "{\"person\": \"" + person + "\", \"event\": " + first + "}")
            .json()
            .get("id")
            .asString();
    if (rescued && random.nextInt(3) > 0) {
      event(
          opener,
          id,
          "{\"type\": \"identified\", \"at\": \"%s\", \"place\": \"Mae Sot\"}"
              .formatted(at.plusSeconds(1)));
      List<String> others = RECEIVERS.stream().filter(r -> !r.equals(opener)).toList();
      String receiver = others.get(random.nextInt(others.size()));
      event(
          opener,
          id,
          "{\"type\": \"handed-over\", \"at\": \"%s\", \"place\": \"Friendship Bridge\", \"receivingAgency\": \"%s\"}"
              .formatted(at.plusSeconds(2), receiver));
    }
    if (consent.equals("withdrawn")) {
      post(
          creator,
          "/api/v1/casework/persons/" + person + "/consent",
          "{\"kind\": \"refused\", \"recordedBy\": \"Officer\"}");
    }
    return id;
  }

  @Test
  void everyAgencyPagesThroughExactlyTheCasesTheApiLetsItRead() {
    for (String viewer : VIEWERS) {
      String cell = viewer + " (seed " + SEED + ")";
      Map<String, JsonNode> read = readable(viewer);
      List<String> expected = List.copyOf(read.keySet());
      ConsoleClient console = new ConsoleClient(node.node().baseUrl());
      assertThat(console.login("test.list-" + viewer, PASSWORD, null).location())
          .doesNotContain("error");
      List<String> listed = pages(console, "/console/cases?site=" + site + "&size=4", cell);
      assertThat(listed).as(cell).doesNotHaveDuplicates().containsExactlyElementsOf(expected);

      List<String> handedOver =
          read.entrySet().stream()
              .filter(e -> e.getValue().get("state").asString().equals("handed-over"))
              .map(Map.Entry::getKey)
              .toList();
      assertThat(pages(console, "/console/cases?site=" + site + "&status=handed-over&size=3", cell))
          .as(cell + " handed over")
          .containsExactlyElementsOf(handedOver);
      List<String> chinese =
          read.entrySet().stream()
              .filter(e -> nationalitiesShown(viewer, e.getValue()).contains("CHN"))
              .map(Map.Entry::getKey)
              .toList();
      assertThat(pages(console, "/console/cases?site=" + site + "&nationality=chn&size=5", cell))
          .as(cell + " Chinese nationals")
          .containsExactlyElementsOf(chinese);

      Agency agency = node.node().bean(AgencyDirectory.class).find(viewer).orElseThrow();
      CaseList list = node.node().bean(CaseList.class);
      List<String> bounded = new ArrayList<>();
      String after = null;
      int pages = 0;
      do {
        CaseList.Page page = list.page(agency, null, site, null, after, 3, 5);
        assertThat(page.rows()).as(cell).hasSizeLessThanOrEqualTo(3);
        page.rows().forEach(r -> bounded.add(r.id()));
        after = page.next();
        assertThat(++pages).as(cell + " pages").isLessThan(100);
      } while (after != null);
      assertThat(bounded).as(cell + " bounded").containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aCursorOrSizeNotFromTheListIsRefusedNamingIt() {
    ConsoleClient console = new ConsoleClient(node.node().baseUrl());
    console.login("test.list-mm-police", PASSWORD, null);
    ConsoleClient.Page cursor = console.get("/console/cases?after=yesterday");
    assertThat(cursor.status()).isEqualTo(400);
    assertThat(cursor.body()).contains("after");
    assertThat(console.get("/console/cases?size=0").status()).isEqualTo(400);
    assertThat(console.get("/console/cases?size=201").status()).isEqualTo(400);
  }

  /** The seeded cases {@code viewer} may read through the API, newest first, as it shows them. */
  private static Map<String, JsonNode> readable(String viewer) {
    List<JsonNode> shown = new ArrayList<>();
    for (String id : CASES) {
      Http.Response read = node.http().get("/api/v1/casework/cases/" + id, KEY.get(viewer));
      assertThat(read.status()).as(read.body()).isIn(200, 404);
      if (read.status() == 200) {
        shown.add(read.json());
      }
    }
    shown.sort(
        java.util.Comparator.comparing(
                (JsonNode c) -> Instant.parse(c.get("timeline").get(0).get("at").asString()))
            .thenComparing(c -> c.get("id").asString())
            .reversed());
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    shown.forEach(c -> byId.put(c.get("id").asString(), c));
    return byId;
  }

  private static Set<String> nationalitiesShown(String viewer, JsonNode shownCase) {
    String person = shownCase.get("person").asString();
    Http.Response read = node.http().get("/api/v1/casework/persons/" + person, KEY.get(viewer));
    Set<String> shown = new LinkedHashSet<>();
    if (read.status() == 200 && read.json().get("person").has("nationalities")) {
      read.json().get("person").get("nationalities").forEach(n -> shown.add(n.asString()));
    }
    return shown;
  }

  private static List<String> pages(ConsoleClient console, String first, String cell) {
    List<String> ids = new ArrayList<>();
    @Nullable String path = first;
    int pages = 0;
    while (path != null) {
      ConsoleClient.Page page = console.get(path);
      assertThat(page.status()).as(cell + " " + path).isEqualTo(200);
      Matcher cases = CASE.matcher(page.body());
      while (cases.find()) {
        ids.add(cases.group(1));
      }
      Matcher next = NEXT.matcher(page.body());
      path = next.find() ? next.group(1).replace("&amp;", "&") : null;
      assertThat(++pages).as(cell + " pages").isLessThan(100);
    }
    return ids;
  }

  private static Http.Response post(String agency, String path, String json) {
    Http.Response response = node.http().post(path, KEY.get(agency), json);
    assertThat(response.status()).as(path + " " + response.body()).isEqualTo(201);
    return response;
  }

  private static void event(String agency, String id, String json) {
    post(
        agency,
        "/api/v1/casework/cases/" + id + "/events",
        json.replace("{", "{\"actingPerson\": \"Officer\", "));
  }
}

package org.mekong.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * The three-node federation of the demo (China, Myanmar, Thailand, each with its own database):
 * what the markings and agreements share arrives and nothing else does, on every read path; a
 * revocation reaches every node that holds the object; a node stopped while its partners publish
 * catches up after its restart with nothing lost and nothing duplicated.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoFederationTest {

  private static final String COLLECTION =
      "/taxii2/mekong/collections/7d4e5a4c-3f0b-4a55-9a1e-6f2b8c0d9e11/";
  private static final String TAXII = "application/taxii+json;version=2.1";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /** Every agency of the federation and its node. */
  private static final Map<String, String> NODE_OF =
      Map.of(
          "cn-mps-afc", "cn",
          "mm-police", "mm",
          "th-ccib", "th",
          "th-immigration", "th",
          "th-amlo", "th",
          "th-chaophraya-mobile", "th",
          "th-mekhala-bank", "th");

  private static Path dataDir;
  private static DemoFederation federation;
  private static final Map<String, String> ids = new LinkedHashMap<>();
  private static final List<String> credentialsBeforeReady = new ArrayList<>();
  private static final List<String> story = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeAll
  static void startFederation() {
    dataDir = TestNodes.newDataDir();
    federation =
        DemoFederation.start(
            new DemoFederation.Options(dataDir, 0, 1, 0, Map.of()),
            message -> {
              story.add(message);
              if (message.startsWith("Making the nodes partners")) {
                DemoFederation.SITES.stream()
                    .map(site -> dataDir.resolve(site.name()).resolve(DemoSeeder.CREDENTIALS_FILE))
                    .filter(Files::exists)
                    .forEach(file -> credentialsBeforeReady.add(file.toString()));
              }
            });
    ids.put("green", publish("cn", "cn-mps-afc", phone("+95 9 420 030 001", "green")));
    ids.put("amber", publish("cn", "cn-mps-afc", phone("+66 2 555 3002", "amber")));
    ids.put("amber+strict", publish("cn", "cn-mps-afc", phone("+66 2 555 3003", "amber+strict")));
    Map<String, Object> red = phone("+66 2 555 3004", "red");
    red.put("recipients", List.of("mm-police"));
    ids.put("red", publish("cn", "cn-mps-afc", red));
    Map<String, Object> h2 = phone("+66 2 555 3005", "green");
    h2.put("handling", "H2");
    ids.put("green+H2", publish("cn", "cn-mps-afc", h2));
    ids.put("mm amber", publish("mm", "mm-police", phone("+95 9 420 030 006", "amber")));
    ids.put("th amber", publish("th", "th-ccib", phone("+66 2 555 3007", "amber")));
    awaitTrue(() -> sees("th-ccib", id("amber+strict")), "th-ccib to receive amber+strict");
    awaitTrue(() -> sees("mm-police", id("red")), "mm-police to receive red");
    awaitTrue(() -> sees("cn-mps-afc", id("th amber")), "cn to receive th's amber");
    awaitTrue(() -> sees("th-ccib", id("mm amber")), "th to receive mm's amber");
    awaitTrue(
        () -> sees("th-immigration", id("green+H2")) && sees("mm-police", id("green")),
        "the green objects to arrive");
  }

  @AfterAll
  static void stopFederation() {
    if (federation != null) {
      federation.close();
    }
    TestNodes.deleteRecursively(dataDir);
  }

  @Test
  @Order(1)
  void eachNodeWritesItsOwnCredentialsOnceTheFederationIsReady() throws Exception {
    assertThat(credentialsBeforeReady)
        .as("credentials written before the nodes were set up")
        .isEmpty();
    for (DemoFederation.Site site : DemoFederation.SITES) {
      Http http = new Http(federation.member(site.name()).baseUrl());
      assertThat(http.get("/actuator/health/readiness", null).status())
          .as(site.name())
          .isEqualTo(200);
      Path file = dataDir.resolve(site.name()).resolve(DemoSeeder.CREDENTIALS_FILE);
      JsonNode credentials = Http.JSON.readTree(Files.readString(file));
      List<String> agencies = new ArrayList<>();
      credentials.path("agencies").forEach(agency -> agencies.add(agency.path("id").asString()));
      assertThat(agencies)
          .as(site.name())
          .containsExactlyInAnyOrderElementsOf(
              site.agencies().stream().map(agency -> agency.id().value()).toList());
      assertThat(credentials.path("baseUrl").asString())
          .isEqualTo(federation.member(site.name()).baseUrl());
    }
  }

  @Test
  @Order(2)
  void whatIsSharedArrivesAndNothingElseOnEveryPath() {
    Map<String, Set<String>> audience = new LinkedHashMap<>();
    Set<String> everyone = NODE_OF.keySet();
    audience.put("green", everyone);
    audience.put("green+H2", everyone);
    audience.put(
        "amber",
        Set.of("cn-mps-afc", "mm-police", "th-ccib", "th-chaophraya-mobile", "th-mekhala-bank"));
    audience.put("amber+strict", Set.of("cn-mps-afc", "th-ccib"));
    audience.put("red", Set.of("cn-mps-afc", "mm-police"));
    audience.put(
        "mm amber",
        Set.of("mm-police", "cn-mps-afc", "th-ccib", "th-chaophraya-mobile", "th-mekhala-bank"));
    audience.put(
        "th amber", Set.of("th-ccib", "cn-mps-afc", "th-chaophraya-mobile", "th-mekhala-bank"));
    for (var expected : audience.entrySet()) {
      String id = id(expected.getKey());
      for (String agency : everyone) {
        boolean shouldSee = expected.getValue().contains(agency);
        String what = expected.getKey() + " as " + agency + "@" + nodeOf(agency);
        assertThat(sees(agency, id)).as("get " + what).isEqualTo(shouldSee);
        assertThat(foundBySelector(agency, id)).as("selector search " + what).isEqualTo(shouldSee);
        assertThat(correlated(agency, id)).as("correlation " + what).isEqualTo(shouldSee);
        assertThat(inTaxii(agency, id)).as("TAXII " + what).isEqualTo(shouldSee);
      }
    }
  }

  @Test
  @Order(3)
  void aReceivingNodePassesOnOnlyWhatMayGoFurther() throws Exception {
    // mm-police's key at Thailand's node: what Thailand would pass on to Myanmar.
    Map<String, Map<String, String>> keys =
        Http.JSON.readValue(
            dataDir.resolve(DemoFederation.FEDERATION_KEYS_FILE).toFile(),
            new TypeReference<Map<String, Map<String, String>>>() {});
    String myanmarAtThailand =
        Objects.requireNonNull(Objects.requireNonNull(keys.get("mm@th")).get("mm-police"));
    Http thailand = new Http(federation.member("th").baseUrl());
    List<String> served = new ArrayList<>();
    thailand
        .send(
            thailand
                .request(COLLECTION + "objects/?limit=1000", myanmarAtThailand)
                .header("Accept", TAXII)
                .GET()
                .build())
        .json()
        .path("objects")
        .forEach(object -> served.add(object.path("id").asString()));
    assertThat(served).contains(id("green"));
    assertThat(served)
        .doesNotContain(
            id("th amber"),
            id("green+H2"),
            id("amber"),
            id("amber+strict"),
            id("red"),
            id("mm amber"));
  }

  @Test
  @Order(4)
  void aRevocationReachesEveryNodeThatHadTheObject() {
    String amber = id("amber");
    federation("cn").postOk("/api/v1/indicators/" + amber + "/revoke", key("cn-mps-afc"), Map.of());
    for (String agency : List.of("mm-police", "th-ccib", "th-chaophraya-mobile")) {
      awaitTrue(() -> revoked(agency, amber), "the revocation to reach " + agency);
      JsonNode history =
          federation(nodeOf(agency)).getOk("/api/v1/indicators/" + amber + "/history", key(agency));
      assertThat(versions(history)).as(agency).containsExactly(1, 2);
    }
    assertThat(sees("th-immigration", amber)).isFalse();
  }

  @Test
  @Order(5)
  void aStoppedNodeCatchesUpWithNothingLostAndNothingDuplicated() {
    federation.stop("th");
    List<String> whileDown = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      whileDown.add(
          publish("cn", "cn-mps-afc", phone(String.format("+66 2 555 4%03d", i), "amber")));
      whileDown.add(
          publish("mm", "mm-police", phone(String.format("+95 9 420 04%04d", i), "green")));
    }
    String green = id("green");
    federation("cn").postOk("/api/v1/indicators/" + green + "/revoke", key("cn-mps-afc"), Map.of());
    federation.restart("th");
    awaitTrue(
        () -> whileDown.stream().allMatch(id -> sees("th-ccib", id)) && revoked("th-ccib", green),
        "Thailand to catch up");
    for (String id : whileDown) {
      JsonNode history =
          federation("th").getOk("/api/v1/indicators/" + id + "/history", key("th-ccib"));
      assertThat(versions(history)).as(id).containsExactly(1);
    }
    JsonNode greenHistory =
        federation("th").getOk("/api/v1/indicators/" + green + "/history", key("th-ccib"));
    assertThat(versions(greenHistory)).containsExactly(1, 2);
    JsonNode partners =
        federation("th").getOk("/api/v1/federation/partners", federation.member("th").adminKey());
    List<String> states = new ArrayList<>();
    partners.path("partners").forEach(partner -> states.add(partner.path("state").asString()));
    assertThat(states).hasSize(2).containsOnly("up");
  }

  private static String id(String name) {
    return Objects.requireNonNull(ids.get(name), name);
  }

  private static String nodeOf(String agency) {
    return Objects.requireNonNull(NODE_OF.get(agency), agency);
  }

  private static List<Integer> versions(JsonNode history) {
    List<Integer> versions = new ArrayList<>();
    JsonNode items = history.has("versions") ? history.path("versions") : history;
    items.forEach(version -> versions.add(version.path("version").asInt()));
    versions.sort(Integer::compare);
    return versions;
  }

  private static Map<String, Object> phone(String number, String tlp) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "phone");
    body.put("value", number);
    body.put("categories", List.of("fraud.impersonation.authority"));
    body.put("confidence", 70);
    body.put("tlp", tlp);
    return body;
  }

  private static String publish(String node, String agency, Map<String, Object> body) {
    String id =
        federation(node)
            .postOk("/api/v1/indicators", key(agency), body)
            .path("indicator")
            .path("id")
            .asString();
    assertThat(id).startsWith("indicator--");
    return id;
  }

  @Test
  @Order(6)
  void chinasWantedNoticeIssuedOnItsNodeHitsAtTheThaiNodeTypedInThai() {
    String issued =
        story.stream()
            .filter(line -> line.contains("China's wanted notice"))
            .findFirst()
            .orElse("");
    assertThat(issued).as("%s", story).contains("on China's node");
    assertThat(story)
        .as("the Thai story waited for the notice")
        .anyMatch(line -> line.contains("the notice arrived at the Thai node"));
    String typed =
        story.stream().filter(line -> line.contains("a Thai officer typed")).findFirst().orElse("");
    assertThat(typed).as("%s", story).contains("hit notice");
    NodeApi.Answer notices = getAs("th-immigration", "/api/v1/notices?limit=10");
    assertThat(notices.status()).as(notices.body()).isEqualTo(200);
    assertThat(notices.json().get("items")).isNotEmpty();
    assertThat(notices.json().get("items").get(0).get("originator").asString())
        .isEqualTo("cn-mps-afc");
  }

  private static NodeApi federation(String node) {
    return new NodeApi(federation.member(node).baseUrl());
  }

  private static String key(String agency) {
    return federation.member(nodeOf(agency)).keyOf(agency);
  }

  private static NodeApi.Answer getAs(String agency, String path) {
    return federation(nodeOf(agency)).get(path, key(agency));
  }

  private static boolean sees(String agency, String id) {
    NodeApi.Answer answer = getAs(agency, "/api/v1/indicators/" + id);
    assertThat(answer.status()).as(answer.body()).isIn(200, 404);
    return answer.ok();
  }

  private static boolean revoked(String agency, String id) {
    NodeApi.Answer answer = getAs(agency, "/api/v1/indicators/" + id);
    return answer.ok() && answer.json().path("revoked").asBoolean(false);
  }

  private static String canonicalOf(String id) {
    JsonNode indicator =
        federation("cn").get("/api/v1/indicators/" + id, key("cn-mps-afc")).ok()
            ? federation("cn").getOk("/api/v1/indicators/" + id, key("cn-mps-afc"))
            : federation("mm").get("/api/v1/indicators/" + id, key("mm-police")).ok()
                ? federation("mm").getOk("/api/v1/indicators/" + id, key("mm-police"))
                : federation("th").getOk("/api/v1/indicators/" + id, key("th-ccib"));
    return indicator.path("selector").path("canonical").asString();
  }

  private static boolean foundBySelector(String agency, String id) {
    String selector = URLEncoder.encode(canonicalOf(id), StandardCharsets.UTF_8);
    JsonNode page =
        federation(nodeOf(agency))
            .getOk("/api/v1/indicators?type=phone&selector=" + selector, key(agency));
    return containsId(page.path("items"), id);
  }

  private static boolean correlated(String agency, String id) {
    String selector = URLEncoder.encode(canonicalOf(id), StandardCharsets.UTF_8);
    JsonNode correlation =
        federation(nodeOf(agency))
            .getOk("/api/v1/correlation?type=phone&selector=" + selector, key(agency));
    return correlation.toString().contains(id);
  }

  private static boolean inTaxii(String agency, String id) {
    Http http = new Http(federation.member(nodeOf(agency)).baseUrl());
    HttpRequest request =
        http.request(COLLECTION + "objects/?match%5Bid%5D=" + id, key(agency))
            .header("Accept", TAXII)
            .GET()
            .build();
    Http.Response response = http.send(request);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return containsId(response.json().path("objects"), id);
  }

  private static boolean containsId(JsonNode items, String id) {
    for (JsonNode item : items) {
      if (item.path("id").asString().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        StringBuilder states = new StringBuilder();
        for (DemoFederation.Member member : federation.members()) {
          states
              .append('\n')
              .append(member.site().name())
              .append(": ")
              .append(
                  new NodeApi(member.baseUrl())
                      .get("/api/v1/federation/partners", member.adminKey())
                      .body());
        }
        throw new AssertionError("gave up waiting for " + what + "; partners:" + states);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}

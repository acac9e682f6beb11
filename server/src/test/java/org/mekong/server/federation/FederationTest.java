package org.mekong.server.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.server.federation.FederationNodes.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mekong.server.federation.FederationNodes.Node;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two real nodes, cn and th, in one JVM: th pulls cn's TAXII collection with the keys its agencies
 * hold at cn. What arrives at th, who sees it there, what th passes on to a third node's agency,
 * revocations, a restart, a partner that cannot be reached and refusals, all through HTTP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationTest {

  private static final Duration DEADLINE = Duration.ofSeconds(90);

  /** The agencies of th whose reading is checked, including two remote ones. */
  private static final List<String> TH_READERS =
      List.of("th-ccib", "th-amlo", "th-bank", "th-immigration", "vn-police", "cn-mps-afc");

  private static Node cn;
  private static Node th;
  private static String cnKey;
  private static String cyberKey;
  private static final Map<String, String> thKeys = new LinkedHashMap<>();
  private static String prefix;
  private static int counter;

  @BeforeAll
  static void twoNodes() {
    cn = new Node(TestNodes.newDataDir());
    th = new Node(TestNodes.newDataDir());
    cnKey = cn.agency("cn-mps-afc", "law-enforcement", "CN", null);
    cyberKey = cn.agency("cn-cyber", "law-enforcement", "CN", null);
    String ccibAtCn = cn.agency("th-ccib", "law-enforcement", "TH", "th");
    String amloAtCn = cn.agency("th-amlo", "financial-intelligence", "TH", "th");
    cn.agreement("cn-mps-afc", "th-ccib");

    thKeys.put("th-ccib", th.agency("th-ccib", "law-enforcement", "TH", null));
    thKeys.put("th-amlo", th.agency("th-amlo", "financial-intelligence", "TH", null));
    thKeys.put("th-bank", th.agency("th-bank", "screening-client", "TH", null));
    thKeys.put("th-immigration", th.agency("th-immigration", "immigration", "TH", null));
    thKeys.put("vn-police", th.agency("vn-police", "law-enforcement", "VN", "vn"));
    thKeys.put("cn-mps-afc", th.agency("cn-mps-afc", "law-enforcement", "CN", "cn"));
    th.agreement("th-ccib", "th-bank");

    Http.Response partner =
        th.put(
            "/api/v1/admin/federation/partners/cn",
            th.adminKey,
            "{\"url\":\""
                + cn.baseUrl()
                + "\",\"credentials\":{\"th-ccib\":\""
                + ccibAtCn
                + "\",\"th-amlo\":\""
                + amloAtCn
                + "\"},\"pollSeconds\":1}");
    assertThat(partner.status()).as(partner.body()).isEqualTo(201);
    assertThat(partner.body()).doesNotContain(ccibAtCn);
    prefix = "+8613" + (100 + ThreadLocalRandom.current().nextInt(800));
  }

  @AfterAll
  static void stopNodes() {
    for (Node node : new Node[] {th, cn}) {
      if (node != null) {
        node.stop();
        TestNodes.deleteRecursively(node.dataDir);
      }
    }
  }

  @Test
  @Order(1)
  void eachMarkingArrivesAndIsSeenAtThExactlyAsTheRulesSay() {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("green", cn.publish(cnKey, number(), "green", ""));
    ids.put("amber", cn.publish(cnKey, number(), "amber", ""));
    ids.put("amber+strict", cn.publish(cnKey, number(), "amber+strict", ""));
    ids.put("red-ccib", cn.publish(cnKey, number(), "red", ",\"recipients\":[\"th-ccib\"]"));
    ids.put("red-cn", cn.publish(cnKey, number(), "red", ",\"recipients\":[\"cn-cyber\"]"));
    ids.put("green-h2", cn.publish(cnKey, number(), "green", ",\"handling\":\"H2\""));
    awaitCompleteCatchUp();

    Map<String, Set<String>> expected =
        Map.of(
            "green", Set.of("th-ccib", "th-amlo", "th-bank", "th-immigration", "vn-police"),
            "amber", Set.of("th-ccib", "th-bank"),
            "amber+strict", Set.of("th-ccib"),
            "red-ccib", Set.of("th-ccib"),
            "red-cn", Set.of(),
            "green-h2", Set.of("th-ccib", "th-amlo", "th-bank", "th-immigration"));
    for (var entry : ids.entrySet()) {
      for (String reader : TH_READERS) {
        int status = th.http.get("/api/v1/indicators/" + entry.getValue(), key(reader)).status();
        assertThat(status)
            .as(entry.getKey() + " read at th by " + reader)
            .isEqualTo(
                expected.getOrDefault(entry.getKey(), Set.of()).contains(reader) ? 200 : 404);
      }
    }
    for (String reader : TH_READERS) {
      Set<String> seen = taxiiIds(th, key(reader));
      for (var entry : ids.entrySet()) {
        assertThat(seen.contains(entry.getValue()))
            .as(entry.getKey() + " in th's TAXII collection for " + reader)
            .isEqualTo(expected.getOrDefault(entry.getKey(), Set.of()).contains(reader));
      }
    }

    JsonNode green = th.http.get("/api/v1/indicators/" + ids.get("green"), key("th-ccib")).json();
    assertThat(green.get("originator").asString()).isEqualTo("cn-mps-afc");
    assertThat(green.get("version").asInt()).isEqualTo(1);
    assertThat(green.get("provenance").get("node").asString()).isEqualTo("cn");
    assertThat(green.get("provenance").get("receivedFrom").asString()).isEqualTo("cn");
    JsonNode atCn = cn.http.get("/api/v1/indicators/" + ids.get("green"), cnKey).json();
    assertThat(green.get("modified").asString()).isEqualTo(atCn.get("modified").asString());
    assertThat(green.get("created").asString()).isEqualTo(atCn.get("created").asString());

    String amberNumber =
        th.http
            .get("/api/v1/indicators/" + ids.get("amber"), key("th-ccib"))
            .json()
            .get("selector")
            .get("canonical")
            .asString();
    await(
        "the amber indicator on th's screening watch list for th-bank",
        DEADLINE,
        () -> {
          Http.Response screened =
              th.http.post(
                  "/api/v1/screen",
                  key("th-bank"),
                  "{\"items\":[{\"value\":\"" + amberNumber + "\"}]}");
          return screened.status() == 200
                  && screened.json().get("results").get(0).get("matches").size() == 1
              ? screened
              : null;
        });
  }

  @Test
  @Order(2)
  void thPassesOnOnlyGreenWithoutH2ToAThirdNodesAgencyAndNothingBackToCn() {
    String green = cn.publish(cnKey, number(), "green", "");
    String amber = cn.publish(cnKey, number(), "amber", "");
    String h2 = cn.publish(cnKey, number(), "green", ",\"handling\":\"H2\"");
    awaitCompleteCatchUp();
    Set<String> vn = taxiiIds(th, key("vn-police"));
    assertThat(vn).contains(green).doesNotContain(amber, h2);
    assertThat(th.http.get("/api/v1/indicators/" + green, key("vn-police")).status())
        .isEqualTo(200);
    assertThat(taxiiIds(th, key("cn-mps-afc"))).doesNotContain(green, amber, h2);
  }

  @Test
  @Order(3)
  void aPartnersAgencyReadsButDoesNotWrite() {
    String vn = key("vn-police");
    Http.Response publish =
        th.http.post(
            "/api/v1/indicators",
            vn,
            "{\"type\":\"phone\",\"value\":\"" + number() + "\",\"categories\":[\"fraud\"]}");
    assertThat(publish.status()).as(publish.body()).isEqualTo(403);
    JsonNode collection = th.taxii(FederationNodes.COLLECTION, vn).json();
    assertThat(collection.get("can_write").asBoolean()).isFalse();
    assertThat(
            th.taxii(FederationNodes.COLLECTION, key("th-ccib"))
                .json()
                .get("can_write")
                .asBoolean())
        .isTrue();
    Http.Response add =
        th.http.send(
            th.http
                .request(FederationNodes.COLLECTION + "objects/", vn)
                .header("Accept", FederationNodes.TAXII)
                .header("Content-Type", "application/stix+json;version=2.1")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"bundle\",\"id\":\"bundle--"
                            + java.util.UUID.randomUUID()
                            + "\",\"objects\":[]}"))
                .build());
    assertThat(add.status()).as(add.body()).isEqualTo(403);
    assertThat(th.http.get("/api/v1/federation/partners", vn).status()).isEqualTo(403);

    JsonNode agencies = th.http.get("/api/v1/admin/agencies", th.adminKey).json();
    Map<String, String> nodes = new LinkedHashMap<>();
    agencies.forEach(
        a ->
            nodes.put(
                a.get("id").asString(), a.get("node").isNull() ? "" : a.get("node").asString()));
    assertThat(nodes).containsEntry("vn-police", "vn").containsEntry("th-ccib", "");
  }

  @Test
  @Order(4)
  void aRevocationOnCnReachesThAndShowsInItsHistory() {
    String id = cn.publish(cnKey, number(), "green", "");
    String number =
        await("the indicator at th", DEADLINE, () -> visibleAtTh(id))
            .get("selector")
            .get("canonical")
            .asString();
    await("the indicator on th's watch list", DEADLINE, () -> screenedAtTh(number, 1));
    assertThat(
            th.http.post("/api/v1/indicators/" + id + "/revoke", key("cn-mps-afc"), "{}").status())
        .as("the originator's agency does not revoke through a partner")
        .isEqualTo(403);
    Http.Response revoked = cn.http.post("/api/v1/indicators/" + id + "/revoke", cnKey, "{}");
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    await(
        "the revocation at th",
        DEADLINE,
        () -> {
          JsonNode seen = visibleAtTh(id);
          return seen != null && seen.get("revoked").asBoolean() ? seen : null;
        });
    await("the revocation on th's watch list", DEADLINE, () -> screenedAtTh(number, 0));
    JsonNode history = th.http.get("/api/v1/indicators/" + id + "/history", key("th-amlo")).json();
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("version").asInt()).isEqualTo(2);
    assertThat(history.get(0).get("revoked").asBoolean()).isTrue();
    assertThat(history.get(1).get("revoked").asBoolean()).isFalse();
  }

  @Test
  @Order(5)
  void anObjectOfAnOriginatorThDoesNotKnowIsRefusedPerObject() {
    String id = cn.publish(cyberKey, number(), "green", "");
    awaitCompleteCatchUp();
    JsonNode refusals =
        th.http
            .get("/api/v1/federation/partners/cn/refusals?limit=50", key("th-ccib"))
            .json()
            .get("refusals");
    List<String> reasons = new ArrayList<>();
    refusals.forEach(
        r -> {
          if (r.get("objectId").asString().equals(id)) {
            reasons.add(r.get("reason").asString());
            assertThat(r.get("detail").asString()).isNotBlank();
            assertThat(r.get("modified").asString()).isNotBlank();
          }
        });
    assertThat(reasons).isNotEmpty().containsOnly("unknown-originator");
    assertThat(th.http.get("/api/v1/indicators/" + id, key("th-ccib")).status()).isEqualTo(404);
    JsonNode partner = th.partner("cn");
    assertThat(partner.get("refused").asLong()).isPositive();
    assertThat(partner.get("received").asLong()).isPositive();
    assertThat(partner.get("state").asString()).isEqualTo("up");
    assertThat(partner.get("lastError").isNull()).isTrue();
    assertThat(partner.get("lagSeconds").isNull()).isFalse();
    assertThat(partner.get("agencies")).hasSize(2);
    assertThat(partner.toString()).doesNotContain("apiKey");
  }

  @Test
  @Order(6)
  void aPartnerNoAgencyHoldsAKeyAtIsFailingNotUp() {
    Http.Response put =
        th.put(
            "/api/v1/admin/federation/partners/keyless",
            th.adminKey,
            "{\"url\":\"http://127.0.0.1:9\",\"pollSeconds\":1}");
    assertThat(put.status()).as(put.body()).isEqualTo(201);
    JsonNode failing =
        await(
            "a first cycle",
            DEADLINE,
            () -> {
              JsonNode p = th.partner("keyless");
              return p.get("lastError").isNull() ? null : p;
            });
    assertThat(failing.get("state").asString()).isEqualTo("failing");
    assertThat(failing.get("lastError").get("code").asString()).isEqualTo("no-credentials");
    assertThat(failing.get("lastSuccess").isNull()).isTrue();
    assertThat(th.delete("/api/v1/admin/federation/partners/keyless", th.adminKey).status())
        .isEqualTo(204);
  }

  @Test
  @Order(6)
  void anUnreachablePartnerIsFailingWithAGrowingBackOffAndRecovers() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Http.Response put =
        th.put(
            "/api/v1/admin/federation/partners/ghost",
            th.adminKey,
            "{\"url\":\"http://127.0.0.1:"
                + port
                + "\",\"credentials\":{\"th-ccib\":\"some-key\"},\"pollSeconds\":1}");
    assertThat(put.status()).as(put.body()).isEqualTo(201);
    JsonNode failing =
        await(
            "three failures",
            DEADLINE,
            () -> {
              JsonNode p = th.partner("ghost");
              return p.get("consecutiveFailures").asInt() >= 3 ? p : null;
            });
    assertThat(failing.get("state").asString()).isEqualTo("failing");
    assertThat(failing.get("lastError").get("code").asString()).isEqualTo("unreachable");
    assertThat(failing.get("backoffSeconds").asLong()).isGreaterThanOrEqualTo(4);
    assertThat(failing.get("lastSuccess").isNull()).isTrue();

    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = "{\"more\":false}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", FederationNodes.TAXII);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      JsonNode up =
          await(
              "recovery",
              DEADLINE,
              () -> {
                JsonNode p = th.partner("ghost");
                return p.get("state").asString().equals("up") ? p : null;
              });
      assertThat(up.get("consecutiveFailures").asInt()).isZero();
      assertThat(up.get("backoffSeconds").asLong()).isZero();
      assertThat(up.get("lastError").isNull()).isTrue();
    } finally {
      server.stop(0);
    }
    assertThat(th.delete("/api/v1/admin/federation/partners/ghost", th.adminKey).status())
        .isEqualTo(204);
    assertThat(th.delete("/api/v1/admin/federation/partners/ghost", th.adminKey).status())
        .isEqualTo(404);
  }

  @Test
  @Order(7)
  void aKeyThePartnerDoesNotKnowFailsWithHttp401() {
    Http.Response put =
        th.put(
            "/api/v1/admin/federation/partners/cn-badkey",
            th.adminKey,
            "{\"url\":\""
                + cn.baseUrl()
                + "\",\"credentials\":{\"th-ccib\":\"nonsense\"},\"pollSeconds\":1}");
    assertThat(put.status()).as(put.body()).isEqualTo(201);
    JsonNode failing =
        await(
            "a failure",
            DEADLINE,
            () -> {
              JsonNode p = th.partner("cn-badkey");
              return p.get("lastError").isNull() ? null : p;
            });
    assertThat(failing.get("lastError").get("code").asString()).isEqualTo("http-401");
    assertThat(th.delete("/api/v1/admin/federation/partners/cn-badkey", th.adminKey).status())
        .isEqualTo(204);
  }

  @Test
  @Order(8)
  void badAdminInputIsA400ProblemAndOnlyTheAdminKeyManagesPartners() {
    String path = "/api/v1/admin/federation/partners/";
    String url = cn.baseUrl();
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("x", "{\"url\":\"" + url + "\"}");
    bad.put("Bad_Name", "{\"url\":\"" + url + "\"}");
    bad.put("p-no-url", "{}");
    bad.put("p-ftp", "{\"url\":\"ftp://host/\"}");
    bad.put("p-relative", "{\"url\":\"/taxii2/\"}");
    bad.put("p-garbage", "{\"url\":\"http://exa mple\"}");
    bad.put("p-poll-0", "{\"url\":\"" + url + "\",\"pollSeconds\":0}");
    bad.put("p-poll-big", "{\"url\":\"" + url + "\",\"pollSeconds\":3601}");
    bad.put("p-unknown", "{\"url\":\"" + url + "\",\"credentials\":{\"nobody\":\"k\"}}");
    bad.put("p-remote", "{\"url\":\"" + url + "\",\"credentials\":{\"vn-police\":\"k\"}}");
    bad.put("p-blank-key", "{\"url\":\"" + url + "\",\"credentials\":{\"th-ccib\":\" \"}}");
    for (var entry : bad.entrySet()) {
      Http.Response response = th.put(path + entry.getKey(), th.adminKey, entry.getValue());
      assertThat(response.status()).as(entry.getKey() + ": " + response.body()).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.json().get("detail").asString()).isNotBlank();
    }
    assertThat(th.put(path + "p-agency", key("th-ccib"), "{\"url\":\"" + url + "\"}").status())
        .isEqualTo(403);
    Http.Response badNode =
        th.http.post(
            "/api/v1/admin/agencies",
            th.adminKey,
            "{\"id\":\"xx-police\",\"name\":\"x\",\"country\":\"TH\",\"kind\":\"law-enforcement\","
                + "\"node\":\"Not A Node\"}");
    assertThat(badNode.status()).as(badNode.body()).isEqualTo(400);
    Http.Response remoteClient =
        th.http.post(
            "/api/v1/admin/agencies",
            th.adminKey,
            "{\"id\":\"vn-bank\",\"name\":\"x\",\"country\":\"VN\","
                + "\"kind\":\"screening-client\",\"node\":\"vn\"}");
    assertThat(remoteClient.status()).as(remoteClient.body()).isEqualTo(400);
    assertThat(th.http.get("/api/v1/federation/partners/nobody/refusals", th.adminKey).status())
        .isEqualTo(404);
    assertThat(th.http.get("/api/v1/federation/partners/cn/refusals?limit=0", th.adminKey).status())
        .isEqualTo(400);
    Http.Response fromRemote =
        th.http.post(
            "/api/v1/admin/agreements",
            th.adminKey,
            "{\"from\":\"vn-police\",\"to\":\"th-ccib\",\"categories\":[\"fraud\"]}");
    assertThat(fromRemote.status()).as(fromRemote.body()).isEqualTo(400);
    String docs = th.http.get("/v3/api-docs", null).body();
    assertThat(docs)
        .contains("/api/v1/admin/federation/partners/{name}")
        .contains("/api/v1/federation/partners/{name}/refusals");
  }

  @Test
  @Order(9)
  void aRestartedNodeCatchesUpWithNothingLostAndNothingDuplicated() {
    awaitCompleteCatchUp();
    th.stop();
    List<String> published = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      published.add(cn.publish(cnKey, number(), "green", ""));
    }
    th.restart();
    for (String id : published) {
      await("indicator " + id + " at th after the restart", DEADLINE, () -> visibleAtTh(id));
    }
    awaitCompleteCatchUp();
    JdbcClient thDb = th.node.bean(JdbcClient.class);
    JdbcClient cnDb = cn.node.bean(JdbcClient.class);
    List<String> received =
        thDb.sql("SELECT id || '/' || version FROM indicator_version WHERE received_from = 'cn'")
            .query(String.class)
            .list();
    assertThat(received).doesNotHaveDuplicates();
    String[] ids =
        received.stream()
            .map(v -> v.substring(0, v.indexOf('/')))
            .distinct()
            .toArray(String[]::new);
    List<String> atCn =
        cnDb.sql("SELECT id || '/' || version FROM indicator_version WHERE id = ANY(?)")
            .param(ids)
            .query(String.class)
            .list();
    assertThat(new HashSet<>(received)).isEqualTo(new HashSet<>(atCn));
    assertThat(ids).contains(published.toArray(String[]::new));
    Long versions =
        thDb.sql("SELECT count(*) FROM indicator_version WHERE id = ANY(?)")
            .param(published.toArray(String[]::new))
            .query(Long.class)
            .single();
    assertThat(versions).isEqualTo(3);
    Long greensAtCn =
        cnDb.sql(
                "SELECT count(*) FROM indicator_version WHERE originator = 'cn-mps-afc'"
                    + " AND tlp = 'green'")
            .query(Long.class)
            .single();
    Long greensAtTh =
        thDb.sql(
                "SELECT count(*) FROM indicator_version WHERE originator = 'cn-mps-afc'"
                    + " AND tlp = 'green'")
            .query(Long.class)
            .single();
    assertThat(greensAtTh).isEqualTo(greensAtCn);
  }

  /** The screening result for th-bank when it has {@code matches} matches, else null. */
  private static @org.jspecify.annotations.Nullable JsonNode screenedAtTh(
      String number, int matches) {
    Http.Response screened =
        th.http.post(
            "/api/v1/screen", key("th-bank"), "{\"items\":[{\"value\":\"" + number + "\"}]}");
    return screened.status() == 200
            && screened.json().get("results").get(0).get("matches").size() == matches
        ? screened.json()
        : null;
  }

  private static @org.jspecify.annotations.Nullable JsonNode visibleAtTh(String id) {
    Http.Response response = th.http.get("/api/v1/indicators/" + id, key("th-amlo"));
    return response.status() == 200 ? response.json() : null;
  }

  /** Waits until th has begun and finished a whole pull from cn after this moment. */
  private static void awaitCompleteCatchUp() {
    Instant now = Instant.now();
    await(
        "a complete pull from cn",
        DEADLINE,
        () -> {
          JsonNode partner = th.partner("cn");
          if (partner.get("lastAttempt").isNull() || partner.get("lastSuccess").isNull()) {
            return null;
          }
          Instant attempt = Instant.parse(partner.get("lastAttempt").asString());
          Instant success = Instant.parse(partner.get("lastSuccess").asString());
          return attempt.isAfter(now) && !success.isBefore(attempt) ? partner : null;
        });
  }

  private static Set<String> taxiiIds(Node node, String key) {
    Set<String> ids = new HashSet<>();
    String path = FederationNodes.COLLECTION + "objects/?match%5Bversion%5D=all";
    while (true) {
      Http.Response response = node.taxii(path, key);
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      JsonNode envelope = response.json();
      envelope.path("objects").forEach(o -> ids.add(o.get("id").asString()));
      if (!envelope.path("more").asBoolean(false)) {
        return ids;
      }
      path =
          FederationNodes.COLLECTION
              + "objects/?match%5Bversion%5D=all&next="
              + java.net.URLEncoder.encode(envelope.get("next").asString(), StandardCharsets.UTF_8);
    }
  }

  private static String key(String agency) {
    return java.util.Objects.requireNonNull(thKeys.get(agency), agency);
  }

  private static String number() {
    return prefix + "00" + (1000 + counter++);
  }
}

package org.mekong.server.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.server.federation.FederationNodes.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.federation.FederationNodes.Node;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Three real nodes, cn (the JVM's shared test node), th and mm: th pulls cn; mm pulls cn and th. cn
 * issues an entry ban (TLP:GREEN), a wanted notice (TLP:AMBER for th-border, approved), a draft
 * notice, a legal action and an expulsion order; th receives what its markings allow and its border
 * check hits the ban and the notice. Then, with mm down, cn lifts the ban and cancels the notice:
 * th sees both and its border check no longer hits, and mm catches up once it is back.
 */
class LegalFederationTest {

  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final String GREEN = "{\"tlp\": \"green\"}";

  private static final String BANNED =
      """
      {"names": ["Zhao Gang"], "birthDate": "1975-05-05", "nationality": "CHN", "sex": "M",
       "documents": [{"issuingState": "CHN", "number": "E7777777"}]}""";
  private static final String WANTED =
      """
      {"names": ["Chen Bo"], "birthDate": "1968-02-02", "nationality": "CHN", "sex": "M",
       "documents": [{"issuingState": "CHN", "number": "E8888888"}]}""";
  private static final String CONVICTED =
      """
      {"names": ["Liu Ming"], "birthDate": "1980-03-03", "nationality": "CHN", "sex": "M",
       "documents": [{"issuingState": "CHN", "number": "E9999999"}]}""";
  private static final String BANNED_TRAVELLER =
      """
      {"surname": "Zhao", "givenNames": "Gang", "birthDate": "1975-05-05", "nationality": "CHN",
       "documentNumber": "E7777777"}""";
  private static final String WANTED_TRAVELLER =
      """
      {"surname": "Chen", "givenNames": "Bo", "birthDate": "1968-02-02", "nationality": "CHN",
       "documentNumber": "E8888888"}""";

  private static SeededNode cn;
  private static Node th;
  private static Node mm;
  private static String cnKey;
  private static String immigrationKey;
  private static String ccibKey;
  private static String mmKey;
  private static String mmAtThKey;
  private static String cnAtThKey;

  @BeforeAll
  static void threeNodes() {
    cn = TestNodes.shared();
    th = new Node(TestNodes.newDataDir());
    mm = new Node(TestNodes.newDataDir());
    cnKey = cn.keyOf("cn-mps-afc");
    String immigrationAtCn = remoteAtCn("th-border", "immigration", "TH", "th");
    String mmAtCn = remoteAtCn("mm-border", "law-enforcement", "MM", "mm");

    immigrationKey = th.agency("th-border", "immigration", "TH", null);
    ccibKey = th.agency("th-ccib", "law-enforcement", "TH", null);
    cnAtThKey = th.agency("cn-mps-afc", "law-enforcement", "CN", "cn");
    String mmAtTh = th.agency("mm-border", "law-enforcement", "MM", "mm");
    mmAtThKey = mmAtTh;

    mmKey = mm.agency("mm-border", "law-enforcement", "MM", null);
    mm.agency("cn-mps-afc", "law-enforcement", "CN", "cn");
    mm.agency("th-border", "immigration", "TH", "th");

    partner(th, "cn", cn.node().baseUrl(), "th-border", immigrationAtCn);
    partner(mm, "cn", cn.node().baseUrl(), "mm-border", mmAtCn);
    partner(mm, "th", th.baseUrl(), "mm-border", mmAtTh);
  }

  @AfterAll
  static void stopNodes() {
    for (Node node : new Node[] {mm, th}) {
      if (node != null) {
        node.stop();
        TestNodes.deleteRecursively(node.dataDir);
      }
    }
  }

  @Test
  void aBanAndANoticeTravelAreHitAtTheBorderAndTheirLiftingAndCancellationPropagate() {
    String ban = create("/api/v1/entry-bans", ban(GREEN));
    String notice =
        create(
            "/api/v1/notices",
            notice("{\"tlp\": \"amber\", \"recipients\": [\"th-border\"]}", WANTED));
    Http.Response approved =
        cn.http()
            .post(
                "/api/v1/notices/" + notice + "/approval", cnKey, "{\"reviewer\": \"Wang Fang\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    String draft = create("/api/v1/notices", notice(GREEN, WANTED));
    String noRelay =
        create(
            "/api/v1/entry-bans", ban("{\"tlp\": \"green\", \"handling\": [\"H2\"]}", CONVICTED));
    String action = create("/api/v1/legal-actions", action());
    String expulsion = create("/api/v1/expulsions", expulsion());

    JsonNode banAtTh = awaitRecord(th, "/api/v1/entry-bans/" + ban, immigrationKey, "active");
    assertThat(banAtTh.get("originator").asString()).isEqualTo("cn-mps-afc");
    assertThat(banAtTh.get("provenance").get("node").asString()).isEqualTo("cn");
    assertThat(banAtTh.get("version").asInt()).isEqualTo(1);
    JsonNode banAtCn = cn.http().get("/api/v1/entry-bans/" + ban, cnKey).json();
    assertThat(banAtTh.get("modified").asString()).isEqualTo(banAtCn.get("modified").asString());
    assertThat(banAtTh.get("record")).isEqualTo(banAtCn.get("record"));
    assertThat(banAtTh.get("marking")).isEqualTo(banAtCn.get("marking"));
    awaitRecord(th, "/api/v1/notices/" + notice, immigrationKey, "published");
    awaitRecord(th, "/api/v1/legal-actions/" + action, ccibKey, "ongoing");
    awaitRecord(th, "/api/v1/expulsions/" + expulsion, immigrationKey, "carried-out");
    awaitRecord(mm, "/api/v1/entry-bans/" + ban, mmKey, "active");

    // The notice's marking names th-border: th-ccib does not see it, nor does mm.
    assertThat(th.http.get("/api/v1/notices/" + notice, ccibKey).status()).isEqualTo(404);
    assertThat(mm.http.get("/api/v1/notices/" + notice, mmKey).status()).isEqualTo(404);
    // th passes the GREEN ban on to mm's agency but not the one marked H2, and nothing back to cn.
    awaitRecord(th, "/api/v1/entry-bans/" + noRelay, immigrationKey, "active");
    String bans = FederationNodes.COLLECTION + "objects/?match%5Btype%5D=mekong-entry-ban";
    String relayed = th.taxii(bans, mmAtThKey).body();
    assertThat(relayed).contains(ban).doesNotContain(noRelay);
    assertThat(th.taxii(bans, cnAtThKey).body()).doesNotContain(ban).doesNotContain(noRelay);
    // The draft never leaves cn.
    assertThat(th.http.get("/api/v1/notices/" + draft, immigrationKey).status()).isEqualTo(404);
    assertThat(rows(th, draft)).isZero();
    assertThat(rows(mm, draft)).isZero();
    assertThat(rows(mm, notice)).isZero();

    JsonNode banHit = check(BANNED_TRAVELLER);
    assertThat(banHit.get("hit").asBoolean()).as(banHit.toString()).isTrue();
    assertThat(banHit.get("hits").get(0).get("recordType").asString()).isEqualTo("entry-ban");
    assertThat(banHit.get("hits").get(0).get("recordId").asString()).isEqualTo(ban);
    JsonNode noticeHit = check(WANTED_TRAVELLER);
    assertThat(noticeHit.get("hit").asBoolean()).as(noticeHit.toString()).isTrue();
    assertThat(noticeHit.get("hits").get(0).get("recordType").asString()).isEqualTo("notice");

    // Only the issuer changes a record: th holds the ban but may not suspend it.
    Http.Response suspended =
        th.http.post(
            "/api/v1/entry-bans/" + ban + "/suspend", immigrationKey, "{\"note\": \"not ours\"}");
    assertThat(suspended.status()).as(suspended.body()).isEqualTo(403);

    mm.stop();
    Http.Response lifted =
        cn.http()
            .post(
                "/api/v1/entry-bans/" + ban + "/lift", cnKey, "{\"note\": \"annulled on appeal\"}");
    assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
    Http.Response cancelled =
        cn.http()
            .post(
                "/api/v1/notices/" + notice + "/cancellation",
                cnKey,
                "{\"cancelledBy\": \"Wang Fang\", \"reason\": \"arrested in Kunming\"}");
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

    JsonNode liftedAtTh = awaitRecord(th, "/api/v1/entry-bans/" + ban, immigrationKey, "lifted");
    assertThat(liftedAtTh.get("version").asInt()).isEqualTo(2);
    assertThat(Instant.parse(liftedAtTh.get("modified").asString()))
        .isAfter(Instant.parse(banAtTh.get("modified").asString()));
    awaitRecord(th, "/api/v1/notices/" + notice, immigrationKey, "cancelled");
    assertThat(check(BANNED_TRAVELLER).get("hit").asBoolean()).isFalse();
    assertThat(check(WANTED_TRAVELLER).get("hit").asBoolean()).isFalse();

    Http.Response versions =
        th.taxii(
            FederationNodes.COLLECTION + "objects/mekong-entry-ban--" + ban + "/versions/",
            immigrationKey);
    assertThat(versions.status()).as(versions.body()).isEqualTo(200);
    assertThat(versions.json().get("versions")).hasSize(2);

    mm.restart();
    awaitRecord(mm, "/api/v1/entry-bans/" + ban, mmKey, "lifted");
    JdbcClient mmDb = mm.node.bean(JdbcClient.class);
    List<String> held =
        mmDb.sql("SELECT id || '/' || version FROM legal_version WHERE id = ?::uuid")
            .param(ban)
            .query(String.class)
            .list();
    assertThat(held).containsExactlyInAnyOrder(ban + "/1", ban + "/2");
  }

  /** Adds a partner node's agency to cn and returns a key of it. */
  private static String remoteAtCn(String id, String kind, String country, String node) {
    Http.Response created =
        cn.http()
            .post(
                "/api/v1/admin/agencies",
                cn.adminKey(),
                "{\"id\":\"%s\",\"name\":\"%s\",\"country\":\"%s\",\"kind\":\"%s\",\"node\":\"%s\"}"
                    .formatted(id, id, country, kind, node));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    Http.Response key =
        cn.http().post("/api/v1/admin/agencies/" + id + "/keys", cn.adminKey(), "{}");
    assertThat(key.status()).as(key.body()).isEqualTo(201);
    return key.json().get("apiKey").asString();
  }

  private static void partner(Node puller, String name, String url, String agency, String key) {
    Http.Response response =
        puller.put(
            "/api/v1/admin/federation/partners/" + name,
            puller.adminKey,
            "{\"url\":\""
                + url
                + "\",\"credentials\":{\""
                + agency
                + "\":\""
                + key
                + "\"},\"pollSeconds\":1}");
    assertThat(response.status()).as(response.body()).isEqualTo(201);
  }

  private static String create(String path, String body) {
    Http.Response created = cn.http().post(path, cnKey, body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  /** Waits until {@code node} shows the record to {@code key} with this standing. */
  private static JsonNode awaitRecord(Node node, String path, String key, String standing) {
    return await(
        path + " " + standing,
        DEADLINE,
        () -> {
          Http.Response response = node.http.get(path, key);
          return response.status() == 200
                  && response.json().get("standing").asString().equals(standing)
              ? response.json()
              : null;
        });
  }

  private static long rows(Node node, String id) {
    return node.node
        .bean(JdbcClient.class)
        .sql("SELECT count(*) FROM legal_record WHERE id = ?::uuid")
        .param(id)
        .query(Long.class)
        .single();
  }

  private static JsonNode check(String traveller) {
    Http.Response response = th.http.post("/api/v1/border/checks", immigrationKey, traveller);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private static String ban(String marking) {
    return ban(marking, BANNED);
  }

  private static String ban(String marking, String person) {
    return """
        {"marking": %s, "record": {"subject": %s,
          "reason": "Ran a scam compound's recruitment", "issuingAuthority": "MPS",
          "decisionReference": "MPS 2026/14", "offenceType": "fraud", "start": "2026-01-01",
          "actionOnHit": "hold-and-inform", "proportionality": "Until lifted; leading role"}}"""
        .formatted(marking, person);
  }

  private static String notice(String marking, String person) {
    return """
        {"marking": %s, "record": {"colour": "wanted", "person": %s,
          "title": "Wanted: boss of a scam compound", "summary": "Arrest and inform MPS",
          "legalBasis": "Arrest warrant 2026/88", "drafter": "Li Wei"}}"""
        .formatted(marking, person);
  }

  private static String action() {
    return """
        {"marking": %s, "record": {"kind": "arrest", "subject": %s, "caseReference": "C 9",
          "authority": "MPS", "date": "2026-10-01", "legalBasis": "Criminal Law art. 266"}}"""
        .formatted(GREEN, CONVICTED);
  }

  private static String expulsion() {
    return """
        {"marking": %s, "record": {"subject": %s, "orderReference": "EX 1",
          "issuingAuthority": "NIA", "legalBasis": "Exit and Entry Law art. 81",
          "orderDate": "2026-10-10", "destination": "MMR", "carriedOut": "2026-10-12"}}"""
        .formatted(GREEN, CONVICTED);
  }
}

package org.mekong.server.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.server.federation.FederationNodes.await;

import java.time.Duration;
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
 * Three real nodes: mm (Myanmar's police), th (Thai Immigration, with an unrelated th-ccib) and cn
 * (the JVM's shared node, China's MPS). mm sends a manifest of two consenting people to th while th
 * is down; th catches up, accepts one and refuses the other; mm sees the decisions and records the
 * handover, which th sees; th then lists the person it now holds on its own manifest to cn. A
 * person without consent never leaves mm; a screening client, an unrelated agency and a partner
 * agency with no relation see nothing; a withdrawn consent deletes the person at th.
 */
class CaseworkFederationTest {

  private static final Duration DEADLINE = Duration.ofSeconds(60);

  private static SeededNode cn;
  private static Node mm;
  private static Node th;
  private static String police;
  private static String bank;
  private static String khAtMm;
  private static String nia;
  private static String ccib;
  private static String mps;
  private static String policeAtTh;
  private static String mpsAtTh;

  @BeforeAll
  static void threeNodes() {
    cn = TestNodes.shared();
    mm = new Node(TestNodes.newDataDir());
    th = new Node(TestNodes.newDataDir());
    police = mm.agency("mm-rescue", "law-enforcement", "MM", null);
    bank = mm.agency("mm-bank", "screening-client", "MM", null);
    String niaAtMm = mm.agency("th-nia", "immigration", "TH", "th");
    khAtMm = mm.agency("kh-police", "law-enforcement", "KH", "kh");
    mm.agreement("mm-rescue", "th-nia");

    nia = th.agency("th-nia", "immigration", "TH", null);
    ccib = th.agency("th-ccib2", "law-enforcement", "TH", null);
    policeAtTh = th.agency("mm-rescue", "law-enforcement", "MM", "mm");
    mpsAtTh = th.agency("cn-mps-afc", "law-enforcement", "CN", "cn");
    th.agreement("th-nia", "cn-mps-afc");

    mps = cn.keyOf("cn-mps-afc");
    Http.Response remote =
        cn.http()
            .post(
                "/api/v1/admin/agencies",
                cn.adminKey(),
                "{\"id\":\"th-nia\",\"name\":\"th-nia\",\"country\":\"TH\","
                    + "\"kind\":\"immigration\",\"node\":\"th\"}");
    assertThat(remote.status()).as(remote.body()).isEqualTo(201);

    partner(th, "mm", mm.baseUrl(), "th-nia", niaAtMm);
    partner(mm, "th", th.baseUrl(), "mm-rescue", policeAtTh);
    cnPullsTh();
    cnPullsTh();
  }

  /** cn pulls th with cn-mps-afc's key there. */
  private static void cnPullsTh() {
    Http.Response cnPartner =
        cn.http()
            .send(
                cn.http()
                    .request("/api/v1/admin/federation/partners/th", cn.adminKey())
                    .header("Content-Type", "application/json")
                    .PUT(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            credentials(th.baseUrl(), "cn-mps-afc", mpsAtTh)))
                    .build());
    assertThat(cnPartner.status()).as(cnPartner.body()).isIn(200, 201);
  }

  @AfterAll
  static void stopNodes() {
    if (cn != null) {
      cn.http()
          .send(
              cn.http()
                  .request("/api/v1/admin/federation/partners/th", cn.adminKey())
                  .DELETE()
                  .build());
    }
    for (Node node : new Node[] {mm, th}) {
      if (node != null) {
        node.stop();
        TestNodes.deleteRecursively(node.dataDir);
      }
    }
  }

  @Test
  void aManifestSentWhileTheReceiverIsDownIsDecidedHandedOverAndListedOnward() {
    String first = person("Zhang Wei", true);
    String second = person("Li Na", true);
    String silent = person("Chen Jie", false);
    String firstCase = openCase(first);
    String secondCase = openCase(second);

    th.stop();
    Http.Response refused =
        mm.http.post("/api/v1/casework/manifests", police, manifest("th-nia", silent));
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("persons[0]");
    Http.Response sent =
        mm.http.post("/api/v1/casework/manifests", police, manifest("th-nia", first, second));
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    String manifest = sent.json().get("id").asString();
    th.restart();
    // th comes back on another port: mm's operator points the partner at it again.
    partner(mm, "th", th.baseUrl(), "mm-rescue", policeAtTh);
    cnPullsTh();

    JsonNode atTh = awaitGet(th, "/api/v1/casework/manifests/" + manifest, nia);
    // The people's cases travel with them to the receiver, readable by it alone.
    JsonNode secondAtTh = awaitGet(th, "/api/v1/casework/cases/" + secondCase, nia);
    assertThat(secondAtTh.get("state").asString()).isEqualTo("identified");
    assertThat(th.http.get("/api/v1/casework/cases/" + secondCase, ccib).status()).isEqualTo(404);
    assertThat(atTh.get("sending").asString()).isEqualTo("mm-rescue");
    assertThat(atTh.get("entries")).hasSize(2);
    JsonNode personAtTh = awaitGet(th, "/api/v1/casework/persons/" + first, nia);
    assertThat(personAtTh.get("createdBy").asString()).isEqualTo("mm-rescue");
    assertThat(personAtTh.get("person").get("names").get(0).asString()).isEqualTo("Zhang Wei");
    assertThat(personAtTh.get("person").get("documents").get(0).get("number").asString())
        .startsWith("E");
    assertThat(personAtTh.get("disclosure").get("basis").asString()).isEqualTo("consent");
    assertThat(personAtTh.get("person").has("contact")).isFalse(); // the receiver's row
    assertThat(personAtTh.get("person").has("exploitation")).isFalse();
    // The index of known people finds the received person for the receiver only.
    String search = "/api/v1/casework/persons?name=Zhang%20Wei";
    assertThat(th.http.get(search, nia).body()).contains(first);
    assertThat(th.http.get(search, ccib).body()).doesNotContain(first);
    // Other agencies of th see nothing; the person without consent never left mm.
    assertThat(th.http.get("/api/v1/casework/persons/" + first, ccib).status()).isEqualTo(404);
    assertThat(th.http.get("/api/v1/casework/manifests/" + manifest, ccib).status()).isEqualTo(404);
    assertThat(rows(th, "SELECT count(*) FROM casework_person WHERE id = ?::uuid", silent))
        .isZero();
    // A screening client of mm, an unrelated partner agency: no casework object at all.
    String persons = FederationNodes.COLLECTION + "objects/?match%5Btype%5D=mekong-person";
    assertThat(mm.taxii(persons, bank).body()).doesNotContain("mekong-person--");
    assertThat(mm.taxii(persons, khAtMm).body()).doesNotContain("mekong-person--");

    // A decision on the received copy by an agency not receiving it: 404.
    assertThat(
            th.http
                .post("/api/v1/casework/manifests/" + manifest + "/decisions", ccib, decide(first))
                .status())
        .isEqualTo(404);
    Http.Response decided =
        th.http.post(
            "/api/v1/casework/manifests/" + manifest + "/decisions",
            nia,
            """
            {"actingPerson": "Somchai", "items": [{"person": "%s", "status": "accepted"},
             {"person": "%s", "status": "refused", "reason": "identity mismatch"}]}"""
                .formatted(first, second));
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);

    await(
        "the decisions at mm",
        DEADLINE,
        () -> {
          JsonNode progress =
              mm.http.get("/api/v1/casework/manifests/" + manifest, police).json().get("progress");
          return progress.path("accepted").asInt() == 1 && progress.path("refused").asInt() == 1
              ? progress
              : null;
        });
    String handOver =
        """
        {"actingPerson": "Pol. Maj. Aung", "items": [{"person": "%s", "status": "handed-over"}]}"""
            .formatted(first);
    Http.Response handed =
        mm.http.post("/api/v1/casework/manifests/" + manifest + "/decisions", police, handOver);
    assertThat(handed.status()).as(handed.body()).isEqualTo(200);
    Http.Response again =
        mm.http.post("/api/v1/casework/manifests/" + manifest + "/decisions", police, handOver);
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    await(
        "the handover at th",
        DEADLINE,
        () -> {
          JsonNode progress =
              th.http.get("/api/v1/casework/manifests/" + manifest, nia).json().get("progress");
          return progress.path("handed-over").asInt() == 1 ? progress : null;
        });

    // A determination mm records later travels to th as a version of its own.
    Http.Response determined =
        mm.http.post(
            "/api/v1/casework/persons/" + first + "/determinations",
            police,
            "{\"verdict\": \"victim\", \"decidedBy\": \"Pol. Maj. Aung\","
                + " \"basis\": \"Interview at the shelter\"}");
    assertThat(determined.status()).as(determined.body()).isEqualTo(201);
    JsonNode current =
        await(
            "the determination at th",
            DEADLINE,
            () -> {
              Http.Response response =
                  th.http.get("/api/v1/casework/persons/" + first + "/determinations", nia);
              JsonNode found = response.status() == 200 ? response.json().get("current") : null;
              return found == null || found.isNull() ? null : found;
            });
    assertThat(current.get("verdict").asString()).isEqualTo("victim");
    assertThat(current.get("agency").asString()).isEqualTo("mm-rescue");
    assertThat(th.http.get("/api/v1/casework/persons/" + first + "/determinations", ccib).status())
        .isEqualTo(404);

    // th now holds the person and lists them onward to China's node.
    Http.Response onward =
        th.http.post("/api/v1/casework/manifests", nia, manifest("cn-mps-afc", first));
    assertThat(onward.status()).as(onward.body()).isEqualTo(201);
    String flight = onward.json().get("id").asString();
    JsonNode atCn = awaitGet(cn, "/api/v1/casework/manifests/" + flight, mps);
    assertThat(atCn.get("sending").asString()).isEqualTo("th-nia");
    JsonNode personAtCn = awaitGet(cn, "/api/v1/casework/persons/" + first, mps);
    assertThat(personAtCn.get("person").get("names").get(0).asString()).isEqualTo("Zhang Wei");
    assertThat(personAtCn.get("createdBy").asString()).isEqualTo("th-nia");

    // The case's timeline reached th with the handover; China's node never gets the case.
    JsonNode caseAtTh =
        await(
            "the handed-over case at th",
            DEADLINE,
            () -> {
              Http.Response r = th.http.get("/api/v1/casework/cases/" + firstCase, nia);
              return r.status() == 200 && r.json().get("state").asString().equals("handed-over")
                  ? r.json()
                  : null;
            });
    assertThat(caseAtTh.get("openedBy").asString()).isEqualTo("mm-rescue");
    assertThat(caseAtTh.get("custodian").asString()).isEqualTo("th-nia");
    assertThat(th.http.get("/api/v1/casework/cases/" + firstCase, ccib).status()).isEqualTo(404);
    assertThat(cn.http().get("/api/v1/casework/cases/" + firstCase, mps).status()).isEqualTo(404);
    // th records the return on its copy; mm applies it once and sends the case out again.
    Http.Response returned =
        th.http.post(
            "/api/v1/casework/cases/" + firstCase + "/events",
            nia,
            """
            {"type": "repatriated", "actingPerson": "Somchai", "at": "%s",
             "place": "Mae Sot", "country": "CN"}"""
                .formatted(java.time.Instant.now()));
    assertThat(returned.status()).as(returned.body()).isEqualTo(201);
    assertThat(
            th.http
                .post(
                    "/api/v1/casework/cases/" + firstCase + "/events",
                    ccib,
                    "{\"type\": \"follow-up\", \"actingPerson\": \"X\", \"at\": \""
                        + java.time.Instant.now()
                        + "\", \"place\": \"Bangkok\"}")
                .status())
        .isEqualTo(404);
    JsonNode atMm =
        await(
            "the return at mm",
            DEADLINE,
            () -> {
              JsonNode c = mm.http.get("/api/v1/casework/cases/" + firstCase, police).json();
              return c.get("state").asString().equals("repatriated") ? c : null;
            });
    assertThat(atMm.get("timeline").get(3).get("agency").asString()).isEqualTo("th-nia");
    await(
        "mm's new version of the case at th",
        DEADLINE,
        () ->
            rows(
                        th,
                        "SELECT count(*) FROM casework_received WHERE record_id = ?::uuid"
                            + " AND version > 2",
                        firstCase)
                    > 0
                ? Boolean.TRUE
                : null);
    JsonNode copy = th.http.get("/api/v1/casework/cases/" + firstCase, nia).json();
    assertThat(copy.get("timeline")).hasSize(4);
    assertThat(copy.get("state").asString()).isEqualTo("repatriated");

    // mm withdraws the second person's consent: th deletes what it held of them.
    Http.Response withdrawn =
        mm.http.post(
            "/api/v1/casework/persons/" + second + "/consent",
            police,
            "{\"kind\": \"refused\", \"recordedBy\": \"Pol. Maj. Aung\"}");
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(201);
    await(
        "the withdrawal at th",
        DEADLINE,
        () ->
            rows(th, "SELECT count(*) FROM casework_person WHERE id = ?::uuid", second) == 0
                ? Boolean.TRUE
                : null);
    assertThat(th.http.get("/api/v1/casework/persons/" + second, nia).status()).isEqualTo(404);
    await(
        "the case withdrawn at th",
        DEADLINE,
        () ->
            rows(th, "SELECT count(*) FROM casework_case WHERE id = ?::uuid", secondCase) == 0
                ? Boolean.TRUE
                : null);
    assertThat(th.http.get("/api/v1/casework/cases/" + secondCase, nia).status()).isEqualTo(404);
  }

  private static String person(String name, boolean consent) {
    Http.Response created =
        mm.http.post(
            "/api/v1/casework/persons",
            police,
            """
            {"names": ["%s"], "birthDate": "1999-03", "sex": "female", "nationalities": ["CHN"],
             "documents": [{"number": "E%07d", "issuingState": "CHN"}], "languages": ["zh"],
             "contact": "+8613800000000", "needs": ["interpreter"]}"""
                .formatted(name, Math.abs(name.hashCode()) % 10_000_000));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    if (consent) {
      Http.Response given =
          mm.http.post(
              "/api/v1/casework/persons/" + id + "/consent",
              police,
              "{\"kind\": \"given\", \"recordedBy\": \"Pol. Maj. Aung\"}");
      assertThat(given.status()).as(given.body()).isEqualTo(201);
    }
    return id;
  }

  /** A case at mm: rescued at KK Park, then identified by mm-rescue. */
  private static String openCase(String person) {
    java.time.Instant at = java.time.Instant.now().minusSeconds(3_600);
    Http.Response opened =
        mm.http.post(
            "/api/v1/casework/cases",
            police,
            """
            {"person": "%s", "event": {"type": "rescued", "actingPerson": "Pol. Maj. Aung",
             "at": "%s", "place": "KK Park"}}"""
                .formatted(person, at));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String id = opened.json().get("id").asString();
    Http.Response identified =
        mm.http.post(
            "/api/v1/casework/cases/" + id + "/events",
            police,
            """
            {"type": "identified", "actingPerson": "Pol. Maj. Aung", "at": "%s",
             "place": "Myawaddy"}"""
                .formatted(at.plusSeconds(60)));
    assertThat(identified.status()).as(identified.body()).isEqualTo(201);
    return id;
  }

  private static String manifest(String receiving, String... persons) {
    return """
        {"receiving": "%s", "transport": {"mode": "on-foot"}, "date": "2026-10-22",
         "place": "Friendship Bridge", "actingPerson": "Pol. Maj. Aung", "persons": ["%s"]}"""
        .formatted(receiving, String.join("\", \"", persons));
  }

  private static String decide(String person) {
    return """
        {"actingPerson": "Somchai", "items": [{"person": "%s", "status": "accepted"}]}"""
        .formatted(person);
  }

  private static JsonNode awaitGet(Node node, String path, String key) {
    return await(
        path,
        DEADLINE,
        () -> {
          Http.Response response = node.http.get(path, key);
          return response.status() == 200 ? response.json() : null;
        });
  }

  private static JsonNode awaitGet(SeededNode node, String path, String key) {
    return await(
        path,
        DEADLINE,
        () -> {
          Http.Response response = node.http().get(path, key);
          return response.status() == 200 ? response.json() : null;
        });
  }

  private static long rows(Node node, String sql, String id) {
    return node.node.bean(JdbcClient.class).sql(sql).param(id).query(Long.class).single();
  }

  private static String credentials(String url, String agency, String key) {
    return "{\"url\":\"%s\",\"credentials\":{\"%s\":\"%s\"},\"pollSeconds\":1}"
        .formatted(url, agency, key);
  }

  private static void partner(Node puller, String name, String url, String agency, String key) {
    Http.Response response =
        puller.put(
            "/api/v1/admin/federation/partners/" + name,
            puller.adminKey,
            credentials(url, agency, key));
    assertThat(response.status()).as(response.body()).isIn(200, 201);
  }
}
